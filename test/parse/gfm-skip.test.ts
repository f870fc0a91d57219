// The Markdown parser skips the GFM extension for chunks that cannot hold a GFM construct (needsGfm). That is only
// an optimisation if the tree is the same: checked on every Markdown file in the repository and on random text.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import { headingChunks, needsGfm } from '../../src/parse/markdown.js';

const root = join(import.meta.dirname, '..', '..');
const plain = unified().use(remarkParse);
const gfm = unified().use(remarkParse).use(remarkGfm);
const same = (text: string): void => expect(JSON.stringify(plain.parse(text))).toBe(JSON.stringify(gfm.parse(text)));

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    if (e.name === 'node_modules' || e.name.startsWith('.') || e.name === 'dist') return [];
    const p = join(dir, e.name);
    return e.isDirectory() ? markdownFiles(p) : e.name.endsWith('.md') ? [p] : [];
  });
}

describe('skipping GFM where it cannot apply', () => {
  it('detects each GFM construct', () => {
    for (const t of ['| a | b |\n|---|---|\n| 1 | 2 |', '~~old~~', 'See[^1].\n\n[^1]: Note.', '- [ ] open\n- [x] done', 'www.example.dk', 'https://example.dk', 'udbud@example.dk', 'WWW.EXAMPLE.DK', 'Krav\n:-', 'Krav\n-:']) {
      expect(needsGfm(t), t).toBe(true);
      expect(JSON.stringify(plain.parse(t)), `the sample must really differ under GFM: ${t}`).not.toBe(JSON.stringify(gfm.parse(t)));
    }
  });
  it('gives the same tree for every chunk it skips, in every Markdown file of the repository', () => {
    let skipped = 0;
    for (const file of markdownFiles(root)) {
      for (const chunk of headingChunks(readFileSync(file, 'utf8'))) {
        if (needsGfm(chunk.text)) continue;
        skipped++;
        same(chunk.text);
      }
    }
    expect(skipped).toBeGreaterThan(50);
  });
  it('gives the same tree for random Markdown without the trigger characters', () => {
    const piece = fc.constantFrom('# ', '## ', '- ', '* ', '1. ', '> ', '    ', '\n', '\n\n', '---', '***', '`', '```', '*', '_', '[', ']', '(', ')', '!', '<', '>', '&', ':', '.', '-', '=', '\\', 'x', 'X', ' ', 'www', 'http', 'word', 'Leverandøren skal', 'Microsoft Excel', '^', 'a.b', 'mailto', '\t', '1)', '+ ');
    fc.assert(fc.property(fc.array(piece, { maxLength: 60 }).map((a) => a.join('')), (text) => {
      fc.pre(!needsGfm(text));
      same(text);
    }), { numRuns: Number(process.env.FC_RUNS ?? 1000) });
  });
});
