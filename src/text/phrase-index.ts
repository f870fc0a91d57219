// The phrase matcher's index (text/phrases.ts) for a set of languages, shared and prebuilt. Building it compiles
// every phrase of the languages a document reads (some 2,500 for a Nordic one), which took more time than linting a
// one-page document. The index of the built-in phrase lists is therefore built once per process and set of
// languages, and for the usual sets once at build time (scripts/build-lexicon.mjs writes dist/phrase-index/*.jsonl),
// so that start-up only reads it. A prebuilt file counts only with the stamp of the compiled lexicon that the
// phrase lists came from; otherwise the index is built as before.
import { readFileSync } from 'node:fs';
import { isAscii } from 'node:buffer';
import { join } from 'node:path';
import { PKG_ROOT } from '../paths.js';

/**
 * The text of a file the build wrote (dist/lexicon.json, dist/phrase-index/*.jsonl): pure ASCII, every other character
 * escaped (scripts/build-lexicon.mjs), so read as Latin-1, a plain copy, where reading it as UTF-8 took ~2 ms more
 * for the 1.4 MB lexicon. A file with other bytes (edited by hand) is read as UTF-8.
 */
export function readBuiltText(file: string): string {
  const bytes = readFileSync(file);
  return isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
}

/** One word of a compiled phrase: an exact key, "*" for any one word, or a stem a word must start with. */
export interface PhrasePart { key: string; kind: 'exact' | 'any' | 'prefix' }
/** A phrase as tokens, with the list it belongs to. */
export interface CompiledPhrase<L extends string = string> { list: L; parts: PhrasePart[] }

/** The index: phrases by their first key (exact) or the first three letters of a first stem (prefix). */
export interface PhraseIndex<L extends string = string> {
  exact: Map<string, Array<CompiledPhrase<L>>>;
  prefix: Map<string, Array<CompiledPhrase<L>>>;
  lists: Set<L>;
}

/**
 * A prebuilt index as stored, in JSON Lines: a first line with the languages (in the order the matcher reads them),
 * the lexicon's stamp, the lists, and the line of each bucket by its key; then one line of JSON per bucket, read
 * only when a token asks for that bucket. (Buckets as JSON strings inside one document cost ~3 ms of a cold start
 * to unescape; as objects, more to build.)
 */
interface StoredHeader {
  format: 'lines';
  stamp: string;
  langs: string;
  lists: string[];
  exact: Record<string, number>;
  prefix: Record<string, number>;
}

/** The lines of a stored index, found when the first bucket is read. */
class StoredLines {
  private starts?: number[];
  constructor(private readonly text: string, readonly file: string) {}
  line(n: number): string {
    if (!this.starts) {
      this.starts = [0];
      for (let i = this.text.indexOf('\n'); i >= 0; i = this.text.indexOf('\n', i + 1)) this.starts.push(i + 1);
    }
    return this.text.slice(this.starts[n] ?? this.text.length, (this.starts[n + 1] ?? this.text.length + 1) - 1);
  }
}

/**
 * The buckets of a prebuilt index, each read from its line when a token asks for it: a one-page document asks for a
 * few dozen of some 1,400. A Map to its users, with the entries in the stored order when iterated or counted.
 */
class StoredBucketMap extends Map<string, CompiledPhrase[]> {
  private whole = false;
  constructor(private readonly lines: StoredLines, private readonly at: Record<string, number>) {
    super();
  }

  override get(key: string): CompiledPhrase[] | undefined {
    let bucket = super.get(key);
    if (bucket === undefined && !this.whole && Object.hasOwn(this.at, key)) {
      bucket = this.parse(key);
      super.set(key, bucket);
    }
    return bucket;
  }

  override has(key: string): boolean {
    return super.has(key) || (!this.whole && Object.hasOwn(this.at, key));
  }

  private parse(key: string): CompiledPhrase[] {
    try {
      const bucket = JSON.parse(this.lines.line(this.at[key]!)) as CompiledPhrase[];
      if (Array.isArray(bucket)) return bucket;
    } catch {
      // reported below
    }
    throw new Error(`${this.lines.file}: damaged phrase index (bucket "${key}"); run npm run build`);
  }

  /** Every bucket read, in the stored order (for whatever iterates, counts or changes the map). */
  private readAll(): void {
    if (this.whole) return;
    const keys = Object.keys(this.at).sort((x, y) => this.at[x]! - this.at[y]!);
    const buckets = keys.map((k): [string, CompiledPhrase[]] => [k, super.get(k) ?? this.parse(k)]);
    super.clear();
    for (const [k, v] of buckets) super.set(k, v);
    this.whole = true;
  }

