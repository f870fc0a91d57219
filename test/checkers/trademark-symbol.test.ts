import { describeRule, type Invalid, type Valid } from './cases.js';

const RULE = 'trademark-symbol';
const invalid: Invalid[] = [
  { lang: 'da', text: 'Løsningen skal anvende FooBar® Sync til synkronisering.', messageId: 'trademark', term: 'FooBar® Sync', severity: 1 },
  { lang: 'en', text: 'The solution must integrate with Acmeware™.', messageId: 'trademark', term: 'Acmeware™' },
];
const valid: Valid[] = [
  { lang: 'da', text: 'Løsningen skal anvende FooBar® Sync eller tilsvarende.', why: 'or-equivalent' },
  { lang: 'en', text: 'Acmeware™ is used by the agency today.', why: 'background' },
];

describeRule(RULE, invalid, valid);
