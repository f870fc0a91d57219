import { describe, it } from 'vitest';
import { runInvalid, runValid, type Invalid, type Valid } from './cases.js';

const RULE = 'trademark-symbol';
const invalid: Invalid[] = [
  { lang: 'da', text: 'Løsningen skal anvende FooBar® Sync til synkronisering.', messageId: 'trademark', term: 'FooBar® Sync', severity: 1 },
  { lang: 'en', text: 'The solution must integrate with Acmeware™.', messageId: 'trademark', term: 'Acmeware™' },
];
const valid: Valid[] = [
  { lang: 'da', text: 'Løsningen skal anvende FooBar® Sync eller tilsvarende.', why: 'or-equivalent' },
  { lang: 'en', text: 'Acmeware™ is used by the agency today.', why: 'background' },
];

describe(RULE, () => {
  for (const c of invalid) it(`reports (${c.lang}) ${c.text}`, () => runInvalid(RULE, c));
  for (const c of valid) it(`does not report (${c.lang}) ${c.text} — ${c.why}`, () => runValid(RULE, c));
});
