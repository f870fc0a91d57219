// --watch: re-lints files as they change and prints compact lines between begin/end markers, for VS Code's
// background problem matcher (examples/vscode/tasks.json).
import { watch as fsWatch, statSync } from "node:fs";
import { resolve, dirname, basename } from 'node:path';
import { lintFiles, expandPaths, type LintFilesOptions } from './lint-files.js';
import type { FileResult } from '../model/finding.js';
import { clearConfigCache, isConfigName } from './config.js';
import { watchTree } from './watch-tree.js';

/** The markers the problem matcher's background patterns look for. */
export const WATCH_BEGIN = 'tenderlint: checking';
export const WATCH_END = 'tenderlint: done';

/** Where a watch writes, how it formats a cycle's results, and what ends it (by default SIGINT or SIGTERM). */
export interface WatchIO {
  stdout: (s: string) => void;
  /** One cycle's results as text. */
  format: (results: FileResult[]) => string;
  signal?: AbortSignal;
  /** Aborts when the output can no longer be written. */
  stdoutClosed?: AbortSignal;
}

export async function watch(paths: string[], options: LintFilesOptions, io: WatchIO): Promise<number> {
  const runOnce = async (files: string[]): Promise<void> => {
    clearConfigCache(); // configuration files are read afresh each cycle (lexicon files are re-stamped on load)
    io.stdout(`${WATCH_BEGIN} ${files.length} file${files.length === 1 ? '' : 's'}\n`);
    const results = await lintFiles(files, options);
    io.stdout(io.format(results));
    io.stdout(`${WATCH_END}\n`);
  };
  let timer: NodeJS.Timeout | undefined;
  const schedule = (file: string): void => {
    const base = basename(file);
    // Specifications, and the configuration and lexicon files (YAML/JSON) that change what a cycle reports.
    const relevant = isConfigName(base) || (/\.(md|markdown|docx|ya?ml|json)$/i.test(base) && !/^(\.|~\$)/.test(base));
    if (!relevant) return;
    clearTimeout(timer);
    // Editors save in several steps (temp file, rename): wait until they settle.
    // Every cycle reports every file: a background problem matcher replaces the previous cycle's problems.
    timer = setTimeout(() => {
      void expandPaths(paths).then(({ files: all }) => runOnce(all));
    }, 150);
  };
  const watchers: Array<{ close: () => void }> = [];
  for (const p of paths) {
    let dir = false;
    try { dir = statSync(p).isDirectory(); } catch { continue; }
    // Every folder of the tree is watched, so a file saved by rename stays seen (see watch-tree.ts).
    if (dir) watchers.push(watchTree(resolve(p), schedule));
    // A single file is watched through its folder: editors that save by rename replace the file's inode.
    else watchers.push(fsWatch(dirname(p), (_e, name) => name && resolve(dirname(p), name.toString()) === resolve(p) && schedule(p)));
  }
  // The watchers are armed before the first cycle, so a save made while it runs (or right after its end marker,
  // as an editor's task may do) is seen and starts the next cycle.
  const { files } = await expandPaths(paths);
  await runOnce(files);
  await new Promise<void>((done) => {
    const stop = (): void => { for (const w of watchers) w.close(); clearTimeout(timer); done(); };
    // Nobody reads the output any more (the pipe closed, the disk is full): stop watching.
    if (io.stdoutClosed?.aborted) { stop(); return; }
    io.stdoutClosed?.addEventListener('abort', stop, { once: true });
    if (io.signal) io.signal.addEventListener('abort', stop, { once: true });
    else { process.once('SIGINT', stop); process.once('SIGTERM', stop); }
  });
  return 0;
}
