// The ordinary words of a language, from its Hunspell dictionary (built by scripts/build-wordlists.mjs into
// dist/wordlists/<lang>.bin), read lazily: only a rule that asks pays for the read, and only once per process.
// Lookups are by case-folded word and, failing that, by the word less a genitive or definite ending, or as a compound
// of two known words. Norwegian has no dictionary packaged for npm; the Danish list stands in for it.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Lang } from '../model/document.js';
import { PKG_ROOT } from '../paths.js';

/** A sorted, front-coded word list searched in place (the format is described in scripts/build-wordlists.mjs). */
export class WordList {
  private readonly blocks: number;
  private readonly data: number;

  constructor(private readonly buf: Buffer) {
    this.blocks = buf.length >= 4 ? buf.readUInt32LE(0) : 0;
    this.data = 4 + 4 * this.blocks;
  }

  get size(): number {
    return this.blocks;
  }

  private blockStart(i: number): number {
    return this.data + this.buf.readUInt32LE(4 + 4 * i);
  }

  /** Is the (already case-folded) word in the list? */
  has(word: string): boolean {
    if (!this.blocks || !word) return false;
    const q = Buffer.from(word, 'utf8');
    const buf = this.buf;
    // The last block whose head is <= q.
    let lo = 0, hi = this.blocks - 1, found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = this.blockStart(mid);
      const c = buf.compare(q, 0, q.length, s, buf.indexOf(10, s));
      if (c === 0) return true;
      if (c < 0) lo = mid + 1; // the head is before q
      else hi = mid - 1;
      if (c < 0) found = mid;
    }
    if (found < 0) return false;
    // Rebuild the block's words one by one until q is reached or passed.
    const end = found + 1 < this.blocks ? this.blockStart(found + 1) : buf.length;
    let p = this.blockStart(found);
    let nl = buf.indexOf(10, p);
    let prev = buf.subarray(p, nl);
    p = nl + 1;
    while (p < end) {
      const shared = buf[p]!;
      nl = buf.indexOf(10, p + 1);
      const cur = Buffer.concat([prev.subarray(0, shared), buf.subarray(p + 1, nl)]);
      const c = cur.compare(q);
      if (c === 0) return true;
      if (c > 0) return false;
      prev = cur;
      p = nl + 1;
    }
    return false;
  }
}

const EMPTY = new WordList(Buffer.alloc(0));
const cache = new Map<string, WordList>();

/** The file a language's list is read from: Norwegian reads the Danish one. */
function fileOf(lang: Lang, kind: '' | '.caps' | '.proper'): string | null {
  const l = lang === 'no' ? 'da' : lang;
  if (l !== 'da' && l !== 'sv' && l !== 'en') return null;
  return join(PKG_ROOT, 'dist', 'wordlists', `${l}${kind}.bin`);
}

function load(lang: Lang, kind: '' | '.caps' | '.proper'): WordList {
  const file = fileOf(lang, kind);
  if (!file) return EMPTY;
  let list = cache.get(file);
  if (!list) {
    // A build without the dictionaries (they are devDependencies) leaves the rule to judge by shape alone.
    list = existsSync(file) ? new WordList(readFileSync(file)) : EMPTY;
    cache.set(file, list);
  }
  return list;
}

/** The ordinary words of `lang` (all of them, case-folded). */
export function wordList(lang: Lang): WordList {
  return load(lang, '');
}

/** The words `lang`'s dictionary writes in capitals: abbreviations ("API", "PDF"). */
export function abbreviations(lang: Lang): WordList {
  return load(lang, '.caps');
}

/** The words `lang`'s dictionary knows only with an initial capital: places, peoples, first names. */
export function properNouns(lang: Lang): WordList {
  return load(lang, '.proper');
}

/** Is a word list available for `lang` (the build had its dictionary)? */
export function hasWordList(lang: Lang): boolean {
  return wordList(lang).size > 0;
}

