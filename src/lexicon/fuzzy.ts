// Near-miss matching of long names ("Orcale Database", "Postgre SQL", "SharePiont") at a cost that hardly grows
// with the lexicon: one edit in a name of seven letters or more leaves either its first two or its last two letters
// intact, so two small hash buckets hold every candidate; Jaro-Winkler similarity confirms the closest one.
import { jaroWinkler } from './jaro-winkler.js';
import type { LexiconEntry, Mention } from './types.js';
import type { Token } from '../text/tokens.js';

/** Only names this long are matched loosely: short ones are too close to ordinary words. */
const MIN_LENGTH = 7;

interface Candidate { key: string; entry: LexiconEntry; words: number }

/** Damerau-Levenshtein distance of at most one (one insertion, deletion, substitution or adjacent swap), in O(n). */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length, lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true; // substitution
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2); // swap
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

const head = (k: string): string => `^${k.slice(0, 2)}`;
const tail = (k: string): string => `$${k.slice(-2)}`;

/** A name as one lower-case word: "Postgre SQL" and "PostgreSQL" are both "postgresql". */
const joinedKey = (term: string): string => (/[\s-]/.test(term) ? term.replace(/[\s-]+/g, '') : term).toLowerCase();
/** Letters a loosely matched name may consist of. */
const FUZZY_KEY = /^[a-z0-9æøåäöüéèáàíóúñç]+$/;
/** Entries whose names are matched loosely: not programming languages, not open standards. */
const loose = (entry: LexiconEntry): boolean => entry.kind !== 'language' && !entry.open;

/**
 * The index of a list of entries, as plain data (what scripts/build-lexicon.mjs stores in dist/lexicon.json for the
 * built-in lexicon, so that start-up does not build it): every long name that may be matched loosely as a candidate
 * (its joined key, the index of its entry, its number of words), the candidates by bucket in the order of the
 * entries, and every term's joined key, sorted (the exact set). Whether an entry is matched loosely is decided when
 * the index is used, from the entry itself.
 */
export interface FuzzyTables {
  keys: string[];
  entry: number[];
  words: number[];
  buckets: Record<string, number[]>;
  exact: string[];
}

/** Builds the tables of `entries` (indexes into `entries`). */
export function fuzzyTables(entries: readonly LexiconEntry[]): FuzzyTables {
  const t: FuzzyTables = { keys: [], entry: [], words: [], buckets: Object.create(null) as Record<string, number[]>, exact: [] };
  const exact = new Set<string>();
  entries.forEach((entry, i) => {
    for (const term of entry.terms) {
      const key = joinedKey(term);
      exact.add(key);
      if (key.length < MIN_LENGTH || !FUZZY_KEY.test(key)) continue;
      const c = t.keys.length;
      t.keys.push(key);
      t.entry.push(i);
      t.words.push(term.trim().split(/[\s-]+/).length);
      for (const b of [head(key), tail(key)]) (t.buckets[b] ??= []).push(c);
    }
    for (const term of entry.ambiguousTerms ?? []) exact.add(joinedKey(term));
  });
  t.exact = [...exact].sort();
  return t;
}

/** Are the tables well-formed (a compiled lexicon from another build, or damaged, is not used)? */
function validTables(t: unknown, entries: number): t is FuzzyTables {
  const x = t as FuzzyTables | undefined;
  if (!x || !Array.isArray(x.keys) || !Array.isArray(x.entry) || !Array.isArray(x.words) || !Array.isArray(x.exact)) return false;
  if (x.entry.length !== x.keys.length || x.words.length !== x.keys.length || !x.buckets || typeof x.buckets !== 'object') return false;
  return x.entry.every((e) => Number.isInteger(e) && e >= 0 && e < entries);
}

