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

export class FuzzyIndex {
  private index = new Map<string, Candidate[]>();
  private cache = new Map<string, Candidate | null>();
  /** Every term as a joined key: a word that is exactly a name is the exact matcher's business. */
  readonly exact = new Set<string>();

  constructor(entries: LexiconEntry[]) {
    for (const entry of entries) {
      const loose = entry.kind !== 'language' && !entry.open;
      for (const term of entry.terms) {
        const key = joinedKey(term);
        this.exact.add(key);
        if (!loose || key.length < MIN_LENGTH || !FUZZY_KEY.test(key)) continue;
        const c: Candidate = { key, entry, words: term.trim().split(/[\s-]+/).length };
        this.file(head(key), c);
        this.file(tail(key), c);
      }
      for (const term of entry.ambiguousTerms ?? []) this.exact.add(joinedKey(term));
    }
  }

  private file(bucket: string, c: Candidate): void {
    const list = this.index.get(bucket);
    if (list) list.push(c);
    else this.index.set(bucket, [c]);
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
        if (f.key.length < MIN_LENGTH || (!f.joined && this.exact.has(f.key)) || !free(t.start, f.end)) continue;
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
      for (const c of this.index.get(k) ?? []) {
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
