// The ordinary words of a language, from its Hunspell dictionary (built by scripts/build-wordlists.mjs into
// dist/wordlists/<lang>.bin), read lazily: only a rule that asks pays for the read, and only once per process.
// Lookups are by case-folded word and, failing that, by the word less a genitive or definite ending, or as a compound
// of two known words. Norwegian has no dictionary packaged for npm; the Danish list stands in for it.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Lang } from '../model/document.js';
import { PKG_ROOT } from '../paths.js';

/** FNV-1a, 32 bits, over UTF-16 code units: the hash scripts/build-wordlists.mjs stores. */
export function wordHash(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) {
    h ^= word.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A word list as the sorted hashes of its words (the format is described in scripts/build-wordlists.mjs). */
export class WordList {
  private readonly hashes: Uint32Array;

  constructor(buf: Buffer) {
    const n = buf.length >> 2;
    if (buf.byteOffset % 4 === 0 && new Uint8Array(new Uint32Array([1]).buffer)[0] === 1) this.hashes = new Uint32Array(buf.buffer, buf.byteOffset, n);
    else {
      // Unaligned bytes or a big-endian machine: copy the hashes one by one.
      this.hashes = new Uint32Array(n);
      for (let i = 0; i < n; i++) this.hashes[i] = buf.readUInt32LE(i * 4);
    }
  }

  get size(): number {
    return this.hashes.length;
  }

  /** Is the (already case-folded) word in the list? */
  has(word: string): boolean {
    if (!word) return false;
    const h = wordHash(word), a = this.hashes;
    let lo = 0, hi = a.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const v = a[mid]!;
      if (v === h) return true;
      if (v < h) lo = mid + 1;
      else hi = mid - 1;
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
  const key = lang + kind;
  let list = cache.get(key);
  if (!list) {
    const file = fileOf(lang, kind);
    // A build without the dictionaries (they are devDependencies) leaves the rule to judge by shape alone.
    list = file && existsSync(file) ? new WordList(readFileSync(file)) : EMPTY;
    cache.set(key, list);
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
const memo = new Map<string, boolean>();

export function isOrdinaryWord(word: string, lang: Lang, opts: OrdinaryOptions = {}): boolean {
  const key = `${lang}${opts.ownOnly ? '1' : '0'}${opts.compounds ? '1' : '0'}${word}`;
  let r = memo.get(key);
  if (r === undefined) {
    r = ordinary(word, lang, opts);
    if (memo.size > 50_000) memo.clear();
    memo.set(key, r);
  }
  return r;
}

function ordinary(word: string, lang: Lang, opts: OrdinaryOptions): boolean {
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
