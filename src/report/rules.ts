// The rules a report lists: the catalogue the API puts in the context, or else the rules of the findings at hand.
import type { FileResult } from '../model/finding.js';
import type { RuleInfo } from '../model/rule.js';
import type { FormatContext } from './types.js';

/** Every rule of the context, or the rules of the findings when the context lists none (an API call without it). */
export function rulesOf(results: FileResult[], ctx: FormatContext): RuleInfo[] {
  if (ctx.rules) return ctx.rules;
  const seen = new Map<string, RuleInfo>();
  for (const r of results) {
    for (const f of [...r.findings, ...r.suppressed]) {
      const known = seen.get(f.ruleId);
      if (known) { known.fixable ||= Boolean(f.fix); continue; }
      seen.set(f.ruleId, { id: f.ruleId, description: f.ruleId, defaultSeverity: f.severity, fixable: Boolean(f.fix), docsUrl: f.docsUrl });
    }
  }
  return [...seen.values()];
}
