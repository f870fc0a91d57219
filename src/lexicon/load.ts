// Loads and validates lexicon YAML files; every problem names the file and line.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, basename, dirname, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PKG_ROOT } from '../paths.js';
import { readRegularFile, ReadError, MAX_LEXICON_BYTES } from '../fs/read.js';
import { lazyRequire as require } from '../lazy-require.js';
import type { Document, LineCounter as LineCounterType } from 'yaml';
import type { LexiconEntry, PhraseSet, PhraseList } from './types.js';
import { PHRASE_LISTS } from './types.js';
import type { Lang } from '../model/document.js';
import { isLang } from '../text/language.js';
import type { RE2JS } from 're2js';
import { fuzzyTables, usePrebuiltTables, type FuzzyTables } from './fuzzy.js';
import { markBuiltinPhrases, readBuiltText } from '../text/phrase-index.js';
import { termIndex, usePrebuiltTermIndex, type TermIndex } from './term-index.js';

/** The lexicon directory shipped with the package. */
export const BUILTIN_LEXICON_DIR = join(PKG_ROOT, 'lexicon');

export class LexiconError extends Error {
  constructor(message: string, readonly file: string, readonly line?: number) {
    super(line ? `${file}:${line}: ${message}` : `${file}: ${message}`);
  }
}

type Validator = ((data: unknown) => boolean) & { errors?: Array<{ instancePath: string; message?: string }> | null };
let validator: Validator | undefined;
/** yaml and ajv load only when YAML must be read: the compiled lexicon spares the CLI's start-up both. */
const yaml = (): typeof import('yaml') => require('yaml') as typeof import('yaml');
function validate(data: unknown, file: string): void {
  if (!validator) {
    const schema = JSON.parse(readFileSync(join(BUILTIN_LEXICON_DIR, 'schema.json'), 'utf8'));
    const { Ajv } = require('ajv') as typeof import('ajv');
    validator = new Ajv({ allErrors: true, strict: false }).compile(schema) as unknown as Validator;
  }
  if (!validator!(data)) {
    const e = validator!.errors?.[0];
    throw new LexiconError(`does not match the lexicon schema: ${e?.instancePath || '/'} ${e?.message ?? ''}`.trim(), file);
  }
}

/** Parses one lexicon file (YAML, or JSON when its name ends in .json) into entries, validated against the schema. */
export function parseLexiconFile(text: string, file: string): LexiconEntry[] {
  return /\.json$/i.test(file) ? parseJsonLexicon(text, file) : parseYamlLexicon(text, file);
}

type RawLexicon = { category?: string; entries?: unknown[] };

/** Schema-checks parsed data; a failing entry is located with `lineOfEntry`. */
function validated(data: unknown, file: string, lineOfEntry: (i: number) => number | undefined): RawLexicon {
  if (!data || typeof data !== 'object') throw new LexiconError('empty lexicon file', file);
  try {
    validate(data, file);
  } catch (err) {
    // Point at the entry that failed, if the schema error names one.
    const m = /\/entries\/(\d+)/.exec((err as Error).message);
    const line = m ? lineOfEntry(Number(m[1])) : undefined;
    if (line) throw new LexiconError((err as Error).message.replace(/^[^:]*: /, ''), file, line);
    throw err;
  }
  return data as RawLexicon;
}

function withSource(data: RawLexicon, file: string, lineOfEntry: (i: number) => number | undefined): LexiconEntry[] {
  return (data.entries as Array<Omit<LexiconEntry, 'category' | 'source'>>).map((e, i) => (
    { ...e, category: data.category!, source: `${basename(file)}:${lineOfEntry(i) ?? 0}` }));
}

function parseYamlLexicon(text: string, file: string): LexiconEntry[] {
  const { parseDocument, LineCounter, isSeq } = yaml();
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, uniqueKeys: true });
  if (doc.errors.length) {
    const e = doc.errors[0]!;
    throw new LexiconError(`invalid YAML: ${e.message.split('\n')[0]}`, file, e.linePos?.[0]?.line);
  }
  const seq = doc.get('entries');
  const lineOfEntry = (i: number): number | undefined => {
    const node = isSeq(seq) ? (seq.items[i] as { range?: [number, number, number] } | undefined) : undefined;
    return node?.range ? lc.linePos(node.range[0]).line : undefined;
  };
  const data = validated(doc.toJS({ maxAliasCount: 50 }), file, lineOfEntry);
  return withSource(data, file, lineOfEntry);
}

/**
 * JSON lexicon files: the same schema, loaded about ten times faster than YAML (for large generated lexicons).
 * An entry's line is that of the object that opens it, found by one scan of the text.
 */
