// Writes an annotated copy of a .docx: one Word comment per finding, anchored on exactly the flagged text.
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { lazyRequire as require } from '../lazy-require.js';
import type JSZip from 'jszip';
import type { Finding } from '../model/finding.js';
import type { Lang } from '../model/document.js';
import { InputError } from '../parse/errors.js';
import { checkZip } from '../parse/zip-guard.js';
import { applyEdits, parseXml } from './xml.js';
import { listParagraphs, type WordParagraph } from './paragraphs.js';
import { locateTerm, wholeParagraph } from './locate.js';
import { markEdits, type Anchor } from './marks.js';
import { commentParagraphs } from './comment-text.js';
import { changeFor, trackedEdits } from './tracked.js';
import { addCommentsContentType, addCommentsRelationship, commentsTarget, extendComments, usedCommentIds, type NewComment } from './comments-part.js';
import { checkOutputPath, writeAtomically } from './output.js';

export { checkOutputPath } from './output.js';

export interface AnnotateOptions {
  input: string;
  output: string;
  findings: Finding[];
  /** Comment author; default "tenderlint". */
  author?: string;
  /** Comment initials; default "TL". */
  initials?: string;
  /** The document's language: labels of the comment text. */
  lang: Lang | string;
  /** Also write each finding's suggested rewrite (or "or equivalent") as a Word tracked change beside its comment. */
  suggest?: boolean;
}

const DOCX_EXTENSIONS = ['.docx', '.docm', '.dotx'];
const DOCUMENT = 'word/document.xml';
const RELS = 'word/_rels/document.xml.rels';
const TYPES = '[Content_Types].xml';

// jszip costs ~40 ms to load, which a plain lint run should not pay.
const loadJSZip = (): typeof JSZip => require('jszip') as typeof JSZip;

/**
 * Annotates `input` into `output` and returns the number of comments and tracked changes added. Throws InputError for
 * a user's mistake.
 */
export async function annotateDocx(opts: AnnotateOptions): Promise<{ comments: number; changes: number }> {
  const input = await readDocx(opts.input);
  await checkOutputPath(opts.input, opts.output);
  let zip: JSZip;
  try {
    zip = await loadJSZip().loadAsync(input);
  } catch {
    throw new InputError(opts.input, 'cannot be read as a Word document (the zip archive is damaged)');
  }
  const xml = await zip.file(DOCUMENT)!.async('string');
  let tree;
  try {
    tree = parseXml(xml);
  } catch (e) {
    throw new InputError(opts.input, `cannot be annotated (word/document.xml: ${(e as Error).message})`);
  }
  const paragraphs = listParagraphs(xml, tree);
  const rels = await zip.file(RELS)?.async('string');
  const commentsPath = commentsTarget(rels) ?? 'word/comments.xml';
  const existingComments = await zip.file(commentsPath)?.async('string');

  let next = (await maxCommentId(zip)) + 1;
  const date = new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
  const anchors: Anchor[] = [];
  const comments: NewComment[] = [];
  const first = paragraphs.find((p) => wholeParagraph(p)) ?? paragraphs[0];
  for (const f of opts.findings) {
    const id = next++;
    const placed = place(f, paragraphs);
    const paragraph = placed?.paragraph ?? first;
    if (!paragraph) throw new InputError(opts.input, 'cannot be annotated (the document body has no paragraphs)');
    anchors.push({ id, paragraph, range: placed?.range ?? wholeParagraph(paragraph) });
    comments.push({
      id, author: opts.author ?? 'tenderlint', initials: opts.initials ?? 'TL', date,
      paragraphs: commentParagraphs(f, opts.lang, !placed || placed.range === undefined),
    });
  }

  let changes = 0;
  if (comments.length) {
    let body = applyEdits(xml, markEdits(xml, anchors));
    if (opts.suggest) {
      // On the commented text: the marks sit between runs, and the changes split and wrap runs without moving them.
      const tree2 = parseXml(body);
      const paras = listParagraphs(body, tree2);
      const wanted = opts.findings.flatMap((f) => {
        const s = appliedSuggestion(f);
        const p = s !== undefined && f.location?.paragraph ? paras[f.location.paragraph - 1] : undefined;
        const c = p && s !== undefined ? changeFor(f, s, p) : undefined;
        return c ? [c] : [];
      });
      const firstId = Math.max(next, maxId(body) + 1);
      const { edits, applied } = trackedEdits(body, wanted, opts.author ?? 'tenderlint', date, firstId);
      body = applyEdits(body, edits);
      changes = applied.length;
    }
    zip.file(DOCUMENT, body);
    zip.file(commentsPath, extendComments(existingComments, comments));
    if (!commentsTarget(rels)) zip.file(RELS, addCommentsRelationship(rels));
    const types = await zip.file(TYPES)?.async('string');
    if (types !== undefined) {
      const updated = addCommentsContentType(types, commentsPath);
      if (updated !== types) zip.file(TYPES, updated);
    }
  }
  const out = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
  await writeAtomically(opts.output, out);
  return { comments: comments.length, changes };
}

