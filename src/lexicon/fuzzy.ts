// Near-miss matching of long names ("Orcale Database", "Postgre SQL", "Sharepoint Onlin") with natural's string distances.
import { createRequire } from 'node:module';
import type { LexiconEntry } from './types.js';
import type { Mention } from './matcher.js';
import type { Token } from '../text/tokens.js';

const require = createRequire(import.meta.url);
type Distance = (a: string, b: string, opts?: object) => number;
let jaroWinkler: Distance | undefined;
let damerau: Distance | undefined;
function distances(): { jw: Distance; dl: Distance } {
  jaroWinkler ??= require('natural/lib/natural/distance/jaro-winkler_distance.js') as Distance;
  damerau ??= (require('natural/lib/natural/distance/levenshtein_distance.js') as { DamerauLevenshteinDistance: Distance }).DamerauLevenshteinDistance;
  return { jw: jaroWinkler, dl: damerau };
}

/** Only names this long are matched loosely: short ones are too close to ordinary words. */
const MIN_LENGTH = 7;

export class FuzzyIndex {
  /** Single-word keys (multi-word terms joined without spaces) by first letter. */
  private byLetter = new Map<string, Array<{ key: string; entry: LexiconEntry; term: string; words: number }>>();

  constructor(entries: LexiconEntry[], readonly exact: Set<string>) {
    for (const entry of entries) {
      if (entry.kind === 'language' || entry.open) continue;
      for (const term of entry.terms) {
        const key = term.toLowerCase().replace(/[\s-]+/g, '');
        if (key.length < MIN_LENGTH || !/^[\p{L}\p{N}]+$/u.test(key)) continue;
        const list = this.byLetter.get(key[0]!) ?? [];
        list.push({ key, entry, term, words: term.trim().split(/[\s-]+/).length });
        this.byLetter.set(key[0]!, list);
      }
    }
  }

  /**
   * Capitalised words (or two adjacent words) not already matched that are one edit away from a long name.
   * Cost: a hash lookup per capitalised word and a few distance computations for words of similar length.
   */
  scan(text: string, tokens: Token[], taken: Array<[number, number]>): Mention[] {
    const out: Mention[] = [];
    const free = (s: number, e: number): boolean => !taken.some(([a, b]) => s < b && a < e) && !out.some((m) => s < m.end && m.start < e);
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (!/^\p{Lu}/u.test(text.slice(t.start, t.start + 1))) continue;
      const n = tokens[i + 1];
      // Two words first ("Postgre SQL" is PostgreSQL written apart), then the word alone.
      const forms: Array<{ key: string; end: number; joined: boolean }> = [];
      if (n && n.spaced && /^[\p{L}\p{N}]+$/u.test(n.key)) forms.push({ key: t.key + n.key, end: n.end, joined: true });
      forms.push({ key: t.key, end: t.end, joined: false });
      for (const f of forms) {
        if (f.key.length < MIN_LENGTH || (!f.joined && this.exact.has(f.key)) || !free(t.start, f.end)) continue;
        const hit = this.best(f.key, f.joined);
        if (hit) { out.push({ entry: hit.entry, term: text.slice(t.start, f.end), start: t.start, end: f.end, ambiguous: false, inflected: false }); break; }
      }
    }
    return out;
  }

  private best(key: string, joined: boolean): { entry: LexiconEntry; term: string } | undefined {
    const list = this.byLetter.get(key[0]!);
    if (!list) return undefined;
    const { jw, dl } = distances();
    let best: { entry: LexiconEntry; term: string; score: number } | undefined;
    for (const c of list) {
      // One written word is compared with one-word names only ("Systems" is not "System z"); two with two.
      if (c.words !== (joined ? 2 : 1) && !(joined && c.words === 1)) continue;
      if (Math.abs(c.key.length - key.length) > 1 || (c.key === key && !joined)) continue;
      const d = dl(key, c.key, { transposition_cost: 1 });
      const s = jw(key, c.key);
      if (d <= 1 && s >= 0.93 && (!best || s > best.score)) best = { entry: c.entry, term: c.term, score: s };
    }
    return best;
  }
}
