// Guarded reads for everything tenderlint reads besides the specifications themselves (configuration, lexicon
// files, standard input): regular files only, and never more than a stated number of bytes, counted while reading,
// so that a FIFO, a link to /dev/zero or an endless pipe ends with one clear line instead of a hang or an
// exhausted heap. The file read itself is read-capped.ts, which the specifications' reader (parse/) shares.
import { readCapped, NotReadable } from '../read-capped.js';
import { InputError, fsErrorReason } from '../parse/errors.js';

/** Configuration files are read up to 1 MB (a real one is a few hundred bytes). */
export const MAX_CONFIG_BYTES = 1024 * 1024;
/** Lexicon files are read up to 20 MB (a generated 5,000-entry JSON lexicon is about 2 MB). */
export const MAX_LEXICON_BYTES = 20 * 1024 * 1024;

/** A file or stream that may not be read: `reason` completes `tenderlint: <path>: …`. */
export class ReadError extends InputError {}

const MB = 1024 * 1024;
const mb = (n: number): string => `${Number.isInteger(n / MB) ? n / MB : (n / MB).toFixed(1)} MB`;

/** The reason for a file or stream over `maxBytes` (its size when known). */
export function tooLargeReason(maxBytes: number, what: string, size?: number): string {
  return `is too large (${size === undefined ? `more than ${mb(maxBytes)}` : mb(size)}; tenderlint reads ${what} up to ${mb(maxBytes)})`;
}


/**
 * Reads a regular file of at most `maxBytes`. The file is opened without blocking (a FIFO would otherwise wait for
 * a writer), checked through the open descriptor (no swap between check and read), and read in chunks that stop
 * at the limit, since a size can lie (/proc files report 0; a file may grow while it is read).
 */
export function readRegularFile(path: string, { maxBytes, what }: { maxBytes: number; what: string }): Buffer {
  try {
    return readCapped(path, maxBytes);
  } catch (e) {
    if (!(e instanceof NotReadable)) throw new ReadError(path, fsErrorReason(e));
    if (e.why === 'directory') throw new ReadError(path, 'is a directory, not a file');
    if (e.why === 'special') throw new ReadError(path, 'is not a regular file (a FIFO, device or socket is never read: it could block or never end)');
    throw new ReadError(path, tooLargeReason(maxBytes, what, e.size));
  }
}

/** Reads a stream (standard input) up to `maxBytes`; stops reading and throws a ReadError named `name` beyond it. */
export async function readStreamCapped(stream: AsyncIterable<Buffer | string>, { maxBytes, what, name }: { maxBytes: number; what: string; name: string }): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const c of stream) {
    const b = typeof c === 'string' ? Buffer.from(c) : c;
    total += b.length;
    if (total > maxBytes) {
      // Leaving the loop ends the iteration, which destroys the stream: nothing more is read.
      throw new ReadError(name, tooLargeReason(maxBytes, what));
    }
    chunks.push(b);
  }
  return Buffer.concat(chunks, total);
}
