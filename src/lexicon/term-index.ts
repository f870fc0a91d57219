// The lexicon matcher's terms by first token (matcher.ts files each term under it, and builds a first token's branch
// of its trie when a text has that token), computed at build time for the built-in lexicon (load.ts).
import type { LexiconEntry } from './types.js';
import { firstTokenKey } from '../text/tokens.js';

/**
 * The terms of a list of entries by first token (what Matcher files them under): for each key, pairs of an entry's
 * index and a term's, the term ~i for the i-th ambiguous term. In the order the Matcher files them, which decides
 * which of two terms of the same spelling wins.
 */
export type TermIndex = Record<string, number[]>;

export function termIndex(entries: readonly LexiconEntry[]): TermIndex {
  const index: TermIndex = Object.create(null) as TermIndex;
  const file = (e: number, t: number, term: string): void => {
    const first = firstTokenKey(term);
    if (first !== undefined) (index[first] ??= []).push(e, t);
  };
  entries.forEach((entry, e) => {
    entry.terms.forEach((term, t) => file(e, t, term));
    (entry.ambiguousTerms ?? []).forEach((term, t) => file(e, ~t, term));
  });
  return index;
}

/**
 * The built-in entries with their term index, made at build time (dist/lexicon.json, see load.ts): a matcher over
 * them (and any entries after them) starts without tokenizing the lexicon's 3,000 terms (several milliseconds of a
 * one-page run).
 */
let prebuilt: { entries: readonly LexiconEntry[]; index: TermIndex } | undefined;
export const prebuiltTermIndex = (): typeof prebuilt => prebuilt;
export function usePrebuiltTermIndex(entries: readonly LexiconEntry[], index: unknown): boolean {
  // Only the shape is checked here (checking every pair would cost a millisecond of start-up): the matcher passes
  // over a pair that names no term (termAt), and the stamp of the compiled file ties the index to its entries.
  const ok = !!index && typeof index === 'object' && !Array.isArray(index);
  prebuilt = ok ? { entries, index: index as TermIndex } : undefined;
  return ok;
}

/** The term a pair of the index names: [entry, term, ambiguous], or undefined for a pair that names none. */
export function termAt(entries: readonly LexiconEntry[], e: unknown, t: unknown): [LexiconEntry, string, boolean] | undefined {
  const entry = typeof e === 'number' ? entries[e] : undefined;
  if (!entry || typeof t !== 'number') return undefined;
  const term = t >= 0 ? entry.terms[t] : entry.ambiguousTerms?.[~t];
  return typeof term === 'string' ? [entry, term, t < 0] : undefined;
}
