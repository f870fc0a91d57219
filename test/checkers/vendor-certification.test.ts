import { describeRule, type Invalid, type Valid } from './cases.js';

const RULE = 'vendor-certification';
const invalid: Invalid[] = [
  // The functional rewrite turns "be X" into "have documented competence" and drops what the description makes
  // redundant (the article, "certified", "certification"), so that the suggestion reads as a sentence.
  { lang: 'da', text: 'Leverandøren skal være Microsoft Gold Partner.', messageId: 'certification', term: 'Microsoft Gold Partner', severity: 1, fixed: 'Leverandøren skal være Microsoft Gold Partner eller tilsvarende.', rewritten: 'Leverandøren skal have dokumenteret kompetence (referencer, medarbejderes kvalifikationer eller tilsvarende certificering).' },
  { lang: 'en', text: 'The supplier shall be an AWS Advanced Tier Partner.', messageId: 'certification', term: 'AWS Advanced Tier Partner', rewritten: 'The supplier shall have documented competence (references, staff qualifications or an equivalent certification).' },
  { lang: 'en', text: 'The supplier shall be a Cisco Gold Partner with offices in Denmark.', messageId: 'certification', term: 'Cisco Gold Partner', rewritten: 'The supplier shall have documented competence (references, staff qualifications or an equivalent certification) with offices in Denmark.' },
  { lang: 'da', text: 'Projektlederen skal være PRINCE2-certificeret.', messageId: 'certification', term: 'PRINCE2', rewritten: 'Projektlederen skal have dokumenteret projektledelseskompetence (referencer, erfaring eller tilsvarende certificering, fx IPMA, PRINCE2 eller PMP).' },
  { lang: 'en', text: 'Project managers must hold PMP certification.', messageId: 'certification', term: 'PMP', rewritten: 'Project managers must hold documented project management competence (references, experience or an equivalent certification, e.g. IPMA, PRINCE2 or PMP).' },
];
const valid: Valid[] = [
  { lang: 'da', text: 'Projektlederen skal have PRINCE2-certificering eller tilsvarende dokumenteret kompetence.', why: 'or-equivalent' },
  { lang: 'en', text: 'The project manager shall have documented experience of at least three comparable projects.', why: 'competence described functionally' },
  { lang: 'en', text: 'Certifications such as PMP, PRINCE2 or equivalent will be evaluated positively.', why: 'examples with or-equivalent' },
];

describeRule(RULE, invalid, valid);