/**
 * Genitive and definite endings a name takes in running text ("Kundens", "Beställaren", "the Agency's"), tried off
 * a word the list lacks as written. Longest first.
 */
const ENDINGS: Partial<Record<Lang, string[]>> & { en: string[] } = {
  da: ['ernes', 'enes', 'erne', 'ene', 'ens', 'ets', 'en', 'et', 'ne', 's', 'n'],
  no: ['ernes', 'enes', 'ene', 'ens', 'ets', 'en', 'et', 'ne', 'a', 's', 'n'],
  sv: ['ernas', 'arnas', 'ornas', 'erna', 'arna', 'orna', 'ens', 'ets', 'en', 'et', 'na', 's', 'n'],
  en: ["'s", '’s', "s'", 's'],
};

/** Is `form` (case-folded) in `list`, as written, less an ending, or as a compound of two words of 3+ letters? */
function known(list: WordList, form: string, endings: string[], compounds: boolean): boolean {
  if (list.has(form)) return true;
  const stem = endings.find((e) => form.length - e.length >= 3 && form.endsWith(e) && list.has(form.slice(0, -e.length)));
  if (stem) return true;
  if (!compounds) return false;
  // Compounds: Danish, Swedish and Norwegian write them as one word, with a hyphen after an abbreviation, or with a
  // linking -s-. The first part must be a word of its own; the last part is looked up with its endings.
  const parts = form.split('-');
  if (parts.length > 1) return parts.every((p) => p.length < 2 || known(list, p, endings, compounds));
  for (let i = form.length - 3; i >= 3; i--) {
    const head = form.slice(0, i), tail = form.slice(i);
    if (!(list.has(head) || (head.endsWith('s') && head.length > 3 && list.has(head.slice(0, -1))))) continue;
    if (list.has(tail) || endings.some((e) => tail.length - e.length >= 3 && tail.endsWith(e) && list.has(tail.slice(0, -e.length)))) return true;
  }
  return false;
}

export interface OrdinaryOptions {
  /** Only the document's own language counts (not the English words Scandinavian specifications borrow). */
  ownOnly?: boolean;
  /** Try the word as a compound of two words (Danish, Swedish, Norwegian only; never for a CamelCase word). */
  compounds?: boolean;
}

/**
 * Is `word` an ordinary word of `lang` (case-folded; with genitive or definite endings; as a compound)? English
 * words count in every language unless `ownOnly`: specifications in Danish, Swedish and Norwegian borrow them
 * ("Release 2", "API").
 */
export function isOrdinaryWord(word: string, lang: Lang, opts: OrdinaryOptions = {}): boolean {
  const form = word.normalize('NFC').toLowerCase();
  const own = wordList(lang);
  const nordic = lang === 'da' || lang === 'sv' || lang === 'no';
  if (own.size && known(own, form, ENDINGS[lang] ?? ENDINGS.en, !!opts.compounds && nordic)) return true;
  if (opts.ownOnly || lang === 'en') return false;
  const en = wordList('en');
  return en.size > 0 && known(en, form, ENDINGS.en, false);
}

/** Does the dictionary of `lang` know `word` only as a proper noun (not as a common word written with a capital)? */
export function isProperNoun(word: string, lang: Lang): boolean {
  const form = word.normalize('NFC').toLowerCase();
  const list = properNouns(lang);
  return list.has(form) || (ENDINGS[lang] ?? ENDINGS.en).some((e) => form.length - e.length >= 3 && form.endsWith(e) && list.has(form.slice(0, -e.length)));
}

/** Does the dictionary of `lang` (or the English one) write `word` in capitals, as an abbreviation ("API", "PDF")? */
export function isKnownAbbreviation(word: string, lang: Lang): boolean {
  const form = word.normalize('NFC').toLowerCase();
  return abbreviations(lang).has(form) || abbreviations('en').has(form);
}
