// The ordinary words of a language, from its Hunspell dictionary (built by scripts/build-wordlists.mjs into
// dist/wordlists/<lang>.bin), read lazily: only a rule that asks pays for the read, a page at a time, once per process.
// Lookups are by case-folded word and, failing that, by the word less a genitive or definite ending, or as a compound
// of two known words. Norwegian has no dictionary packaged for npm; the Danish list stands in for it.
import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
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

const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/** Little-endian 32-bit hashes as numbers: a view of the bytes where it can be, else a copy. */
function hashesOf(buf: Uint8Array): Uint32Array {
  const n = buf.length >> 2;
  if (buf.byteOffset % 4 === 0 && LITTLE_ENDIAN) return new Uint32Array(buf.buffer, buf.byteOffset, n);
  // Unaligned bytes or a big-endian machine: copy the hashes one by one.
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  const out = new Uint32Array(n);
  for (let i = 0; i < n; i++) out[i] = view.getUint32(i * 4, true);
  return out;
}

/** Is `h` in the sorted hashes a[lo..hi]? */
function search(a: Uint32Array, h: number, lo = 0, hi = a.length - 1): boolean {
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = a[mid]!;
    if (v === h) return true;
    if (v < h) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/** Hashes per page of a list read from its file on demand (4 KiB). */
const PAGE = 1024;
/** Pages read one by one before the rest of the list is read at once: a long document looks up thousands of words. */
const MAX_PAGES = 48;

/**
 * A word list as the sorted hashes of its words (the format is described in scripts/build-wordlists.mjs). A list
 * made from a file is read a page at a time as lookups need it: a short document looks up a few dozen words, and the
 * Danish list is 3 MB. The hashes are evenly spread, so the page a hash would be on is found by its value; a lookup
 * reads one or two pages. After MAX_PAGES pages the whole list is read.
 */
export class WordList {
  private hashes?: Uint32Array;
  private readonly pages = new Map<number, Uint32Array>();
  private readonly file?: string;
  /** The number of words. */
  readonly size: number;

  /** The list in `source`: its bytes, or a file of `bytes` bytes to read on demand. */
  constructor(source: Uint8Array | { file: string; bytes: number }) {
    if (source instanceof Uint8Array) {
      this.hashes = hashesOf(source);
      this.size = this.hashes.length;
    } else {
      this.file = source.file;
      this.size = source.bytes >> 2;
    }
  }

  /** The list in `file`, read on demand; a missing or unreadable file is an empty list. */
  static fromFile(file: string): WordList {
    try {
      return new WordList({ file, bytes: statSync(file).size });
    } catch {
      return new WordList(new Uint8Array(0));
    }
  }

  /** Is the (already case-folded) word in the list? */
  has(word: string): boolean {
    return !!word && this.hasHash(wordHash(word));
  }

  /** Is a word with this hash in the list? */
  hasHash(h: number): boolean {
    if (!this.size) return false;
    if (this.hashes) return search(this.hashes, h);
    // The page the hash would be on if the hashes were spread exactly evenly, then its neighbours in the hash's direction.
    const last = Math.ceil(this.size / PAGE) - 1;
    let p = Math.min(last, Math.floor((h / 0x1_0000_0000) * this.size / PAGE));
    let dir = 0;
    for (;;) {
      const page = this.pages.size < MAX_PAGES ? this.page(p) : undefined;
      if (!page) { this.readAll(); return search(this.hashes!, h); }
      if (h < page[0]!) {
        if (p === 0 || dir > 0) return false;
        dir = -1; p--;
      } else if (h > page[page.length - 1]!) {
        if (p === last || dir < 0) return false;
        dir = 1; p++;
      } else return search(page, h);
    }
  }

  /** Is the list read in full yet (for tests)? */
  get complete(): boolean {
    return this.hashes !== undefined;
  }

  /** Page p of a list read on demand, or undefined when the file can no longer be read as it was. */
  private page(p: number): Uint32Array | undefined {
    let page = this.pages.get(p);
    if (page) return page;
    const n = Math.min(PAGE, this.size - p * PAGE);
    const bytes = new Uint8Array(n * 4);
    let fd: number | undefined;
    try {
      fd = openSync(this.file!, 'r');
      if (readSync(fd, bytes, 0, bytes.length, p * PAGE * 4) !== bytes.length) return undefined;
    } catch {
      return undefined;
    } finally {
      if (fd !== undefined) closeSync(fd);
    }
    page = hashesOf(bytes);
    this.pages.set(p, page);
    return page;
  }

  /** Reads the whole list (an unreadable file leaves it empty). */
  private readAll(): void {
    let buf: Uint8Array;
    try {
      buf = readFileSync(this.file!);
    } catch {
      buf = new Uint8Array(0);
    }
    this.hashes = hashesOf(buf.subarray(0, Math.min(buf.length, this.size * 4)));
    this.pages.clear();
  }
}

const EMPTY = new WordList(new Uint8Array(0));
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
    list = file ? WordList.fromFile(file) : EMPTY;
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
