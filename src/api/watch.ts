// --watch behind the API: re-lints the files as they (or the configuration and lexicon files) change and writes
// each cycle between begin/end markers, in a line-oriented format (compact unless another built-in is asked for).
import type { LintFilesOptions } from '../io/options.js';
import { watch, type WatchIO } from '../io/watch.js';
import { FORMATTERS } from '../report/index.js';

export { WATCH_BEGIN, WATCH_END } from '../io/watch.js';

export interface WatchOptions extends Omit<WatchIO, 'format'> {
  /** A built-in format; stylish (the CLI's default) and unknown names mean compact, which an editor's matcher reads. */
  format?: string;
  cwd: string;
}

/** Runs until `signal` (or SIGINT/SIGTERM) ends it; resolves to exit code 0. */
export function watchFiles(paths: string[], options: LintFilesOptions, io: WatchOptions): Promise<number> {
  const formatter = FORMATTERS[io.format === 'stylish' || !io.format ? 'compact' : io.format] ?? FORMATTERS.compact!;
  return watch(paths, options, { ...io, format: (results) => formatter(results, { color: false, cwd: io.cwd }) });
}
