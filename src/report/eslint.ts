// json-with-metadata: ESLint's format of the same name, the results plus each rule's metadata (type, description,
// docs link), which ESLint formatters such as eslint-formatter-html read from their context's rulesMeta.
import type { FileResult } from '../model/finding.js';
import type { RuleInfo } from '../model/rule.js';
import type { FormatContext, Formatter } from './types.js';
import { toJsonResults } from './json.js';
import { rulesOf } from './rules.js';

/** ESLint's `meta` of a rule, as ESLint passes it to formatters in `context.rulesMeta`. */
export interface EslintRuleMeta {
  type: 'problem' | 'suggestion';
  docs: { description: string; url: string; recommended: boolean };
  fixable?: 'code';
  hasSuggestions: boolean;
  schema: unknown[];
}

/** ESLint's rulesMeta: a rule whose default is an error is a "problem", one that warns or advises a "suggestion". */
export function eslintRulesMeta(rules: RuleInfo[]): Record<string, EslintRuleMeta> {
  return Object.fromEntries(rules.map((r) => [r.id, {
    type: r.defaultSeverity === 2 ? 'problem' : 'suggestion',
    docs: { description: r.description, url: r.docsUrl, recommended: true },
    ...(r.fixable ? { fixable: 'code' as const } : {}),
    hasSuggestions: true,
    schema: [],
  }]));
}

/** The `context` ESLint gives a formatter: working directory and rule metadata. */
export function eslintContext(results: FileResult[], ctx: FormatContext): { cwd: string; rulesMeta: Record<string, EslintRuleMeta> } {
  return { cwd: ctx.cwd, rulesMeta: eslintRulesMeta(rulesOf(results, ctx)) };
}

export const jsonWithMetadata: Formatter = (results, ctx) =>
  JSON.stringify({ results: toJsonResults(results, ctx.reportSuppressed), metadata: eslintContext(results, ctx) }) + '\n';
