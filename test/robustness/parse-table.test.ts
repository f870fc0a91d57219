// Issue 14, item 4: a long GFM pipe table under the 10 MB cap ran remark out of memory (4.9 MB: a V8 heap crash;
// 0.8 MB: 2.5 GB). Long tables are now read in pieces of TABLE_PIECE_ROWS rows (tablePieces), each piece the
// header and delimiter rows followed by its rows, and joined back into one table: memory and time are linear in
// the table. The blocks must be exactly those of the whole table read at once. Inputs: scripts/make-hostile-parse.mjs.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { spawnSync } from 'node:child_process';
import fc from 'fast-check';
import { parseMarkdown, tablePieces, TABLE_PIECE_ROWS } from '../../src/parse/markdown.js';
// @ts-expect-error: a plain .mjs script without type declarations
import { pipeTable } from '../../scripts/make-hostile-parse.mjs';

const root = resolve(import.meta.dirname, '..', '..');

/** A table whose cells hold what inline parsing must get right: emphasis, code, links, escaped pipes, comments. */
function tricky(rows: number, tail = ''): string {
  let s = '# A\n\nIntro.\n\n| ID | Krav *x* | `c` |\n|:--|--:|---|\n';
  for (let i = 0; i < rows; i++) {
    s += `| K-${i} | Løsningen **skal** anvende [Oracle](http://x.dk) \\| ${i % 7 ? '' : '<!-- tenderlint-disable-line -->'} | \`Word\` ${'x'.repeat(i % 50)} &amp; |\n`;
  }
  return s + tail;
}

const same = (a: unknown, b: unknown): void => expect(JSON.stringify(a)).toBe(JSON.stringify(b));

describe('long pipe tables', () => {
  it('are read in pieces with the blocks, positions and directives of the whole table', () => {
    const src = tricky(1000, 'lazy | row\n\nEfter tabellen skal Oracle bruges.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n');
    expect(tablePieces(src.slice(0), 7).length).toBeGreaterThan(100);
    const whole = parseMarkdown(src, 'x.md', { tableRows: Infinity });
    same(parseMarkdown(src, 'x.md', { tableRows: 7 }), whole);
    same(parseMarkdown(src, 'x.md'), whole);
    expect(whole.blocks.filter((b) => b.table?.table === 0).at(-1)!.table!.row).toBe(1001); // the lazy row
  }, 120_000);

  it('are split only where the pieces parse as the whole: not in code, HTML comments or after a paragraph', () => {
    const rows = (n: number): string => Array.from({ length: n }, (_, i) => `| ${i} | Løsningen skal anvende Oracle |`).join('\n');
    const table = `| a | b |\n|---|---|\n${rows(TABLE_PIECE_ROWS * 3)}\n`;
    // Cut after the first row, every TABLE_PIECE_ROWS rows, and before the last row: the pieces between are rows only.
    const pieces = tablePieces(`# A\n\n${table}`);
    expect(pieces.map((p) => !!p.rowsOnly)).toEqual([false, true, true, true, false]);
    same(parseMarkdown(`# A\n\n${table}`, 'x.md'), parseMarkdown(`# A\n\n${table}`, 'x.md', { tableRows: Infinity }));
    for (const src of [`# A\n\n\`\`\`\n${table}\`\`\`\n`, `# A\n\n<!--\n\n${table}-->\n`, `# A\nText\n${table}`, `# A\n\n<pre>\n\n${table}</pre>\n`]) {
      expect(tablePieces(src)).toHaveLength(1);
      same(parseMarkdown(src, 'x.md'), parseMarkdown(src, 'x.md', { tableRows: Infinity }));
    }
  }, 120_000);

  it('give the same document as one piece for generated tables (property)', () => {
    const cell = fc.stringMatching(/^[a-zA-ZæøåÆØÅ0-9 *_`\[\]()\\|:.-]{0,20}$/);
    fc.assert(fc.property(fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 40 }), fc.integer({ min: 1, max: 6 }), (rows, k) => {
      const src = `# T\n\n| a | b | c |\n|---|:-:|--|\n${rows.map((r) => `| ${r.join(' | ')} |`).join('\n')}\n\nSlut.\n`.padEnd(4096, '\n');
      same(parseMarkdown(src, 't.md', { tableRows: k }), parseMarkdown(src, 't.md', { tableRows: Infinity }));
    }), { numRuns: Number(process.env.FC_RUNS ?? 40), seed: 14 });
  }, 120_000);

  it('a 1.6 MB table is linted within a linear memory bound (0.8 MB took 0.6-2.5 GB, 2.4 MB 4.1 GB; 4.9 MB crashed the heap)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tl-table-'));
    writeFileSync(join(dir, 'table.md'), pipeTable(1.6 * 1024 * 1024));
    // Peak memory of the CLI as GNU time reports it (maximum resident set size, KB, on the last stderr line).
    const r = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, join(root, 'dist', 'bin.js'), '--format', 'json', '--no-config-lookup', join(dir, 'table.md')], { encoding: 'utf8', maxBuffer: 1 << 28, timeout: 300_000 });
    expect(r.status, r.stderr.slice(0, 500)).toBe(1);
    const peakMB = Number(r.stderr.trim().split('\n').at(-1)) / 1024;
    expect(JSON.parse(r.stdout)[0].messages.length).toBeGreaterThan(1000);
    expect(peakMB).toBeLessThan(900);
  }, 300_000);
});