/** Findings whose suggestion keeps the name on purpose (the buyer's own system): nothing to change in the text. */
const KEEPS_NAME = new Set(['justified', 'installed', 'existing', 'subject', 'channel', 'buyerTool']);

/**
 * The suggestion a tracked change applies: the first one (the neutral rewrite, or "or equivalent" where that is the
 * only fix), when it is one sentence with no brackets nested deeper than the original's.
 */
export function appliedSuggestion(f: Finding): string | undefined {
  if (KEEPS_NAME.has(f.messageId)) return undefined;
  const s = f.suggestions?.[0]?.text;
  if (!s || !f.excerpt) return undefined;
  const depth = (t: string): number => { let d = 0, m = 0; for (const c of t) { if (c === '(') m = Math.max(m, ++d); else if (c === ')') d = Math.max(0, d - 1); } return m; };
  return depth(s) > Math.max(1, depth(f.excerpt)) ? undefined : s;
}

/** The largest w:id in a part (comments, tracked changes and bookmarks share the numbering Word checks). */
function maxId(xml: string): number {
  let max = -1;
  for (const m of xml.matchAll(/\sw:id\s*=\s*["'](-?\d+)["']/g)) max = Math.max(max, Number(m[1]));
  return max;
}

/** Where a finding goes: its paragraph and the term's range there; range undefined when the term is not found. */
function place(f: Finding, paragraphs: WordParagraph[]): { paragraph: WordParagraph; range?: Anchor['range'] } | undefined {
  const n = f.location?.paragraph ?? (f.line > 0 ? f.line : undefined);
  const paragraph = n ? paragraphs[n - 1] : undefined;
  if (!paragraph || !f.term) return undefined;
  return { paragraph, range: locateTerm(paragraph, f.term, f.column) };
}

/** The largest comment id used anywhere in the package's Word parts (-1 when none). */
async function maxCommentId(zip: JSZip): Promise<number> {
  let max = -1;
  for (const name of Object.keys(zip.files)) {
    if (!/^word\/.*\.xml$/i.test(name) || zip.files[name]!.dir) continue;
    const text = await zip.file(name)!.async('string');
    for (const id of usedCommentIds(text)) max = Math.max(max, id);
  }
  return max;
}

async function readDocx(path: string): Promise<Buffer> {
  let buf: Buffer;
  try {
    const st = await stat(path);
    if (st.isDirectory()) throw new InputError(path, 'is a directory, not a Word .docx file');
    buf = await readFile(path);
  } catch (e) {
    if (e instanceof InputError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(path, code === 'ENOENT' ? 'does not exist' : `cannot be read (${code ?? 'error'})`);
  }
  if (!DOCX_EXTENSIONS.includes(extname(path).toLowerCase())) {
    throw new InputError(path, `is not a Word .docx file ("${extname(path) || 'no extension'}"); --annotate needs a .docx input`);
  }
  if (buf.length < 4 || buf[0] !== 0x50 || buf[1] !== 0x4b) throw new InputError(path, 'is not a Word .docx file (not a zip archive)');
  checkZip(buf, path);
  return buf;
}
