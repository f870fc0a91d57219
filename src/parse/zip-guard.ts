// Refuses zip bombs and damaged archives from the central directory alone, before anything is inflated.
import { InputError } from './errors.js';

/** Total uncompressed size allowed for a .docx (bytes). */
export const MAX_UNCOMPRESSED = 512 * 1024 * 1024;
/** Largest allowed inflation ratio of any entry. */
export const MAX_RATIO = 200;

/** Reads the zip central directory and checks declared sizes and ratios. Throws InputError when unsafe. */
export function checkZip(buf: Buffer, filePath: string): void {
  const eocd = findEocd(buf);
  if (eocd < 0) throw new InputError(filePath, 'cannot be read as a Word document (the zip archive is damaged or truncated)');
  const count = buf.readUInt16LE(eocd + 10);
  const cdSize = buf.readUInt32LE(eocd + 12);
  const cdOffset = buf.readUInt32LE(eocd + 16);
  if (cdOffset + cdSize > buf.length) throw new InputError(filePath, 'cannot be read as a Word document (the zip archive is damaged or truncated)');
  let p = cdOffset, total = 0, hasDocument = false;
  for (let i = 0; i < count; i++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== 0x02014b50) throw new InputError(filePath, 'cannot be read as a Word document (the zip archive is damaged or truncated)');
    const compressed = buf.readUInt32LE(p + 20);
    const size = buf.readUInt32LE(p + 24);
    const nameLen = buf.readUInt16LE(p + 28), extraLen = buf.readUInt16LE(p + 30), commentLen = buf.readUInt16LE(p + 32);
    const name = buf.subarray(p + 46, p + 46 + nameLen).toString('utf8');
    if (name === 'word/document.xml') hasDocument = true;
    total += size;
    if (size > 1024 * 1024 && size / Math.max(compressed, 1) > MAX_RATIO) {
      throw new InputError(filePath, `is refused as a likely zip bomb (${name} would inflate ${Math.round(size / Math.max(compressed, 1))}-fold)`);
    }
    if (total > MAX_UNCOMPRESSED) throw new InputError(filePath, `is refused: it would inflate to more than ${MAX_UNCOMPRESSED / 1048576} MB`);
    p += 46 + nameLen + extraLen + commentLen;
  }
  if (!hasDocument) throw new InputError(filePath, 'cannot be read as a Word document (it has no word/document.xml)');
}

function findEocd(buf: Buffer): number {
  const min = Math.max(0, buf.length - 65557);
  for (let i = buf.length - 22; i >= min; i--) if (buf.readUInt32LE(i) === 0x06054b50) return i;
  return -1;
}