  override get size(): number { this.readAll(); return super.size; }
  override set(key: string, value: CompiledPhrase[]): this { this.readAll(); return super.set(key, value); }
  override delete(key: string): boolean { this.readAll(); return super.delete(key); }
  override clear(): void { this.readAll(); super.clear(); }
  override forEach(fn: (value: CompiledPhrase[], key: string, map: Map<string, CompiledPhrase[]>) => void, thisArg?: unknown): void { this.readAll(); super.forEach(fn, thisArg); }
  override entries(): MapIterator<[string, CompiledPhrase[]]> { this.readAll(); return super.entries(); }
  override keys(): MapIterator<string> { this.readAll(); return super.keys(); }
  override values(): MapIterator<CompiledPhrase[]> { this.readAll(); return super.values(); }
  override [Symbol.iterator](): MapIterator<[string, CompiledPhrase[]]> { this.readAll(); return super[Symbol.iterator](); }
}

const isLineTable = (x: unknown): x is Record<string, number> => !!x && typeof x === 'object' && !Array.isArray(x);

/** Where the prebuilt indexes are. */
export const PHRASE_INDEX_DIR = join(PKG_ROOT, 'dist', 'phrase-index');

/** The built-in phrase sets (as loaded from the compiled lexicon), that lexicon's stamp and the prebuilt indexes' folder. */
const builtinSets = new WeakMap<object, { stamp: string; dir: string }>();
/** Indexes built or read in this process, per built-in phrase sets and languages. */
const shared = new WeakMap<object, Map<string, PhraseIndex>>();

/**
 * Marks `sets` as the built-in phrase lists of the compiled lexicon with `stamp`: indexes over them are shared
 * within the process and read from `dir` (dist/phrase-index) when prebuilt. Other phrase sets (tests, tools) are
 * indexed afresh by each matcher, as they may change between uses.
 */
export function markBuiltinPhrases(sets: object, stamp: string, dir = PHRASE_INDEX_DIR): void {
  builtinSets.set(sets, { stamp, dir });
}

/** The file of the prebuilt index of a list of languages ("da,no,sv,en" in da-no-sv-en.jsonl). */
export const phraseIndexFile = (langs: readonly string[], dir = PHRASE_INDEX_DIR): string => join(dir, `${langs.join('-')}.jsonl`);

/** The index stored as JSON Lines (see StoredHeader), with the stamp of the lexicon its phrase lists came from. */
export function storePhraseIndex(index: PhraseIndex, langs: readonly string[], stamp: string): string {
  const lines: string[] = [];
  const table = (map: Map<string, CompiledPhrase[]>): Record<string, number> => {
    const at: Record<string, number> = {};
    for (const [key, bucket] of map) { lines.push(JSON.stringify(bucket)); at[key] = lines.length; }
    return at;
  };
  const header: StoredHeader = { format: 'lines', stamp, langs: langs.join(','), lists: [...index.lists], exact: table(index.exact), prefix: table(index.prefix) };
  return `${[JSON.stringify(header), ...lines].join('\n')}\n`;
}

/** A prebuilt index, if there is one for these languages and it was made from the lexicon with `stamp`. */
function readPrebuilt(langs: readonly string[], stamp: string, dir: string): PhraseIndex | undefined {
  const file = phraseIndexFile(langs, dir);
  let text: string, header: StoredHeader;
  try {
    text = readBuiltText(file);
    header = JSON.parse(text.slice(0, text.indexOf('\n') >>> 0)) as StoredHeader;
  } catch {
    return undefined; // none for this set of languages (or unreadable, or of another shape): build it
  }
  if (!header || header.format !== 'lines' || header.stamp !== stamp || header.langs !== langs.join(',') || !isLineTable(header.exact) || !isLineTable(header.prefix) || !Array.isArray(header.lists)) return undefined;
  const lines = new StoredLines(text, file);
  return { exact: new StoredBucketMap(lines, header.exact), prefix: new StoredBucketMap(lines, header.prefix), lists: new Set(header.lists) };
}

/**
 * The index of `sets` for `langs`: for the built-in phrase sets, the one this process already has, else the prebuilt
 * one, else the one `build` makes (kept for the next document); for other sets, the one `build` makes. The index is
 * read-only once built: matchers share it.
 */
export function phraseIndex<L extends string>(sets: object, langs: readonly string[], build: () => PhraseIndex<L>): PhraseIndex<L> {
  const builtin = builtinSets.get(sets);
  if (builtin === undefined) return build();
  let mine = shared.get(sets);
  if (!mine) shared.set(sets, (mine = new Map()));
  const key = langs.join(',');
  let index = mine.get(key) as PhraseIndex<L> | undefined;
  if (!index) {
    index = readPrebuilt(langs, builtin.stamp, builtin.dir) as PhraseIndex<L> | undefined;
    if (index) prebuiltIndexes.add(index);
    else index = build();
    mine.set(key, index);
  }
  return index;
}

const prebuiltIndexes = new WeakSet<object>();
/** Was this index read from dist/phrase-index (for tests)? */
export const isPrebuilt = (index: PhraseIndex): boolean => prebuiltIndexes.has(index);
