// The programmatic API's file layer: expands paths, parses each file, lints it, and keeps going past bad files.
// Batches stream: results come out one by one in path order, whatever the concurrency, from the cache when a file
// is unchanged, and each file's parsed document is dropped once its result is out (unless the caller keeps it).
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { FileResult } from '../model/finding.js';
import type { SpecDocument } from '../model/document.js';
import { parseFile, parseBuffer, isSupportedPath, InputError, MAX_INPUT_BYTES } from '../parse/index.js';
import { Linter, type LinterOptions } from '../engine/linter.js';
import type { LintFilesOptions } from './options.js';
import { ConfigError, configFor, readConfig, type Config } from './config.js';
import { LexiconError } from '../lexicon/load.js';
import { selectShard, type Shard } from './shard.js';
import { ResultCache } from './cache.js';
import { WorkerPool } from './pool.js';
import { lazyRequire } from '../lazy-require.js';

const SKIP_DIRS = new Set(['node_modules', '.git', 'dist', '.cache']);

/** Expands directories (recursively, supported extensions only) and keeps files as given, in a stable order. */
export async function expandPaths(paths: string[]): Promise<{ files: string[]; errors: FileResult[] }> {
  const files: string[] = [];
  const errors: FileResult[] = [];
  for (const p of paths) {
    let st;
    try { st = statSync(p); } catch { files.push(p); continue; } // reported as missing by the parser
    if (!st.isDirectory()) { files.push(p); continue; }
    const found = walk(p);
    if (!found.length) errors.push({ filePath: resolve(p), lang: 'en', findings: [], suppressed: [], error: 'is a directory with no specifications (.md, .docx)' });
    files.push(...found);
  }
  return { files, errors };
}

/** One entry of a batch: a file to lint, or a path that is already known to be an error (an empty directory). */
export interface BatchItem {
  filePath: string;
  /** Size in bytes, when the file exists (for the thread decision). */
  bytes: number;
  error?: FileResult;
}

const byPath = (a: BatchItem, b: BatchItem): number => (a.filePath < b.filePath ? -1 : a.filePath > b.filePath ? 1 : 0);

/**
 * The batch in report order: paths expanded, sorted by absolute path (plain code-unit order, the same on every
 * machine and locale; 'given' keeps the order of the arguments instead), and each file once however often and under
 * whatever spelling it was named (./a.md, a.md, dir/../a.md, a symbolic or hard link: the same device and inode).
 * Then, with a shard, that share only.
 */
export async function batchItems(paths: string[], options: { shard?: Shard; cwd?: string; order?: 'path' | 'given' } = {}): Promise<BatchItem[]> {
  const { files, errors } = await expandPaths(paths);
  const items: BatchItem[] = errors.map((e) => ({ filePath: e.filePath, bytes: 0, error: e }));
  const ids = new Map<string, BatchItem>();
  for (const f of files) {
    const filePath = resolve(f);
    let id = filePath, bytes = 0;
    try { const st = statSync(filePath); id = `${st.dev}:${st.ino}`; bytes = st.size; } catch { /* missing: reported by the parser */ }
    const seen = ids.get(id);
    // Sorted, keep the spelling that sorts first: the same batch names a file the same way in any argument order.
    if (seen) { if (options.order !== 'given' && filePath < seen.filePath) seen.filePath = filePath; continue; }
    const item = { filePath, bytes };
    ids.set(id, item);
    items.push(item);
  }
  const seenErrors = new Set<string>();
  const unique = items.filter((it) => !it.error || (!seenErrors.has(it.filePath) && seenErrors.add(it.filePath)));
  if (options.order !== 'given') unique.sort(byPath);
  return options.shard ? selectShard(unique, (it) => it.filePath, options.shard, options.cwd ?? process.cwd()) : unique;
}

function walk(dir: string): string[] {
  const out: string[] = [];
  const entries = readdirSync(dir, { withFileTypes: true });
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) {
    if (e.name.startsWith('.') || SKIP_DIRS.has(e.name)) continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...walk(p));
    else if (e.isFile() && isSupportedPath(p) && !/\.txt$/i.test(p) && !e.name.startsWith('~$')) out.push(p);
  }
  return out;
}

export type { LintFilesOptions } from './options.js';

