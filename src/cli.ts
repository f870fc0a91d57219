// The command line: yargs → options → the programmatic API → a formatter → stdout. No linting logic here.
import yargsParser from 'yargs-parser';
import { explainIn } from './engine/explain.js';
import { readFileSync, existsSync } from 'node:fs';
import { resolve, basename, extname, join } from 'node:path';
import { lintFiles, lintText, optionsFor, userError, type LintFilesOptions } from './io/lint-files.js';
import { fixFile } from './io/fix.js';
import { writeOutput } from './fs/write.js';
import { guardErrors, guardOutput } from './io/stdout.js';
import { InputError } from './parse/errors.js';
import { DOCX_EXTENSIONS, MAX_INPUT_BYTES, MAX_MARKDOWN_BYTES } from './parse/index.js';
import { readStreamCapped, ReadError, tooLargeReason } from './fs/read.js';
import { expandGlobs } from './io/globs.js';
import { watchFiles } from './api/watch.js';
import { PKG_ROOT } from './paths.js';
import { FORMATTERS } from './report/index.js';
import type { FileResult } from './model/finding.js';
import { isLang } from './text/language.js';
import type { Lang } from './model/document.js';
import { CHECKERS, checkerById } from './checkers/index.js';
import { LexiconError } from './lexicon/load.js';
import { loadLexicon, docsUrl } from './engine/linter.js';

export interface CliIO {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  cwd: string;
  isTTY: boolean;
  env: Record<string, string | undefined>;
  /** stderr is a terminal: show progress on long runs. */
  stderrIsTTY?: boolean;
  /** Standard input for --stdin (defaults to process.stdin). */
  readStdin?: () => Promise<Buffer>;
  /** Ends --watch (tests); by default it runs until interrupted. */
  signal?: AbortSignal;
  /** Aborts when standard output can no longer be written (its reader went away, the disk is full): --watch stops. */
  stdoutClosed?: AbortSignal;
  /** Settles the exit code once all output is written (src/io/stdout.ts); processIO() provides it. */
  finish?: (code: number) => Promise<number>;
}

export const EXIT = { OK: 0, FINDINGS: 1, USAGE: 2 } as const;

/** The real process's streams and environment, for the executables (dist/bin.js, dist/tenderlint.mjs). */
export function processIO(): CliIO {
  const stderr = guardErrors(process.stderr);
  const stdout = guardOutput(process.stdout, stderr);
  return {
    stdout: stdout.write,
    stderr,
    stdoutClosed: stdout.closed,
    finish: stdout.finish,
    cwd: process.cwd(),
    isTTY: Boolean(process.stdout.isTTY),
    env: process.env,
  };
}

class UsageError extends Error {}

/** Runs the CLI and returns the exit code; never calls process.exit. */
export async function run(argv: string[], io: CliIO): Promise<number> {
  try {
    const code = await main(argv, io);
    return io.finish ? await io.finish(code) : code;
  } catch (e) {
    if (e instanceof UsageError || e instanceof LexiconError) { io.stderr(`tenderlint: ${e.message}\n`); return EXIT.USAGE; }
    const reason = userError(e);
    if (reason) { io.stderr(`tenderlint: ${reason}\n`); return EXIT.USAGE; }
    io.stderr(`tenderlint: ${unexpectedFailure(e, io.env)}\n`);
    return EXIT.USAGE;
  }
}

/**
 * The one line for a failure that is not the user's: what failed, never a stack trace (TENDERLINT_DEBUG=1 adds it,
 * for a bug report). A stack overflow outside any file is named as such.
 */
function unexpectedFailure(e: unknown, env: CliIO['env']): string {
  const err = e as Error | undefined;
  if (env.TENDERLINT_DEBUG) return `unexpected failure in tenderlint: ${err?.stack ?? String(e)}`;
  if (err instanceof RangeError && /call stack/i.test(err.message)) return 'unexpected failure in tenderlint: it ran out of stack space (an input nested too deeply?); TENDERLINT_DEBUG=1 shows where';
  const what = `${err?.name ?? 'Error'}: ${String(err?.message ?? e).split('\n')[0]!.slice(0, 200)}`;
  return `unexpected failure in tenderlint (${what}); this is a bug, not a problem with your files: please report it (TENDERLINT_DEBUG=1 shows where)`;
}

