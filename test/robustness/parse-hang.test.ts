// Issue 14, item 5: inputs that hung the CLI. 100,000 nested emphasis/bracket markers ran for minutes (micromark is
// quadratic in the markers of one paragraph; now a paragraph with more than MAX_INLINE_MARKERS reads them as
// literal text), and a long paragraph of brand requirements did not finish (per-mention scans of the whole
// paragraph in the sentence lookup, the phrase lookup, the mention grouping, the fuzzy matcher, the link/URL mask
// and the finding de-duplication; now bisections and linear patterns). The children get a generous timeout: they
// took minutes before and take seconds now. Inputs: scripts/make-hostile-parse.mjs.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { spawnSync } from 'node:child_process';
import fc from 'fast-check';
import { literalMarkers, MAX_INLINE_MARKERS, parseMarkdown } from '../../src/parse/markdown.js';
import { Phrases } from '../../src/text/phrases.js';
import { loadBuiltin } from '../../src/lexicon/load.js';
// @ts-expect-error: a plain .mjs script without type declarations
import { nestedInline, longParagraph, BRAND_SENTENCE } from '../../scripts/make-hostile-parse.mjs';

const root = resolve(import.meta.dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'tl-hang-'));

function cli(file: string, ...args: string[]): { status: number | null; signal: string | null; stdout: string; stderr: string } {
  return spawnSync(process.execPath, [join(root, 'dist', 'bin.js'), '--format', 'json', '--no-config-lookup', ...args, file], { encoding: 'utf8', timeout: 150_000, maxBuffer: 1 << 30 });
}

describe('deep inline nesting', () => {
  it('a paragraph with too many markers is read with literal markers; ordinary paragraphs are untouched', () => {
    const ordinary = '# A\n\n- *Løsningen* skal anvende [Oracle](http://x.dk) og **SAP**.\n\n***\n';
    expect(literalMarkers(ordinary)).toBe(ordinary);
    const deep = nestedInline(MAX_INLINE_MARKERS);
    const lit = literalMarkers(deep);
    expect(lit).not.toBe(deep);
    expect(lit.length).toBe(deep.length);
    expect(lit).not.toMatch(/[*[\]_]/);
    // The block text has the markers back, literally, at their source columns.
    const doc = parseMarkdown(deep, 'x.md');
    expect(doc.blocks[1]!.text).toBe(deep.split('\n')[2]);
  });

  for (const [name, open, close] of [['*[', '*[', ']*'], ['*', '*', '*'], ['[', '[', ']'], ['_', '_', '_']] as const) {
    it(`100,000 nested "${name}" markers are linted, the requirement inside them found`, () => {
      const file = join(dir, `nested-${name.length}-${name.charCodeAt(0)}.md`);
      writeFileSync(file, nestedInline(100_000, open, close));
      // --lang: a text of 400,000 markers and one Danish sentence is not recognisably Danish.
      const r = cli(file, '--lang', 'da');
      expect(r.signal, 'killed at the timeout: the parse hangs').toBeNull();
      expect(r.stderr).toBe('');
      const msgs = (JSON.parse(r.stdout) as Array<{ messages: Array<{ term: string }> }>)[0]!.messages;
      expect(msgs.some((m) => m.term === 'Oracle Database')).toBe(true);
    }, 160_000);
  }
});

describe('long paragraphs', () => {
  it('a 2 MB paragraph of brand requirements reports every one of them', () => {
    const file = join(dir, 'paragraph.md');
    const text = longParagraph(2 * 1024 * 1024) as string;
    writeFileSync(file, text);
    const r = cli(file);
    expect(r.signal, 'killed at the timeout: the analysis is quadratic').toBeNull();
    expect(r.status).toBe(1);
    const msgs = (JSON.parse(r.stdout) as Array<{ messages: Array<{ term: string; ruleId: string }> }>)[0]!.messages;
    const sentences = text.split(BRAND_SENTENCE).length - 1;
    expect(msgs.filter((m) => m.ruleId === 'brand-without-equivalent' && m.term === 'Oracle Database')).toHaveLength(sentences);
  }, 160_000);

  it('phrase lookups by range give what a filter over all hits gives (property)', () => {
    const { phrases } = loadBuiltin();
    const ph = new Phrases(phrases, 'da');
    const words = ['skal', 'eller', 'tilsvarende', 'Oracle', 'ikke', 'bør', 'fx', 'eksisterende', 'kan', '.', ','];
    fc.assert(fc.property(fc.array(fc.constantFrom(...words), { maxLength: 60 }), fc.nat(400), fc.nat(400), (ws, a, b) => {
      const text = ws.join(' ');
      const [from, to] = a <= b ? [a, b] : [b, a];
      for (const list of ['mandatory', 'equivalent', 'negation', 'example', 'existing'] as const) {
        const all = ph.find(list, text, 0, Infinity);
        const want = all.filter((h) => h.start >= from && h.end <= to);
        expect(ph.find(list, text, from, to)).toEqual(want);
        expect(ph.has(list, text, from, to)).toBe(want.length > 0);
      }
    }), { numRuns: Number(process.env.FC_RUNS ?? 300), seed: 5 });
  });
});