/** How a batch runs: threads, cache, shard. None of them changes a result. */
export interface BatchOptions extends LintFilesOptions {
  /**
   * Worker threads: a number (1 = none), 'auto' (the available cores, and none for a small batch) or 'off' (the
   * default: lint in this thread).
   */
  concurrency?: number | 'auto' | 'off';
  /** A cache file (absolute path): unchanged files are not parsed again. */
  cache?: string | false;
  /** Report order: 'path' (sorted by absolute path; lintStream's default) or 'given' (the arguments' order; lintFiles'). */
  order?: 'path' | 'given';
  /** Lint one share of the batch (--shard i/n); shares are by the path relative to `cwd`. */
  shard?: Shard;
  cwd?: string;
  /** Keep each result's parsed document (the HTML report, --fix); otherwise it is dropped once linted. */
  keepDoc?: boolean;
  /** Warnings that are not about a file (a corrupt cache): one line each, without the "tenderlint: " prefix. */
  onWarning?: (message: string) => void;
  /** Called once the batch is known, with its number of files. */
  onStart?: (total: number) => void;
  /** Filled in as the batch runs. */
  stats?: BatchStats;
}

export interface BatchStats {
  files: number;
  /** Files parsed and linted in this run (in this thread or a worker). */
  linted: number;
  /** Files whose result came from the cache. */
  cached: number;
  /** Worker threads started (0: this thread only; none either when every file came from the cache). */
  threads: number;
}

