// The formatter contract: a pure function from results to the text written to stdout.
import type { FileResult } from '../model/finding.js';
import type { RuleInfo } from '../model/rule.js';

export interface FormatContext {
  /** Colour output (stylish on a TTY). */
  color: boolean;
  /** Working directory, for relative paths. */
  cwd: string;
  /** Include suppressed findings with their reasons. */
  reportSuppressed?: boolean;
  /** Every rule, for formats that list rules (json-with-metadata); without it, the rules of the findings. */
  rules?: RuleInfo[];
}

export type Formatter = (results: FileResult[], ctx: FormatContext) => string;