/** The options, defined once for the fast parser and for yargs' help text. */
const OPTIONS = {
  format: { alias: 'f', type: 'string', choices: Object.keys(FORMATTERS), default: 'stylish', describe: 'Report format' },
  'output-file': { alias: 'o', type: 'string', describe: 'Write the report to a file instead of stdout' },
  lang: { type: 'string', describe: 'Document language (da, en, sv, no, de, fr, nl); detected when omitted' },
  'fail-on': { type: 'string', choices: ['error', 'warning'], default: 'error', describe: 'Lowest severity that makes the exit code 1' },
  'max-warnings': { type: 'number', describe: 'Exit 1 when there are more warnings than this' },
  quiet: { alias: 'q', type: 'boolean', default: false, describe: 'Report errors only' },
  'report-suppressed': { type: 'boolean', default: false, describe: 'List suppressed findings with their reasons' },
  color: { type: 'boolean', describe: 'Force colour on or off (default: on for a terminal)' },
  config: { alias: 'c', type: 'string', describe: 'Use this configuration file instead of searching upward from each file' },
  'config-lookup': { type: 'boolean', default: true, describe: 'Look for tenderlint.config.json / .tenderlintrc.* upward from each file (--no-config-lookup to skip)' },
  fix: { type: 'boolean', default: false, describe: 'Insert "eller tilsvarende"/"or equivalent" where that is the fix (Markdown; written atomically)' },
  'fix-dry-run': { type: 'boolean', default: false, describe: 'Print the fixes as a unified diff instead of writing them' },
  stdin: { type: 'boolean', default: false, describe: 'Read the specification from standard input' },
  'stdin-filename': { type: 'string', describe: 'The name to report (and whose extension decides the format) for --stdin' },
  watch: { alias: 'w', type: 'boolean', default: false, describe: 'Re-lint files when they change (for an editor task)' },
  annotate: { type: 'string', describe: 'Write a copy of the .docx with a Word comment on every finding to this path' },
  author: { type: 'string', default: 'tenderlint', describe: 'Author of the comments --annotate writes' },
  initials: { type: 'string', default: 'TL', describe: 'Initials of the comments --annotate writes' },
  reviewer: { type: 'string', describe: 'Name printed in the HTML report\'s sign-off block' },
  suggest: { type: 'boolean', default: false, describe: 'With --annotate: also write each suggested rewrite as a Word tracked change, to accept or reject in Word' },
  help: { alias: 'h', type: 'boolean', describe: 'Show help' },
  version: { alias: 'v', type: 'boolean', describe: 'Show the version' },
} as const satisfies Record<string, { alias?: string; type: 'string' | 'number' | 'boolean'; choices?: readonly string[]; default?: unknown; describe: string }>;

const USAGE = '$0 [options] <file.docx|file.md|dir>...\n\nFinds requirements in tender specifications that lock the buyer into one vendor.';

/**
 * How the CLI loads an ES module on demand. Code loaded from V8's code cache loses what `import()` needs to resolve
 * (a Node 20 limitation), so the code-cached executable (src/launch.ts) passes its own `import()` in here.
 */
let importModule = (specifier: string): Promise<unknown> => import(specifier);
export function setModuleImporter(importer: (specifier: string) => Promise<unknown>): void { importModule = importer; }

