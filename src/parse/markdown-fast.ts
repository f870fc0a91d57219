// A fast reader for the plainest Markdown: the mdast tree remark-parse + remark-gfm would build, for text that holds
// only ATX headings, paragraphs, one-line bullet items and GFM pipe tables with plain inline text; undefined for
// anything else, which then goes to remark. Most of a long specification is such text, and remark spends some
// 2 ms on each 1.6 KB of it (micromark's events, then mdast's tree); this reader takes a few µs.
import type { Heading, List, ListItem, Paragraph, PhrasingContent, Root, RootContent, Table, TableCell, TableRow, Text } from 'mdast';

/**
 * Characters and words that start an inline construct in CommonMark or GFM (escapes, code, emphasis, links, images,
 * HTML, entities, strikethrough, autolink literals, footnotes), or that this reader leaves to remark (tabs, CR, NUL,
 * a byte order mark). Text with none of them is one text node to remark.
 */
const NOT_PLAIN = /[\\`*_[\]<>&~@\t\r\0\uFEFF]|www|http/i;
/** A pipe anywhere but in table rows would need the pseudo-table and table-interruption rules: left to remark. */
const PIPE = /\|/;
/** What a paragraph's line may start with: anything that cannot open another block (or a lazy list item). */
const UNSAFE_START = /^(?:[ #>\-*+=|~:`<[_!\\&]|\d{1,9}[.)](?:[ \t]|$))/;
const HEADING = /^(#{1,6})(?: +|$)/;
const DELIMITER = /^\|(?: *:?-+:? *\|)+$/;

interface Pt { line: number; column: number; offset: number }
const pos = (start: Pt, end: Pt) => ({ start, end });

/** A reader over the lines of the text, with each line's offset. */
class Lines {
  readonly starts: number[] = [];
  readonly texts: string[] = [];
  constructor(text: string) {
    let at = 0;
    for (;;) {
      const nl = text.indexOf('\n', at);
      this.starts.push(at);
      this.texts.push(text.slice(at, nl < 0 ? text.length : nl));
      if (nl < 0) break;
      at = nl + 1;
    }
  }
  /** The point at column `col` (0-based) of line `i` (0-based). */
  pt(i: number, col: number): Pt {
    return { line: i + 1, column: col + 1, offset: this.starts[i]! + col };
  }
}

const blank = (l: string): boolean => /^ *$/.test(l);
/** Index after the last non-space character of `l` (from `from`). */
function trimEnd(l: string, from = 0): number {
  let e = l.length;
  while (e > from && l.charCodeAt(e - 1) === 32) e--;
  return e;
}

function text(value: string, start: Pt, end: Pt): Text {
  return { type: 'text', value, position: pos(start, end) };
}

/** Text that remark reads as one text node: no inline markup, no pipe unless allowed. */
function plain(s: string, pipes = false): boolean {
  return !NOT_PLAIN.test(s) && (pipes || !PIPE.test(s));
}

/** The cells of a table row "| a | b |" as text nodes (empty cells have none), or undefined if not plain. */
function rowCells(lines: Lines, i: number): TableCell[] | undefined {
  const l = lines.texts[i]!;
  if (l.length < 2 || l.charCodeAt(l.length - 1) !== 124) return undefined;
  const cells: TableCell[] = [];
  let at = 1;
  while (at < l.length) {
    const bar = l.indexOf('|', at);
    let s = at;
    while (s < bar && l.charCodeAt(s) === 32) s++;
    const e = trimEnd(l.slice(0, bar), s);
    const children: PhrasingContent[] = s < e ? [text(l.slice(s, e), lines.pt(i, s), lines.pt(i, e))] : [];
    cells.push({ type: 'tableCell', children });
    at = bar + 1;
  }
  return cells;
}

/**
 * The tree remark (with GFM) gives `src`, for the subset described above, or undefined. Only the fields
 * parseMarkdown reads are filled in exactly: node types and nesting, heading depths, text values and the positions
 * of text nodes and paragraphs (test/parse/markdown-fast.test.ts compares them with remark's).
 */
export function fastTree(src: string): Root | undefined {
  if (!plain(src, true)) return undefined;
  const lines = new Lines(src);
  const n = lines.texts.length;
  const children: RootContent[] = [];
  let list: { node: List; marker: string } | undefined;
  /** The previous line was blank (or there was none): a table may start. */
  let afterBlank = true;
  let i = 0;
  const h = HEADING.exec(lines.texts[0]!);
  if (h) {
    const l = lines.texts[0]!;
    const s = h[0].length, e = trimEnd(l, s);
    if (l.includes('#', s) || !plain(l)) return undefined;
    const node: Heading = { type: 'heading', depth: h[1]!.length as Heading['depth'], children: s < e ? [text(l.slice(s, e), lines.pt(0, s), lines.pt(0, e))] : [], position: pos(lines.pt(0, 0), lines.pt(0, l.length)) };
    children.push(node);
    i = 1;
  }
  while (i < n) {
    const l = lines.texts[i]!;
    if (blank(l)) { afterBlank = true; i++; continue; }
    const c = l.charCodeAt(0);
    if (c === 45 || c === 42 || c === 43) { // - * +: a one-line bullet item
      if (!afterBlank && !list) return undefined;
      if (l.charCodeAt(1) !== 32) return undefined;
      const content = l.slice(2);
      if (!content || UNSAFE_START.test(content) || !plain(content)) return undefined;
      // The next line must end the item: a blank line or another item (a lazy or indented line would continue it).
      const next = lines.texts[i + 1];
      if (next !== undefined && !blank(next) && !/^[-*+] /.test(next)) return undefined;
      const marker = l[0]!;
      const e = trimEnd(l, 2);
      const t = text(l.slice(2, e), lines.pt(i, 2), lines.pt(i, e));
      const para: Paragraph = { type: 'paragraph', children: [t], position: pos(lines.pt(i, 2), lines.pt(i, l.length)) };
      const item: ListItem = { type: 'listItem', spread: false, checked: null, children: [para] };
      if (!list || list.marker !== marker) {
        list = { node: { type: 'list', ordered: false, start: null, spread: false, children: [] }, marker };
        children.push(list.node);
      }
      list.node.children.push(item);
      afterBlank = false;
      i++;
      continue;
    }
    list = undefined;
    if (c === 124) { // |: a GFM table after a blank line, header and delimiter rows first, up to a blank line
      if (!afterBlank || i + 1 >= n || !DELIMITER.test(lines.texts[i + 1]!)) return undefined;
      const header = rowCells(lines, i);
      if (!header || header.length !== lines.texts[i + 1]!.split('|').length - 2) return undefined;
      const rows: TableRow[] = [{ type: 'tableRow', children: header }];
      let j = i + 2;
      for (; j < n && !blank(lines.texts[j]!); j++) {
        if (lines.texts[j]!.charCodeAt(0) !== 124) return undefined;
        const cells = rowCells(lines, j);
        if (!cells || cells.length !== header.length) return undefined;
        rows.push({ type: 'tableRow', children: cells });
      }
      const table: Table = { type: 'table', align: header.map(() => null), children: rows };
      children.push(table);
      afterBlank = false;
      i = j;
      continue;
    }
    // A paragraph: lines up to a blank line, each one that cannot start another block, no trailing spaces but on its last.
    let j = i;
    for (; j < n && !blank(lines.texts[j]!); j++) {
      const t = lines.texts[j]!;
      if (UNSAFE_START.test(t) || !plain(t)) return undefined;
      if (j + 1 < n && !blank(lines.texts[j + 1]!) && t.charCodeAt(t.length - 1) === 32) return undefined;
    }
    const last = lines.texts[j - 1]!;
    const e = trimEnd(last);
    const value = src.slice(lines.starts[i]!, lines.starts[j - 1]! + e);
    const para: Paragraph = { type: 'paragraph', children: [text(value, lines.pt(i, 0), lines.pt(j - 1, e))], position: pos(lines.pt(i, 0), lines.pt(j - 1, last.length)) };
    children.push(para);
    afterBlank = false;
    i = j;
  }
  return { type: 'root', children };
}
