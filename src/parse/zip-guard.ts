// Refuses zip bombs and damaged archives before the Word reader sees them: first from the central directory's
// declared sizes alone (nothing inflated), then by inflating each part with a hard cap at its declared size, so an
// archive that lies about its sizes is stopped after at most that many bytes instead of inflating to gigabytes.
import { lazyRequire } from '../lazy-require.js';
import { InputError } from './errors.js';
import { decodeXml, mainPartOf } from './package.js';

/** Total uncompressed size allowed for a .docx (bytes). */
export const MAX_UNCOMPRESSED = 512 * 1024 * 1024;
/** Largest allowed inflation ratio of any entry. */
export const MAX_RATIO = 200;
/** Entries up to this size may have any ratio (small XML parts compress very well). */
const RATIO_FREE_BYTES = 1024 * 1024;

const DAMAGED = 'cannot be read as a Word document (the zip archive is damaged or truncated)';

/** Reads the zip central directory and checks declared sizes and ratios. Throws InputError when unsafe. */
export function checkZip(buf: Buffer, filePath: string): void {
  const eocd = findEocd(buf);
  if (eocd < 0) throw new InputError(filePath, DAMAGED);
  const count = buf.readUInt16LE(eocd + 10);
  const cdSize = buf.readUInt32LE(eocd + 12);
  const cdOffset = buf.readUInt32LE(eocd + 16);
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    throw new InputError(filePath, 'is refused: it is a ZIP64 archive (over 4 GB or 65,535 parts), which no Word document needs');
  }
  if (cdOffset + cdSize > buf.length) throw new InputError(filePath, DAMAGED);
  const entries: Array<{ name: string; method: number; compressed: number; size: number; local: number }> = [];
  let p = cdOffset, total = 0, hasDocument = false;
  for (let i = 0; i < count; i++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== 0x02014b50) throw new InputError(filePath, DAMAGED);
    const flags = buf.readUInt16LE(p + 8);
    const method = buf.readUInt16LE(p + 10);
    const compressed = buf.readUInt32LE(p + 20);
    const size = buf.readUInt32LE(p + 24);
    const nameLen = buf.readUInt16LE(p + 28), extraLen = buf.readUInt16LE(p + 30), commentLen = buf.readUInt16LE(p + 32);
    const local = buf.readUInt32LE(p + 42);
    const name = buf.subarray(p + 46, p + 46 + nameLen).toString('utf8');
    if (name === 'word/document.xml') hasDocument = true;
    if (flags & 1) throw new InputError(filePath, 'is password-protected (its zip parts are encrypted); save it without a password');
    if (size === 0xffffffff || compressed === 0xffffffff || local === 0xffffffff) {
      throw new InputError(filePath, 'is refused: it is a ZIP64 archive (over 4 GB or 65,535 parts), which no Word document needs');
    }
    total += size;
    if (size > RATIO_FREE_BYTES && size / Math.max(compressed, 1) > MAX_RATIO) {
      throw new InputError(filePath, `is refused as a likely zip bomb (${name} would inflate ${Math.round(size / Math.max(compressed, 1))}-fold)`);
    }
    if (total > MAX_UNCOMPRESSED) throw new InputError(filePath, `is refused: it would inflate to more than ${MAX_UNCOMPRESSED / 1048576} MB`);
    entries.push({ name, method, compressed, size, local });
    p += 46 + nameLen + extraLen + commentLen;
  }
  // The declared sizes are only claims: inflate each part with its declared size as a hard limit.
  let rootRels: Buffer | undefined;
  for (const e of entries) {
    const lh = e.local;
    if (lh + 30 > buf.length || buf.readUInt32LE(lh) !== 0x04034b50) throw new InputError(filePath, DAMAGED);
    const start = lh + 30 + buf.readUInt16LE(lh + 26) + buf.readUInt16LE(lh + 28);
    if (start + e.compressed > buf.length) throw new InputError(filePath, DAMAGED);
    if (e.method === 0) {
      if (e.compressed !== e.size) throw new InputError(filePath, DAMAGED);
      if (e.name === '_rels/.rels') rootRels = buf.subarray(start, start + e.size);
      continue;
    }
    if (e.method !== 8) throw new InputError(filePath, `cannot be read as a Word document (${e.name} uses an unsupported compression method ${e.method})`);
    let out: Buffer;
    try {
      out = (lazyRequire('node:zlib') as typeof import('node:zlib')).inflateRawSync(buf.subarray(start, start + e.compressed), { maxOutputLength: Math.max(e.size, 1) });
    } catch (err) {
      if ((err as NodeJS.ErrnoException)?.code === 'ERR_BUFFER_TOO_LARGE') {
        throw new InputError(filePath, `is refused as a likely zip bomb (${e.name} inflates to more than the ${e.size} bytes it declares)`);
      }
      throw new InputError(filePath, DAMAGED);
    }
    if (out.length !== e.size) throw new InputError(filePath, DAMAGED);
    if (e.name === '_rels/.rels') rootRels = out;
  }
  // The main part is the one the package relationships name (Word saves word/document2.xml at times).
  const main = hasDocument ? 'word/document.xml' : mainPartOf(rootRels && decodeXml(rootRels));
  if (!entries.some((e) => e.name === main)) throw new InputError(filePath, 'cannot be read as a Word document (it has no word/document.xml)');
}

function findEocd(buf: Buffer): number {
  const min = Math.max(0, buf.length - 65557);
  for (let i = buf.length - 22; i >= min; i--) if (buf.readUInt32LE(i) === 0x06054b50) return i;
  return -1;
}
