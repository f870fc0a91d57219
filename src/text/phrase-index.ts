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

/** A prebuilt index as stored: the languages (in the order the matcher reads them) and the lexicon's stamp. */
interface Stored {
  stamp: string;
  langs: string;
  exact: Array<[string, CompiledPhrase[]]>;
  prefix: Array<[string, CompiledPhrase[]]>;
  lists: string[];
}

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
  const stored: Stored = { stamp, langs: langs.join(','), exact: [...index.exact], prefix: [...index.prefix], lists: [...index.lists] };
  return JSON.stringify(stored);
}

/** A prebuilt index, if there is one for these languages and it was made from the lexicon with `stamp`. */
function readPrebuilt(langs: readonly string[], stamp: string, dir: string): PhraseIndex | undefined {
  let stored: Stored;
  try {
    stored = JSON.parse(readBuiltText(phraseIndexFile(langs, dir))) as Stored;
  } catch {
    return undefined; // none for this set of languages (or unreadable): build it
  }
  if (!stored || stored.stamp !== stamp || stored.langs !== langs.join(',') || !Array.isArray(stored.exact) || !Array.isArray(stored.prefix) || !Array.isArray(stored.lists)) return undefined;
  return { exact: new Map(stored.exact), prefix: new Map(stored.prefix), lists: new Set(stored.lists) };
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
