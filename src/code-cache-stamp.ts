// The stamp a V8 code cache file starts with: the size, modification time and SHA-1 of the script it was made from.
// V8 itself only compares the source's length. Size and time are the fast check; when the time differs (a copied
// folder, or a package installed from the registry, whose files all carry npm's fixed date) the content decides, so
// an installed tenderlint still starts from its cache and a rebuilt bundle never runs stale code.
import { createRequire } from 'node:module';

// Required on first use, not imported: an ES import of node:fs builds a facade of all its exports at start-up.
const nodeRequire = createRequire(import.meta.url);
const fs = (): typeof import('node:fs') => nodeRequire('node:fs') as typeof import('node:fs');
const sha1 = (data: Uint8Array): string => (nodeRequire('node:crypto') as typeof import('node:crypto')).createHash('sha1').update(data).digest('hex');

const MAGIC = 'tenderlint-code-cache';

/** The first line of a cache file made from `file`, whose bytes are `source`. */
export function cacheStamp(file: string, source: Uint8Array): Buffer {
  const st = fs().statSync(file);
  return Buffer.from(`${MAGIC} ${st.size} ${Math.floor(st.mtimeMs)} ${sha1(source)}\n`);
}

/** V8's data in `cacheFile` when it was made from `file` as it is now (bytes `source`); else undefined. */
export function cachedDataFor(file: string, source: Uint8Array, cacheFile: string): Buffer | undefined {
  let data: Buffer;
  try { data = fs().readFileSync(cacheFile); } catch { return undefined; } // no cache: compile from source
  const nl = data.indexOf(10);
  if (nl < 0 || nl > 200) return undefined;
  const [magic, size, mtime, hash] = data.subarray(0, nl).toString('latin1').split(' ');
  if (magic !== MAGIC || !hash) return undefined;
  let st: import('node:fs').Stats;
  try { st = fs().statSync(file); } catch { return undefined; }
  if (Number(size) !== st.size) return undefined;
  if (Number(mtime) !== Math.floor(st.mtimeMs) && hash !== sha1(source)) return undefined;
  return data.subarray(nl + 1);
}
