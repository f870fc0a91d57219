// Shared test helpers: lint a Markdown string in a given language and pick findings.
import { parseMarkdown } from '../src/parse/markdown.js';
import { Linter, type LinterOptions } from '../src/engine/linter.js';
import type { Finding } from '../src/model/finding.js';
import type { Lang } from '../src/model/document.js';

const linters = new Map<string, Linter>();

export function lintMd(text: string, lang: Lang, options: LinterOptions = {}): Finding[] {
  const key = JSON.stringify([lang, options]);
  let l = linters.get(key);
  if (!l) { l = new Linter({ ...options, lang }); linters.set(key, l); }
  return l.lint(parseMarkdown(text, 'spec.md')).findings;
}

/** Findings of one rule at warning or error. */
export function failing(findings: Finding[], ruleId?: string): Finding[] {
  return findings.filter((f) => f.severity >= 1 && (!ruleId || f.ruleId === ruleId));
}

/** The highest severity reported for each term of a Markdown text (language detected), for reading-layer tests. */
export function severityByTerm(md: string, linter: Linter = sharedLinter()): Record<string, number> {
  const out: Record<string, number> = {};
  for (const f of linter.lint(parseMarkdown(md, 'spec.md')).findings) if (f.term) out[f.term] = Math.max(out[f.term] ?? 0, f.severity);
  return out;
}

let detecting: Linter | undefined;
/** One linter with language detection, shared by the tests of a file. */
export function sharedLinter(): Linter {
  return (detecting ??= new Linter());
}
