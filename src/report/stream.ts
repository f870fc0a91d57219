// Streaming report formats: text before the first file, one piece per file as its result is ready, text after the
// last. The pieces add up to the same report as the whole-batch formatter (JSON and compact byte for byte; SARIF
// the same log with "results" before "artifacts"), while only small counts are kept between files.
import type { FileResult } from '../model/finding.js';
import type { FormatContext } from './types.js';
import { FORMATTERS } from './index.js';
import { toJsonResults } from './json.js';
import { sarifParts } from './sarif.js';
import { stylishFile, stylishSummary, stylishTotals } from './stylish.js';

export interface StreamFormatter {
  /** Text before the first file. */
  begin(): string;
  /** One file's part (possibly empty). */
  file(result: FileResult): string;
  /** Text after the last file (summaries). */
  end(): string;
  /** The format needs every parsed document until the end (the HTML page renders them): it cannot stream. */
  readonly collects?: boolean;
}

const jsonStream = (ctx: FormatContext): StreamFormatter => {
  let first = true;
  return {
    begin: () => '[',
    file(r) {
      const s = (first ? '' : ',') + JSON.stringify(toJsonResults([r], ctx.reportSuppressed)[0]);
      first = false;
      return s;
    },
    end: () => ']\n',
  };
};

/** JSON.stringify with two-space indentation, nested `level` levels deep. */
const ind = (value: unknown, level: number): string => JSON.stringify(value, null, 2).replace(/\n/g, `\n${'  '.repeat(level)}`);

const sarifStream = (ctx: FormatContext): StreamFormatter => {
  const { rules, uri, result } = sarifParts(ctx);
  const artifacts: Array<{ location: { uri: string } }> = [];
  const notifications: unknown[] = [];
  let results = 0;
  return {
    begin: () => `{\n  "$schema": "https://json.schemastore.org/sarif-2.1.0.json",\n  "version": "2.1.0",\n  "runs": [\n    {\n      "tool": ${ind({ driver: { name: 'tenderlint', semanticVersion: '0.1.0', rules } }, 3)},\n      "results": [`,
    file(r) {
      artifacts.push({ location: { uri: uri(r.filePath) } });
      if (r.error) notifications.push({ level: 'error', message: { text: `${r.filePath}: ${r.error}` }, locations: [{ physicalLocation: { artifactLocation: { uri: uri(r.filePath) } } }] });
      let s = '';
      const all = [...r.findings.map((f) => result(f, r.filePath, false)), ...(ctx.reportSuppressed ? r.suppressed.map((f) => result(f, r.filePath, true)) : [])];
      for (const o of all) s += `${results++ ? ',' : ''}\n        ${ind(o, 4)}`;
      return s;
    },
    end: () => `${results ? '\n      ' : ''}],\n      "artifacts": ${ind(artifacts, 3)},\n      "invocations": ${ind([{ executionSuccessful: !notifications.length, toolExecutionNotifications: notifications }], 3)}\n    }\n  ]\n}\n`,
  };
};

const stylishStream = (ctx: FormatContext): StreamFormatter => {
  const t = stylishTotals();
  return { begin: () => '', file: (r) => stylishFile(r, ctx, t), end: () => stylishSummary(t, ctx) };
};

/**
 * compact is one line per finding and a closing count: each file's lines are the batch formatter's output for that
 * file without its count line, and the count is summed here.
 */
const compactStream = (ctx: FormatContext): StreamFormatter => {
  let n = 0;
  return {
    begin: () => '',
    file(r) {
      n += r.findings.length + (r.error ? 1 : 0);
      return FORMATTERS.compact!([r], ctx).replace(/\n\d+ problems?\n$/, '');
    },
    end: () => (n ? `\n${n} problem${n === 1 ? '' : 's'}\n` : ''),
  };
};

/** A whole-batch formatter behind the streaming interface: keeps the results and formats them at the end. */
const collecting = (name: string, ctx: FormatContext): StreamFormatter => {
  const all: FileResult[] = [];
  return { collects: true, begin: () => '', file: (r) => { all.push(r); return ''; }, end: () => FORMATTERS[name]!(all, ctx) };
};

const STREAMING: Record<string, (ctx: FormatContext) => StreamFormatter> = { json: jsonStream, sarif: sarifStream, stylish: stylishStream, compact: compactStream };

/** The streaming form of a format; formats that render whole documents (html) collect and format at the end. */
export function streamFormatter(name: string, ctx: FormatContext): StreamFormatter {
  return STREAMING[name]?.(ctx) ?? collecting(name, ctx);
}

/** A whole report from a streaming formatter (tests compare it with the batch formatter). */
export function formatStreamed(name: string, results: FileResult[], ctx: FormatContext): string {
  const s = streamFormatter(name, ctx);
  let out = s.begin();
  for (const r of results) out += s.file(r);
  return out + s.end();
}
