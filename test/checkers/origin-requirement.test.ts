import { describeRule, type Invalid, type Valid } from './cases.js';

const RULE = 'origin-requirement';
const invalid: Invalid[] = [
  { lang: 'da', text: 'Leverandøren skal være en dansk virksomhed.', messageId: 'origin', term: 'dansk virksomhed', severity: 2 },
  { lang: 'en', text: 'All hardware must be made in Germany.', messageId: 'origin', term: 'made in', severity: 2 },
  { lang: 'da', text: 'Kantinen skal bruge dansk produceret kød.', messageId: 'origin', term: 'dansk produceret' },
  { lang: 'da', text: 'Alle møbler skal være fremstillet i EØS.', messageId: 'origin', term: 'fremstillet i', severity: 2 },
  { lang: 'sv', text: 'Möblerna ska vara tillverkade i EU.', messageId: 'origin', term: 'tillverkade i', severity: 2 },
];
const valid: Valid[] = [
  { lang: 'da', text: 'Support skal ydes på dansk inden for 2 timer.', why: 'a language requirement, not origin' },
  { lang: 'en', text: 'All data first produced in the performance of this contract belongs to the council.', why: 'no place follows' },
  { lang: 'da', text: 'Kommunen er en dansk virksomhed i juridisk forstand.', why: 'not a requirement' },
  { lang: 'da', text: 'Rapporten skal være produceret i Word.', why: 'a product after "i" is a tool, not a place (another rule judges Word)' },
];

describeRule(RULE, invalid, valid);
