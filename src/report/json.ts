// json: the fixed ESLint-shaped contract (DESIGN.md §5), exactly one JSON array.
import type { Formatter } from './types.js';
import type { FileResult, Finding } from '../model/finding.js';

function message(f: Finding): Record<string, unknown> {
  return {
    ruleId: f.ruleId, severity: f.severity, message: f.message, line: f.line, column: f.column, endLine: f.endLine, endColumn: f.endColumn,
    term: f.term, excerpt: f.excerpt, suggestions: f.suggestions, location: f.location,
    messageId: f.messageId, legalBasis: f.legalBasis, docsUrl: f.docsUrl, entryId: f.entryId, lang: f.lang,
    ...(f.fix ? { fix: f.fix } : {}),
    ...(f.suppressed ? { suppressions: [{ kind: 'directive', justification: f.suppressed.reason ?? '' }] } : {}),
  };
}

export function toJsonResults(results: FileResult[], reportSuppressed = false): Array<Record<string, unknown>> {
  return results.map((r) => {
    const messages = r.error
      ? [{ ruleId: null, fatal: true, severity: 2, message: r.error, line: 0, column: 0 }]
      : r.findings.map(message);
    return {
      filePath: r.filePath,
      messages,
      // ESLint's result fields, for tools and formatters that read ESLint results. Suppressed findings are listed
      // with --report-suppressed (reportSuppressed); suppressedCount always counts them.
      suppressedMessages: reportSuppressed ? r.suppressed.map(message) : [],
      errorCount: r.error ? 1 : r.findings.filter((f) => f.severity === 2).length,
      fatalErrorCount: r.error ? 1 : 0,
      warningCount: r.findings.filter((f) => f.severity === 1).length,
      advisoryCount: r.findings.filter((f) => f.severity === 0).length,
      suppressedCount: r.suppressed.length,
      fixableErrorCount: r.findings.filter((f) => f.severity === 2 && f.fix).length,
      fixableWarningCount: r.findings.filter((f) => f.severity === 1 && f.fix).length,
      usedDeprecatedRules: [],
      lang: r.lang,
    };
  });
}

export const json: Formatter = (results, ctx) => JSON.stringify(toJsonResults(results, ctx.reportSuppressed)) + '\n';
