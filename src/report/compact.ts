// compact: one line per finding, in the shape VS Code's $eslint-compact problem matcher reads.
import type { Formatter } from './types.js';

const LABEL = { 2: 'Error', 1: 'Warning', 0: 'Info' } as const;

/** One line: no newlines inside, so the matcher's regex cannot be confused by document text. */
const oneLine = (s: string): string => s.replace(/[\r\n\u2028\u2029]+/g, ' ');

export const compact: Formatter = (results) => {
  const lines: string[] = [];
  for (const r of results) {
    if (r.error) { lines.push(`${r.filePath}: line 1, col 1, Error - ${oneLine(r.error)} (input-error)`); continue; }
    for (const f of r.findings) {
      lines.push(`${r.filePath}: line ${f.line}, col ${f.column}, ${LABEL[f.severity]} - ${oneLine(f.message)} (${f.ruleId})`);
    }
  }
  const n = results.reduce((a, r) => a + r.findings.length + (r.error ? 1 : 0), 0);
  if (n) lines.push('', `${n} problem${n === 1 ? '' : 's'}`);
  return lines.length ? lines.join('\n') + '\n' : '';
};
