// Issue 14: seeded fuzzing of the Markdown and Word parsers and of the CLI pipeline (fast-check). Whatever the
// input: no crash (only InputError, a clear reason), no stack trace on stderr, exit 0, 1 or 2 only, one JSON
// document on stdout, and the input file unchanged. About 1,650 cases by default; FC_RUNS=n multiplies each
// property's runs by n/100 (FC_RUNS=1000 for a long run). The seed is fixed (FC_SEED to change it).
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import fc from 'fast-check';
import { parseMarkdown } from '../../src/parse/markdown.js';
import { parseBuffer, InputError } from '../../src/parse/index.js';
import { run, type CliIO } from '../../src/cli.js';
// @ts-expect-error: a plain .mjs script without type declarations
import { withAltChunks, ALTCHUNK_HTML } from '../../scripts/make-hostile-parse.mjs';

const root = resolve(import.meta.dirname, '..', '..');
const scale = Number(process.env.FC_RUNS ?? 100) / 100;
const runs = (n: number): number => Math.max(1, Math.round(n * scale));
const seed = Number(process.env.FC_SEED ?? 1414);

/** Markdown from pieces that exercise every parser path: markup, tables, HTML, code, brand names, nesting. */
const piece = fc.oneof(
  fc.constantFrom('*', '**', '_', '[', ']', '(', ')', '|', '\\|', '`', '```', '~~~', '#', '## ', '> ', '- ', '1. ', '\n', '\n\n', '    ', '\t',
    '<div>', '</div>', '<!--', '-->', '<p>', '&amp;', '&#0;', '&#xFFFFFF;', '|---|---|', ':-', '[^1]', '[x]', 'http://x.dk', 'www.', '@', '\r', '\u00ad', '\u200b', '\uF8F0', '\uF8F8', '\ufeff',
    'Løsningen skal anvende ', 'Oracle Database', 'Microsoft SharePoint', 'KMD Opus', 'eller tilsvarende', '. ', ', ', 'ISO 27001', '®', '<!-- tenderlint-disable-next-line -->'),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 6 }),
);
const markdown = fc.array(piece, { maxLength: 80 }).map((a) => a.join(''));

describe('fuzzing the Markdown parser', () => {
  it('never throws, and every block maps into the source', () => {
    fc.assert(fc.property(markdown, (src) => {
      let doc;
      try {
        doc = parseMarkdown(src, 'f.md', { tableRows: 3 });
      } catch (e) {
        expect(e).toBeInstanceOf(InputError);
        return;
      }
      const lines = src.split(/\r\n|\r|\n/).length;
      for (const b of doc.blocks) {
        for (const s of b.segments) {
          expect(s.start + s.length).toBeLessThanOrEqual(b.text.length);
          expect(s.line).toBeGreaterThanOrEqual(1);
          expect(s.line).toBeLessThanOrEqual(lines + 1);
        }
      }
    }), { numRuns: runs(1200), seed });
  }, 120_000);

  it('reads pieces of a long table as the whole table', () => {
    fc.assert(fc.property(fc.array(fc.array(piece, { maxLength: 4 }).map((a) => a.join('').replace(/\n/g, ' ')), { minLength: 2, maxLength: 30 }), (cells) => {
      const src = `# T\n\n| a | b |\n|---|---|\n${cells.map((c, i) => `| ${i} | ${c} |`).join('\n')}\n`.padEnd(4200, '\n');
      let whole;
      try { whole = parseMarkdown(src, 't.md', { tableRows: Infinity }); } catch (e) { expect(e).toBeInstanceOf(InputError); return; }
      expect(JSON.stringify(parseMarkdown(src, 't.md', { tableRows: 2 }))).toBe(JSON.stringify(whole));
    }), { numRuns: runs(30), seed });
  }, 120_000);
});

describe('fuzzing the Word parser', () => {
  const base = readFileSync(join(root, 'test', 'fixtures', 'split-runs.docx'));
  /** XML and text fragments spliced into word/document.xml at random places. */
  const fragment = fc.oneof(
    fc.constantFrom('<w:p><w:r><w:t>Løsningen skal anvende Oracle Database.</w:t></w:r></w:p>', '<w:p>', '</w:p>', '<w:r>', '<w:t>', '</w:t>', '<w:tbl>', '<w:altChunk r:id="rIdNope"/>',
      '<w:altChunk/>', '&amp;', '&bogus;', '<![CDATA[x]]>', '<?pi x?>', '<!-- c -->', '\u0000', '\uFFFE', '<w:br/>', '<w:tab/>', '<w:ins><w:r><w:t>x</w:t></w:r></w:ins>', '<w:del>'),
    fc.string({ maxLength: 10 }),
  );
  const edits = fc.array(fc.tuple(fc.nat(), fragment), { maxLength: 4 });

  it('never throws anything but InputError on spliced document.xml, altChunks or damaged bytes', async () => {
    const JSZip = (await import('jszip')).default;
    const zip = await JSZip.loadAsync(base);
    const xml = await zip.file('word/document.xml')!.async('string');
    const withChunk = await withAltChunks(base, [{ name: 'c', type: 'html', data: ALTCHUNK_HTML }]) as Buffer;
    await fc.assert(fc.asyncProperty(edits, fc.nat(3), fc.array(fc.tuple(fc.nat(), fc.nat(255)), { maxLength: 3 }), async (ed, mode, flips) => {
      let buf: Buffer;
      if (mode === 0) {
        let x = xml;
        for (const [at, f] of ed) { const p = at % (x.length + 1); x = x.slice(0, p) + f + x.slice(p); }
        zip.file('word/document.xml', x);
        buf = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
      } else if (mode === 1) {
        buf = Buffer.from(withChunk);
      } else {
        buf = Buffer.from(mode === 2 ? base : withChunk);
        for (const [at, v] of flips) buf[at % buf.length] = v;
      }
      try {
        const doc = await parseBuffer(buf, 'f.docx');
        for (const b of doc.blocks) expect(typeof b.text).toBe('string');
      } catch (e) {
        expect(e).toBeInstanceOf(InputError);
        expect((e as Error).message).not.toMatch(/\n\s+at /);
      }
    }), { numRuns: runs(120), seed });
  }, 120_000);
});

describe('fuzzing the CLI pipeline', () => {
  it('exits 0, 1 or 2 with one JSON report, no stack trace, and leaves the input unchanged', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tl-fuzz-'));
    let k = 0;
    await fc.assert(fc.asyncProperty(markdown, fc.constantFrom('.md', '.txt', '.docx'), async (src, ext) => {
      const file = join(dir, `f${k++}${ext}`);
      writeFileSync(file, src);
      const before = createHash('sha256').update(readFileSync(file)).digest('hex');
      let stdout = '', stderr = '';
      const io: CliIO = { stdout: (s) => { stdout += s; }, stderr: (s) => { stderr += s; }, cwd: dir, isTTY: false, env: {} };
      const code = await run(['--format', 'json', '--no-config-lookup', file], io);
      expect([0, 1, 2]).toContain(code);
      expect(stderr).not.toMatch(/\n\s+at |internal error/);
      expect(stderr.trim().split('\n').filter(Boolean).length).toBeLessThanOrEqual(1);
      expect(() => JSON.parse(stdout)).not.toThrow();
      expect(createHash('sha256').update(readFileSync(file)).digest('hex')).toBe(before);
    }), { numRuns: runs(300), seed });
  }, 120_000);
});