function parseJsonLexicon(text: string, file: string): LexiconEntry[] {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    const msg = String((e as Error).message);
    const pos = /position (\d+)/.exec(msg);
    const line = pos ? lineAt(text, Number(pos[1])) : undefined;
    const reason = msg.replace(/ in JSON at position \d+[^]*$/, '').replace(/, "[^]*" is not valid JSON$/, '').split('\n')[0];
    throw new LexiconError(`invalid JSON: ${reason}`, file, line);
  }
  let starts: number[] | undefined;
  const lineOfEntry = (i: number): number | undefined => (starts ??= jsonEntryLines(text))[i];
  return withSource(validated(data, file, lineOfEntry), file, lineOfEntry);
}

/** 1-based line of a character offset. */
function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** Lines on which the objects of the top-level "entries" array open (a scan that skips strings). */
function jsonEntryLines(text: string): number[] {
  const out: number[] = [];
  let depth = 0, line = 1, inEntries = false, entriesDepth = -1, lastKey = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) line++;
    else if (c === 34) { // a string: skip it, remembering it as a possible key
      let j = i + 1;
      while (j < text.length && text.charCodeAt(j) !== 34) j += text.charCodeAt(j) === 92 ? 2 : 1;
      lastKey = text.slice(i + 1, j);
      i = j;
    } else if (c === 123 || c === 91) { // { [
      depth++;
      if (c === 91 && depth === 2 && lastKey === 'entries') { inEntries = true; entriesDepth = depth; }
      else if (c === 123 && inEntries && depth === entriesDepth + 1) out.push(line);
    } else if (c === 125 || c === 93) { // } ]
      if (c === 93 && inEntries && depth === entriesDepth) inEntries = false;
      depth--;
    }
  }
  return out;
}

/**
 * Lists the lexicon files of a directory (.yaml, .yml and .json, sorted; a copy of the schema, schema.json, is
 * not an entry file) or returns the file itself.
 */
export function lexiconFiles(path: string): string[] {
  let dir: boolean;
  try {
    dir = statSync(path).isDirectory();
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new LexiconError(code === 'ENOENT' ? 'does not exist' : `cannot be read (${code ?? 'error'})`, path);
  }
  if (dir) {
    return readdirSync(path).filter((n) => /\.(ya?ml|json)$/i.test(n) && n !== 'schema.json').sort().map((n) => join(path, n));
  }
  return [path];
}

/** Loads lexicon files and checks ids and terms for uniqueness across them (and against `existing` entries). */
export function loadEntries(paths: string[], existing: LexiconEntry[] = []): LexiconEntry[] {
  const all: LexiconEntry[] = [];
  const ids = new Map<string, string>(existing.map((e) => [e.id, e.source]));
  const terms = new Map<string, string>();
  for (const e of existing) for (const t of [...e.terms, ...(e.ambiguousTerms ?? [])]) terms.set(t.toLowerCase().replace(/\s+/g, ' ').trim(), e.id);
  for (const file of paths.flatMap(lexiconFiles)) {
    let text: string;
    try {
      // Regular files of at most 20 MB: a FIFO or a link to /dev/zero would hang or exhaust memory.
      text = readRegularFile(file, { maxBytes: MAX_LEXICON_BYTES, what: 'lexicon files' }).toString('utf8');
    } catch (e) {
      if (e instanceof ReadError) throw new LexiconError(e.reason, file);
      throw e;
    }
    for (const entry of parseLexiconFile(text, file)) {
      const [, line] = entry.source.split(':');
      if (ids.has(entry.id)) throw new LexiconError(`duplicate id "${entry.id}" (first defined at ${ids.get(entry.id)})`, file, Number(line));
      ids.set(entry.id, entry.source);
      for (const t of [...entry.terms, ...(entry.ambiguousTerms ?? [])]) {
        const key = t.toLowerCase().replace(/\s+/g, ' ').trim();
        const prev = terms.get(key);
        if (prev && prev !== entry.id) throw new LexiconError(`term "${t}" of "${entry.id}" is already a term of "${prev}"`, file, Number(line));
        terms.set(key, entry.id);
      }
      if (entry.regex) checkSafeRegex(entry.regex, file, Number(line), entry.id);
      all.push(entry);
    }
  }
  return all;
}

/**
 * Checks a lexicon regex before use. Matching runs on RE2 (re2js, see compileUserRegex), whose time is linear in the
 * text whatever the pattern, so `((a)+)+b` or `(a|a)*b` cannot hang a run. Back-references and look-around, which
 * RE2 cannot run, and nested quantifiers such as (a+)+, which read as a mistake, are refused with a reason.
 */
