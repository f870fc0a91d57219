// Two shortcuts of the Markdown parser must not change the document model:
// - fastTree reads plain pieces without remark: where it accepts a text, its tree is remark's (in every field
//   parseMarkdown reads), and the model is the one remark's trees give;
// - headingChunks cuts the document at headings and parseMarkdown reads the chunks one by one: the model is the one
//   the whole document read at once gives, also where lists, tables, fenced code and HTML blocks meet a cut.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import type { Node } from 'unist';
import { fastTree } from '../../src/parse/markdown-fast.js';
import { headingChunks, parseMarkdown, tablePieces } from '../../src/parse/markdown.js';
import { generateSpec } from '../../bench/generate.mjs';

const root = join(import.meta.dirname, '..', '..');
const gfm = unified().use(remarkParse).use(remarkGfm);
const RUNS = Number(process.env.FC_RUNS ?? 1000);

/** The fields of an mdast tree that parseMarkdown reads: types, nesting, depths, values, text and paragraph positions. */
function project(n: Node & { depth?: number; value?: string; children?: Node[] }): unknown {
  const p = n.position;
  return {
    type: n.type, depth: n.depth, value: n.value,
    at: (n.type === 'text' || n.type === 'paragraph') && p ? [p.start.line, p.start.column, p.start.offset, p.end.line, p.end.column, p.end.offset] : undefined,
    children: n.children?.map(project),
  };
}

/** fastTree's tree for `text` equals remark's, or fastTree declines it. Returns whether it accepted. */
function sameTree(text: string): boolean {
  const fast = fastTree(text);
  if (fast) expect(project(fast), JSON.stringify(text)).toEqual(project(gfm.parse(text)));
  return !!fast;
}

const model = (text: string, options: Parameters<typeof parseMarkdown>[2] = {}) => {
  const d = parseMarkdown(text, 'x.md', options);
  return { blocks: d.blocks, directives: d.directives, title: d.title };
};

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    if (e.name === 'node_modules' || e.name.startsWith('.') || e.name === 'dist' || e.name === 'out') return [];
    const p = join(dir, e.name);
    return e.isDirectory() ? markdownFiles(p) : e.name.endsWith('.md') ? [p] : [];
  });
}

/** Markdown built from pieces that meet at chunk cuts: headings, lists, tables, fenced code, HTML blocks, comments. */
const piece = fc.constantFrom(
  '# ', '## ', '### Krav\n', '\n', '\n', '\n\n', ' ', '  ', '    ', '\t',
  '- ', '* ', '+ ', '  - ', '1. ', '> ',
  '| ID | Krav |\n', '|----|------|\n', '| K-1 | Løsningen skal bruge Microsoft Excel |\n', '| K-2 |  |\n', '|', ':-', '---\n', '===\n',
  '```\n', '```js\n', '  ```\n', '~~~\n', '<!--', '-->', '<!-- tenderlint-disable-next-line -->\n', '<div>', '</div>', '<pre>\n', '</pre>', '<span>',
  'Leverandøren skal', ' Microsoft Excel', 'SharePoint', 'tekst', 'x', '2.', '**', '_', '[a]', '&amp;', '\\', 'www.x.dk', 'a@b.dk', '😀',
);
const markdown = fc.array(piece, { maxLength: 80 }).map((a) => a.join(''));
/** Lines of the plain kinds fastTree reads (and a few it must decline), so that it accepts many of them. */
const plainLine = fc.constantFrom(
  '# Krav', '## 2. Område 2', '### ', '', '', '', '- Løsningen skal vise sager.', '* punkt', '+ punkt', '- Microsoft Excel  ', '-  to mellemrum',
  '| ID | Krav |', '|----|:----:|', '| K-1 | Løsningen skal bruge Microsoft Excel |', '|  | tom |', '| a | b | c |', '| K-2 |Oracle|',
  'Kommunen anvender i dag SAP S/4HANA.', 'Data i PDF/A og SAML 2.0 ', 'Løsningen skal understøtte 100 brugere.', '  indrykket', '2. punkt', '2024 er året',
  'Tekst med 😀 og – tankestreg', 'sidste linje med mellemrum  ', 'a | b', 'Krav', ':-', '---', '===', '#hashtag', '> citat',
);
const plainDoc = fc.array(plainLine, { maxLength: 40 }).map((a) => a.join('\n'));

