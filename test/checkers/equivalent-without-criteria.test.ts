import { describeRule, type Invalid, type Valid } from './cases.js';

const RULE = 'equivalent-without-criteria';
const invalid: Invalid[] = [
  { lang: 'da', text: 'Løsningen skal anvende Oracle Database eller tilsvarende.', messageId: 'criteria', term: 'Oracle Database', severity: 0 },
  { lang: 'en', text: 'The solution shall use MySQL or equivalent.', messageId: 'criteria', term: 'MySQL', severity: 0 },
  { lang: 'no', text: 'Løsningen skal bruke Oracle Database eller tilsvarende, hvis det er åpenbart bedre.', messageId: 'hollow', term: 'Oracle Database', severity: 1 },
];
const valid: Valid[] = [
  { lang: 'da', text: 'Løsningen skal anvende Oracle Database eller tilsvarende, dvs. en relationel database med SQL-understøttelse.', why: 'criteria given' },
  { lang: 'en', text: 'The solution shall use MySQL or equivalent, i.e. a relational database that supports ISO SQL.', why: 'criteria given' },
];

describeRule(RULE, invalid, valid);