export function checkSafeRegex(pattern: string, file: string, line?: number, id?: string): void {
  const who = id ? `entry "${id}": ` : '';
  const bad = /\\[1-9]|\(\?[=!<]|\\k<|(\([^()]*[+*}][^()]*\)|\[[^\]]*\][+*])[+*{]/.test(pattern);
  if (bad) throw new LexiconError(`${who}regex "${pattern}" is not allowed: no back-references, look-around or nested quantifiers`, file, line);
  try {
    new RegExp(pattern, 'u');
  } catch (e) {
    throw new LexiconError(`${who}invalid regex "${pattern}": ${(e as Error).message}`, file, line);
  }
  try {
    compileUserRegex(pattern);
  } catch (e) {
    const why = String((e as Error).message).replace(/^error parsing regexp: /, '');
    throw new LexiconError(`${who}regex "${pattern}" is not supported by the linear-time regex engine (${why})`, file, line);
  }
}

/**
 * Compiles a lexicon regex for RE2 (re2js): JavaScript's \uXXXX and \u{X} escapes become RE2's \x{X}; everything
 * else is RE2 syntax, which for the patterns a lexicon needs is the same as JavaScript's.
 */
export function compileUserRegex(pattern: string): RE2JS {
  let out = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c !== '\\') { out += c; continue; }
    const rest = pattern.slice(i + 1);
    const u = /^u(?:([0-9a-fA-F]{4})|\{([0-9a-fA-F]{1,6})\})/.exec(rest);
    if (u) { out += `\\x{${u[1] ?? u[2]}}`; i += u[0].length; continue; }
    out += c + (pattern[i + 1] ?? '');
    i++;
  }
  return (require('re2js') as typeof import('re2js')).RE2JS.compile(out);
}

/** "name:size:mtime" of each file: tells whether what was loaded from them is still current. */
function fileStamps(files: string[], name: (file: string) => string): string {
  return files.map((f) => { const st = statSync(f); return `${name(f)}:${st.size}:${Math.floor(st.mtimeMs)}`; }).join('|');
}

/** The built-in lexicon's source files, in a fixed order. */
const builtinFiles = (): string[] => [...lexiconFiles(BUILTIN_LEXICON_DIR), ...lexiconFiles(join(BUILTIN_LEXICON_DIR, 'phrases')), join(BUILTIN_LEXICON_DIR, 'schema.json')];

/** Sizes and modification times of the built-in lexicon files: tells whether dist/lexicon.json is current. */
export function lexiconStamp(): string {
  return fileStamps(builtinFiles(), basename);
}

/**
 * A SHA-1 of the built-in lexicon files' names and contents: the second check of dist/lexicon.json when the times
 * differ (a copied folder, or a package installed from the registry, whose files all carry npm's fixed date).
 */
export function lexiconContentHash(): string {
  const { createHash } = require('node:crypto') as typeof import('node:crypto');
  const h = createHash('sha1');
  for (const f of builtinFiles()) h.update(`${basename(f)}\0`).update(readFileSync(f)).update('\0');
  return h.digest('hex');
}

/**
 * The files that extra lexicon paths stand for, with their sizes and modification times: a long-running process
 * (--watch, an editor integration) reloads a lexicon when one of these changes. Unreadable paths stamp as such;
 * loading them then reports the problem.
 */
export function extraLexiconStamp(paths: string[]): string {
  return paths.map((p) => {
    try {
      return fileStamps(lexiconFiles(p), (f) => f);
    } catch {
      return `${p}:unreadable`;
    }
  }).join('|');
}

/** The compiled built-in lexicon, written by scripts/build-lexicon.mjs (see CompiledLexicon). */
export const COMPILED_LEXICON = join(PKG_ROOT, 'dist', 'lexicon.json');

/**
 * dist/lexicon.json: the built-in lexicon validated at build time, with the index that start-up would otherwise
 * build from it: the near-miss tables (FuzzyTables) and the matcher's term index. `stamp` records the sources it
 * was made from.
 */
export interface CompiledLexicon {
  stamp: string;
  /** lexiconContentHash() of the sources, for when their times changed but not their contents. */
  contentHash?: string;
  entries: LexiconEntry[];
  phrases: PhraseSet[];
  fuzzy: FuzzyTables;
  /** The matcher's terms by first token (see matcher.ts, TermIndex). */
  terms?: TermIndex;
}

/**
 * The compiled form of validated entries and phrase lists (what scripts/build-lexicon.mjs writes). The entries' test
 * examples are left out: only the tests read them, and 1,500 empty pairs of lists were 4,500 objects to parse.
 */
export function compileLexicon(entries: LexiconEntry[], phrases: PhraseSet[], stamp: string, contentHash?: string): CompiledLexicon {
  return { stamp, contentHash, entries: entries.map(({ examples, ...e }) => e as LexiconEntry), phrases, fuzzy: fuzzyTables(entries), terms: termIndex(entries) };
}

