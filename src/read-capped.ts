// The one bounded read of a regular file, for the specifications (parse/) and for everything else tenderlint reads
// (fs/read.ts): the file is opened without blocking (a FIFO would otherwise wait for a writer), checked through the
// open descriptor (nothing can swap it for a FIFO between the check and the read), and read in chunks that stop
// past the limit, since a size can lie (/proc files report 0; a file may grow while it is read). Callers word the
// failures; this module only tells them apart.
import { closeSync, constants as FS, fstatSync, openSync, readSync } from 'node:fs';

/** Why a file was not read, besides an errno error from open or read (thrown as it came). */
export class NotReadable extends Error {
  constructor(readonly why: 'directory' | 'special' | 'too-large', readonly size?: number) {
    super(why);
  }
}

/** The bytes of the regular file `path`, at most `maxBytes` of them; NotReadable or an errno error otherwise. */
export function readCapped(path: string, maxBytes: number): Buffer {
  const fd = openSync(path, FS.O_RDONLY | FS.O_NONBLOCK);
  try {
    const st = fstatSync(fd);
    if (st.isDirectory()) throw new NotReadable('directory');
    if (!st.isFile()) throw new NotReadable('special');
    if (st.size > maxBytes) throw new NotReadable('too-large', st.size);
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(1 << 20, maxBytes + 1 - total));
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      chunks.push(chunk.subarray(0, n));
      total += n;
      if (total > maxBytes) throw new NotReadable('too-large');
    }
    return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total);
  } finally {
    closeSync(fd);
  }
}
