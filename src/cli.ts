// The command line: yargs → options → the programmatic API → a formatter → stdout. No linting logic here.
import yargsParser from 'yargs-parser';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  lintStream, optionsFor, userError, lintInput, expandGlobs, openReport, FORMATTERS, FormatterError, LexiconError, InputError,
  watchFiles, fixResult, annotateDocx, searchLexicon, formatLexiconSearch, rulesList, explainRule, explainIn, packageVersion,
  gateFor, exitCode, outcomeOf, EXIT, isLang, languages, cacheFile, parseShard, Progress, writeOutput, guardErrors, guardOutput, guardDescriptor, isTerminal, importModule,
  type BatchOptions, type LintFilesOptions, type FileResult, type Lang, type Shard, type Gate, type Outcome,
} from './index.js';

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

/**
 * The real process's streams and environment, for the executables (dist/bin.js, dist/tenderlint.cjs). Standard error
 * is opened on its first write, and on POSIX systems the report is written to descriptor 1 directly: a run that
 * only prints its report never loads Node's stream modules (a few milliseconds of every start).
 */
export function processIO(): CliIO {
  let err: ((s: string) => void) | undefined;
  const stderr = (s: string): void => (err ??= guardErrors(process.stderr))(s);
  const direct = process.platform !== 'win32';
  const stdout = direct ? guardDescriptor(1, stderr) : guardOutput(process.stdout, stderr);
  return {
    stdout: stdout.write,
    stderr,
    stdoutClosed: stdout.closed,
    finish: stdout.finish,
    cwd: process.cwd(),
    isTTY: direct ? isTerminal(1) : Boolean(process.stdout.isTTY),
    stderrIsTTY: direct ? isTerminal(2) : Boolean(process.stderr.isTTY),
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
    if (e instanceof UsageError || e instanceof LexiconError || e instanceof FormatterError) { io.stderr(`tenderlint: ${e.message}\n`); return EXIT.USAGE; }
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
  format: { alias: 'f', type: 'string', default: 'stylish', describe: `Report format: ${Object.keys(FORMATTERS).join(', ')}, or an ESLint formatter (junit for eslint-formatter-junit, or a path)` },
  'output-file': { alias: 'o', type: 'string', describe: 'Write the report to a file instead of stdout' },
  lang: { type: 'string', describe: 'Document language (a code with a phrase file: da, en, sv, no, de, fr, nl, fi …); detected when omitted' },
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
  concurrency: { type: 'string', default: 'off', describe: 'Worker threads: a number, auto (the available cores; none for a small batch) or off' },
  cache: { type: 'boolean', default: false, describe: 'Only lint files that changed since the last run with --cache' },
  'cache-location': { type: 'string', describe: 'Path to the cache file or folder (default: .tenderlintcache in the current folder)' },
  shard: { type: 'string', describe: 'Lint one share of the files, e.g. 2/4 (for splitting a batch over several machines)' },
  progress: { type: 'boolean', describe: 'Show progress on stderr (default: on a terminal only; --no-progress to hide)' },
  help: { alias: 'h', type: 'boolean', describe: 'Show help' },
  version: { alias: 'v', type: 'boolean', describe: 'Show the version' },
} as const satisfies Record<string, { alias?: string; type: 'string' | 'number' | 'boolean'; choices?: readonly string[]; default?: unknown; describe: string }>;

const USAGE = '$0 [options] <file.docx|file.md|dir>...\n\nFinds requirements in tender specifications that lock the buyer into one vendor.';

/** The code-cached executable (src/launch.ts) passes its own `import()` in through this (src/dynamic-import.ts). */
export { setModuleImporter } from './index.js';

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
    const known = languages();
    if (!isLang(String(args.lang)) || !known.includes(String(args.lang))) throw new UsageError(`unknown language "${args.lang}" (use ${known.join(', ')})`);
    lang = String(args.lang) as Lang;
  }

  const options: LintFilesOptions = { lang, config };
  if (args.watch) return watchFiles(await expandGlobs(positional, io.cwd), options, { ...io, format: String(args.format) });

  const batch = batchOptions(args, io);
  const fixing = Boolean(args.fix || args['fix-dry-run']);
  const color = typeof args.color === 'boolean' ? args.color : io.isTTY && !args['output-file'] && !io.env.NO_COLOR;
  // The report streams: each file's part is written as soon as it and the files before it (in path order) are done.
  // The HTML record states the gate and the configuration of each file; `outcomes` is complete when it is rendered.
  const configOf = (p: string): string | undefined => { try { return options.config ? optionsFor(p, options).source : undefined; } catch { return undefined; } };
  const report = await openReport(String(args.format), {
    color, cwd: io.cwd, reportSuppressed: Boolean(args['report-suppressed']),
    gate: () => gateFrom(outcomes, args, options, argv), configOf, reviewer: args.reviewer === undefined ? undefined : String(args.reviewer),
  });
  const toFile = args['output-file'] !== undefined;
  const prog = progressFor(io, args);
  let buffered = ''; // the report, when it goes to a file: written whole at the end, never half
  const out = (s: string): void => {
    if (!s) return;
    if (toFile) { buffered += s; return; }
    // The progress line shares the terminal with the report only when stdout is a terminal too.
    if (io.isTTY) prog?.clear();
    io.stdout(s);
    if (io.isTTY) prog?.redraw();
  };
  const err = (s: string): void => { prog?.clear(); io.stderr(s); prog?.redraw(); };
  const outcomes: Outcome[] = [];
  // A file that could not be written is reported on its own line (exit 2); the findings stay in the report.
  let unwritten = 0;
  const each = async (r: FileResult): Promise<void> => {
    if (fixing) unwritten += await runFixes([r], Boolean(args['fix-dry-run']), { ...io, stdout: out, stderr: err });
    if (args.annotate !== undefined && !outcomes.length && !r.error) {
      const output = resolve(io.cwd, String(args.annotate));
      try {
        const { comments, changes } = await annotateDocx({ input: r.filePath, output, findings: r.findings, author: String(args.author), initials: String(args.initials), lang: r.lang, suggest: Boolean(args.suggest) });
        err(`tenderlint: wrote ${output} with ${comments} comment${comments === 1 ? '' : 's'}${args.suggest ? ` and ${changes ?? 0} tracked change${changes === 1 ? '' : 's'}` : ''}\n`);
      } catch (e) {
        if (!(e instanceof InputError)) throw e;
        err(`tenderlint: ${e.filePath}: ${e.reason}\n`);
        unwritten++;
      }
    }
    if (args.quiet) r.findings = r.findings.filter((f) => f.severity === 2);
    if (r.error) err(`tenderlint: ${r.filePath}: ${r.error}\n`);
    out(report.file(r));
    // Only counts stay: the document and the findings are gone once this file's part is written.
    outcomes.push(outcomeOf(r));
    prog?.file(r.findings.length);
  };
  out(report.begin());
  if (args.stdin) await each(await lintInput({ filePath: resolve(io.cwd, String(args['stdin-filename'] ?? 'stdin.md')), read: io.readStdin }, options));
  else {
    const stream = lintStream(await expandGlobs(positional, io.cwd), {
      ...options, ...batch, cwd: io.cwd, keepDoc: fixing || report.collects,
      onStart: (n) => prog?.start(n), onWarning: (m) => err(`tenderlint: ${m}\n`),
    });
    for await (const r of stream) await each(r);
  }
  prog?.end();
  out(await report.end());
  if (toFile) {
    // Never over a specification of this run (by any name, or the file standard input comes from).
    const inputs = args.stdin ? [{ fd: 0 }] : outcomes.map((r) => r.filePath);
    try {
      await writeOutput(resolve(io.cwd, String(args['output-file'])), buffered, { inputs, protect: readByRun(args.stdin ? [resolve(io.cwd, String(args['stdin-filename'] ?? 'stdin.md'))] : outcomes.map((r) => r.filePath), options, batch), what: 'the report' });
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      io.stderr(`tenderlint: ${e.filePath}: ${e.reason}\n`);
      unwritten++;
    }
  }
  const gate = gateFrom(outcomes, args, options, argv);
  return unwritten ? EXIT.USAGE : exitCode(outcomes, gate);
}

