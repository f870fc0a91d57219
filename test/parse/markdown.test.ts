import { describe, expect, it } from 'vitest';
import { parseMarkdown, headingChunks } from '../../src/parse/markdown.js';
import { sourcePoint } from '../../src/model/location.js';

const md = [
  '# 1. Indledning',               // 1
  '',                              // 2
  'Kommunen anvender **KMD** Opus.',// 3
  '',                              // 4
  '## 1.1 Krav',                   // 5
  '',                              // 6
  '- Løsningen skal anvende MySQL.',// 7
  '  Fortsat linje med SAP.',      // 8
  '',                              // 9
  '| ID | Krav | Type |',           // 10
  '|----|------|------|',           // 11
  '| K-3.2 | Brug Oracle. | Mindstekrav |', // 12
  '',                              // 13
  '```',                           // 14
  'MySQL i kode',                  // 15
  '```',                           // 16
  '',                              // 17
  '<!-- tenderlint-disable-next-line brand-without-equivalent -- kommunens drift -->', // 18
  'Se `Oracle` og https://oracle.example.com/x.', // 19
].join('\n');
const doc = parseMarkdown(md, 'spec.md');

describe('parseMarkdown', () => {
  it('produces headings, paragraphs, list items and table cells with heading paths', () => {
    expect(doc.blocks.map((b) => b.kind)).toEqual(['heading', 'paragraph', 'heading', 'listItem', 'tableCell', 'tableCell', 'tableCell', 'tableCell', 'tableCell', 'tableCell', 'paragraph']);
    expect(doc.blocks[3]!.headingPath).toEqual(['1. Indledning', '1.1 Krav']);
    expect(doc.title).toBe('1. Indledning');
  });

  it('maps text offsets back to source lines and columns, across emphasis and continuation lines', () => {
    const p = doc.blocks[1]!;
    expect(p.text).toBe('Kommunen anvender KMD Opus.');
    expect(sourcePoint(p, p.text.indexOf('KMD'))).toEqual({ line: 3, column: 21 });
    expect(sourcePoint(p, p.text.indexOf('Opus'))).toEqual({ line: 3, column: 27 });
    const li = doc.blocks[3]!;
    expect(sourcePoint(li, li.text.indexOf('SAP'))).toEqual({ line: 8, column: 21 });
  });

  it('gives table cells row, column, header and the requirement id of the row', () => {
    const cell = doc.blocks.find((b) => b.text.includes('Oracle') && b.kind === 'tableCell')!;
    expect(cell.table).toMatchObject({ row: 1, column: 1, header: ['ID', 'Krav', 'Type'] });
    expect(cell.requirementId).toBe('K-3.2');
    expect(sourcePoint(cell, cell.text.indexOf('Oracle'))).toEqual({ line: 12, column: 16 });
  });

  it('leaves code out and masks inline code and URLs', () => {
    expect(doc.blocks.some((b) => b.text.includes('MySQL i kode'))).toBe(false);
    const last = doc.blocks[doc.blocks.length - 1]!;
    const at = last.text.indexOf('Oracle');
    expect(last.masked.some(([s, e]) => s <= at && at < e)).toBe(true);
  });

  it('reads suppression directives from HTML comments with their line and reason', () => {
    expect(doc.directives).toEqual([{ kind: 'disable-next-line', rules: ['brand-without-equivalent'], reason: 'kommunens drift', line: 18 }]);
  });

  it('reads pipe rows without a delimiter row as one table, even across blank lines', () => {
    const d = parseMarkdown('| Type | Format |\n| Tekst | Word |\n\n| Regneark | Excel |\n', 'x.md');
    expect(d.blocks.map((b) => [b.kind, b.table?.row, b.table?.column, b.text.trim()])).toEqual([
      ['tableCell', 0, 0, 'Type'], ['tableCell', 0, 1, 'Format'], ['tableCell', 1, 0, 'Tekst'], ['tableCell', 1, 1, 'Word'],
      ['tableCell', 2, 0, 'Regneark'], ['tableCell', 2, 1, 'Excel'],
    ]);
    expect(d.blocks[5]!.table!.header).toEqual(['Type', 'Format']);
    expect(sourcePoint(d.blocks[5]!, d.blocks[5]!.text.indexOf('Excel'))).toEqual({ line: 4, column: 14 });
  });

  it('treats bullet-glyph paragraphs from converted Word files as list items', () => {
    const d = parseMarkdown('Intro:\n\n•\tFørste punkt\n\n\uf0a7\tUnderpunkt\n', 'x.md');
    expect(d.blocks.map((b) => b.kind)).toEqual(['paragraph', 'listItem', 'listItem']);
  });

  it('splits at headings outside fenced code only, and keeps line numbers across chunks', () => {
    const src = '# A\ntext\n```\n# not a heading\n```\n## B\nmore\n';
    expect(headingChunks(src).map((c) => c.line)).toEqual([0, 5]);
    const d = parseMarkdown(src, 'x.md');
    const more = d.blocks.find((b) => b.text === 'more')!;
    expect(more.segments[0]!.line).toBe(7);
    expect(more.headingPath).toEqual(['A', 'B']);
  });
});
