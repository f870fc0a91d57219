// The programmatic API's file layer: expands paths, parses each file, lints it, and keeps going past bad files.
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { FileResult } from '../model/finding.js';
import type { SpecDocument } from '../model/document.js';
import { parseFile, parseBuffer, isSupportedPath, InputError } from '../parse/index.js';
import { Linter, type LinterOptions } from './linter.js';
import { ConfigError, configFor, readConfig, type Config } from './config.js';
import { LexiconError } from '../lexicon/load.js';

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

export interface LintFilesOptions extends LinterOptions {
  /** Called after each file (for progress). */
  onFile?: (result: FileResult, index: number, total: number) => void;
  /**
   * Configuration: 'search' finds tenderlint.config.json / .tenderlintrc.* upward from each file (the CLI's
   * default), a path uses that one file for all, false (the API's default) uses only the options given.
   */
  config?: 'search' | string | false;
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

/** Lints files and directories. Bad files become results with `error` set; they never stop the run. */
export async function lintFiles(paths: string[], options: LintFilesOptions = {}): Promise<FileResult[]> {
  const { files, errors } = await expandPaths(paths);
  const results: FileResult[] = [...errors];
  let i = 0;
  for (const f of files) {
    const r = await lintOne(f, options);
    results.push(r);
    options.onFile?.(r, ++i, files.length);
  }
  return results;
}

async function lintOne(file: string, options: LintFilesOptions): Promise<FileResult> {
  return lintParsed(resolve(file), resolve(file), () => parseFile(file), options);
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
  return undefined;
}

/** Lints text in memory (Markdown by default; a .docx name with a Buffer reads Word). */
export async function lintText(text: string | Buffer, options: LintFilesOptions & { filePath?: string } = {}): Promise<FileResult> {
  const filePath = options.filePath ?? '<text>.md';
  const buf = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
  const parseAs = /\.(md|markdown|mdown|mkd|docx|txt)$/i.test(filePath) ? filePath : `${filePath}.md`;
  return lintParsed(filePath, resolve(filePath), () => parseBuffer(buf, parseAs), options);
}
