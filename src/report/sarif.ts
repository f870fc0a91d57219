// sarif: SARIF 2.1.0 for code-scanning dashboards: rules with help and docs links, results with fingerprints.
import { lazyRequire } from '../lazy-require.js';
import { relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Formatter, FormatContext } from './types.js';
import type { FileResult, Finding } from '../model/finding.js';
import { rulesOf } from './rules.js';

const LEVEL = { 2: 'error', 1: 'warning', 0: 'note' } as const;

function fingerprint(f: Finding): string {
  // Stable under edits elsewhere in the file: rule, term and sentence, not the line number.
  return (lazyRequire('node:crypto') as typeof import('node:crypto')).createHash('sha256').update(`${f.ruleId}\u0000${f.term}\u0000${f.excerpt}`).digest('hex').slice(0, 32);
}

/**
 * The pieces of a SARIF log that do not depend on the results: rules, the artifact URI of a path, and one result.
 * The rules are the context's catalogue (the API's reports always carry it), or else those of `results`.
 */
export function sarifParts(ctx: FormatContext, results: FileResult[] = []) {
  const rules = (ctx.rules ?? rulesOf(results, ctx)).map((c) => ({
    id: c.id,
    name: c.id.replace(/(^|-)(\w)/g, (_, __, ch: string) => ch.toUpperCase()),
    shortDescription: { text: c.description },
    fullDescription: { text: c.description },
    helpUri: c.docsUrl,
    help: { text: `${c.description} Run "tenderlint explain ${c.id}" for the legal basis and examples.` },
    defaultConfiguration: { level: LEVEL[c.defaultSeverity] },
    properties: { tags: ['procurement', 'vendor-lock-in'] },
  }));
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const uri = (p: string): string => {
    const rel = relative(ctx.cwd, p);
    return rel && !rel.startsWith('..') ? rel.split('\\').join('/') : pathToFileURL(p).href;
  };
  const result = (f: Finding, filePath: string, suppressed: boolean) => ({
    ruleId: f.ruleId,
    ...(index.has(f.ruleId) ? { ruleIndex: index.get(f.ruleId) } : {}),
    level: LEVEL[f.severity],
    message: { text: f.message },
    locations: [{
      physicalLocation: {
        artifactLocation: { uri: uri(filePath) },
        region: { startLine: Math.max(1, f.line), startColumn: Math.max(1, f.column), endLine: Math.max(1, f.endLine), endColumn: Math.max(1, f.endColumn), ...(f.excerpt ? { snippet: { text: f.excerpt } } : {}) },
      },
    }],
    partialFingerprints: { 'tenderlint/v1': fingerprint(f) },
    properties: { term: f.term, legalBasis: f.legalBasis, section: f.location.section, requirementId: f.location.requirementId, paragraph: f.location.paragraph, suggestions: f.suggestions },
    ...(suppressed ? { suppressions: [{ kind: 'inSource', justification: f.suppressed?.reason ?? '' }] } : {}),
  });
  return { rules, uri, result };
}

export const sarif: Formatter = (results, ctx) => {
  const { rules, uri, result } = sarifParts(ctx, results);
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: { driver: { name: 'tenderlint', semanticVersion: '0.1.0', rules } },
      artifacts: results.map((r) => ({ location: { uri: uri(r.filePath) } })),
      invocations: [{
        executionSuccessful: !results.some((r) => r.error),
        toolExecutionNotifications: results.filter((r) => r.error).map((r) => ({
          level: 'error', message: { text: `${r.filePath}: ${r.error}` }, locations: [{ physicalLocation: { artifactLocation: { uri: uri(r.filePath) } } }],
        })),
      }],
      results: results.flatMap((r) => [...r.findings.map((f) => result(f, r.filePath, false)), ...(ctx.reportSuppressed ? r.suppressed.map((f) => result(f, r.filePath, true)) : [])]),
    }],
  };
  return JSON.stringify(log, null, 2) + '\n';
};
