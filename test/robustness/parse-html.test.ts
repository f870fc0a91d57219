// Issue 14, item 13 (Markdown): a requirement inside an HTML block ("<div>… skal anvende …</div>") was not checked.
// The text of an HTML block is now read (tags dropped, one block per block element, entities decoded, source
// positions kept); comments, scripts and styles stay no text. Input: scripts/make-hostile-parse.mjs (htmlBlocks).
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../src/parse/markdown.js';
import { lintMd } from '../helpers.js';
// @ts-expect-error: a plain .mjs script without type declarations
import { htmlBlocks } from '../../scripts/make-hostile-parse.mjs';

describe('HTML blocks in Markdown', () => {
  const src = htmlBlocks() as string;

  it('are read as text with source positions; comments are not text', () => {
    const doc = parseMarkdown(src, 'x.md');
    const texts = doc.blocks.map((b) => b.text.trim());
    expect(texts).toContain('Løsningen skal anvende Oracle Database.');
    expect(texts.some((t) => /^Løsningen skal anvende Microsoft SharePoint\s?\.$/.test(t))).toBe(true);
    expect(texts.join('\n')).not.toMatch(/SAP|<|>/);
    const lines = src.split('\n');
    for (const f of lintMd(src, 'da').filter((x) => x.ruleId === 'brand-without-equivalent')) {
      // Where the term starts in the source (an end column after a tag points past the tag, as after **bold**).
      expect(lines[f.line - 1]!.slice(f.column - 1).startsWith(f.term)).toBe(true);
    }
    expect(lintMd(src, 'da').filter((x) => x.ruleId === 'brand-without-equivalent').map((f) => [f.line, f.term])).toEqual([[4, 'Oracle Database'], [7, 'Microsoft SharePoint']]);
  });

  it('decode entities and keep inline tags from splitting words', () => {
    const doc = parseMarkdown('<p>Share<b>Point</b> &amp; Oracle&nbsp;Database &#228;</p>\n', 'x.md');
    expect(doc.blocks.map((b) => b.text)).toEqual(['SharePoint & Oracle\u00a0Database ä'.replace('\u00a0', doc.blocks[0]!.text.includes('\u00a0') ? '\u00a0' : ' ')]);
  });
});
