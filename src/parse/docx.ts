// Word .docx → DocumentModel through mammoth's document tree (read with transformDocument, no HTML rendering).
// Locations: ¶n = 1-based paragraph number in body order, table-cell paragraphs counted; column = offset in it.
import { lazyRequire as require } from '../lazy-require.js';
import type { Block, BlockKind, Directive, SpecDocument } from '../model/document.js';
import { BlockBuilder } from './builder.js';
import { commentDirective, readReplyThreads } from './replies.js';
import { requirementIdOf } from './requirement-id.js';
import { startsWithBullet } from './bullets.js';
import { openPackage, ALT_CHUNK_MARKER, type MammothFile } from './package.js';
import { htmlBlocks } from './html-text.js';
import { checkZip } from './zip-guard.js';
import { InputError } from './errors.js';


interface MNode {
  type: string;
  children?: MNode[];
  value?: string;
  styleId?: string | null;
  styleName?: string | null;
  numbering?: { level: string; isOrdered: boolean } | null;
  commentId?: string;
  noteId?: string;
  noteType?: string;
  body?: MNode[];
  href?: string;
  font?: string | null;
}
interface MDocument extends MNode {
  notes?: { _notes?: Record<string, MNode> };
  comments?: Array<{ commentId: string; body: MNode[]; authorName?: string }>;
}

/** Reads mammoth's internal document model without rendering HTML. */
export async function readMammothDocument(input: Buffer, pkg?: Awaited<ReturnType<typeof openPackage>>): Promise<MDocument> {
  const mammoth = require('mammoth') as { convertToHtml(i: { file: MammothFile }, o: object): Promise<unknown> };
  let captured: MDocument | undefined;
  // Opened here rather than by mammoth: the main part through _rels/.rels, UTF-16 parts, altChunk markers.
  await mammoth.convertToHtml({ file: (pkg ?? await openPackage(input)).file }, {
    transformDocument: (d: MDocument) => { captured = d; return { ...d, children: [] }; },
  });
  if (!captured) throw new Error('no document body');
  return captured;
}

const HEADING = /^(?:heading|overskrift|rubrik|overskrift|otsikko|überschrift|titre|kop)\s*(\d)/i;
const TITLE = /^(?:title|titel|tittel|otsikko)$/i;
const QUOTE_STYLE = /quot|citat|sitat|zitat|citation/i;
/** Runs set in a monospace font are code, not prose (the Word counterpart of Markdown's `code`). */
const MONOSPACE = /mono|courier|consolas|menlo|monaco|code/i;
/** Character styles for code: LibreOffice's "Source Text", Word's "HTML Code" and friends. */
const CODE_STYLE = /source text|code|kode|verbatim|kildetekst/i;

function headingDepth(p: MNode): number | undefined {
  for (const s of [p.styleName, p.styleId]) {
    if (!s) continue;
    const m = HEADING.exec(s) ?? /^(?:Heading|Overskrift|Rubrik)(\d)$/i.exec(s);
    if (m) return Number(m[1]);
    if (TITLE.test(s)) return 1;
  }
  return undefined;
}

/** The content of an altChunk, read: a Word document or an HTML document's blocks. */
type Embedded = { doc: SpecDocument } | { html: ReturnType<typeof htmlBlocks> };

interface Ctx {
  /** altChunk contents by marker number. */
  embedded?: Embedded[];
  blocks: Block[];
  directives: Directive[];
  headings: Array<{ depth: number; title: string }>;
  paragraph: number;
  tables: number;
  lists: number;
  inList: boolean;
  comments: Map<string, string>;
  /** Reply comment id → parent comment id (Word's threads), comment authors, and where each comment is anchored. */
  threads: Map<string, string>;
  authors: Map<string, string>;
  anchors: Map<string, { line: number; block?: number }>;
}

/** How deep altChunks may nest (a .docx imported into a .docx imported into …). */
const MAX_CHUNK_DEPTH = 3;

export async function parseDocx(input: Buffer, filePath: string, depth = 0): Promise<SpecDocument> {
  const pkg = await openPackage(input);
  const doc = await readMammothDocument(input, pkg);
  const embedded = pkg.chunks.length ? await readChunks(pkg, filePath, depth) : [];
  const comments = new Map<string, string>();
  const authors = new Map<string, string>();
  for (const c of doc.comments ?? []) { comments.set(c.commentId, c.body.map((p) => plain(p)).join('\n')); authors.set(c.commentId, c.authorName ?? ''); }
  const threads = comments.size ? await readReplyThreads(input) : new Map<string, string>();
  const ctx: Ctx = { embedded, blocks: [], directives: [], headings: [], paragraph: 0, tables: 0, lists: 0, inList: false, comments, threads, authors, anchors: new Map() };
  for (const n of doc.children ?? []) visit(n, ctx);
  // A threaded reply with no place of its own in the text applies where the comment it answers is anchored.
  for (const [reply, parent] of threads) {
    const at = ctx.anchors.get(parent);
    if (ctx.anchors.has(reply) || !at) continue;
    const d = commentDirective(reply, comments.get(reply) ?? '', at.line, [], comments, threads, authors);
    if (d) ctx.directives.push({ ...d, block: at.block });
  }
  // Footnotes and endnotes follow the body, numbered on from the last body paragraph.
  for (const note of Object.values(doc.notes?._notes ?? {})) {
    for (const p of note.body ?? []) if (p.type === 'paragraph') addParagraph(p, ctx, 'footnote');
  }
  const title = ctx.blocks.find((b) => b.kind === 'heading')?.text ?? ctx.blocks[0]?.text;
  return { filePath, format: 'docx', blocks: ctx.blocks, directives: ctx.directives, title };
}

