// Reports by format name: the built-in formats (streamed where they can be) and ESLint-style formatters loaded from
// a package or a file, with the rule catalogue every format may list.
import type { FileResult } from '../model/finding.js';
import type { RuleInfo } from '../model/rule.js';
import { CHECKERS } from '../checkers/index.js';
import { docsUrl } from '../engine/linter.js';
import { FORMATTERS, type FormatContext } from '../report/index.js';
import { streamFormatter, type StreamFormatter } from '../report/stream.js';
import { loadFormatter } from '../report/load.js';

/** Every rule: id, description, default severity, whether it fixes, and its documentation link. */
export function ruleCatalog(): RuleInfo[] {
  return CHECKERS.map((c) => ({ id: c.id, description: c.meta.description, defaultSeverity: c.meta.defaultSeverity, fixable: c.meta.fixable, docsUrl: docsUrl(c.id) }));
}

/** A report written piece by piece: before the first file, per file, after the last (which may take a moment). */
export interface Reporter extends Omit<StreamFormatter, 'end'> {
  end(): string | Promise<string>;
}

export const isBuiltinFormat = (name: string): boolean => Object.hasOwn(FORMATTERS, name);

/**
 * Opens the report for a format: a built-in name (stylish, compact, json, json-with-metadata, sarif, html), or an
 * ESLint formatter as ESLint names it (junit → the package eslint-formatter-junit; a path such as ./my-format.js).
 * An unknown or broken formatter throws FormatterError before anything is linted.
 */
export async function openReport(format: string, ctx: FormatContext): Promise<Reporter> {
  const full = { ...ctx, rules: ctx.rules ?? ruleCatalog() };
  if (isBuiltinFormat(format)) return streamFormatter(format, full);
  const loaded = await loadFormatter(format, ctx.cwd);
  const all: FileResult[] = [];
  return { collects: false, begin: () => '', file: (r) => { all.push(r); return ''; }, end: () => loaded.format(all, full) };
}

/** The whole report of `results` in a format (built-in or an ESLint formatter). */
export async function formatResults(format: string, results: FileResult[], ctx: FormatContext): Promise<string> {
  const report = await openReport(format, ctx);
  let out = report.begin();
  for (const r of results) out += report.file(r);
  return out + await report.end();
}
