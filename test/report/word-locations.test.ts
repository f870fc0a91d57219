// A Word document has no lines: every place a .docx finding is reported (messages, suggestions, the stylish, compact
// and HTML reports, the Word comments) names section, requirement id and paragraph (¶n), never "linje"/"line".
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import JSZip from 'jszip';
import { lintFiles } from '../../src/io/lint-files.js';
import { annotateDocx } from '../../src/annotate/index.js';
import { FORMATTERS } from '../../src/report/index.js';

const root = join(import.meta.dirname, '..', '..');
const FILES = ['test/fixtures/word-terms.docx', 'examples/kravspecifikation-esdh.docx', 'examples/requirements-crm.docx'];
const LINE = /\b(?:linje|linjen|line|lines|rad|raden)\b/i;
const visible = (page: string): string => page.replace(/<style>[\s\S]*?<\/style>/, '').replace(/<[^>]+>/g, ' ');

describe('locations in Word terms', async () => {
  const results = await lintFiles(FILES.map((f) => join(root, f)), { config: false });

  it('has findings to check, one with a cross-reference to where a justification was stated', () => {
    expect(results.every((r) => !r.error && r.findings.length > 3)).toBe(true);
    const ref = results[0]!.findings.find((f) => f.messageId === 'justified')!;
    expect(ref.message).toContain('(se afsnit 1 Baggrund, ¶3)');
  });

  it('never says line in a message or suggestion', () => {
    for (const r of results) for (const f of r.findings) {
      expect(f.message, f.message).not.toMatch(LINE);
      for (const s of f.suggestions) expect(s.desc + ' ' + s.text, s.text).not.toMatch(/\b(?:se|see) (?:linje|line|rad)\b/i);
      expect(f.location.paragraph, f.message).toBeGreaterThan(0);
    }
  });

  it('reports paragraph, section and requirement id in stylish, compact and HTML', () => {
    const ctx = { color: false, cwd: root };
    const stylish = FORMATTERS.stylish!(results, ctx);
    expect(stylish).toMatch(/^ {2}¶\d+ /m);
    expect(stylish).not.toMatch(/^ {2}\d+:\d+ /m);
    expect(stylish).toContain('Afsnit: 2 Krav · Krav: K-2');
    for (const l of FORMATTERS.compact!(results, ctx).split('\n').filter((x) => x.includes('.docx: '))) {
      expect(l.split(' - ')[0], l).toMatch(/\.docx: ¶\d+/);
      expect(l.split(' - ')[0], l).not.toMatch(/\bline\b|\bcol\b/);
    }
    const html = visible(FORMATTERS.html!(results, ctx));
    expect(html).toMatch(/¶10 · Afsnit: 2 Krav · Krav: K-2/);
    expect(html).not.toMatch(/\blinje \d|\bline \d/);
  });

  it('writes Word comments without lines', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tl-word-terms-'));
    for (const r of results) {
      const out = join(dir, `${r.filePath.replace(/\W/g, '_')}.docx`);
      await annotateDocx({ input: r.filePath, output: out, findings: r.findings, lang: r.lang, suggest: true });
      const comments = await (await JSZip.loadAsync(readFileSync(out))).file('word/comments.xml')!.async('string');
      const texts = [...comments.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]!);
      expect(texts.length).toBeGreaterThan(r.findings.length);
      for (const t of texts) expect(t, t).not.toMatch(/\b(?:se|see) (?:linje|line)\b|\blinje \d|\bline \d/i);
    }
  });
});
