// The programmatic API's file layer: expands paths, parses each file, lints it, and keeps going past bad files.
import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { FileResult } from '../model/finding.js';
import { parseFile, parseBuffer, isSupportedPath, InputError } from '../parse/index.js';
import { Linter, type LinterOptions } from './linter.js';

const SKIP_DIRS = new Set(['node_modules', '.git', 'dist', '.cache']);

/** Expands directories (recursively, supported extensions only) and keeps files as given, in a stable order. */
export async function expandPaths(paths: string[]): Promise<{ files: string[]; errors: FileResult[] }> {
  const files: string[] = [];
  const errors: FileResult[] = [];
  for (const p of paths) {
    let st;
    try { st = await stat(p); } catch { files.push(p); continue; } // reported as missing by the parser
    if (!st.isDirectory()) { files.push(p); continue; }
    const found = await walk(p);
    if (!found.length) errors.push({ filePath: resolve(p), lang: 'en', findings: [], suppressed: [], error: 'is a directory with no specifications (.md, .docx)' });
    files.push(...found);
  }
  return { files, errors };
}

async function walk(dir: string): Promise<string[]> {
  const out: string[] = [];
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) {
    if (e.name.startsWith('.') || SKIP_DIRS.has(e.name)) continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await walk(p)));
    else if (e.isFile() && isSupportedPath(p) && !/\.txt$/i.test(p) && !e.name.startsWith('~$')) out.push(p);
  }
  return out;
}

export interface LintFilesOptions extends LinterOptions {
  /** Called after each file (for progress). */
  onFile?: (result: FileResult, index: number, total: number) => void;
  /** Resolves per-file options (a config found upward from each file). */
  optionsFor?: (filePath: string) => Promise<LinterOptions>;
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
  const filePath = resolve(file);
  try {
    const doc = await parseFile(file);
    doc.filePath = filePath;
    const opts = options.optionsFor ? await options.optionsFor(filePath) : options;
    return new Linter(opts).lint(doc);
  } catch (e) {
    if (e instanceof InputError) return { filePath, lang: 'en', findings: [], suppressed: [], error: e.reason };
    throw e;
  }
}

/** Lints text in memory (Markdown by default; a .docx name with a Buffer reads Word). */
export async function lintText(text: string | Buffer, options: LinterOptions & { filePath?: string } = {}): Promise<FileResult> {
  const filePath = options.filePath ?? '<text>.md';
  const buf = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
  try {
    const doc = await parseBuffer(buf, /\.(md|markdown|docx|txt)$/i.test(filePath) ? filePath : `${filePath}.md`);
    doc.filePath = filePath;
    return new Linter(options).lint(doc);
  } catch (e) {
    if (e instanceof InputError) return { filePath, lang: 'en', findings: [], suppressed: [], error: e.reason };
    throw e;
  }
}
