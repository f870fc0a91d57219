// Compiles phrase lists into one case-insensitive, word-bounded regex per list, per language.
import type { Lang } from '../model/document.js';
import type { PhraseList, PhraseSet } from '../lexicon/types.js';

/** Escapes a phrase for a regex; a lone "*" stands for any one word ("eller * tilsvarende"), a trailing "*" for any ending ("retriev*"). */
const escape = (s: string): string => s.split(/\s+/).map((w) => {
  if (w === '*') return '[\\p{L}\\p{N}-]+';
  const stem = w.endsWith('*') ? w.slice(0, -1) : w;
  return stem.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') + (w.endsWith('*') ? '[\\p{L}\\p{N}]*' : '');
}).join('\\s+');

export interface PhraseHit { start: number; end: number; text: string }

export class Phrases {
  private cache = new Map<string, RegExp | null>();

  constructor(private sets: Map<Lang, PhraseSet>, readonly lang: Lang) {}

  /** The regex for a list in this document's language, merged with English (specs mix in English terms). */
  private re(list: PhraseList): RegExp | null {
    let re = this.cache.get(list);
    if (re !== undefined) return re;
    // Danish, Norwegian and Swedish share most of their vocabulary and detection of a short text may pick
    // the wrong one of them, so Nordic documents read all three lists.
    const nordic: Lang[] = ['da', 'no', 'sv'];
    const langs: Lang[] = this.lang === 'en' ? ['en'] : nordic.includes(this.lang) ? [...nordic, 'en'] : [this.lang, 'en'];
    // English "will" counts as mandatory only in English documents.
    const words = langs.flatMap((l) => (l === 'en' && this.lang !== 'en' && list === 'supplierWill' ? [] : this.sets.get(l)?.lists[list] ?? []));
    if (!words.length) { this.cache.set(list, null); return null; }
    const alts = [...new Set(words.map((w) => w.toLowerCase()))].sort((a, b) => b.length - a.length).map(escape);
    // Matched against lower-cased text, so the regex needs no case folding (much cheaper to compile and run).
    re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alts.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
    this.cache.set(list, re);
    return re;
  }

  private lowerCache: { text: string; lower: string } = { text: '', lower: '' };
  /** Lower-cased text of the same length (characters whose lower case is longer are kept as they are). */
  private lower(text: string): string {
    if (this.lowerCache.text === text) return this.lowerCache.lower;
    let lower = text.toLowerCase();
    if (lower.length !== text.length) lower = Array.from(text, (c) => { const l = c.toLowerCase(); return l.length === c.length ? l : c; }).join('');
    this.lowerCache = { text, lower };
    return lower;
  }

  /** All hits of a list in `text` (optionally within [from, to)); hit texts are as written. */
  find(list: PhraseList, text: string, from = 0, to = text.length): PhraseHit[] {
    const re = this.re(list);
    if (!re) return [];
    const slice = this.lower(text).slice(from, to);
    const out: PhraseHit[] = [];
    re.lastIndex = 0;
    for (let m = re.exec(slice); m; m = re.exec(slice)) {
      out.push({ start: from + m.index, end: from + m.index + m[0].length, text: text.slice(from + m.index, from + m.index + m[0].length) });
      if (m[0].length === 0) re.lastIndex++;
    }
    return out;
  }

  has(list: PhraseList, text: string, from = 0, to = text.length): boolean {
    const re = this.re(list);
    if (!re) return false;
    re.lastIndex = 0;
    return re.test(this.lower(text).slice(from, to));
  }

  words(list: PhraseList): string[] {
    return this.sets.get(this.lang)?.lists[list] ?? this.sets.get('en')?.lists[list] ?? [];
  }
}
