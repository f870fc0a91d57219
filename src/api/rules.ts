// The rules for people: the list `tenderlint rules` prints and each rule's documentation page.
import { readFileSync } from 'node:fs';
import { CHECKERS, checkerById } from '../checkers/index.js';
import { docsUrl } from '../engine/linter.js';

/** The page in the reader's language (--lang or the locale); see engine/explain.ts. */
export { explainIn } from '../engine/explain.js';

/** One line per rule: id, default severity, whether it fixes, description. */
export function rulesList(): string {
  const sev = ['advisory', 'warning', 'error'];
  const w = Math.max(...CHECKERS.map((c) => c.id.length));
  return CHECKERS.map((c) => `${c.id.padEnd(w)}  ${sev[c.meta.defaultSeverity]!.padEnd(8)}  ${c.meta.fixable ? 'fix' : '   '}  ${c.meta.description}\n`).join('');
}

/** The rule's documentation page (docs/rules/<id>.md), or its description when the page is missing; undefined for an unknown rule. */
export function explainRule(id: string): string | undefined {
  const c = checkerById(id);
  if (!c) return undefined;
  try {
    return readFileSync(new URL(docsUrl(c.id)), 'utf8');
  } catch {
    return `${c.id}: ${c.meta.description}\n`;
  }
}