describe('fastTree: remark\'s tree for plain Markdown', () => {
  it('reads every chunk of a generated specification, with remark\'s tree', () => {
    for (const chunk of headingChunks(generateSpec(30, 7))) expect(sameTree(chunk.text)).toBe(true);
  });

  it('gives remark\'s tree for every chunk it accepts in every Markdown file of the repository', () => {
    let accepted = 0;
    for (const file of markdownFiles(root)) {
      for (const chunk of headingChunks(readFileSync(file, 'utf8'))) if (sameTree(chunk.text)) accepted++;
    }
    expect(accepted).toBeGreaterThan(50);
  });

  it('gives remark\'s tree for random plain Markdown it accepts, and accepts much of it', () => {
    let accepted = 0, seen = 0;
    fc.assert(fc.property(plainDoc, (text) => { seen++; if (sameTree(text)) accepted++; }), { numRuns: RUNS });
    expect(accepted).toBeGreaterThan(seen / 10);
  });

  it('gives remark\'s tree for random Markdown with every kind of markup it accepts', () => {
    fc.assert(fc.property(markdown, (text) => { sameTree(text); }), { numRuns: RUNS });
  });

  it('declines text that needs remark', () => {
    for (const t of ['Brug **SharePoint**', 'Se https://x.dk', 'a@b.dk', 'R&D', '`kode`', 'linje  \nnæste', '- a\nlazy', 'para\n| A |\n|---|', '<div>x</div>', '## Titel ##', '> citat', '1. punkt', 'a\n---', '| a |\n|---|---|', '\tfane']) {
      expect(fastTree(t), t).toBeUndefined();
    }
  });

  it('gives the model remark gives: generated specifications, every Markdown file of the repository, random text', () => {
    for (const [pages, seed] of [[1, 1], [10, 10], [40, 3]] as const) {
      const spec = generateSpec(pages, seed);
      expect(model(spec)).toEqual(model(spec, { fast: false }));
    }
    for (const file of markdownFiles(root)) {
      const text = readFileSync(file, 'utf8');
      expect(model(text), file).toEqual(model(text, { fast: false }));
    }
    fc.assert(fc.property(fc.oneof(markdown, plainDoc), (text) => {
      expect(model(text)).toEqual(model(text, { fast: false }));
    }), { numRuns: RUNS });
  });
});

describe('reading in chunks gives the model of the whole document read at once', () => {
  const whole = (text: string) => model(text, { whole: true, tableRows: Number.MAX_SAFE_INTEGER });

  it('on generated specifications and every Markdown file of the repository', () => {
    const spec = generateSpec(40, 5);
    expect(headingChunks(spec).length).toBeGreaterThan(40);
    expect(model(spec)).toEqual(whole(spec));
    for (const file of markdownFiles(root)) {
      const text = readFileSync(file, 'utf8');
      expect(model(text), file).toEqual(whole(text));
    }
  });

  it('where fenced code, HTML blocks, lists and tables meet a heading', () => {
    const cases = [
      '# A\n\nText.\n\n<!--\n# Skjult Oracle\n-->\n\n## B\n\nMere.\n', // a comment hides a heading
      '# A\n\n<div>\nSharePoint\n# Titel\n</div>\n', // an HTML block runs to a blank line
      '# A\n\n<pre>\n\n# i pre\n</pre>\n\nefter\n',
      '# A\n\n```\nkode\n```js\n# ingen overskrift\n```\n\nTekst.\n', // "```js" closes no fence
      '# A\n\n- punkt et\n\n  ## Indeni\n\n- punkt to\n', // an indented heading belongs to the list item
      '# A\n\n- x\n\n  ```\n```\n# h\n  ```\n', // the list item's fence ends with the item; "```" opens a new one
      '<span>x\n```\n\n# h SharePoint\n```\nefter', // "<span>x" is text, so "```" opens a fence
      '<div>\n```\n\n```\n# h\n```\n\n# rigtig', // inside the HTML block "```" is text; after it, a fence
      '# A\n\n| a | b |\n|---|---|\n| 1 | 2 |\n# h\n| 3 | 4 |\n', // a heading ends a table
      '# A\n\n<!-- en -->\n# h\n\n<span>x</span>\n# h2\n',
    ];
    for (const text of cases) expect(model(text), JSON.stringify(text)).toEqual(whole(text));
  });

  it('on random Markdown, also with long tables read in pieces', () => {
    fc.assert(fc.property(markdown, (text) => {
      expect(model(text, { tableRows: 2 })).toEqual(whole(text));
    }), { numRuns: RUNS });
  });

  it('cuts a long table only where no fenced code or HTML block may hold it', () => {
    const rows = Array.from({ length: 300 }, (_, i) => `| K-${i} | Løsningen skal vise sag ${i} |`).join('\n');
    const table = `| ID | Krav |\n|----|------|\n${rows}\n`;
    expect(tablePieces(`Tekst.\n\n${table}`).length).toBeGreaterThan(1);
    expect(tablePieces(`<!-- note -->\n\n${table}`).length).toBeGreaterThan(1);
    for (const before of ['```\n\n', '<div>\n\n', '<!--\n\n', '<span>x\n```\n\n']) {
      expect(tablePieces(`${before}${table}`), before).toHaveLength(1);
      const text = `${before}${table}`;
      expect(model(text), before).toEqual(whole(text));
    }
  });
});
