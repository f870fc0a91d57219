// Picks a parser by file type and turns every unreadable or unsupported input into one clear InputError.
import { statSync } from 'node:fs';
import { readCapped, NotReadable } from '../read-capped.js';
import { extname } from 'node:path';
import type { SpecDocument } from '../model/document.js';
import { parseMarkdown } from './markdown.js';
import { parseDocx } from './docx.js';
import { checkZip } from './zip-guard.js';

import { InputError, fsErrorReason } from './errors.js';

export { InputError };

export const MARKDOWN_EXTENSIONS = ['.md', '.markdown', '.mdown', '.mkd', '.txt'];
export const DOCX_EXTENSIONS = ['.docx', '.docm', '.dotx'];
/** Inputs larger than this are refused before reading (bytes). */
export const MAX_INPUT_BYTES = 200 * 1024 * 1024;
/**
 * Markdown larger than this is refused before reading (bytes). Linting runs at roughly 0.25-0.5 MB/s and peaks near
 * 40 bytes of memory per byte of text, so 10 MB (some 5,000 pages) stays under ~45 s and ~500 MB; 50 MB took
 * minutes and 2.5 GB.
 */
export const MAX_MARKDOWN_BYTES = 10 * 1024 * 1024;

function tooLarge(bytes: number, limit: number, what: string): string {
  return `is too large (${(bytes / 1048576).toFixed(1)} MB; tenderlint reads ${what} up to ${limit / 1048576} MB): split it into parts`;
}

export function isSupportedPath(p: string): boolean {
  const e = extname(p).toLowerCase();
  return MARKDOWN_EXTENSIONS.includes(e) || DOCX_EXTENSIONS.includes(e);
}

function sniff(buf: Buffer): 'zip' | 'ole' | 'pdf' | 'rtf' | 'text' | 'binary' {
  if (buf.length >= 4 && buf[0] === 0x50 && buf[1] === 0x4b) return 'zip';
  if (buf.length >= 8 && buf.readUInt32BE(0) === 0xd0cf11e0) return 'ole';
  if (buf.subarray(0, 5).toString('latin1') === '%PDF-') return 'pdf';
  if (buf.subarray(0, 5).toString('latin1') === '{\\rtf') return 'rtf';
  const head = buf.subarray(0, 8192);
  const utf16 = (head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff);
  if (!utf16 && head.includes(0)) return 'binary';
  return 'text';
}

/** An OLE2 file holding Office's "EncryptionInfo"/"EncryptedPackage" streams: a password-protected .docx/.xlsx/.pptx. */
function isEncryptedOffice(buf: Buffer): boolean {
  const name = Buffer.from('EncryptedPackage', 'utf16le'), info = Buffer.from('EncryptionInfo', 'utf16le');
  return buf.includes(name) || buf.includes(info);
}

/** Decodes Markdown bytes: UTF-8 (BOM optional) or UTF-16 with a BOM; anything else is an input error. */
export function decodeText(buf: Buffer, filePath: string): string {
  if (buf[0] === 0xff && buf[1] === 0xfe) return new TextDecoder('utf-16le').decode(buf.subarray(2));
  if (buf[0] === 0xfe && buf[1] === 0xff) return new TextDecoder('utf-16be').decode(buf.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(buf);
  } catch {
    throw new InputError(filePath, 'is not valid UTF-8 text (save it as UTF-8)');
  }
}