/** Full yargs, loaded only to render help (it costs ~100 ms of start-up that linting does not need). */
async function helpText(): Promise<string> {
  const { default: yargs } = await importModule('yargs') as typeof import('yargs');
  return yargs([]).scriptName('tenderlint').usage(USAGE)
    .command('$0 [files..]', 'Lint specifications (.docx, .md, directories)')
    .command('rules', 'List the checkers')
    .command('explain <rule>', 'Print the documentation page of a checker')
    .command('lexicon search <word>', 'Show what the lexicon knows about a word and why it flags')
    .options(Object.fromEntries(Object.entries(OPTIONS).filter(([k]) => k !== 'help' && k !== 'version')))
    .option('help', { alias: 'h', type: 'boolean', describe: OPTIONS.help.describe })
    .version(false).help(false).exitProcess(false).getHelp();
}

function parseArgs(argv: string[]): Record<string, unknown> & { _: string[] } {
  const names = Object.keys(OPTIONS) as Array<keyof typeof OPTIONS>;
  const of = (t: string) => names.filter((n) => OPTIONS[n].type === t);
  const alias: Record<string, string> = {};
  for (const n of names) { const a = (OPTIONS[n] as { alias?: string }).alias; if (a) alias[n] = a; }
  const parsed = yargsParser.detailed(argv, {
    string: of('string'), boolean: of('boolean'), number: of('number'), alias,
    configuration: { 'camel-case-expansion': false, 'strip-aliased': true, 'boolean-negation': true, 'duplicate-arguments-array': false },
  });
  if (parsed.error) throw new UsageError(parsed.error.message);
  const args = parsed.argv as Record<string, unknown> & { _: Array<string | number> };
  const known = new Set<string>([...names, ...Object.values(alias), '_', '$0']);
  for (const k of Object.keys(args)) {
    if (!known.has(k)) throw new UsageError(`unknown option "--${k}"; try "tenderlint --help"`);
  }
  for (const n of names) {
    const o = OPTIONS[n] as { choices?: readonly string[]; default?: unknown; type: string };
    if (args[n] === undefined && o.default !== undefined) args[n] = o.default;
    if (o.choices && args[n] !== undefined && !o.choices.includes(String(args[n]))) throw new UsageError(`invalid value "${args[n]}" for --${n} (choose ${o.choices.join(', ')})`);
    if (o.type === 'number' && args[n] !== undefined && !Number.isFinite(args[n] as number)) throw new UsageError(`--${n} needs a number`);
  }
  return { ...args, _: args._.map(String) };
}