function visit(n: MNode, ctx: Ctx): void {
  if (n.type === 'paragraph') addParagraph(n, ctx);
  else if (n.type === 'table') addTable(n, ctx);
  else for (const c of n.children ?? []) visit(c, ctx);
}

/**
 * Reads the parts that altChunks import (Word's shape for "insert the text of this file here"): a Word document is
 * parsed (its package checked like any input), HTML and plain text are read as text; any other format is refused
 * with a reason, so no part of a document is ever skipped silently.
 */
async function readChunks(pkg: Awaited<ReturnType<typeof openPackage>>, filePath: string, depth: number): Promise<Embedded[]> {
  const out: Embedded[] = [];
  for (const c of pkg.chunks) {
    const what = `its embedded document ${c.part} (altChunk${c.contentType ? `, ${c.contentType}` : ''})`;
    const data = c.part === '(missing)' ? undefined : await pkg.read(c.part);
    if (!data) throw new InputError(filePath, `cannot be read completely: ${what} is missing from the package`);
    if (c.kind === 'docx') {
      if (depth + 1 > MAX_CHUNK_DEPTH) throw new InputError(filePath, `cannot be read completely: ${what} nests embedded documents more than ${MAX_CHUNK_DEPTH} deep`);
      const buf = Buffer.from(data);
      checkZip(buf, `${filePath} (${c.part})`);
      out.push({ doc: await parseDocx(buf, `${filePath}#${c.part}`, depth + 1) });
    } else if (c.kind === 'html') {
      out.push({ html: htmlBlocks(decodeHtml(data)) });
    } else if (c.kind === 'text') {
      out.push({ html: new TextDecoder().decode(data).split(/\r?\n\s*\r?\n|\r?\n/).map((t) => ({ text: t.trim(), kind: 'paragraph' as const })).filter((x) => x.text) });
    } else {
      throw new InputError(filePath, `cannot be read completely: tenderlint cannot read ${what}; open the file in Word and save it (File > Save As .docx) to merge that part into the document`);
    }
  }
  return out;
}

/** HTML bytes: a byte-order mark or a <meta charset> decides; UTF-8 otherwise, windows-1252 when UTF-8 is invalid. */
function decodeHtml(data: Uint8Array): string {
  if (data[0] === 0xff && data[1] === 0xfe) return new TextDecoder('utf-16le').decode(data.subarray(2));
  if (data[0] === 0xfe && data[1] === 0xff) return new TextDecoder('utf-16be').decode(data.subarray(2));
  const head = new TextDecoder('latin1').decode(data.subarray(0, 2048));
  const cs = /charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1];
  try {
    return new TextDecoder(cs && !/utf-?8/i.test(cs) ? cs : 'utf-8', { fatal: !cs }).decode(data);
  } catch {
    return new TextDecoder('windows-1252').decode(data);
  }
}

/** Adds an altChunk's blocks where the chunk stands, numbered on as paragraphs of the host document. */
function insertChunk(e: Embedded, ctx: Ctx): void {
  const path = ctx.headings.map((h) => h.title);
  if ('html' in e) {
    for (const h of e.html) {
      const n = ++ctx.paragraph;
      const b = new BlockBuilder();
      b.append(h.text, n, 1);
      if (b.empty) continue;
      const kind: BlockKind = h.kind === 'heading' ? 'paragraph' : h.kind;
      ctx.blocks.push(b.build({ index: ctx.blocks.length, kind, headingPath: path, paragraph: n }));
    }
    ctx.inList = false;
    return;
  }
  const base = ctx.paragraph, first = ctx.blocks.length, tables = ctx.tables, lists = ctx.lists;
  let maxTable = -1, maxList = 0;
  for (const b of e.doc.blocks) {
    if (b.table) maxTable = Math.max(maxTable, b.table.table);
    if (b.listId) maxList = Math.max(maxList, b.listId);
    ctx.blocks.push({
      ...b, index: ctx.blocks.length, paragraph: (b.paragraph ?? 0) + base, headingPath: [...path, ...b.headingPath],
      segments: b.segments.map((sg) => ({ ...sg, line: sg.line + base })),
      table: b.table ? { ...b.table, table: b.table.table + tables } : undefined,
      listId: b.listId ? b.listId + lists : undefined,
    });
  }
  for (const d of e.doc.directives) ctx.directives.push({ ...d, line: d.line + base, block: d.block === undefined ? undefined : d.block + first });
  ctx.paragraph += Math.max(0, ...e.doc.blocks.map((b) => b.paragraph ?? 0));
  ctx.tables += maxTable + 1;
  ctx.lists += maxList;
  ctx.inList = false;
}

