// stylish: the default report, grouped per file, readable by a procurement officer; colour only on a TTY.
import { relative } from 'node:path';
import type { Formatter, FormatContext } from './types.js';
import type { FileResult, Finding } from '../model/finding.js';

/** "1 error", "2 errors". */
const count = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

const C = { red: 31, yellow: 33, blue: 34, gray: 90, bold: 1, underline: 4, green: 32 } as const;

const WORDS = {
  en: { error: 'error', warning: 'warning', advisory: 'advisory', why: 'Why', basis: 'Legal basis', suggest: 'Suggestion', section: 'Section', req: 'Requirement', para: '¶', line: 'line', problems: 'problems', problem: 'problem', errors: 'errors', warnings: 'warnings', advisories: 'advisories', none: 'No lock-in findings', suppressed: 'suppressed', reason: 'reason', noReason: 'no reason given', file: 'file', files: 'files', suppressedMany: 'suppressed' },
  da: { error: 'fejl', warning: 'advarsel', advisory: 'bemærkning', why: 'Hvorfor', basis: 'Retsgrundlag', suggest: 'Forslag', section: 'Afsnit', req: 'Krav', para: '¶', line: 'linje', problems: 'fund', problem: 'fund', errors: 'fejl', warnings: 'advarsler', advisories: 'bemærkninger', none: 'Ingen fund af leverandørbinding', suppressed: 'undertrykt', reason: 'begrundelse', noReason: 'ingen begrundelse', file: 'fil', files: 'filer', suppressedMany: 'undertrykte' },
  no: { error: 'feil', warning: 'advarsel', advisory: 'merknad', why: 'Hvorfor', basis: 'Rettsgrunnlag', suggest: 'Forslag', section: 'Avsnitt', req: 'Krav', para: '¶', line: 'linje', problems: 'funn', problem: 'funn', errors: 'feil', warnings: 'advarsler', advisories: 'merknader', none: 'Ingen funn av leverandørbinding', suppressed: 'undertrykt', reason: 'begrunnelse', noReason: 'ingen begrunnelse', file: 'fil', files: 'filer', suppressedMany: 'undertrykte' },
  sv: { error: 'fel', warning: 'varning', advisory: 'anmärkning', why: 'Varför', basis: 'Rättslig grund', suggest: 'Förslag', section: 'Avsnitt', req: 'Krav', para: '¶', line: 'rad', problems: 'fynd', problem: 'fynd', errors: 'fel', warnings: 'varningar', advisories: 'anmärkningar', none: 'Inga fynd av leverantörsinlåsning', suppressed: 'undertryckt', reason: 'motivering', noReason: 'ingen motivering', file: 'fil', files: 'filer', suppressedMany: 'undertryckta' },
};
type Words = (typeof WORDS)['en'];
const words = (lang: string): Words => (WORDS as Record<string, Words>)[lang] ?? WORDS.en;

/** Counts a streamed stylish report keeps for its summary line. */
export interface StylishTotals { errors: number; warnings: number; advisories: number; suppressed: number; bad: number; files: number; lang?: string }
export const stylishTotals = (): StylishTotals => ({ errors: 0, warnings: 0, advisories: 0, suppressed: 0, bad: 0, files: 0 });

const painter = (ctx: FormatContext) => (code: number, s: string): string => (ctx.color ? `\u001b[${code}m${s}\u001b[0m` : s);

/** One file's part of the report (empty for a clean file), counted into `t`. */
export function stylishFile(r: FileResult, ctx: FormatContext, t: StylishTotals): string {
  const paint = painter(ctx);
  const out: string[] = [];
  t.files++;
  const w = words(r.lang);
  const name = relative(ctx.cwd, r.filePath) || r.filePath;
  if (r.error) { t.bad++; out.push(paint(C.underline, name), `  ${paint(C.red, w.error)}  ${r.error}`, ''); return out.join('\n') + '\n'; }
  t.lang ??= r.lang;
  t.suppressed += r.suppressed.length;
  if (!r.findings.length && !(ctx.reportSuppressed && r.suppressed.length)) return '';
  out.push(paint(C.underline, name));
  for (const f of r.findings) {
    if (f.severity === 2) t.errors++; else if (f.severity === 1) t.warnings++; else t.advisories++;
    out.push(...findingLines(f, w, paint));
  }
  if (ctx.reportSuppressed) for (const f of r.suppressed) {
    out.push(`  ${paint(C.gray, where(f, w).padEnd(10))} ${paint(C.gray, w.suppressed)}  ${f.message} ${paint(C.gray, f.ruleId)}`);
    out.push(`      ${w.reason}: ${f.suppressed?.reason ?? paint(C.yellow, w.noReason)}`);
  }
  out.push('');
  return out.join('\n') + '\n';
}

/** The closing summary line, in the language of the first file that was read. */
export function stylishSummary(t: StylishTotals, ctx: FormatContext): string {
  const paint = painter(ctx);
  const w = words(t.lang ?? 'en');
  const { errors, warnings, advisories, suppressed, bad } = t;
  const total = errors + warnings + advisories;
  const summary = total || bad
    ? `${count(total + bad, w.problem, w.problems)} (${count(errors + bad, w.error, w.errors)}, ${count(warnings, w.warning, w.warnings)}, ${count(advisories, w.advisory, w.advisories)})${suppressed ? `, ${count(suppressed, w.suppressed, w.suppressedMany)}` : ''}`
    : `${w.none}${suppressed ? ` (${count(suppressed, w.suppressed, w.suppressedMany)})` : ''} – ${count(t.files, w.file, w.files)}`;
  return paint(errors + bad ? C.red : warnings ? C.yellow : C.green, summary) + '\n';
}

export const stylish: Formatter = (results, ctx) => {
  const t = stylishTotals();
  let out = '';
  for (const r of results) out += stylishFile(r, ctx, t);
  return out + stylishSummary(t, ctx);
};

function where(f: Finding, w: Words): string {
  // A Word document has no lines: the paragraph number (section and requirement id follow on the next line).
  return f.location.paragraph !== undefined ? `${w.para}${f.location.paragraph}` : `${f.line}:${f.column}`;
}

function findingLines(f: Finding, w: Words, paint: (c: number, s: string) => string): string[] {
  const sev = f.severity === 2 ? paint(C.red, w.error) : f.severity === 1 ? paint(C.yellow, w.warning) : paint(C.blue, w.advisory);
  const lines = [`  ${paint(C.gray, where(f, w).padEnd(10))} ${sev}  ${f.message}  ${paint(C.gray, f.ruleId)}`];
  const loc = [f.location.section ? `${w.section}: ${f.location.section}` : '', f.location.requirementId ? `${w.req}: ${f.location.requirementId}` : ''].filter(Boolean).join(' · ');
  if (loc) lines.push(`      ${paint(C.gray, loc)}`);
  if (f.excerpt) lines.push(`      ${paint(C.gray, '“')}${f.excerpt}${paint(C.gray, '”')}`);
  if (f.legalBasis) lines.push(`      ${w.basis}: ${f.legalBasis}`);
  if (f.suggestions[0]) lines.push(`      ${w.suggest}: ${f.suggestions[0].text}`);
  return lines;
}