/** The files besides the specifications that the run read and the report must not replace. */
function readByRun(files: string[], options: LintFilesOptions, batch: { cache?: string | false }): Array<{ path: string; what: string }> {
  const out: Array<{ path: string; what: string }> = [];
  const seen = new Set<string>();
  const add = (path: string, what: string): void => { if (!seen.has(path)) { seen.add(path); out.push({ path, what }); } };
  if (typeof options.config === 'string') add(options.config, 'the configuration file');
  for (const f of files) {
    let cfg: ReturnType<typeof optionsFor>;
    try { cfg = optionsFor(f, options); } catch { continue; } // a broken configuration was reported with its file
    if (cfg.source) add(cfg.source, 'the configuration file');
    for (const l of cfg.lexicon ?? []) add(l, 'the lexicon');
  }
  for (const l of options.lexicon ?? []) add(l, 'the lexicon');
  if (batch.cache) add(batch.cache, 'the cache file');
  return out;
}

/** --concurrency, --cache, --cache-location and --shard as batch options. */
function batchOptions(args: Record<string, unknown>, io: CliIO): Pick<BatchOptions, 'concurrency' | 'cache' | 'shard'> {
  const c = String(args.concurrency ?? 'off');
  if (c !== 'off' && c !== 'auto' && !/^[1-9]\d*$/.test(c)) throw new UsageError(`invalid value "${c}" for --concurrency (a number of threads, auto or off)`);
  let shard: Shard | undefined;
  if (args.shard !== undefined) {
    if (args.stdin) throw new UsageError('--shard splits a list of files; it does not apply to --stdin');
    const s = parseShard(String(args.shard));
    if (typeof s === 'string') throw new UsageError(s);
    shard = s;
  }
  return {
    concurrency: c === 'off' || c === 'auto' ? c : Number(c),
    cache: args.cache ? cacheFile(args['cache-location'] as string | undefined, io.cwd) : false,
    shard,
  };
}