/** Parses text already in memory (for --stdin and the API). */
export async function parseBuffer(buf: Buffer, filePath: string): Promise<SpecDocument> {
  const ext = extname(filePath).toLowerCase();
  const kind = sniff(buf);
  if (DOCX_EXTENSIONS.includes(ext) || (kind === 'zip' && !MARKDOWN_EXTENSIONS.includes(ext))) {
    if (kind === 'ole') {
      throw new InputError(filePath, isEncryptedOffice(buf)
        ? 'is password-protected (Office encrypts such files into an OLE container); save a copy without a password'
        : 'is a legacy Word .doc file with a .docx name; open it in Word or LibreOffice and save it as .docx');
    }
    if (kind === 'pdf') throw new InputError(filePath, 'is a PDF, not a Word document; lint the .docx or Markdown source instead');
    if (kind !== 'zip') throw new InputError(filePath, buf.length === 0 ? 'is empty' : 'is not a Word .docx file (not a zip archive)');
    checkZip(buf, filePath);
    try {
      return await parseDocx(buf, filePath);
    } catch (e) {
      // An embedded part's own reason (altChunk) is already one clear line.
      if (e instanceof InputError) throw e;
      throw new InputError(filePath, `cannot be read as a Word document (${describeDocxError(e)})`);
    }
  }
  if (ext === '.doc') throw new InputError(filePath, 'is a legacy Word .doc file; open it in Word or LibreOffice and save it as .docx');
  if (kind === 'ole') throw new InputError(filePath, 'is a legacy Office file, not text; save it as .docx or Markdown');
  if (kind === 'pdf') throw new InputError(filePath, 'is a PDF, not text; lint the .docx or Markdown source instead');
  if (kind === 'zip') throw new InputError(filePath, 'is a zip archive, not Markdown text');
  if (kind === 'binary') throw new InputError(filePath, 'is a binary file, not Markdown text');
  if (buf.length > MAX_MARKDOWN_BYTES) throw new InputError(filePath, tooLarge(buf.length, MAX_MARKDOWN_BYTES, 'Markdown'));
  return parseMarkdown(decodeText(buf, filePath), filePath);
}

function describeDocxError(e: unknown): string {
  const msg = String((e as Error)?.message ?? e);
  // A parser that recurses per XML level overflows the stack on thousands of nested tables or fields.
  if (e instanceof RangeError && /call stack/i.test(msg)) return 'its XML is nested too deeply to read';
  if (/central directory|corrupt|invalid zip|end of data|unexpected end/i.test(msg)) return 'the zip archive is damaged or truncated';
  if (/main document part|word\/document\.xml/i.test(msg)) return 'it has no word/document.xml';
  if (/xml|parse/i.test(msg)) return 'its XML is malformed';
  return msg.split('\n')[0]!.slice(0, 120);
}

/** Reads and parses one file. The reads are synchronous: files are linted one after another, and a synchronous read
 * spares a CLI run the thread-pool start-up and round trips (about 20 ms of a one-page run). */
export async function parseFile(filePath: string): Promise<SpecDocument> {
  const ext = extname(filePath).toLowerCase();
  let st;
  try {
    st = statSync(filePath);
  } catch (e) {
    throw new InputError(filePath, fsErrorReason(e));
  }
  if (st.isDirectory()) throw new InputError(filePath, 'is a directory with no specifications');
  // A FIFO or a device would block the read forever.
  if (!st.isFile()) throw new InputError(filePath, 'is not a regular file');
  if (!isSupportedPath(filePath) && ext !== '.doc' && ext !== '.pdf') throw new InputError(filePath, `has an unsupported file type "${ext || '(none)'}"; tenderlint reads .docx and Markdown (.md)`);
  if (ext === '.pdf') throw new InputError(filePath, 'is a PDF; tenderlint reads .docx and Markdown (.md)');
  if (st.size > MAX_INPUT_BYTES) throw new InputError(filePath, tooLarge(st.size, MAX_INPUT_BYTES, 'files'));
  if (MARKDOWN_EXTENSIONS.includes(ext) && st.size > MAX_MARKDOWN_BYTES) throw new InputError(filePath, tooLarge(st.size, MAX_MARKDOWN_BYTES, 'Markdown'));
  // Read through the descriptor, bounded: the file may have become a FIFO or grown since the stat above.
  const limit = MARKDOWN_EXTENSIONS.includes(ext) ? MAX_MARKDOWN_BYTES : MAX_INPUT_BYTES;
  let buf: Buffer;
  try {
    buf = readCapped(filePath, limit);
  } catch (e) {
    if (!(e instanceof NotReadable)) throw new InputError(filePath, fsErrorReason(e));
    if (e.why === 'directory') throw new InputError(filePath, 'is a directory with no specifications');
    if (e.why === 'special') throw new InputError(filePath, 'is not a regular file');
    // No size: the file said it was smaller (a /proc file says 0) or grew while it was read.
    const what = limit === MAX_MARKDOWN_BYTES ? 'Markdown' : 'files';
    throw new InputError(filePath, e.size === undefined ? `is too large (more than ${limit / 1048576} MB; tenderlint reads ${what} up to ${limit / 1048576} MB): split it into parts` : tooLarge(e.size, limit, what));
  }
  return parseBuffer(buf, filePath);
}