/** Options for one file: its configuration file(s) first, then the options given in code (which win). */
export function optionsFor(filePath: string, options: LintFilesOptions): LinterOptions & Config {
  if (!options.config) return options;
  const cfg = options.config === 'search' ? configFor(filePath) : readConfig(resolve(options.config));
  return {
    ...cfg, ...stripUndefined(options),
    rules: { ...cfg.rules, ...options.rules },
    lexicon: [...(cfg.lexicon ?? []), ...(options.lexicon ?? [])],
    disableEntries: [...(cfg.disableEntries ?? []), ...(options.disableEntries ?? [])],
    allow: [...(cfg.allow ?? []), ...(options.allow ?? [])],
    mandated: [...(cfg.mandated ?? []), ...(options.mandated ?? [])],
  };
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/**
 * Lints files and directories, in the order given (directories walked in sorted order), each file once. Bad files
 * become results with `error` set; they never stop the run.
 */
export async function lintFiles(paths: string[], options: BatchOptions = {}): Promise<FileResult[]> {
  const results: FileResult[] = [];
  for await (const r of lintStream(paths, { keepDoc: true, order: 'given', ...options })) results.push(r);
  return results;
}

/** Parses (in this thread) for a test to observe that a cached file is not parsed again. */
let parses = 0;
export const parseCount = (): number => parses;

/** Parses and lints one file: the unit of work of this thread and of every worker. */
export async function lintJob(file: string, options: LintFilesOptions): Promise<FileResult> {
  return lintParsed(resolve(file), resolve(file), () => { parses++; return parseFile(file); }, options);
}

/** Below this much Markdown or Word (bytes), 'auto' stays in this thread: starting workers would cost more. */
export const AUTO_MIN_BYTES = 1_000_000;
const AUTO_MIN_FILES = 4;

/** Worker threads for a batch: 0 means this thread. */
export function threadsFor(concurrency: BatchOptions['concurrency'], items: BatchItem[]): number {
  const files = items.filter((it) => !it.error).length;
  if (concurrency === undefined || concurrency === 'off') return 0;
  if (concurrency === 'auto') {
    const cores = (lazyRequire('node:os') as typeof import('node:os')).availableParallelism();
    const bytes = items.reduce((a, it) => a + it.bytes, 0);
    if (cores < 2 || files < AUTO_MIN_FILES || bytes < AUTO_MIN_BYTES) return 0;
    return Math.min(cores, files);
  }
  return concurrency <= 1 ? 0 : Math.min(concurrency, Math.max(files, 1));
}

/**
 * Lints a batch and yields each result as soon as it and every result before it (in path order) are ready: the
 * output is the same whatever the number of threads. Workers run ahead of the reader by a bounded window, so
 * memory stays flat however many files there are.
 */
export async function* lintStream(paths: string[], options: BatchOptions = {}): AsyncGenerator<FileResult> {
  const items = await batchItems(paths, { shard: options.shard, cwd: options.cwd, order: options.order });
  const stats = options.stats ?? { files: 0, linted: 0, cached: 0, threads: 0 };
  stats.files = items.length;
  options.onStart?.(items.length);
  const warn = options.onWarning ?? (() => undefined);
  const cache = options.cache ? ResultCache.open(options.cache, warn) : undefined;
  const threads = threadsFor(options.concurrency, items);
  // What decides a result (and so the cache key, and what workers get): not how the batch runs.
  const { concurrency: _c, cache: _k, shard: _s, cwd: _w, keepDoc: _d, order: _o, onWarning: _n, onStart: _t, stats: _x, onFile: _f, ...lintOptions } = options;
  const pool = threads ? new WorkerPool(threads, lintOptions, Boolean(options.keepDoc)) : undefined;
  const job = async (item: BatchItem): Promise<FileResult> => {
    if (item.error) return item.error;
    let key: string | undefined;
    if (cache) {
      try {
        key = cache.keyFor(item.filePath, optionsFor(item.filePath, lintOptions), MAX_INPUT_BYTES);
      } catch (e) {
        if (!userError(e)) throw e; // a broken configuration: linting reports it, uncached
      }
      const hit = key && !options.keepDoc ? cache.get(item.filePath, key) : undefined;
      if (hit) { stats.cached++; return { ...hit, filePath: item.filePath }; }
    }
    const r = pool ? await pool.run(item.filePath) : await lintJob(item.filePath, lintOptions);
    stats.linted++;
    if (!options.keepDoc) delete r.doc;
    if (cache && key) cache.set(item.filePath, key, r);
    return r;
  };
  // In this thread one file at a time; with workers, a window of a few files per thread runs ahead.
  const window = pool ? threads * 4 : 1;
  const running = new Map<number, Promise<FileResult>>();
  let started = 0;
  try {
    for (let i = 0; i < items.length; i++) {
      while (started < items.length && started < i + window) {
        const p = job(items[started]!);
        p.catch(() => undefined); // awaited in order below; this only keeps an early failure from going unhandled
        running.set(started++, p);
      }
      const r = await running.get(i)!;
      running.delete(i);
      options.onFile?.(r, i + 1, items.length);
      yield r;
    }
    await cache?.save(items.map((it) => it.filePath));
  } finally {
    stats.threads = pool?.started ?? 0;
    await pool?.close();
  }
}

/** Parses and lints one document; a user's mistake becomes the result's `error`, a bug is thrown. */
async function lintParsed(filePath: string, configPath: string, parse: () => Promise<SpecDocument>, options: LintFilesOptions): Promise<FileResult> {
  try {
    const opts = optionsFor(configPath, options);
    const doc = await parse();
    doc.filePath = filePath;
    return new Linter(opts).lint(doc);
  } catch (e) {
    const error = userError(e);
    if (error) return { filePath, lang: 'en', findings: [], suppressed: [], error };
    throw e;
  }
}

/** The one-line reason for a user's mistake (bad input, configuration or lexicon), or undefined for a bug. */
export function userError(e: unknown): string | undefined {
  if (e instanceof InputError) return e.reason;
  if (e instanceof ConfigError) return `invalid configuration ${e.message}`;
  if (e instanceof LexiconError) return `invalid lexicon ${e.message}`;
  // Not a bug to report but a property of the input: its structure is deeper than the parser's recursion can go.
  if (e instanceof RangeError && /call stack/i.test(e.message)) return 'is nested too deeply to check (tenderlint ran out of stack space on it); simplify its structure or split it';
  return undefined;
}

/** Lints text in memory (Markdown by default; a .docx name with a Buffer reads Word). */
export async function lintText(text: string | Buffer, options: LintFilesOptions & { filePath?: string } = {}): Promise<FileResult> {
  const filePath = options.filePath ?? '<text>.md';
  const buf = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
  const parseAs = /\.(md|markdown|mdown|mkd|docx|txt)$/i.test(filePath) ? filePath : `${filePath}.md`;
  return lintParsed(filePath, resolve(filePath), () => parseBuffer(buf, parseAs), options);
}