/** The examples of a compiled entry: none (see compileLexicon); one shared object, frozen so that none is added. */
const NO_EXAMPLES: LexiconEntry['examples'] = Object.freeze({ flag: Object.freeze([]) as unknown as string[], pass: Object.freeze([]) as unknown as string[] });

/**
 * Is this code the build's (dist/, or the bundle there)? The build writes its code and the prebuilt indexes of
 * dist/lexicon.json and dist/phrase-index together; code run from the sources (tests) may be newer than they are.
 */
const BUILT = import.meta.url.startsWith(pathToFileURL(join(PKG_ROOT, 'dist') + sep).href);

/**
 * The built-in lexicon: from dist/lexicon.json when it matches the YAML sources, else parsed and validated afresh.
 * With `prebuilt` (by default, when this is the build's code) the compiled near-miss tables go to the FuzzyIndex
 * (tables that do not fit are ignored: it builds its own) and the phrase matcher may use the prebuilt phrase
 * indexes in the folder phrase-index beside the file (text/phrase-index.ts).
 */
export function loadBuiltin(file = COMPILED_LEXICON, prebuilt = BUILT): { entries: LexiconEntry[]; phrases: Map<Lang, PhraseSet> } {
  try {
    const data = JSON.parse(readBuiltText(file)) as CompiledLexicon;
    const current = data.stamp === lexiconStamp() || (!!data.contentHash && data.contentHash === lexiconContentHash());
    if (current && Array.isArray(data.entries) && Array.isArray(data.phrases)) {
      for (const e of data.entries) e.examples ??= NO_EXAMPLES;
      const phrases = new Map(data.phrases.map((p) => [p.language, p]));
      if (prebuilt) {
        usePrebuiltTables(data.entries, data.fuzzy);
        usePrebuiltTermIndex(data.entries, data.terms);
        markBuiltinPhrases(phrases, data.stamp, join(dirname(file), 'phrase-index'));
      }
      return { entries: data.entries, phrases };
    }
  } catch {
    // no compiled lexicon (running from source): fall through
  }
  return { entries: loadEntries([BUILTIN_LEXICON_DIR]), phrases: loadPhrases() };
}

/** Loads the phrase lists for every language in lexicon/phrases. */
export function loadPhrases(dir = join(BUILTIN_LEXICON_DIR, 'phrases')): Map<Lang, PhraseSet> {
  const out = new Map<Lang, PhraseSet>();
  const { parseDocument, LineCounter } = yaml();
  for (const file of lexiconFiles(dir)) {
    const lc = new LineCounter();
    const doc = parseDocument(readFileSync(file, 'utf8'), { lineCounter: lc });
    if (doc.errors.length) throw new LexiconError(`invalid YAML: ${doc.errors[0]!.message.split('\n')[0]}`, file, doc.errors[0]!.linePos?.[0]?.line);
    const data = doc.toJS() as Record<string, unknown>;
    const lang = String(data.language ?? '');
    if (!isLang(lang)) throw new LexiconError(`unknown language "${lang}"`, file, 1);
    const lists: PhraseSet['lists'] = {};
    let examples: PhraseSet['examples'];
    for (const [k, v] of Object.entries(data)) {
      if (k === 'language' || k === 'name') continue;
      if (k === 'examples') {
        const e = v as { flag?: unknown; pass?: unknown };
        const ok = (x: unknown): x is string[] => Array.isArray(x) && x.every((y) => typeof y === 'string');
        if (!e || typeof e !== 'object' || !ok(e.flag ?? []) || !ok(e.pass ?? [])) throw new LexiconError('"examples" must have lists of strings "flag" and "pass"', file, lineOfKey(doc, lc, k));
        examples = { flag: (e.flag ?? []) as string[], pass: (e.pass ?? []) as string[] };
        continue;
      }
      if (!(PHRASE_LISTS as readonly string[]).includes(k)) throw new LexiconError(`unknown phrase list "${k}"`, file, lineOfKey(doc, lc, k));
      if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) throw new LexiconError(`phrase list "${k}" must be a list of strings`, file, lineOfKey(doc, lc, k));
      lists[k as PhraseList] = v as string[];
    }
    out.set(lang, { language: lang, name: String(data.name ?? lang), lists, ...(examples ? { examples } : {}) });
  }
  return out;
}

function lineOfKey(doc: Document, lc: LineCounterType, key: string): number | undefined {
  const c = doc.contents;
  if (!yaml().isMap(c)) return undefined;
  const pair = c.items.find((p) => (p.key as { value?: unknown })?.value === key);
  const r = (pair?.key as { range?: [number, number, number] } | undefined)?.range;
  return r ? lc.linePos(r[0]).line : undefined;
}
