// What a report needs to know about a rule (checker) besides its findings: plain data, filled in by the API.
import type { Severity } from './finding.js';

export interface RuleInfo {
  id: string;
  description: string;
  defaultSeverity: Severity;
  /** Has a mechanical fix (--fix). */
  fixable: boolean;
  /** Link to the rule's documentation page. */
  docsUrl: string;
}
