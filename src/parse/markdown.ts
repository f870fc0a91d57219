// Markdown → DocumentModel with remark (GFM tables, footnotes); parsed per heading chunk to stay linear on long documents.
// Chunks that cannot hold a GFM construct skip the extension (see needsGfm).
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import type { Root, RootContent, PhrasingContent, Table, List, Heading, Paragraph } from 'mdast';
import type { Block, BlockKind, Directive, SpecDocument } from '../model/document.js';
import { BlockBuilder } from './builder.js';
import { parseDirective } from './directives.js';
import { requirementIdOf } from './requirement-id.js';
import { startsWithBullet } from './bullets.js';
import { InputError } from './errors.js';
import { fastTree } from './markdown-fast.js';

const commonmark = unified().use(remarkParse);
const gfm = unified().use(remarkParse).use(remarkGfm);

/**
 * Whether a chunk may hold a GFM construct: a table needs "|" or a delimiter row with a colon (":-" and "-:" make a
 * one-column table without any pipe), strikethrough "~", a footnote "[^", a task list item "[ ]" or "[x]", and an
 * autolink literal "www" (even "www\\." links its "www"), "http" or the "@" of an e-mail address. A chunk with none
 * of these parses to the same tree without the extension (test/parse/gfm-skip.test.ts), in about half the time:
 * GFM's autolink check runs at every character. Most chunks of a specification have none.
 */