async function main(argv: string[], io: CliIO): Promise<number> {
  const args = parseArgs(argv);
  if (args.help) { io.stdout(await helpText() + '\n'); return EXIT.OK; }
  if (args.version) { io.stdout(`${packageVersion()}\n`); return EXIT.OK; }
  const [command, ...rest] = args._;
  if (command === 'rules') return listRules(io);
  if (command === 'explain') return explain(rest[0] ?? '', io, args.lang);
  const config: LintFilesOptions['config'] = args.config ? resolve(io.cwd, String(args.config)) : args['config-lookup'] === false ? false : 'search';
  if (args.config && !existsSync(String(config))) throw new UsageError(`configuration file ${args.config} does not exist`);
  if (command === 'lexicon') {
    if (rest[0] !== 'search') throw new UsageError('usage: tenderlint lexicon search <word>');
    return lexiconSearch(rest.slice(1).join(' '), io, config);
  }
  const positional = args._;
  if (!positional.length && !args.stdin) throw new UsageError('no input files; try "tenderlint --help"');
  if (args.stdin && positional.length) throw new UsageError('--stdin takes no file arguments');
  if ((args.fix || args['fix-dry-run']) && args.stdin) throw new UsageError('--fix needs files, not --stdin');
  if (args.suggest && args.annotate === undefined) throw new UsageError('--suggest works with --annotate OUT.docx');
  if (args.annotate !== undefined) {
    if (args.stdin || positional.length !== 1) throw new UsageError('--annotate takes exactly one .docx file and one output path');
    if (!/\.docx$/i.test(positional[0]!)) throw new UsageError(`--annotate works on Word .docx files; ${positional[0]} is not one`);
    if (!/\.docx$/i.test(String(args.annotate))) throw new UsageError('--annotate needs an output path ending in .docx');
  }
  let lang: Lang | undefined;
  if (args.lang !== undefined) {
    if (!isLang(String(args.lang))) throw new UsageError(`unknown language "${args.lang}" (use da, en, sv, no, de, fr or nl)`);
    lang = String(args.lang) as Lang;
  }

  const options: LintFilesOptions = { lang, config };
  if (args.watch) return watchFiles(await expandGlobs(positional, io.cwd), options, { ...io, format: String(args.format) });

  const results = args.stdin
    ? [await lintStdin(io, args, options)]
    : await lintFiles(await expandGlobs(positional, io.cwd), { ...options, onFile: progress(io) });
  // A file that could not be written is reported on its own line (exit 2); the findings stay in the report.
  let unwritten = args.fix || args['fix-dry-run'] ? await runFixes(results, Boolean(args['fix-dry-run']), io) : 0;
  if (args.annotate !== undefined && results[0] && !results[0].error) {
    const { annotateDocx } = await import('./annotate/index.js');
    const output = resolve(io.cwd, String(args.annotate));
    try {
      const { comments, changes } = await annotateDocx({ input: results[0].filePath, output, findings: results[0].findings, author: String(args.author), initials: String(args.initials), lang: results[0].lang, suggest: Boolean(args.suggest) });
      io.stderr(`tenderlint: wrote ${output} with ${comments} comment${comments === 1 ? '' : 's'}${args.suggest ? ` and ${changes ?? 0} tracked change${changes === 1 ? '' : 's'}` : ''}\n`);
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      io.stderr(`tenderlint: ${e.filePath}: ${e.reason}\n`);
      unwritten++;
    }
  }
  if (args.quiet) for (const r of results) r.findings = r.findings.filter((f) => f.severity === 2);
  for (const r of results) if (r.error) io.stderr(`tenderlint: ${r.filePath}: ${r.error}\n`);

  const formatter = FORMATTERS[String(args.format)]!;
  const color = typeof args.color === 'boolean' ? args.color : io.isTTY && !args['output-file'] && !io.env.NO_COLOR;
  // The HTML record states the gate and the configuration of each file.
  const configOf = (p: string): string | undefined => { try { return options.config ? optionsFor(p, options).source : undefined; } catch { return undefined; } };
  const report = formatter(results, {
    color, cwd: io.cwd, reportSuppressed: Boolean(args['report-suppressed']),
    gate: () => gateFrom(results, args, options, argv), configOf, reviewer: args.reviewer === undefined ? undefined : String(args.reviewer),
  });
  if (args['output-file']) {
    // Never over a specification of this run (by any name, or the file standard input comes from).
    const inputs = args.stdin ? [{ fd: 0 }] : results.map((r) => r.filePath);
    try {
      await writeOutput(resolve(io.cwd, String(args['output-file'])), report, { inputs, what: 'the report' });
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      io.stderr(`tenderlint: ${e.filePath}: ${e.reason}\n`);
      unwritten++;
    }
  } else io.stdout(report);
  const gate = gateFrom(results, args, options, argv);
  return unwritten ? EXIT.USAGE : exitCode(results, gate.failOn, gate.maxWarnings);
}

/** Command-line flags win; otherwise the strictest configuration among the files decides. */
function gateFrom(results: FileResult[], args: Record<string, unknown>, options: LintFilesOptions, argv: string[]): { failOn: string; maxWarnings?: number } {
  const explicit = (flag: string): boolean => argv.some((a) => a === `--${flag}` || a.startsWith(`--${flag}=`));
  let failOn = String(args['fail-on']);
  let maxWarnings = args['max-warnings'] as number | undefined;
  if (options.config) {
    for (const r of results) {
      if (r.error) continue;
      try {
        const c = optionsFor(r.filePath, options);
        if (!explicit('fail-on') && c.failOn === 'warning') failOn = 'warning';
        if (maxWarnings === undefined && c.maxWarnings !== undefined) maxWarnings = c.maxWarnings;
        else if (!explicit('max-warnings') && c.maxWarnings !== undefined) maxWarnings = Math.min(maxWarnings ?? Infinity, c.maxWarnings);
      } catch {
        // a broken configuration was already reported for that file
      }
    }
  }
  return { failOn, maxWarnings };
}

