// The options of linting files, apart from how a batch runs (io/lint-files.ts): shared by the batch and its workers.
import type { FileResult } from '../model/finding.js';
import type { LinterOptions } from '../engine/linter.js';

export interface LintFilesOptions extends LinterOptions {
  /** Called after each file, in report order (for progress). */
  onFile?: (result: FileResult, index: number, total: number) => void;
  /**
   * Configuration: 'search' finds tenderlint.config.json / .tenderlintrc.* upward from each file (the CLI's
   * default), a path uses that one file for all, false (the API's default) uses only the options given.
   */
  config?: 'search' | string | false;
}
