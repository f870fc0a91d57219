// --cache: remembers each file's result under a key of everything that decides it (the file's content, its
// configuration, the lexicon and tenderlint itself), so an unchanged file is not parsed again. One JSON file,
// written whole to a temporary file and renamed over the old one.
import { closeSync, existsSync, fstatSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { writeOutput } from '../fs/write.js';
import { InputError } from '../parse/errors.js';
import type { FileResult } from '../model/finding.js';
import { PKG_ROOT } from '../paths.js';
import { lazyRequire } from '../lazy-require.js';
import { lexiconFiles, lexiconStamp } from '../lexicon/load.js';

/** The default file name (ESLint's is .eslintcache). */
export const DEFAULT_CACHE_NAME = '.tenderlintcache';
/** Version of the file's layout; a cache of another version is left unused (without a warning) and replaced. */
const FORMAT = 2;

/** Where the cache lives: a directory (existing, or written with a trailing slash) gets the default name inside it. */
export function cacheFile(location: string | undefined, cwd: string): string {
  const loc = resolve(cwd, location ?? DEFAULT_CACHE_NAME);
  let dir = /[\\/]$/.test(location ?? '');
  try { dir ||= statSync(loc).isDirectory(); } catch { /* not there yet: a file path */ }
  return dir ? join(loc, DEFAULT_CACHE_NAME) : loc;
}

const crypto = (): typeof import('node:crypto') => lazyRequire('node:crypto') as typeof import('node:crypto');
const sha256 = (data: string | Buffer): string => crypto().createHash('sha256').update(data).digest('hex');
const zlib = (): typeof import('node:zlib') => lazyRequire('node:zlib') as typeof import('node:zlib');

/**
 * A result as stored: its JSON deflated and in base64. Results repeat their legal basis, suggestions and links in
 * every finding, so this is about a tenth of the JSON (3 KB instead of 32 KB for a ten-page spec), which keeps both
 * the file and the memory of a large cache small.
 */
const pack = (json: string): string => zlib().deflateRawSync(json).toString('base64');
const unpack = (text: string): string => zlib().inflateRawSync(Buffer.from(text, 'base64')).toString('utf8');

let toolStamp: string | undefined;
/** tenderlint's version and, when present, the size and time of the built bundle: a rebuild invalidates the cache. */
function tool(): string {
  if (toolStamp) return toolStamp;
  let version = 'unknown';
  try { version = (JSON.parse(readFileSync(join(PKG_ROOT, 'package.json'), 'utf8')) as { version: string }).version; } catch { /* keep 'unknown' */ }
  let build = '';
  try { const st = statSync(join(PKG_ROOT, 'dist', 'cli.bundle.cjs')); build = `${st.size}:${Math.floor(st.mtimeMs)}`; } catch { /* running from source */ }
  return (toolStamp = `${version}|${build}|${lexiconStamp()}`);
}

/** The content of extra lexicon files (not their times: a touched but unchanged file keeps its entries valid). */
function extraLexicon(paths: string[] | undefined, memo: Map<string, string>): string {
  if (!paths?.length) return '';
  const k = JSON.stringify(paths);
  let h = memo.get(k);
  if (h === undefined) {
    const parts: string[] = [];
    for (const p of paths) {
      try {
        for (const f of lexiconFiles(p)) parts.push(`${f}:${sha256(readFileSync(f))}`);
      } catch {
        parts.push(`${p}:unreadable`); // the lint itself reports it; such results are not stored
      }
    }
    memo.set(k, (h = sha256(parts.join('\n'))));
  }
  return h;
}

/** Options as data: functions (callbacks) do not change a result. */
function optionsJson(options: object): string {
  return JSON.stringify(options, (_k, v: unknown) => (typeof v === 'function' ? undefined : v));
}

/** Reads a regular file that is small enough to lint, for hashing; undefined when it is not (the lint reports why). */
function readForHash(filePath: string, maxBytes: number): Buffer | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(filePath, 'r');
    const st = fstatSync(fd);
    if (!st.isFile() || st.size > maxBytes) return undefined;
    const buf = Buffer.alloc(st.size);
    let n = 0;
    while (n < st.size) { const r = readSync(fd, buf, n, st.size - n, n); if (!r) break; n += r; }
    return n === st.size ? buf : undefined;
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

export interface CacheStats {
  hits: number;
  misses: number;
}

/**
 * The results of earlier runs, by absolute path. Entries stay packed (see pack) and are unpacked only on a hit, which
 * keeps the memory of a large cache close to its size on disk.
 */
export class ResultCache {
  private entries = new Map<string, [key: string, result: string]>();
  private changed = false;
  /** Extra lexicon hashes, once per run (a cache lives for one run; the files may change between runs). */
  private readonly lexiconHashes = new Map<string, string>();
  readonly stats: CacheStats = { hits: 0, misses: 0 };

  private constructor(readonly file: string, private readonly warn: (message: string) => void) {}

  /** Opens the cache file; a missing file is an empty cache, a corrupt or unreadable one is ignored with a warning. */
  static open(file: string, warn: (message: string) => void): ResultCache {
    const cache = new ResultCache(file, warn);
    let text: string;
    try {
      const st = statSync(file);
      if (!st.isFile()) { warn(`${file}: the cache is not a regular file; it is ignored`); return cache; }
      text = readFileSync(file, 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') warn(`${file}: the cache cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'}); it is ignored`);
      return cache;
    }
    const data = parseCache(text);
    if (data === 'other') { cache.changed = true; return cache; }
    if (!data) { warn(`${file}: the cache is corrupt; it is ignored and rewritten`); cache.changed = true; return cache; }
    cache.entries = data;
    return cache;
  }

  /**
   * The key of a file's result under the options it is linted with, or undefined when the file cannot be read as a
   * regular file (the lint then reports it, uncached).
   */
  keyFor(filePath: string, options: object, maxBytes: number): string | undefined {
    const content = readForHash(filePath, maxBytes);
    if (!content) return undefined;
    const lexicon = (options as { lexicon?: string[] }).lexicon;
    return sha256(`${FORMAT}\n${tool()}\n${extraLexicon(lexicon, this.lexiconHashes)}\n${optionsJson(options)}\n${sha256(content)}`);
  }

  /** The stored result, when its key matches. */
  get(filePath: string, key: string): FileResult | undefined {
    const e = this.entries.get(filePath);
    if (e && e[0] === key) {
      try {
        const r = JSON.parse(unpack(e[1])) as FileResult;
        this.stats.hits++;
        return r;
      } catch {
        // an entry that does not parse is a miss
      }
    }
    this.stats.misses++;
    return undefined;
  }

  /** Stores a result (without its document); results with an error are not stored, so they are reported afresh. */
  set(filePath: string, key: string, result: FileResult): void {
    if (result.error) { if (this.entries.delete(filePath)) this.changed = true; return; }
    const { doc: _doc, ...rest } = result;
    const text = pack(JSON.stringify(rest));
    const old = this.entries.get(filePath);
    if (old && old[0] === key && old[1] === text) return;
    this.entries.set(filePath, [key, text]);
    this.changed = true;
  }

  /**
   * Writes the cache when it changed, dropping entries of files that no longer exist. It goes through the one
   * output module (src/fs/write.ts): a synced temporary file in the same folder renamed over the cache, so a reader
   * or a second run sharing the file sees the old cache or the new one, never a torn one (two runs that finish
   * together: the last one wins), and never over one of the run's specifications (`inputs`).
   */
  async save(inputs: string[] = []): Promise<void> {
    if (!this.changed) return;
    for (const p of this.entries.keys()) if (!existsSync(p)) this.entries.delete(p);
    const parts: string[] = [];
    for (const [p, e] of this.entries) parts.push(`${JSON.stringify(p)}:${JSON.stringify(e)}`);
    const text = `{"tenderlint-cache":${FORMAT},"entries":{${parts.join(',\n')}}}\n`;
    try {
      await writeOutput(this.file, text, { inputs, what: 'the cache' });
      this.changed = false;
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      this.warn(`${e.filePath}: ${e.reason}`);
    }
  }
}

/** The entries of a cache file's text; 'other' for another version's cache; undefined when it is not a cache. */
function parseCache(text: string): Map<string, [string, string]> | 'other' | undefined {
  let data: unknown;
  try { data = JSON.parse(text); } catch { return undefined; }
  if (!data || typeof data !== 'object') return undefined;
  const d = data as { 'tenderlint-cache'?: unknown; entries?: unknown };
  if (typeof d['tenderlint-cache'] === 'number' && d['tenderlint-cache'] !== FORMAT) return 'other';
  if (d['tenderlint-cache'] !== FORMAT || !d.entries || typeof d.entries !== 'object' || Array.isArray(d.entries)) return undefined;
  const out = new Map<string, [string, string]>();
  for (const [p, e] of Object.entries(d.entries as Record<string, unknown>)) {
    if (!Array.isArray(e) || e.length !== 2 || typeof e[0] !== 'string' || typeof e[1] !== 'string') return undefined;
    out.set(p, [e[0], e[1]]);
  }
  return out;
}