/** Applies --fix (or prints --fix-dry-run's diff); returns how many files could not be written. */
async function runFixes(results: FileResult[], dryRun: boolean, io: CliIO): Promise<number> {
  let unwritten = 0;
  for (const r of results) {
    if (r.error) continue;
    if (r.doc?.format !== 'markdown') { if (r.findings.length) io.stderr(`tenderlint: ${r.filePath}: --fix rewrites Markdown only; for Word use --annotate to get comments\n`); continue; }
    if (!r.findings.some((f) => f.fix)) continue;
    try {
      const { applied, diff } = await fixFile(r.filePath, r.findings, dryRun);
      if (dryRun) io.stdout(diff);
      else if (applied) {
        io.stderr(`tenderlint: ${r.filePath}: ${applied} fix${applied === 1 ? '' : 'es'} applied\n`);
        // Report what is left after fixing, so the exit code reflects the file as it now is.
        const again = await lintFiles([r.filePath], { config: 'search' });
        Object.assign(r, again[0]);
      }
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      // Not written (read-only, immutable, disk full …): say so and keep reporting the file's findings.
      io.stderr(`tenderlint: ${e.filePath}: ${e.reason}\n`);
      unwritten++;
    }
  }
  return unwritten;
}

function progress(io: CliIO): LintFilesOptions['onFile'] {
  if (!io.stderrIsTTY) return undefined;
  return (r, i, total) => {
    if (total < 5) return;
    io.stderr(`\r${i}/${total} ${basename(r.filePath).slice(0, 50).padEnd(50)}${i === total ? '\n' : ''}`);
  };
}

/**
 * --stdin: standard input, read up to the limit of the format its name gives (Markdown 10 MB, Word 200 MB) and no
 * further, so an endless pipe or /dev/zero ends with one line instead of exhausting memory; then linted.
 */
async function lintStdin(io: CliIO, args: Record<string, unknown>, options: LintFilesOptions): Promise<FileResult> {
  const filePath = resolve(io.cwd, String(args['stdin-filename'] ?? 'stdin.md'));
  const docx = DOCX_EXTENSIONS.includes(extname(filePath).toLowerCase());
  const [maxBytes, what] = docx ? [MAX_INPUT_BYTES, 'files'] : [MAX_MARKDOWN_BYTES, 'Markdown'];
  try {
    const buf = io.readStdin ? await io.readStdin() : await readStreamCapped(process.stdin, { maxBytes, what, name: filePath });
    if (buf.length > maxBytes) throw new ReadError(filePath, tooLargeReason(maxBytes, what, buf.length));
    return await lintText(buf, { ...options, filePath });
  } catch (e) {
    if (e instanceof ReadError) return { filePath, lang: 'en', findings: [], suppressed: [], error: e.reason };
    throw e;
  }
}

