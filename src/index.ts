// Public API: lint files or text, load the lexicon, format results.
export { lintFiles, lintText, expandPaths } from './engine/lint-files.js';
export type { LintFilesOptions } from './engine/lint-files.js';
export { Linter, loadLexicon, docsUrl } from './engine/linter.js';
export type { LinterOptions, RuleSetting, Lexicon } from './engine/linter.js';
export { parseFile, parseBuffer, InputError } from './parse/index.js';
export { parseMarkdown } from './parse/markdown.js';
export { parseDocx } from './parse/docx.js';
export { FORMATTERS } from './report/index.js';
export type { Formatter, FormatContext } from './report/index.js';
export { toJsonResults } from './report/json.js';
export { CHECKERS, checkerById } from './checkers/index.js';
export type { Checker, CheckerMeta } from './checkers/types.js';
export type { Finding, FileResult, Severity, Suggestion } from './model/finding.js';
export type { SpecDocument, Block, Lang } from './model/document.js';
export type { LexiconEntry } from './lexicon/types.js';
export { LexiconError } from './lexicon/load.js';
export { annotateDocx } from './annotate/index.js';
export { readConfig, configFor, ConfigError } from './engine/config.js';
