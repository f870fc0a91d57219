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
  /** The run's gate (--fail-on, --max-warnings or the configuration), for reports that record a verdict (html). */
  gate?: () => { failOn: string; maxWarnings?: number };
  /** The configuration file a specification was linted with, if any (html records it with its hash). */
  configOf?: (filePath: string) => string | undefined;
  /** The reviewer named in the HTML record's signature block (--reviewer). */
  reviewer?: string;
  /** The run's date and time (default: now). */
  now?: Date;
}

export type Formatter = (results: FileResult[], ctx: FormatContext) => string;