function packageVersion(): string {
  try {
    return (JSON.parse(readFileSync(join(PKG_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

export function exitCode(results: FileResult[], failOn: string, maxWarnings?: number): number {
  if (results.some((r) => r.error)) return EXIT.USAGE;
  const errors = results.reduce((a, r) => a + r.findings.filter((f) => f.severity === 2).length, 0);
  const warnings = results.reduce((a, r) => a + r.findings.filter((f) => f.severity === 1).length, 0);
  if (errors) return EXIT.FINDINGS;
  if (failOn === 'warning' && warnings) return EXIT.FINDINGS;
  if (maxWarnings !== undefined && warnings > maxWarnings) return EXIT.FINDINGS;
  return EXIT.OK;
}

function listRules(io: CliIO): number {
  const sev = ['advisory', 'warning', 'error'];
  const w = Math.max(...CHECKERS.map((c) => c.id.length));
  for (const c of CHECKERS) io.stdout(`${c.id.padEnd(w)}  ${sev[c.meta.defaultSeverity]!.padEnd(8)}  ${c.meta.fixable ? 'fix' : '   '}  ${c.meta.description}\n`);
  return EXIT.OK;
}

function explain(rule: string, io: CliIO, lang?: unknown): number {
  const c = checkerById(rule);
  if (!c) throw new UsageError(`unknown rule "${rule}"; "tenderlint rules" lists them`);
  // In the reader's language (--lang, else the locale); the full English page otherwise.
  const local = explainIn(rule, lang === undefined ? undefined : String(lang), io.env);
  if (local.error) throw new UsageError(local.error);
  if (local.text) { io.stdout(local.text); return EXIT.OK; }
  try {
    io.stdout(readFileSync(new URL(docsUrl(c.id)), 'utf8'));
  } catch {
    io.stdout(`${c.id}: ${c.meta.description}\n`);
  }
  return EXIT.OK;
}

/**
 * What the lexicon knows about a word, as the configuration in effect sees it (the one found upward from the
 * current folder, or --config): the user's own entries are searched too, and disabled entries, allowed terms and
 * mandated systems say so.
 */
function lexiconSearch(word: string, io: CliIO, config: LintFilesOptions['config']): number {
  if (!word) throw new UsageError('lexicon search needs a word');
  const q = word.toLowerCase();
  // The configuration a specification in the current folder would get (the file name is only for the lookup).
  const cfg = config ? optionsFor(join(io.cwd, 'lexicon-search.md'), { config }) : {};
  const disabled = new Set(cfg.disableEntries ?? []);
  // Disabled entries and allowed terms stay in, to be explained rather than silently missing.
  const lex = loadLexicon({ lexicon: cfg.lexicon, mandated: cfg.mandated });
  const hits = lex.entries.filter((e) => e.id.includes(q) || [...e.terms, ...(e.ambiguousTerms ?? [])].some((t) => t.toLowerCase().includes(q)) || (e.vendor ?? '').toLowerCase().includes(q));
  if (cfg.source) io.stdout(`configuration: ${cfg.source}\n`);
  if (!hits.length) { io.stdout(`No lexicon entry matches "${word}".\n`); return EXIT.FINDINGS; }
  for (const e of hits.slice(0, 50)) {
    const terms = [...e.terms, ...(e.ambiguousTerms ?? [])].map((t) => t.toLowerCase());
    const allowed = (cfg.allow ?? []).filter((a) => terms.includes(a.term.toLowerCase()));
    io.stdout(`${e.id}  (${e.category}, ${e.kind}${e.vendor ? `, ${e.vendor}` : ''})  ${e.source}\n`);
    io.stdout(`  terms: ${e.terms.join(', ')}\n`);
    if (e.ambiguousTerms?.length) io.stdout(`  ambiguous: ${e.ambiguousTerms.join(', ')} — counted only with a cue: ${(e.cues ?? []).join(', ') || '(vendor name)'}\n`);
    const why = disabled.has(e.id) ? `never flagged: disabled by the configuration (disableEntries)`
      : e.kind === 'national-infrastructure' || e.mandatedBy ? `never flagged: ${e.mandatedBy ?? 'mandated national infrastructure'}`
      : e.open ? 'never flagged: open format, protocol or standard'
      : e.kind === 'language' ? 'never flagged: programming language'
      : 'flagged when required without "or equivalent", unless background, an example, negated or the buyer\'s existing installation';
    io.stdout(`  ${why}\n`);
    for (const a of allowed) io.stdout(`  allowed by the configuration: "${a.term}" (${a.reason})\n`);
    for (const [lang, text] of Object.entries(e.neutral)) io.stdout(`  neutral (${lang}): ${text}\n`);
  }
  return EXIT.OK;
}
