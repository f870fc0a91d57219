// Issue 14, items 9 and 13 (Word): a package whose main part is word/document2.xml (named by _rels/.rels) and one
// whose document.xml is UTF-16 were refused although Word and LibreOffice open them; a requirement inside an
// altChunk (an embedded .docx or HTML document, Word's "insert text from file") was skipped without a word. Hosts
// are the committed LibreOffice-made examples; the package changes are made by scripts/make-hostile-parse.mjs
// (altChunk is Word's own shape, which LibreOffice does not write, so its XML is built there).
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { spawnSync } from 'node:child_process';
import { parseBuffer } from '../../src/parse/index.js';
import { Linter } from '../../src/engine/linter.js';
import type { SpecDocument } from '../../src/model/document.js';
// @ts-expect-error: a plain .mjs script without type declarations
import { renamedMainPart, utf16Document, withAltChunks, ALTCHUNK_HTML } from '../../scripts/make-hostile-parse.mjs';

const root = resolve(import.meta.dirname, '..', '..');
const host = readFileSync(join(root, 'examples', 'kravspecifikation-esdh.docx'));
const inner = readFileSync(join(root, 'examples', 'requirements-crm.docx'));
const linter = new Linter({});
const texts = (d: SpecDocument): string[] => d.blocks.map((b) => `${b.paragraph}|${b.kind}|${b.text}`);
const findings = (d: SpecDocument): string[] => linter.lint(d).findings.map((f) => `${f.line}:${f.column} ${f.ruleId} ${f.term}`);

describe('Word packages as Word reads them', () => {
  it('a main part named by _rels/.rels (word/document2.xml) reads as the original', async () => {
    const orig = await parseBuffer(host, 'a.docx');
    const moved = await parseBuffer(await renamedMainPart(host), 'a.docx');
    expect(texts(moved)).toEqual(texts(orig));
    expect(findings(moved)).toEqual(findings(orig));
    expect(findings(orig).length).toBeGreaterThan(3);
  });

  for (const endian of ['le', 'be']) {
    it(`a UTF-16 ${endian.toUpperCase()} document.xml reads as the UTF-8 original`, async () => {
      const orig = await parseBuffer(host, 'a.docx');
      const wide = await parseBuffer(await utf16Document(host, endian), 'a.docx');
      expect(texts(wide)).toEqual(texts(orig));
    });
  }
});

describe('altChunk', () => {
  it('an embedded .docx and an embedded HTML document are read in place', async () => {
    const orig = await parseBuffer(host, 'a.docx');
    const sub = await parseBuffer(inner, 'b.docx');
    const doc = await parseBuffer(await withAltChunks(host, [{ name: 'chunk1', type: 'docx', data: inner }, { name: 'chunk2', type: 'html', data: ALTCHUNK_HTML }]), 'a.docx');
    const t = doc.blocks.map((b) => b.text);
    // After the host's first paragraph: the embedded document's blocks, then the HTML's, then the rest of the host.
    const subTexts = sub.blocks.map((b) => b.text);
    expect(t.slice(1, 1 + subTexts.length)).toEqual(subTexts);
    const html = t.slice(1 + subTexts.length, 4 + subTexts.length);
    expect(html).toEqual(['Bilag A', 'Løsningen skal anvende Microsoft SharePoint.', 'Leverandøren skal levere Oracle\u00a0Database.'.replace('\u00a0', ' ')]);
    expect(t.slice(4 + subTexts.length)).toEqual(orig.blocks.slice(1).map((b) => b.text));
    // Comments and scripts are no text.
    expect(t.join('\n')).not.toMatch(/skjult/);
    // Paragraph numbers run on through the embedded parts.
    const paras = doc.blocks.map((b) => b.paragraph!);
    expect(paras).toEqual([...paras].sort((a, b) => a - b));
    const terms = linter.lint(doc).findings.map((f) => f.term);
    for (const x of ['Microsoft SharePoint', 'Oracle Database']) expect(terms).toContain(x);
    for (const f of linter.lint(sub).findings) if (f.term) expect(terms).toContain(f.term);
  });

  it('an embedded part tenderlint cannot read is refused with one line, never skipped silently', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tl-altchunk-'));
    return withAltChunks(host, [{ name: 'chunk1', type: 'rtf', data: Buffer.from('{\\rtf1 Løsningen skal anvende SAP.}') }]).then((buf: Buffer) => {
      writeFileSync(join(dir, 'rtf.docx'), buf);
      writeFileSync(join(dir, 'good.md'), '# Krav\n\nLøsningen skal anvende Oracle Database.\n');
      const r = spawnSync(process.execPath, [join(root, 'dist', 'bin.js'), '--format', 'json', '--no-config-lookup', join(dir, 'rtf.docx'), join(dir, 'good.md')], { encoding: 'utf8', timeout: 60_000 });
      expect(r.status).toBe(2);
      const lines = r.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/^tenderlint: .*rtf\.docx: cannot be read completely: tenderlint cannot read its embedded document word\/chunk1\.rtf \(altChunk, application\/rtf\)/);
      const report = JSON.parse(r.stdout) as Array<{ filePath: string; messages: Array<{ term?: string }> }>;
      expect(report.find((x) => x.filePath.endsWith('good.md'))!.messages.some((m) => m.term === 'Oracle Database')).toBe(true);
    });
  });
});
