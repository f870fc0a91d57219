import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { parseDocx } from '../../src/parse/docx.js';
import { normalizeText } from '../../src/text/normalize.js';

const root = join(import.meta.dirname, '..', '..');

/** The text of every w:p in the body, in document order (table cells included): the ¶n numbering Word users see. */
async function wordParagraphs(file: string): Promise<string[]> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const xml = await zip.file('word/document.xml')!.async('string');
  const body = xml.slice(xml.indexOf('<w:body>'));
  const paras = body.match(/<w:p[ >][^]*?<\/w:p>|<w:p\/>/g) ?? [];
  return paras.map((p) => (p.match(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g) ?? []).map((t) => t.replace(/<[^>]+>/g, '')).join(''))
    .map((t) => t.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'"));
}

describe('parseDocx on Word files made by LibreOffice', () => {
  for (const file of ['test/fixtures/split-runs.docx', 'examples/kravspecifikation-esdh.docx', 'examples/requirements-crm.docx']) {
    it(`numbers paragraphs as Word does (¶n, table cells counted): ${file}`, async () => {
      const path = join(root, file);
      const doc = await parseDocx(readFileSync(path), path);
      const paras = await wordParagraphs(path);
      expect(doc.blocks.length).toBeGreaterThan(5);
      for (const b of doc.blocks) {
        expect(b.paragraph, b.text).toBeDefined();
        expect(normalizeText(paras[b.paragraph! - 1]!).trim(), `¶${b.paragraph}`).toBe(b.text.trim());
      }
    });
  }

  it('keeps headings, heading paths, lists, tables with requirement ids and quotes', async () => {
    const path = join(root, 'test/fixtures/split-runs.docx');
    const doc = await parseDocx(readFileSync(path), path);
    const kinds = doc.blocks.map((b) => b.kind);
    expect(kinds.filter((k) => k === 'heading')).toHaveLength(3);
    const sql = doc.blocks.find((b) => b.text.includes('SQL'))!;
    expect(sql.text).toContain('Microsoft SQL Server');
    expect(sql.headingPath).toEqual(['Bilag 3 – Kravspecifikation for booking', '2. Krav']);
    const k1 = doc.blocks.find((b) => b.text.includes('Oracle'))!;
    expect(k1).toMatchObject({ kind: 'tableCell', requirementId: 'K-1', table: { row: 1, column: 1, header: ['ID', 'Krav', 'Type'] } });
    expect(doc.blocks.filter((b) => b.kind === 'listItem')).toHaveLength(2);
    expect(doc.blocks.find((b) => b.text.includes('Citat'))!.quote).toBe(true);
    const code = doc.blocks.find((b) => b.text.includes('i koden'))!;
    const at = code.text.indexOf('MySQL');
    expect(code.masked.some(([s, e]) => s <= at && at < e)).toBe(true);
  });

  it('maps a finding column to the offset in the paragraph', async () => {
    const path = join(root, 'test/fixtures/split-runs.docx');
    const doc = await parseDocx(readFileSync(path), path);
    const sql = doc.blocks.find((b) => b.text.includes('SQL'))!;
    const at = sql.text.indexOf('Microsoft');
    const seg = sql.segments.find((s) => s.start <= at && at < s.start + s.length)!;
    expect(seg.line).toBe(sql.paragraph);
    expect(seg.column + (at - seg.start)).toBe(at + 1);
  });
});