/** Sorted-array membership. */
function inSorted(sorted: readonly string[], key: string): boolean {
  let lo = 0, hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = sorted[mid]!;
    if (v === key) return true;
    if (v < key) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/** The built-in lexicon's entries and their prebuilt tables (set by the loader of the compiled lexicon). */
let prebuilt: { entries: readonly LexiconEntry[]; tables: FuzzyTables } | undefined;

/**
 * Registers the prebuilt tables of `entries` (the built-in lexicon as loaded from dist/lexicon.json). A FuzzyIndex
 * over a list that starts with exactly these entries, in this order, uses them instead of building its own; any
 * other list (entries disabled or changed by the configuration) builds its index as before. Tables that do not fit
 * the entries are ignored.
 */
export function usePrebuiltTables(entries: readonly LexiconEntry[], tables: unknown): boolean {
  prebuilt = validTables(tables, entries.length) ? { entries, tables } : undefined;
  return prebuilt !== undefined;
}

export class FuzzyIndex {
  /** Candidates: parts[0] are the prebuilt tables of the built-in entries, parts[1] those of the entries after them. */
  private readonly parts: Array<{ tables: FuzzyTables; entries: readonly LexiconEntry[] }>;
  private cache = new Map<string, Candidate | null>();
  /** Each part's candidates, made on first use (one object per candidate: `best` tells them apart by identity). */
  private readonly made: Array<Array<Candidate | undefined>>;
  /** The loosely matched candidates of each bucket used so far. */
  private readonly buckets = new Map<string, Candidate[]>();

  constructor(entries: readonly LexiconEntry[]) {
    const pre = prebuilt;
    const n = pre && pre.entries.length <= entries.length && pre.entries.every((e, i) => entries[i] === e) ? pre.entries.length : 0;
    this.parts = [];
    if (n) this.parts.push({ tables: pre!.tables, entries: pre!.entries });
    if (n < entries.length) {
      const rest = n ? entries.slice(n) : entries;
      this.parts.push({ tables: fuzzyTables(rest), entries: rest });
    }
    this.made = this.parts.map(() => []);
    this.prebuilt = n > 0;
  }

  /** The index uses the prebuilt tables of the built-in lexicon. */
  readonly prebuilt: boolean;

  /** Is `key` a term of some entry, as a joined key (a word that is exactly a name is the exact matcher's business)? */
  private isExact(key: string): boolean {
    return this.parts.some((p) => inSorted(p.tables.exact, key));
  }

  /** The candidates filed under a bucket, in the order of the entries. */
  private bucket(b: string): Candidate[] {
    let list = this.buckets.get(b);
    if (list) return list;
    list = [];
    this.parts.forEach((p, pi) => {
      for (const c of p.tables.buckets[b] ?? []) {
        const entry = p.entries[p.tables.entry[c]!]!;
        if (!loose(entry)) continue;
        list!.push(this.made[pi]![c] ??= { key: p.tables.keys[c]!, entry, words: p.tables.words[c]! });
      }
    });
    this.buckets.set(b, list);
    return list;
  }

  /** Capitalised words (or two adjacent words) not already matched that are one edit away from a long name. */
  scan(text: string, tokens: Token[], taken: Array<[number, number]>): Mention[] {
    const out: Mention[] = [];
    // Taken spans sorted by end (they do not overlap, so starts are in order too); a bisection finds the one span
    // that can overlap [s, e). Hits in `out` start in order, so only the last can overlap a later word.
    const spans = [...taken].sort((x, y) => x[1] - y[1]);
    const free = (s: number, e: number): boolean => {
      let lo = 0, hi = spans.length;
      while (lo < hi) { const mid = (lo + hi) >> 1; if (spans[mid]![1] <= s) lo = mid + 1; else hi = mid; }
      for (let k = lo; k < spans.length && spans[k]![0] < e; k++) if (s < spans[k]![1]) return false;
      const last = out[out.length - 1];
      return !last || !(s < last.end && last.start < e);
    };
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (!/^\p{Lu}/u.test(text.slice(t.start, t.start + 1))) continue;
      const n = tokens[i + 1];
      // Two words first ("Postgre SQL" is PostgreSQL written apart), then the word alone. A name written apart keeps
      // its capitals in both parts; a lower-case second word is prose ("Alle tre" is "all three", not "Alletra").
      const forms: Array<{ key: string; end: number; joined: boolean }> = [];
      if (n && n.spaced && /^[\p{L}\p{N}]+$/u.test(n.key) && /^[\p{Lu}\p{N}]/u.test(text.slice(n.start, n.start + 1))) forms.push({ key: t.key + n.key, end: n.end, joined: true });
      forms.push({ key: t.key, end: t.end, joined: false });
      for (const f of forms) {
        if (f.key.length < MIN_LENGTH || (!f.joined && this.isExact(f.key)) || !free(t.start, f.end)) continue;
        const hit = this.best(f.key, f.joined);
        if (hit) { out.push({ entry: hit.entry, term: text.slice(t.start, f.end), start: t.start, end: f.end, ambiguous: false, inflected: false }); break; }
      }
    }
    return out;
  }

  private best(key: string, joined: boolean): Candidate | undefined {
    const ck = `${joined ? 2 : 1}:${key}`;
    const cached = this.cache.get(ck);
    if (cached !== undefined) return cached ?? undefined;
    const seen = new Set<Candidate>();
    let best: { c: Candidate; score: number } | undefined;
    for (const k of [head(key), tail(key)]) {
      for (const c of this.bucket(k)) {
        if (seen.has(c)) continue;
        seen.add(c);
        // One written word is compared with one-word names only ("Systems" is not "System z"); two words with either.
        if (!joined && c.words !== 1) continue;
        if (c.key === key && !joined) continue;
        if (!withinOneEdit(key, c.key)) continue;
        const s = jaroWinkler(key, c.key);
        if (s >= 0.93 && (!best || s > best.score)) best = { c, score: s };
      }
    }
    if (this.cache.size > 50000) this.cache.clear();
    this.cache.set(ck, best?.c ?? null);
    return best?.c;
  }
}
