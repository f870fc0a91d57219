// compact: one line per finding, in the shape VS Code's $eslint-compact problem matcher reads.
import type { Formatter } from './types.js';
import type { Finding } from '../model/finding.js';

const LABEL = { 2: 'Error', 1: 'Warning', 0: 'Info' } as const;

/** One line: no newlines inside, so the matcher's regex cannot be confused by document text. */
const oneLine = (s: string): string => s.replace(/[\r\n\u2028\u2029]+/g, ' ');

/**
 * Where a finding is: "line 12, col 5" in a text file (the matcher's shape); in a Word document, which has no lines,
 * the paragraph number, section and requirement id a Word user can find ("¶46, section 3.1 …, requirement K-3.4").
 */
function where(f: Finding): string {
  if (f.location.paragraph === undefined) return `line ${f.line}, col ${f.column}`;
  const parts = [`¶${f.location.paragraph}`];
  if (f.location.section) parts.push(`section ${oneLine(f.location.section).replace(/,/g, '')}`);
  if (f.location.requirementId) parts.push(`requirement ${oneLine(f.location.requirementId)}`);
  return parts.join(' · ');
}

export const compact: Formatter = (results) => {
  const lines: string[] = [];
  for (const r of results) {
    if (r.error) { lines.push(`${r.filePath}: ${/\.doc[xm]?$/i.test(r.filePath) ? '¶1' : 'line 1, col 1'}, Error - ${oneLine(r.error)} (input-error)`); continue; }
    for (const f of r.findings) {
      lines.push(`${r.filePath}: ${where(f)}, ${LABEL[f.severity]} - ${oneLine(f.message)} (${f.ruleId})`);
    }
  }
  const n = results.reduce((a, r) => a + r.findings.length + (r.error ? 1 : 0), 0);
  if (n) lines.push('', `${n} problem${n === 1 ? '' : 's'}`);
  return lines.length ? lines.join('\n') + '\n' : '';
};