export function needsGfm(text: string): boolean {
  return /[|~@]|:-|-:|\[\^|\[[ xX]\]|www|http/i.test(text);
}

interface Ctx {
  blocks: Block[];
  directives: Directive[];
  headings: Array<{ depth: number; title: string }>;
  lineOffset: number;
  source: string;
  /** Character offset of the chunk in the whole source. */
  chunkStart: number;
  tables: number;
  lists: number;
  /** The last GFM table read: a piece that continues it (see tablePieces) adds its rows to it. */
  lastTable?: { table: number; header: string[]; rows: number };
  /** The piece being read continues `lastTable`: its first table's header row is the repeated original. */
  continuesTable: boolean;
  /** The pipe table without a delimiter row that the last block belongs to, to continue it. */
  pseudo?: { table: number; ncols: number; header: string[]; rows: number; last: number };
  /** The titles of `headings`, shared by the blocks under them until a heading changes them (see pathOf). */
  path?: string[];
}

/** The heading titles above the next block: one array for all the blocks of a section, not one per block. */
function pathOf(ctx: Ctx): string[] {
  return (ctx.path ??= ctx.headings.map((h) => h.title));
}

/** HTML blocks that run until an end marker, across blank lines (CommonMark's kinds 1 to 5), with that marker. */
const HTML_LONG: Array<[RegExp, RegExp]> = [
  [/^ {0,3}<(?:pre|script|style|textarea)(?:[ \t>]|$)/i, /<\/(?:pre|script|style|textarea)>/i],
  [/^ {0,3}<!--/, /-->/],
  [/^ {0,3}<\?/, /\?>/],
  [/^ {0,3}<![A-Za-z]/, />/],
  [/^ {0,3}<!\[CDATA\[/, /\]\]>/],
];
const FENCE_OPEN = /^( {0,3})(`{3,}|~{3,})/;
const FENCE_CLOSE = /^( {0,3})(`{3,}|~{3,})[ \t]*$/;

/**
 * Follows, line by line, the top-level constructs that a heading at column 0 can belong to: fenced code and HTML
 * blocks. A first guess of where headingChunks may cut: an HTML start that is really text keeps it open up to the
 * next blank line (a cut not made), and where it is wrong the other way, parseMarkdown sees the chunk end inside
 * fenced code or HTML (endsOpen) and joins it with the next.
 */
export class BlockTracker {
  private fence?: { char: string; length: number; indent: number };
  /** What ends the HTML block being read: its end marker, or 'blank' (a blank line). */
  private html?: RegExp | 'blank';

  get open(): boolean {
    return !!this.fence || !!this.html;
  }

  /** Reads the next line; returns whether the text was outside fenced code and HTML blocks before it. */
  feed(line: string): boolean {
    const before = !this.open;
    if (this.fence) {
      const c = FENCE_CLOSE.exec(line);
      if (c && c[2]![0] === this.fence.char && c[2]!.length >= this.fence.length) {
        const indent = c[1]!.length;
        this.fence = indent >= this.fence.indent ? undefined : { char: c[2]![0]!, length: c[2]!.length, indent };
      }
    } else if (this.html) {
      if (this.html === 'blank' ? !line.trim() : this.html.test(line)) this.html = undefined;
    } else {
      const f = FENCE_OPEN.exec(line);
      if (f) this.fence = { char: f[2]![0]!, length: f[2]!.length, indent: f[1]!.length };
      else if (/^ {0,3}</.test(line)) {
        const long = HTML_LONG.find(([start]) => start.test(line));
        if (!long) this.html = 'blank';
        else if (!long[1].test(line.slice(long[0].exec(line)![0].length))) this.html = long[1];
      }
    }
    return before;
  }
}

/**
 * Splits Markdown at ATX headings that start at column 0 outside fenced code and HTML blocks (see BlockTracker),
 * so each chunk parses independently: such a heading ends every list, quote, table and paragraph before it. Only
 * fenced code and HTML blocks run on across it; parseMarkdown joins a chunk that ends inside one with the next.
 */
export function headingChunks(source: string): Array<{ text: string; line: number; offset: number }> {
  const chunks: Array<{ text: string; line: number; offset: number }> = [];
  const tracker = new BlockTracker();
  let start = 0, startLine = 0, line = 0, pos = 0;
  while (pos <= source.length) {
    const nl = source.indexOf('\n', pos);
    const end = nl < 0 ? source.length : nl;
    const l = source.slice(pos, end);
    if (tracker.feed(l) && l.charCodeAt(0) === 35 && /^#{1,6}(?:[ \t]|$)/.test(l) && pos > start) {
      chunks.push({ text: source.slice(start, pos), line: startLine, offset: start });
      start = pos; startLine = line;
    }
    if (nl < 0) break;
    pos = nl + 1; line++;
  }
  chunks.push({ text: source.slice(start), line: startLine, offset: start });
  return chunks;
}

/** Deepest nesting of lists and block quotes read; remark's time grows with the cube of the depth and it overflows the stack near 3,000. */
export const MAX_NESTING = 100;

/**
 * A cheap upper estimate of list/block-quote nesting per line, from its leading markers ("> > - 1. ") and its
 * indentation (every nested list level indents at least two columns). Returns the first line over the limit.
 */
export function excessiveNesting(source: string, limit = MAX_NESTING): { line: number; depth: number } | undefined {
  let line = 0;
  for (let pos = 0; pos < source.length; line++) {
    let i = pos, depth = 0, width = 0, leading = true;
    for (;;) {
      const c = source.charCodeAt(i);
      if (c === 32) { i++; if (leading) width++; }
      else if (c === 9) { i++; if (leading) width += 4 - (width % 4); }
      else if (c === 62) { i++; depth++; leading = false; } // >
      else if ((c === 45 || c === 42 || c === 43) && (source.charCodeAt(i + 1) === 32 || source.charCodeAt(i + 1) === 9)) { i += 2; depth++; leading = false; } // - * +
      else if (c >= 48 && c <= 57) {
        let j = i;
        while (j - i < 9 && source.charCodeAt(j) >= 48 && source.charCodeAt(j) <= 57) j++;
        const d = source.charCodeAt(j), after = source.charCodeAt(j + 1);
        if ((d === 46 || d === 41) && (after === 32 || after === 9)) { i = j + 2; depth++; leading = false; } else break;
      } else break;
      // Counted at markers only: indentation alone (code, converted layouts) nests nothing.
      if (!leading && depth + (width >> 1) > limit) return { line: line + 1, depth: depth + (width >> 1) };
    }
    const nl = source.indexOf('\n', i);
    if (nl < 0) break;
    pos = nl + 1;
  }
  return undefined;
}

/** Rows of one GFM table that remark reads at once; longer tables are read in pieces of this many rows. */
export const TABLE_PIECE_ROWS = 200;

const DELIMITER_ROW = /^ {0,3}\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;
const TABLE_ROW = /^ {0,3}\|/;
/** A line that may open fenced code or an HTML block (not a comment closed on the same line): a table after one may be in it. */
const CODE_OR_HTML = /^ {0,3}(?:`{3,}|~{3,}|<(?!!--(?:[^\n-]|-(?!->))*-->))/m;

export interface TablePiece {
  /** Text remark parses: for a continuation, the table's header and delimiter rows, then the piece's source. */
  text: string;
  /** Offset and 0-based line in the chunk where the piece's own source starts. */
  offset: number;
  line: number;
  /** Length and line count of the repeated header and delimiter rows in front (0 for the first piece). */
  prefixLength: number;
  prefixLines: number;
  /** The piece holds table rows only (every line starts with "|"): readTableRows may read it without remark. */
  rowsOnly?: boolean;
}

/**
 * Splits a chunk at the rows of long GFM pipe tables. remark's time and memory grow faster than the size of one
 * table (a 0.8 MB table took 10 s and 0.5 GB to parse, 2.4 MB 4 GB), while a table's rows are independent: every
 * piece after the first is the table's header and delimiter rows followed by its next rows, and parseMarkdown
 * joins the pieces back into one table with the source positions of the rows. Only tables that start at column 0
 * after a blank line, with no line before them in the chunk that may open fenced code or an HTML block, are split,
 * so the pieces parse as the whole did.
 */
export function tablePieces(text: string, pieceRows = TABLE_PIECE_ROWS): TablePiece[] {
  const whole = [{ text, offset: 0, line: 0, prefixLength: 0, prefixLines: 0 }];
  // A lone CR ends a line for remark but not for this reader's line count: such text is read whole.
  if (text.length < 4096 || !text.includes('|') || /\r(?!\n)/.test(text)) return whole;
  const pieces: TablePiece[] = [];
  const opener = text.search(CODE_OR_HTML);
  let pieceStart = 0, pieceLine = 0, prefix = '';
  let prevBlank = true;
  const lineEnd = (p: number): number => { const nl = text.indexOf('\n', p); return nl < 0 ? text.length : nl; };
  for (let pos = 0, line = 0; pos < text.length; ) {
    const end = lineEnd(pos);
    const l = text.slice(pos, end);
    const next = end + 1;
    if ((opener < 0 || opener > pos) && prevBlank && l.startsWith('|') && next < text.length) {
      const end2 = lineEnd(next);
      const delim = text.slice(next, end2);
      if (DELIMITER_ROW.test(delim) && delim.includes('-')) {
        // Count the rows that follow; split only a long table that the text before it leaves alone.
        let rowsEnd = end2 + 1, rows = 0, rowLine = line + 2;
        const starts: Array<[number, number]> = [];
        while (rowsEnd < text.length && TABLE_ROW.test(text.slice(rowsEnd, rowsEnd + 4))) {
          starts.push([rowsEnd, rowLine]);
          rowsEnd = lineEnd(rowsEnd) + 1; rows++; rowLine++;
        }
        if (rows > pieceRows && isTable(l + '\n' + delim + '\n')) {
          const head = `${l}\n${delim}\n`;
          // Cut after the first row (remark reads the header and starts the table), every pieceRows rows after it,
          // and before the last row (which takes whatever lazily continues the table): the pieces between hold rows only.
          const cuts = new Set<number>([1, rows - 1]);
          for (let k = 1 + pieceRows; k < rows - 1; k += pieceRows) cuts.add(k);
          for (const k of [...cuts].sort((a, b) => a - b)) {
            if (k < 1 || k > rows - 1) continue;
            const [at, atLine] = starts[k]!;
            pieces.push({ text: prefix + text.slice(pieceStart, at), offset: pieceStart, line: pieceLine, prefixLength: prefix.length, prefixLines: prefix ? 2 : 0, rowsOnly: !!prefix });
            pieceStart = at; pieceLine = atLine; prefix = head;
          }
          pos = Math.min(rowsEnd, text.length); line = rowLine; prevBlank = false;
          continue;
        }
      }
    }
    prevBlank = l.trim() === '';
    pos = next; line++;
  }
  if (!pieces.length) return whole;
  pieces.push({ text: prefix + text.slice(pieceStart), offset: pieceStart, line: pieceLine, prefixLength: prefix.length, prefixLines: prefix ? 2 : 0 });
  return pieces;
}

/** A cell remark would read as plain text: no escapes, markup, entities, HTML or autolink literals. */
const PLAIN_CELL = /^[^\\*_[\]`<>&!~@|]*$/;

/**
 * Reads a piece of table rows line by line into the table being continued, without remark, when every cell is
 * plain text (PLAIN_CELL, no "http"/"www") and every row has the header's number of cells: remark spends some
 * 50 µs on each cell, and a wide table is mostly cells. The blocks are those remark's tree gives (same trimming,
 * positions and row context); a piece with any other cell returns false and goes to remark.
 */
function readTableRows(piece: TablePiece, chunkLine: number, ctx: Ctx): boolean {
  const cont = ctx.lastTable;
  if (!cont || !ctx.continuesTable) return false;
  const lines = piece.text.slice(piece.prefixLength).split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  const rows: Array<Array<{ text: string; col: number }>> = [];
  for (const line of lines) {
    if (/https?:|www\./i.test(line) || line.includes('\r')) return false;
    const lead = /^ {0,3}\|/.exec(line);
    if (!lead) return false;
    const end = /\|[ \t]*$/.exec(line);
    const body = line.slice(lead[0].length, end ? end.index : line.length);
    const cells: Array<{ text: string; col: number }> = [];
    let at = lead[0].length;
    for (const raw of body.split('|')) {
      if (!PLAIN_CELL.test(raw)) return false;
      const start = raw.length - raw.replace(/^[ \t]+/, '').length;
      cells.push({ text: raw.replace(/^[ \t]+|[ \t]+$/g, ''), col: at + start + 1 });
      at += raw.length + 1;
    }
    if (cells.length !== cont.header.length) return false;
    rows.push(cells);
  }
  ctx.continuesTable = false;
  rows.forEach((cells, i) => {
    const r = cont.rows + i;
    const line = chunkLine + piece.line + i + 1;
    const built = cells.map((c) => { const b = new BlockBuilder(); if (c.text) b.append(c.text, line, c.col); return b; });
    const texts = built.map((b) => b.text.trim());
    const requirementId = requirementIdOf(texts);
    built.forEach((b, ci) => {
      if (b.empty) return;
      ctx.blocks.push(b.build({
        index: ctx.blocks.length, kind: 'tableCell', headingPath: pathOf(ctx),
        table: { table: cont.table, row: r, column: ci, header: cont.header, cells: texts, isHeader: false }, requirementId,
      }));
    });
  });
  ctx.lastTable = { ...cont, rows: cont.rows + rows.length };
  return true;
}

/** Whether remark reads these two lines as a table's header and delimiter rows. */
function isTable(headAndDelimiter: string): boolean {
  return (gfm.parse(headAndDelimiter) as Root).children[0]?.type === 'table';
}

/**
 * Most emphasis and bracket markers ("*", "_", "[", "]") remark interprets in one paragraph. micromark's time grows
 * with the square of their number in a paragraph (100,000 nested "*[" took minutes; 10,000 "*" overflowed the
 * stack), so beyond this many a paragraph's markers are read as literal characters (see literalMarkers).
 */
export const MAX_INLINE_MARKERS = 500;

/** Stand-ins for the markers of a paragraph read literally: private-use characters of the same length. */
const LITERAL: Record<string, string> = { '*': '\uF8F0', _: '\uF8F1', '[': '\uF8F2', ']': '\uF8F3', ':': '\uF8F4', '.': '\uF8F5', '@': '\uF8F6' };
const UNLITERAL: Record<string, string> = { '\uF8F0': '*', '\uF8F1': '_', '\uF8F2': '[', '\uF8F3': ']', '\uF8F4': ':', '\uF8F5': '.', '\uF8F6': '@' };
/** Restores the markers literalMarkers replaced, in text remark returns. */
function unliteral(s: string): string {
  return /[\uF8F0-\uF8F6]/.test(s) ? s.replace(/[\uF8F0-\uF8F6]/g, (c) => UNLITERAL[c]!) : s;
}

/**
 * Replaces the emphasis and bracket markers of every paragraph (lines between blank lines, outside fenced code)
 * that holds more than `max` of them by same-length stand-ins, so remark reads them as text in linear time; the
 * block text gets the markers back as literal characters. Line-start markers (list bullets, thematic breaks)
 * are kept. Ordinary paragraphs hold a few dozen at most and are untouched.
 */
export function literalMarkers(text: string, max = MAX_INLINE_MARKERS): string {
  let count = 0;
  for (let i = text.indexOf('*'); i >= 0 && count <= max; i = text.indexOf('*', i + 1)) count++;
  for (const c of ['_', '[', ']', '@', 'http', 'www.']) for (let i = text.indexOf(c); i >= 0 && count <= max; i = text.indexOf(c, i + 1)) count++;
  if (count <= max) return text;
  const lines = text.split('\n');
  let fence: string | null = null;
  let para: number[] = [], markers = 0;
  const flush = (): void => {
    if (markers > max) {
      for (const li of para) {
        const l = lines[li]!;
        const lead = /^[ \t]*(?:(?:>|[-*+]|\d{1,9}[.)])[ \t]+)*/.exec(l)![0].length;
        // Autolink literals too ("http:", "www.", "@"): each splits the paragraph's text, and micromark merges the
        // pieces at a cost that grows with the square of their number.
        lines[li] = l.slice(0, lead) + l.slice(lead).replace(/[*_[\]]|(?<=https?):|(?<=www)\.|@/gi, (c) => LITERAL[c]!);
      }
    }
    para = []; markers = 0;
  };
  lines.forEach((l, li) => {
    const f = /^ {0,3}(`{3,}|~{3,})/.exec(l);
    if (f || fence) {
      flush();
      if (f && !fence) fence = f[1]![0]!.repeat(f[1]!.length);
      else if (f && l.trim().startsWith(fence!)) fence = null;
      return;
    }
    if (!l.trim() || /^ {0,3}(?:(?:\*[ \t]*){3,}|(?:_[ \t]*){3,}|(?:-[ \t]*){3,})$/.test(l)) { flush(); return; }
    // A table row is inline-parsed cell by cell: it counts on its own, not with the rows around it.
    const row = /^ {0,3}\|/.test(l);
    if (row) flush();
    para.push(li);
    for (let i = 0; i < l.length; i++) { const c = l.charCodeAt(i); if (c === 42 || c === 95 || c === 91 || c === 93 || c === 64) markers++; }
    for (let i = l.indexOf('http'); i >= 0; i = l.indexOf('http', i + 4)) markers++;
    for (let i = l.indexOf('www.'); i >= 0; i = l.indexOf('www.', i + 4)) markers++;
    if (row) flush();
  });
  flush();
  return lines.join('\n');
}

/**
 * `tableRows`: rows per piece of a long table (tests compare small pieces with none). `fast: false` parses every
 * piece with remark, instead of reading plain pieces with fastTree, and `whole: true` parses the document as one
 * chunk (tests compare each with the default).
 */
export function parseMarkdown(source: string, filePath: string, options: { tableRows?: number; fast?: boolean; whole?: boolean } = {}): SpecDocument {
  const deep = excessiveNesting(source);
  if (deep) {
    throw new InputError(filePath, `nests lists or block quotes more than ${MAX_NESTING} levels deep (line ${deep.line}); tenderlint refuses such files rather than risk hanging`);
  }
  const ctx: Ctx = { blocks: [], directives: [], headings: [], lineOffset: 0, source, chunkStart: 0, tables: 0, lists: 0, continuesTable: false };
  const parse = (text: string): { tree: Root; text: string } => {
    // Plain text (most of a specification) is read without remark; fastTree accepts no marker literalMarkers counts.
    const fast = options.fast === false ? undefined : fastTree(text);
    if (fast) return { tree: fast, text };
    const literal = literalMarkers(text);
    return { tree: (needsGfm(literal) ? gfm : commonmark).parse(literal) as Root, text: literal };
  };
  const chunks = options.whole ? [{ text: source, line: 0, offset: 0 }] : headingChunks(source);
  for (let c = 0; c < chunks.length; c++) {
    let chunk = chunks[c]!;
    try {
      let pieces = tablePieces(chunk.text, options.tableRows);
      let last = parse(pieces[pieces.length - 1]!.text);
      // A chunk that ends inside fenced code or an HTML block would have run on into the next: read them as one.
      while (c + 1 < chunks.length && endsOpen(last.tree, last.text)) {
        chunk = { text: chunk.text + chunks[++c]!.text, line: chunk.line, offset: chunk.offset };
        pieces = tablePieces(chunk.text, options.tableRows);
        last = parse(pieces[pieces.length - 1]!.text);
      }
      for (const [p, piece] of pieces.entries()) {
        // Positions in a piece count from its repeated header rows: shift them back onto the source.
        ctx.lineOffset = chunk.line + piece.line - piece.prefixLines;
        ctx.chunkStart = chunk.offset + piece.offset - piece.prefixLength;
        ctx.continuesTable = piece.prefixLength > 0;
        if (piece.rowsOnly && readTableRows(piece, chunk.line, ctx)) continue;
        const { tree } = p === pieces.length - 1 ? last : parse(piece.text);
        tree.children.forEach((node, k) => {
          if (k > 0) ctx.continuesTable = false;
          visitBlock(node, ctx, {});
        });
      }
    } catch (e) {
      // A structure deeper than the estimate above could catch: refuse the file rather than crash.
      if (e instanceof RangeError && /call stack/i.test(e.message)) {
        throw new InputError(filePath, `is nested too deeply to read (near line ${chunk.line + 1}); flatten its lists and block quotes`);
      }
      throw e;
    }
  }
  const title = ctx.blocks.find((b) => b.kind === 'heading')?.text ?? ctx.blocks[0]?.text;
  return { filePath, format: 'markdown', blocks: ctx.blocks, directives: ctx.directives, source, title };
}

/**
 * Whether the text read into `tree` ends inside top-level fenced code without its closing fence, or inside an HTML
 * block that a following line would continue (no blank line after it, or a comment, <pre>, <script> … without its
 * end marker on its last line). Nothing else runs on across an ATX heading at column 0.
 */
export function endsOpen(tree: Root, text: string): boolean {
  const last = tree.children[tree.children.length - 1];
  const at = last?.position;
  if (!last || at?.start.offset === undefined || at.end.offset === undefined) return false;
  const src = text.slice(at.start.offset, at.end.offset);
  if (last.type === 'code') {
    const open = FENCE_OPEN.exec(src);
    if (!open) return false; // indented code: a line at column 0 ends it
    const lines = src.split('\n');
    const close = lines.length > 1 ? FENCE_CLOSE.exec(lines[lines.length - 1]!) : null;
    return !(close && close[2]![0] === open[2]![0] && close[2]!.length >= open[2]!.length);
  }
  if (last.type !== 'html') return false;
  const long = HTML_LONG.find(([start]) => start.test(src));
  if (long) {
    const lastLine = src.slice(src.lastIndexOf('\n') + 1);
    const from = src.includes('\n') ? 0 : long[0].exec(src)![0].length;
    if (!long[1].test(lastLine.slice(from))) return true;
  }
  return !long && !/\n[ \t]*\n/.test(text.slice(at.end.offset));
}

interface Where { kind?: BlockKind; listId?: number; quote?: boolean }

function visitBlock(node: RootContent, ctx: Ctx, where: Where): void {
  switch (node.type) {
    case 'heading': return addHeading(node, ctx);
    case 'paragraph': return addParagraph(node.children, ctx, where, node);
    case 'list': return addList(node, ctx, where);
    case 'table': return addTable(node, ctx);
    case 'blockquote': for (const c of node.children) visitBlock(c, ctx, { ...where, quote: true }); return;
    case 'footnoteDefinition': for (const c of node.children) visitBlock(c, ctx, { ...where, kind: 'footnote' }); return;
    case 'html': addComments(node.value, node.position?.start.line, ctx); return addHtmlBlock(node.value, node.position, ctx, where);
    default: return; // code, thematic breaks, definitions: not prose
  }
}

function addHeading(node: Heading, ctx: Ctx): void {
  const b = inline(node.children, ctx);
  const title = b.raw.replace(/\s+/g, ' ').trim();
  while (ctx.headings.length && ctx.headings[ctx.headings.length - 1]!.depth >= node.depth) { ctx.headings.pop(); ctx.path = undefined; }
  if (!b.empty) ctx.blocks.push(b.build({ index: ctx.blocks.length, kind: 'heading', headingPath: pathOf(ctx), depth: node.depth }));
  ctx.headings.push({ depth: node.depth, title });
  ctx.path = undefined;
}

function addParagraph(children: PhrasingContent[], ctx: Ctx, where: Where, node?: Paragraph): void {
  if (node && !where.kind && addPseudoTable(node, ctx)) return;
  const b = inline(children, ctx);
  if (b.empty) return;
  // "•\tText" paragraphs from converted Word files are list items in all but markup.
  // "•\tText" paragraphs and tab-indented sub-points from converted Word files are list items in all but markup.
  const kind: BlockKind = where.kind ?? (startsWithBullet(b.text) || /^\s/.test(b.text) ? 'listItem' : 'paragraph');
  ctx.blocks.push(b.build({ index: ctx.blocks.length, kind, headingPath: pathOf(ctx), listId: where.listId, quote: where.quote || undefined }));
}

const PIPE_ROW = /^[ \t]*\|.*\|[ \t]*$/;

/**
 * Pipe rows without a delimiter row ("| a | b |" lines, as converters from Word and PDF emit) are a
 * table in all but syntax: read them as one, continuing across blank lines while the column count holds.
 */
function addPseudoTable(node: Paragraph, ctx: Ctx): boolean {
  const pos = node.position;
  if (pos?.start.offset === undefined || pos.end.offset === undefined) return false;
  const src = ctx.source.slice(ctx.chunkStart + pos.start.offset, ctx.chunkStart + pos.end.offset);
  const lines = src.split('\n');
  if (!lines.every((l) => PIPE_ROW.test(l))) return false;
  const firstLine = pos.start.line + ctx.lineOffset;
  lines.forEach((line, li) => {
    const cells: Array<{ raw: string; col: number }> = [];
    let i = line.indexOf('|') + 1;
    const end = line.lastIndexOf('|');
    while (i <= end) {
      let j = i;
      while (j < end && !(line[j] === '|' && line[j - 1] !== '\\')) j++;
      cells.push({ raw: line.slice(i, j), col: i + 1 + (li === 0 ? pos.start.column - 1 : 0) });
      i = j + 1;
      if (j >= end) break;
    }
    const texts = cells.map((c) => c.raw.replace(/\*\*|__/g, '').trim());
    const p = ctx.pseudo;
    const continues = p && p.last === ctx.blocks.length - 1 && p.ncols === cells.length;
    const state = continues ? p! : { table: ctx.tables++, ncols: cells.length, header: texts, rows: 0, last: -1 };
    const row = state.rows++;
    const requirementId = row > 0 ? requirementIdOf(texts) : undefined;
    cells.forEach((c, ci) => {
      const b = new BlockBuilder();
      b.append(c.raw.replace(/\*\*|__/g, (m) => ' '.repeat(m.length)), firstLine + li, c.col);
      if (b.empty) return;
      ctx.blocks.push(b.build({
        index: ctx.blocks.length, kind: 'tableCell', headingPath: pathOf(ctx),
        table: { table: state.table, row, column: ci, header: state.header, cells: texts, isHeader: row === 0 }, requirementId,
      }));
    });
    state.last = ctx.blocks.length - 1;
    ctx.pseudo = state;
  });
  return true;
}

function addList(node: List, ctx: Ctx, where: Where): void {
  const listId = ++ctx.lists;
  for (const item of node.children) {
    for (const c of item.children) {
      if (c.type === 'paragraph') addParagraph(c.children, ctx, { ...where, kind: where.kind === 'footnote' ? 'footnote' : 'listItem', listId });
      else visitBlock(c, ctx, where);
    }
  }
}

function addTable(node: Table, ctx: Ctx): void {
  // A piece of a long table (tablePieces): its header row is the original's, repeated; its rows continue the table.
  const cont = ctx.continuesTable ? ctx.lastTable : undefined;
  ctx.continuesTable = false;
  const table = cont ? cont.table : ctx.tables++;
  const rows = node.children.map((row, r) => (cont && r === 0 ? [] : row.children.map((cell) => inline(cell.children, ctx))));
  const header = cont ? cont.header : (rows[0] ?? []).map((c) => c.text.trim());
  const base = cont ? cont.rows - 1 : 0;
  ctx.lastTable = { table, header, rows: base + rows.length };
  rows.forEach((cells, i) => {
    if (cont && i === 0) return;
    const r = base + i;
    const texts = cells.map((c) => c.text.trim());
    const requirementId = r > 0 ? requirementIdOf(texts) : undefined;
    cells.forEach((b, c) => {
      if (b.empty) return;
      ctx.blocks.push(b.build({
        index: ctx.blocks.length, kind: 'tableCell', headingPath: pathOf(ctx),
        table: { table, row: r, column: c, header, cells: texts, isHeader: r === 0 }, requirementId,
      }));
    });
  });
}

/** Tags that end a block of text inside HTML: each block element's text becomes a block of its own. */
const HTML_BLOCK_TAG = /^(?:p|div|li|ul|ol|td|th|tr|table|thead|tbody|h[1-6]|br|hr|section|article|blockquote|dd|dt|dl|pre|header|footer|main|aside|nav|figure|figcaption|caption|center|details|summary)$/i;
const HTML_TOKEN = /<!--[^]*?(?:-->|$)|<(script|style|textarea|template)\b[^>]*>[^]*?(?:<\/\1\s*>|$)|<\/?([a-zA-Z][\w:-]*)(?:[^>"']|"[^"]*"|'[^']*')*>|<![^>]*>|<\?[^]*?\?>|&(#\d{1,7}|#x[0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});/g;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', shy: '\u00ad', ndash: '–', mdash: '—', laquo: '«', raquo: '»', aelig: 'æ', AElig: 'Æ', oslash: 'ø', Oslash: 'Ø', aring: 'å', Aring: 'Å', auml: 'ä', Auml: 'Ä', ouml: 'ö', Ouml: 'Ö', uuml: 'ü', eacute: 'é', reg: '®', trade: '™', copy: '©' };

/**
 * The text of an HTML block ("<div>Løsningen skal anvende …</div>"): a requirement inside one is a requirement.
 * Tags are dropped, each block element's text is a block, entities are decoded, and comments, scripts and styles
 * are no text. Runs keep their source positions.
 */
function addHtmlBlock(raw: string, pos: Pos, ctx: Ctx, where: Where): void {
  if (!pos || pos.start.offset === undefined || pos.end.offset === undefined) return;
  const value = unliteral(raw);
  const startOffset = ctx.chunkStart + pos.start.offset;
  // The node's text is the source itself for a top-level block; nested in a list or quote its prefixes are gone.
  const exact = ctx.source.slice(startOffset, ctx.chunkStart + pos.end.offset) === value;
  const firstLine = pos.start.line + ctx.lineOffset;
  const lineStarts = [0];
  for (let i = value.indexOf('\n'); i >= 0; i = value.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const at = (offset: number): { line: number; column: number } => {
    let lo = 0, hi = lineStarts.length - 1;
    while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (lineStarts[mid]! <= offset) lo = mid; else hi = mid - 1; }
    return { line: firstLine + lo, column: (lo === 0 ? pos.start.column : 1) + offset - lineStarts[lo]! };
  };
  let b = new BlockBuilder();
  let kind: BlockKind = where.kind ?? 'paragraph';
  const flush = (): void => {
    if (!b.empty && b.text.trim()) {
      ctx.blocks.push(b.build({ index: ctx.blocks.length, kind, headingPath: pathOf(ctx), listId: where.listId, quote: where.quote || undefined }));
    }
    b = new BlockBuilder();
    kind = where.kind ?? 'paragraph';
  };
  const text = (from: number, to: number): void => {
    if (to <= from) return;
    const run = value.slice(from, to);
    if (!exact) { b.appendSynthetic(run.replace(/\s+/g, ' ')); return; }
    // Line by line: a run's characters map one-to-one onto the source from its first position.
    let o = from;
    for (const piece of run.split('\n')) {
      if (piece) { const p = at(o); b.append(piece, p.line, p.column); }
      o += piece.length + 1;
      if (o <= to) b.appendSynthetic(' ');
    }
  };
  HTML_TOKEN.lastIndex = 0;
  let last = 0;
  for (let m = HTML_TOKEN.exec(value); m; m = HTML_TOKEN.exec(value)) {
    if (m[0].length === 0) { HTML_TOKEN.lastIndex++; continue; }
    text(last, m.index);
    last = m.index + m[0].length;
    if (m[3] !== undefined) {
      const e = m[3];
      const cp = e[0] === '#' ? (e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)) : undefined;
      const ch = cp !== undefined ? (cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : '') : ENTITIES[e];
      if (ch === undefined) text(m.index, last);
      else b.appendSynthetic(ch);
    } else if (m[2] !== undefined) {
      if (HTML_BLOCK_TAG.test(m[2])) {
        flush();
        if (/^li$/i.test(m[2]) && m[0][1] !== '/') kind = 'listItem';
      } // inline tags (<b>, <span>) join what they separate: "Share<b>Point</b>" is one word
    } else if (m[1] !== undefined || m[0].startsWith('<!--')) {
      b.appendSynthetic(' ');
    }
  }
  text(last, value.length);
  flush();
}

function addComments(raw: string, line: number | undefined, ctx: Ctx): void {
  const html = unliteral(raw);
  const re = /<!--([^]*?)-->/g;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    const before = html.slice(0, m.index).split('\n').length - 1;
    const d = parseDirective(m[1]!, (line ?? 1) + ctx.lineOffset + before);
    if (d) ctx.directives.push(d);
  }
}

/** Builds block text from inline nodes, mapping each text run to its source line and column. */
function inline(nodes: PhrasingContent[], ctx: Ctx): BlockBuilder {
  const b = new BlockBuilder();
  const walk = (list: PhrasingContent[]): void => {
    for (const n of list) {
      switch (n.type) {
        case 'text': appendMapped(b, n.value, n.position, ctx, false); break;
        case 'inlineCode': appendMapped(b, n.value, n.position, ctx, true); break;
        case 'emphasis': case 'strong': case 'delete': walk(n.children); break;
        case 'link': {
          const t = n.children.map((c) => ('value' in c ? c.value : '')).join('');
          // Bare URLs and link texts that are URLs are not prose.
          if (t === n.url || /^(https?:|www\.|mailto:)/i.test(t)) for (const c of n.children) appendMapped(b, 'value' in c ? String(c.value) : '', c.position, ctx, true);
          else walk(n.children);
          break;
        }
        case 'linkReference': walk(n.children); break;
        case 'break': b.appendSynthetic(' '); break;
        case 'html': addComments(n.value, n.position?.start.line, ctx); break;
        default: break; // images, footnote references
      }
    }
  };
  walk(nodes);
  return b;
}

type Pos = { start: { line: number; column: number; offset?: number }; end: { offset?: number } } | undefined;

function appendMapped(b: BlockBuilder, raw: string, pos: Pos, ctx: Ctx, masked: boolean): void {
  const value = unliteral(raw);
  const add = (s: string, line: number, column: number): void => (masked ? b.appendMasked(s, line, column) : b.append(s, line, column));
  if (!pos || pos.start.offset === undefined || pos.end.offset === undefined) { add(value, 1, 1); return; }
  const line = pos.start.line + ctx.lineOffset;
  const src = ctx.source.slice(ctx.chunkStart + pos.start.offset, ctx.chunkStart + pos.end.offset);
  if (src === value) { add(value, line, pos.start.column); return; }
  // Escapes, entities or stripped indentation: map each line of the value to where it occurs in the source.
  let cursor = 0;
  const pieces = value.split('\n');
  pieces.forEach((piece, i) => {
    const at = piece ? src.indexOf(piece, cursor) : -1;
    if (at >= 0) {
      const before = src.slice(0, at);
      const l = line + (before.match(/\n/g)?.length ?? 0);
      const lastNl = before.lastIndexOf('\n');
      const col = lastNl < 0 ? pos.start.column + at : at - lastNl;
      add(piece, l, col);
      cursor = at + piece.length;
    } else {
      add(piece, line, pos.start.column);
    }
    if (i < pieces.length - 1) b.appendSynthetic(' ');
  });
}
