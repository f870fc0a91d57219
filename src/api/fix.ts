// --fix on one linted file: apply the mechanical fixes (Markdown only), written atomically, then lint the file again
// so that what is reported, and the exit code, are the file as it now is.
import type { FileResult } from '../model/finding.js';
import { fixFile } from '../io/fix.js';
import { lintFiles } from '../io/lint-files.js';
import type { LintFilesOptions } from '../io/options.js';

export type FixStatus =
  /** The file could not be read: nothing to fix. */
  | 'unreadable'
  /** A Word file: fixes rewrite Markdown only (annotate a copy instead). */
  | 'not-markdown'
  /** No finding has a fix. */
  | 'nothing'
  /** Dry run: `diff` holds the changes, nothing was written. */
  | 'dry-run'
  /** Written; the result now describes the fixed file. */
  | 'fixed';

export interface FixOutcome { status: FixStatus; applied: number; diff: string }

/**
 * Applies the fixes of a Markdown result. After writing, `result` is replaced in place by a fresh lint of the file
 * (`relint` options; configuration searched by default). A file that cannot be written throws InputError.
 */
export async function fixResult(result: FileResult, options: { dryRun?: boolean; relint?: LintFilesOptions } = {}): Promise<FixOutcome> {
  if (result.error) return { status: 'unreadable', applied: 0, diff: '' };
  if (result.doc?.format !== 'markdown') return { status: 'not-markdown', applied: 0, diff: '' };
  if (!result.findings.some((f) => f.fix)) return { status: 'nothing', applied: 0, diff: '' };
  const { applied, diff } = await fixFile(result.filePath, result.findings, Boolean(options.dryRun));
  if (options.dryRun) return { status: 'dry-run', applied, diff };
  if (applied) {
    const again = await lintFiles([result.filePath], options.relint ?? { config: 'search' });
    Object.assign(result, again[0]);
  }
  return { status: applied ? 'fixed' : 'nothing', applied, diff };
}
