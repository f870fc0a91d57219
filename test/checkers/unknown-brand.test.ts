import { describeRule, type Invalid, type Valid } from './cases.js';

const RULE = 'unknown-brand';
const invalid: Invalid[] = [
  { lang: 'da', text: 'Løsningen skal bygges i QuickFlowz.', messageId: 'unknown', term: 'QuickFlowz', severity: 1 },
  { lang: 'en', text: 'The solution must use FormStackPro 2021 for forms.', messageId: 'unknown', term: 'FormStackPro 2021' },
  { lang: 'en', text: 'The scanners must be supplied by Nordic Imaging A/S.', messageId: 'unknown', term: 'Nordic Imaging A/S' },
];
const valid: Valid[] = [
  { lang: 'da', text: 'Løsningen skal bygges i QuickFlowz eller tilsvarende.', why: 'or-equivalent' },
  { lang: 'en', text: 'The agency currently uses QuickFlowz.', why: 'background' },
  { lang: 'en', text: 'The solution should support QuickFlowz.', why: 'only mandatory requirements for a guess' },
  { lang: 'en', text: 'The solution must support DevOps practices and OpenAPI.', why: 'not brands' },
];

describeRule(RULE, invalid, valid);
