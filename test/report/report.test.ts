import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { lintFiles } from '../../src/io/lint-files.js';
import { FORMATTERS } from '../../src/report/index.js';
import type { FileResult } from '../../src/model/finding.js';

const root = join(import.meta.dirname, '..', '..');
const results: FileResult[] = await lintFiles([join(root, 'test/fixtures/split-runs.md'), join(root, 'test/fixtures/split-runs.docx'), join(root, 'test/fixtures/nope.md')]);
const ctx = { color: false, cwd: root };

/** VS Code's built-in $eslint-compact problem matcher pattern. */
/** A Word finding: "file.docx: ¶14 · section 2. Krav · requirement K-1, Error - message (rule)". */
const WORD_COMPACT = /^(.+\.docx):\s¶(\d+)(?: · section [^,]+)?(?: · requirement [^,]+)?,\s(Error|Warning|Info)\s-\s(.+)\s\((.+)\)$/;
const ESLINT_COMPACT = /^(.+):\sline\s(\d+),\scol\s(\d+),\s(Error|Warning|Info)\s-\s(.+)\s\((.+)\)$/;

describe('json', () => {
  const out = FORMATTERS.json!(results, ctx);
  const parsed = JSON.parse(out);
  it('is exactly one JSON array in ESLint\'s shape', () => {
    expect(out.trim().startsWith('[')).toBe(true);
    expect(parsed).toHaveLength(3);
    const r = parsed[0];
    expect(r).toMatchObject({ filePath: expect.stringMatching(/split-runs\.md$/), errorCount: expect.any(Number), warningCount: expect.any(Number) });
    const m = r.messages[0];
    for (const k of ['ruleId', 'severity', 'message', 'line', 'column', 'endLine', 'endColumn', 'term', 'excerpt', 'suggestions', 'location']) expect(m, k).toHaveProperty(k);
    expect(r.errorCount).toBe(r.messages.filter((x: { severity: number }) => x.severity === 2).length);
  });
  it('gives Word findings the paragraph number as line and the section and requirement id', () => {
    const k1 = parsed[1].messages.find((x: { location: { requirementId?: string } }) => x.location.requirementId === 'K-1');
    expect(k1.line).toBe(k1.location.paragraph);
    expect(k1.location.section).toBe('2. Krav');
  });
  it('reports a bad file as a fatal message', () => {
    expect(parsed[2]).toMatchObject({ errorCount: 1, messages: [{ fatal: true, ruleId: null, severity: 2 }] });
  });
});

describe('compact', () => {
  it('writes one line per finding that VS Code\'s $eslint-compact matcher reads', () => {
    const lines = FORMATTERS.compact!(results, ctx).trim().split('\n').filter((l) => l && !/^\d+ problems?$/.test(l));
    expect(lines.length).toBe(results.reduce((a, r) => a + r.findings.length + (r.error ? 1 : 0), 0));
    // Text files in the matcher's shape; a Word document has no lines: paragraph, section and requirement id.
    for (const l of lines) expect(l, l).toMatch(/\.docx: /.test(l) ? WORD_COMPACT : ESLINT_COMPACT);
    for (const l of lines.filter((x) => /\.docx: /.test(x))) expect(l).not.toMatch(/\bline\b|\bcol\b/);
    const m = ESLINT_COMPACT.exec(lines[0]!)!;
    expect(m[6]).toBe(results[0]!.findings[0]!.ruleId);
  });
  it('keeps document text with newlines on one line', () => {
    const r = structuredClone(results.slice(0, 1));
    r[0]!.findings[0]!.message = 'a\nb\r\nc';
    expect(FORMATTERS.compact!(r, ctx).split('\n')[0]).toMatch(ESLINT_COMPACT);
  });
});

describe('stylish', () => {
  const out = FORMATTERS.stylish!(results, ctx);
  it('groups per file and shows section, requirement id, legal basis and a suggestion in the document\'s language', () => {
    expect(out).toContain('test/fixtures/split-runs.md');
    expect(out).toContain('Krav: K-1');
    expect(out).toContain('Retsgrundlag: Udbudslovens § 42');
    expect(out).toContain('Forslag:');
    // Word findings by paragraph number, never by line or a line-like "¶14:7".
    expect(out).toMatch(/¶\d+ /);
    expect(out).not.toMatch(/¶\d+:\d+/);
  });
  it('uses colour only when asked', () => {
    expect(out).not.toMatch(/\u001b\[/);
    expect(FORMATTERS.stylish!(results, { ...ctx, color: true })).toMatch(/\u001b\[31m/);
  });
  it('ends with a one-line summary with the counts in words of the right number', () => {
    const all = results.flatMap((r) => r.findings);
    const n = (sev: number) => all.filter((f) => f.severity === sev).length;
    const [e, w, a] = [n(2) + 1, n(1), n(0)]; // + 1: the missing file is an error
    const pl = (k: number, one: string, many: string) => `${k} ${k === 1 ? one : many}`;
    expect(out.trim().split('\n').pop()).toBe(`${all.length + 1} fund (${e} fejl, ${pl(w, 'advarsel', 'advarsler')}, ${pl(a, 'bemærkning', 'bemærkninger')})`);
  });
  it('says "1 problem (1 error, 0 warnings, 0 advisories)" in English', async () => {
    const { lintText } = await import('../../src/io/lint-files.js');
    const one = await lintText('# Requirements\n\nThe solution shall use MySQL for storage and export all data as CSV on request.\n', { filePath: 'one.md', lang: 'en' });
    const errs = one.findings.filter((f) => f.severity === 2);
    expect(errs).toHaveLength(1);
    const rest = one.findings.filter((f) => f.severity < 2);
    const text = FORMATTERS.stylish!([{ ...one, findings: errs }], ctx).trim().split('\n').pop();
    expect(text, `other findings: ${rest.map((f) => f.ruleId)}`).toBe('1 problem (1 error, 0 warnings, 0 advisories)');
  });
});
