// Table-driven checker cases: a sentence, its language, and what must (or must not) be reported.
import { describe, expect, it } from 'vitest';
import { lintMd } from '../helpers.js';
import type { Lang } from '../../src/model/document.js';

export interface Invalid {
  text: string;
  lang: Lang;
  messageId: string;
  /** The exact text the finding covers. */
  term: string;
  severity?: 0 | 1 | 2;
  /** A substring the first suggestion must contain. */
  suggestion?: string;
  /** The whole first suggestion (the functional rewrite of the sentence). */
  rewritten?: string;
  /** The Markdown after applying the fix, if the finding carries one. */
  fixed?: string;
}
export interface Valid {
  text: string;
  lang: Lang;
  /** Why it must not be reported. */
  why: string;
}

export function runInvalid(ruleId: string, c: Invalid): void {
  const f = lintMd(c.text, c.lang).filter((x) => x.ruleId === ruleId);
  expect(f.map((x) => x.messageId), c.text).toContain(c.messageId);
  const hit = f.find((x) => x.messageId === c.messageId)!;
  expect(hit.term).toBe(c.term);
  // The reported range covers exactly the term (single-line Markdown: columns are offsets + 1).
  expect(c.text.slice(hit.column - 1, hit.endColumn - 1)).toBe(c.term);
  if (c.severity !== undefined) expect(hit.severity).toBe(c.severity);
  expect(hit.message).not.toMatch(/\{\w+\}/);
  expect(hit.legalBasis.length).toBeGreaterThan(10);
  if (c.suggestion) expect(hit.suggestions[0]?.text).toContain(c.suggestion);
  if (c.rewritten !== undefined) expect(hit.suggestions[0]?.text).toBe(c.rewritten);
  if (c.fixed !== undefined) {
    expect(hit.fix).toBeDefined();
    const [a, b] = hit.fix!.range;
    expect(c.text.slice(0, a) + hit.fix!.text + c.text.slice(b)).toBe(c.fixed);
  }
}

export function runValid(ruleId: string, c: Valid): void {
  const f = lintMd(c.text, c.lang).filter((x) => x.ruleId === ruleId && x.severity >= 1);
  expect(f.map((x) => `${x.messageId}: ${x.term}`), `${c.why}: ${c.text}`).toEqual([]);
}

/** The standard test of a rule: every invalid case is reported as described, no valid case is. */
export function describeRule(ruleId: string, invalid: Invalid[], valid: Valid[], extra?: () => void): void {
  describe(ruleId, () => {
    for (const c of invalid) it(`reports (${c.lang}) ${c.text}`, () => runInvalid(ruleId, c));
    for (const c of valid) it(`does not report (${c.lang}) ${c.text} — ${c.why}`, () => runValid(ruleId, c));
    extra?.();
  });
}
