import { describeRule, type Invalid, type Valid } from './cases.js';

const RULE = 'vendor-certification';
const invalid: Invalid[] = [
  { lang: 'da', text: 'Leverandøren skal være Microsoft Gold Partner.', messageId: 'certification', term: 'Microsoft Gold Partner', severity: 1, fixed: 'Leverandøren skal være Microsoft Gold Partner eller tilsvarende.' },
  { lang: 'en', text: 'The supplier shall be an AWS Advanced Tier Partner.', messageId: 'certification', term: 'AWS Advanced Tier Partner' },
  { lang: 'da', text: 'Projektlederen skal være PRINCE2-certificeret.', messageId: 'certification', term: 'PRINCE2' },
  { lang: 'en', text: 'Project managers must hold PMP certification.', messageId: 'certification', term: 'PMP' },
];
const valid: Valid[] = [
  { lang: 'da', text: 'Projektlederen skal have PRINCE2-certificering eller tilsvarende dokumenteret kompetence.', why: 'or-equivalent' },
  { lang: 'en', text: 'The project manager shall have documented experience of at least three comparable projects.', why: 'competence described functionally' },
  { lang: 'en', text: 'Certifications such as PMP, PRINCE2 or equivalent will be evaluated positively.', why: 'examples with or-equivalent' },
];

describeRule(RULE, invalid, valid);