/** A progress line on stderr: on a terminal for batches of five files or more, elsewhere only with --progress. */
function progressFor(io: CliIO, args: Record<string, unknown>): Progress | undefined {
  if (args.progress === false || args.stdin) return undefined;
  if (args.progress !== true && !io.stderrIsTTY) return undefined;
  // On a terminal unasked: not for a handful of files, where it would only flicker.
  return new Progress({ write: io.stderr, tty: Boolean(io.stderrIsTTY), minFiles: args.progress === true ? 0 : 5 });
}

/** Command-line flags win; otherwise the strictest configuration among the files decides (the API's gateFor). */
function gateFrom(results: Outcome[], args: Record<string, unknown>, options: LintFilesOptions, argv: string[]): Gate {
  const explicit = (flag: string): boolean => argv.some((a) => a === `--${flag}` || a.startsWith(`--${flag}=`));
  const given = { failOn: args['fail-on'] as Gate['failOn'], maxWarnings: args['max-warnings'] as number | undefined };
  return gateFor(results, { ...given, explicit: { failOn: explicit('fail-on'), maxWarnings: explicit('max-warnings') } }, options);
}

/** Applies --fix (or prints --fix-dry-run's diff) through the API; returns how many files could not be written. */
async function runFixes(results: FileResult[], dryRun: boolean, io: CliIO): Promise<number> {
  let unwritten = 0;
  for (const r of results) {
    try {
      const f = await fixResult(r, { dryRun });
      if (f.status === 'not-markdown' && r.findings.length) io.stderr(`tenderlint: ${r.filePath}: --fix rewrites Markdown only; for Word use --annotate to get comments\n`);
      else if (f.status === 'dry-run') io.stdout(f.diff);
      else if (f.status === 'fixed') io.stderr(`tenderlint: ${r.filePath}: ${f.applied} fix${f.applied === 1 ? '' : 'es'} applied\n`);
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      // Not written (read-only, immutable, disk full …): say so and keep reporting the file's findings.
      io.stderr(`tenderlint: ${e.filePath}: ${e.reason}\n`);
      unwritten++;
    }
  }
  return unwritten;
}

function listRules(io: CliIO): number {
  io.stdout(rulesList());
  return EXIT.OK;
}

function explain(rule: string, io: CliIO, lang?: unknown): number {
  const page = explainRule(rule);
  if (page === undefined) throw new UsageError(`unknown rule "${rule}"; "tenderlint rules" lists them`);
  // In the reader's language (--lang, else the locale); the full English page otherwise.
  const local = explainIn(rule, lang === undefined ? undefined : String(lang), io.env);
  if (local.error) throw new UsageError(local.error);
  io.stdout(local.text ?? page);
  return EXIT.OK;
}

/** `lexicon search <word>`, for the configuration in effect in the current folder (or --config). */
function lexiconSearch(word: string, io: CliIO, config: LintFilesOptions['config']): number {
  if (!word) throw new UsageError('lexicon search needs a word');
  const found = searchLexicon(word, { cwd: io.cwd, config });
  io.stdout(formatLexiconSearch(found));
  return found.hits.length ? EXIT.OK : EXIT.FINDINGS;
}