function addParagraph(p: MNode, ctx: Ctx, forced?: BlockKind, table?: Block['table'], requirementId?: string): Block | undefined {
  const marker = ctx.embedded?.length ? ALT_CHUNK_MARKER.exec(plain(p)) : null;
  if (marker) {
    const e = ctx.embedded![Number(marker[1])];
    if (e) insertChunk(e, ctx);
    return undefined;
  }
  const n = ++ctx.paragraph;
  const b = new BlockBuilder();
  const refs: string[] = [];
  inline(p, b, n, refs);
  for (const id of refs) {
    ctx.anchors.set(id, { line: n, block: b.empty ? undefined : ctx.blocks.length });
    const d = commentDirective(id, ctx.comments.get(id) ?? '', n, refs, ctx.comments, ctx.threads, ctx.authors);
    if (d) ctx.directives.push({ ...d, block: b.empty ? undefined : ctx.blocks.length });
  }
  const depth = forced || table ? undefined : headingDepth(p);
  const isList = !depth && (!!p.numbering || /list|liste|punkt/i.test(p.styleName ?? ''));
  if (isList && !ctx.inList) ctx.lists++;
  ctx.inList = isList;
  if (b.empty) return undefined;
  const kind: BlockKind = forced ?? (table ? 'tableCell' : depth ? 'heading' : isList || startsWithBullet(b.text) ? 'listItem' : 'paragraph');
  const block = b.build({
    index: ctx.blocks.length, kind, headingPath: ctx.headings.map((h) => h.title), paragraph: n,
    depth, table, requirementId, listId: isList ? ctx.lists : undefined,
    quote: QUOTE_STYLE.test(p.styleName ?? '') || undefined,
  });
  ctx.blocks.push(block);
  if (depth) {
    while (ctx.headings.length && ctx.headings[ctx.headings.length - 1]!.depth >= depth) ctx.headings.pop();
    ctx.headings.push({ depth, title: b.raw.replace(/\s+/g, ' ').trim() });
  }
  return block;
}

function addTable(t: MNode, ctx: Ctx): void {
  const table = ctx.tables++;
  ctx.inList = false;
  const rows = (t.children ?? []).filter((r) => r.type === 'tableRow');
  const texts = rows.map((r) => (r.children ?? []).map((c) => plain(c).trim()));
  const header = texts[0] ?? [];
  rows.forEach((row, r) => {
    const cells = texts[r]!;
    const requirementId = r > 0 ? requirementIdOf(cells) : undefined;
    (row.children ?? []).forEach((cell, c) => {
      for (const child of cell.children ?? []) {
        if (child.type === 'paragraph') addParagraph(child, ctx, undefined, { table, row: r, column: c, header, cells, isHeader: r === 0 }, requirementId);
        else if (child.type === 'table') addTable(child, ctx);
        else visit(child, ctx);
      }
    });
  });
}

/** Appends a paragraph's text runs; offsets within the paragraph become columns on line ¶n. */
function inline(n: MNode, b: BlockBuilder, paragraph: number, refs: string[]): void {
  for (const c of n.children ?? []) {
    switch (c.type) {
      case 'text': b.append(c.value ?? '', paragraph, b.text.length + 1); break;
      case 'tab': b.append(' ', paragraph, b.text.length + 1); break;
      case 'break': b.append(' ', paragraph, b.text.length + 1); break;
      case 'commentReference': if (c.commentId !== undefined) refs.push(c.commentId); break;
      case 'hyperlink': {
        const sub = new BlockBuilder();
        inline(c, sub, paragraph, refs);
        const looksUrl = /^(https?:|www\.|mailto:)/i.test(sub.text.trim());
        if (looksUrl) b.appendMasked(sub.text, paragraph, b.text.length + 1);
        else inline(c, b, paragraph, refs);
        break;
      }
      case 'deletedRun': break;
      case 'run':
        if ((c.font && MONOSPACE.test(c.font)) || CODE_STYLE.test(c.styleName ?? '')) {
          const sub = new BlockBuilder();
          inline(c, sub, paragraph, refs);
          b.appendMasked(sub.text, paragraph, b.text.length + 1);
        } else inline(c, b, paragraph, refs);
        break;
      default: if (c.children) inline(c, b, paragraph, refs);
    }
  }
}

function plain(n: MNode): string {
  if (n.type === 'text') return n.value ?? '';
  if (n.type === 'tab' || n.type === 'break') return ' ';
  const kids = n.children ?? n.body ?? [];
  return kids.map(plain).join(n.type === 'tableCell' || n.type === 'comment' ? ' ' : '');
}
