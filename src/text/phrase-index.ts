// The phrase matcher's index (text/phrases.ts) for a set of languages, shared and prebuilt. Building it compiles
// every phrase of the languages a document reads (some 2,500 for a Nordic one), which took more time than linting a
// one-page document. The index of the built-in phrase lists is therefore built once per process and set of
// languages, and for the usual sets once at build time (scripts/build-lexicon.mjs writes dist/phrase-index/*.json),
// so that start-up only reads it. A prebuilt file counts only with the stamp of the compiled lexicon that the
// phrase lists came from; otherwise the index is built as before.
import { readFileSync } from 'node:fs';
import { isAscii } from 'node:buffer';
import { join } from 'node:path';
import { PKG_ROOT } from '../paths.js';

/**
 * The text of a file the build wrote (dist/lexicon.json, dist/phrase-index/*.json): pure ASCII, every other character
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
 * A prebuilt index as stored: the languages (in the order the matcher reads them) and the lexicon's stamp; each
 * bucket as JSON text by its key, and the keys in the index's order.
 */
interface Stored {
  stamp: string;
  langs: string;
  exact: StoredBuckets;
  prefix: StoredBuckets;
  lists: string[];
}
interface StoredBuckets { keys: string[]; json: Record<string, string> }

/**
 * The buckets of a prebuilt index, each kept as JSON text until a token asks for it: a one-page document asks for
 * a few dozen of some 1,400 (reading them all took ~3 ms of a cold start, mostly in JSON.parse making 10,000
 * objects). A Map to its users, with the entries in the order of the index that was stored.
 */
class StoredBucketMap extends Map<string, CompiledPhrase[]> {
  private whole = false;
  constructor(private readonly stored: StoredBuckets, private readonly file: string) {
    super();
  }

  override get(key: string): CompiledPhrase[] | undefined {
    let bucket = super.get(key);
    if (bucket === undefined && !this.whole && Object.hasOwn(this.stored.json, key)) {
      bucket = this.parse(key);
      super.set(key, bucket);
    }
    return bucket;
  }

  override has(key: string): boolean {
    return super.has(key) || (!this.whole && Object.hasOwn(this.stored.json, key));
  }

  private parse(key: string): CompiledPhrase[] {
    try {
      return JSON.parse(this.stored.json[key]!) as CompiledPhrase[];
    } catch {
      throw new Error(`${this.file}: damaged phrase index (bucket "${key}"); run npm run build`);
    }
  }

  /** Every bucket read, in the stored order (for whatever iterates, counts or changes the map). */
  private readAll(): void {
    if (this.whole) return;
    const buckets = this.stored.keys.map((k): [string, CompiledPhrase[]] => [k, super.get(k) ?? this.parse(k)]);
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

const storeBuckets = (map: Map<string, CompiledPhrase[]>): StoredBuckets => ({
  keys: [...map.keys()],
  json: Object.fromEntries([...map].map(([k, v]) => [k, JSON.stringify(v)])),
});
const validBuckets = (b: unknown): b is StoredBuckets => {
  const x = b as StoredBuckets | undefined;
  return !!x && Array.isArray(x.keys) && !!x.json && typeof x.json === 'object';
};

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

/** The file of the prebuilt index of a list of languages ("da,no,sv,en" in da-no-sv-en.json). */
export const phraseIndexFile = (langs: readonly string[], dir = PHRASE_INDEX_DIR): string => join(dir, `${langs.join('-')}.json`);

/** The index stored as JSON (with the stamp of the lexicon its phrase lists came from). */
export function storePhraseIndex(index: PhraseIndex, langs: readonly string[], stamp: string): string {
  const stored: Stored = { stamp, langs: langs.join(','), exact: storeBuckets(index.exact), prefix: storeBuckets(index.prefix), lists: [...index.lists] };
  return JSON.stringify(stored);
}

/** A prebuilt index, if there is one for these languages and it was made from the lexicon with `stamp`. */
function readPrebuilt(langs: readonly string[], stamp: string, dir: string): PhraseIndex | undefined {
  let stored: Stored;
  const file = phraseIndexFile(langs, dir);
  try {
    stored = JSON.parse(readBuiltText(file)) as Stored;
  } catch {
    return undefined; // none for this set of languages (or unreadable): build it
  }
  if (!stored || stored.stamp !== stamp || stored.langs !== langs.join(',') || !validBuckets(stored.exact) || !validBuckets(stored.prefix) || !Array.isArray(stored.lists)) return undefined;
  return { exact: new StoredBucketMap(stored.exact, file), prefix: new StoredBucketMap(stored.prefix, file), lists: new Set(stored.lists) };
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
