// Word tokenizer shared by the lexicon matcher and the phrase matcher: letters/digits runs and single punctuation marks.

export interface Token {
  /** Lower-cased token text. */
  key: string;
  start: number;
  end: number;
  /** Whitespace separates this token from the previous one. */
  spaced: boolean;
}

/** Underscores join words: "PPT_artifacts" is one identifier, not the name PPT. */
const TOKEN = /[\p{L}\p{N}_]+|[^\s\p{L}\p{N}_]/gu;

/** Classes of code points as TOKEN reads them: a word character, white space (\s), or any other (a token alone). */
const WORD = 1, SPACE = 2, OTHER = 3;
/** The class of each BMP code unit, filled in on first sight (0: not yet seen). */
const CLASS = new Uint8Array(65536);
const ASTRAL = new Map<number, number>();
/** Added to a class: the character is a letter (\p{L}); an upper-case letter (\p{Lu}) has UPPER as well. */
const LETTER = 8, UPPER = 16;
function classify(ch: string): number {
  const letter = /^\p{L}$/u.test(ch);
  return (/^[\p{L}\p{N}_]$/u.test(ch) ? WORD : /^\s$/u.test(ch) ? SPACE : OTHER) | (letter ? LETTER : 0) | (letter && /^\p{Lu}$/u.test(ch) ? UPPER : 0);
}
// ASCII by its codes, so that start-up compiles none of the Unicode patterns above (each costs a fraction of a
// millisecond) and a text in plain ASCII never does; the tests compare every class with the patterns.
for (let c = 0; c < 128; c++) {
  const upper = c >= 65 && c <= 90, letter = upper || (c >= 97 && c <= 122);
  const word = letter || (c >= 48 && c <= 57) || c === 95;
  const space = (c >= 9 && c <= 13) || c === 32;
  CLASS[c] = (word ? WORD : space ? SPACE : OTHER) | (letter ? LETTER : 0) | (upper ? UPPER : 0);
}
// And the rest of Latin-1 and the General Punctuation block (typographic dashes, quotes and spaces), which Nordic
// and English texts are written in: [first, last, class] runs, as the patterns class them (test/text/tokens.test.ts
// compares every code unit).
for (const [first, last, k] of [
  [0x80, 0x9f, OTHER], [0xa0, 0xa0, SPACE], [0xa1, 0xa9, OTHER], [0xaa, 0xaa, WORD | LETTER], [0xab, 0xb1, OTHER],
  [0xb2, 0xb3, WORD], [0xb4, 0xb4, OTHER], [0xb5, 0xb5, WORD | LETTER], [0xb6, 0xb8, OTHER], [0xb9, 0xb9, WORD],
  [0xba, 0xba, WORD | LETTER], [0xbb, 0xbb, OTHER], [0xbc, 0xbe, WORD], [0xbf, 0xbf, OTHER], [0xc0, 0xd6, WORD | LETTER | UPPER],
  [0xd7, 0xd7, OTHER], [0xd8, 0xde, WORD | LETTER | UPPER], [0xdf, 0xf6, WORD | LETTER], [0xf7, 0xf7, OTHER], [0xf8, 0xff, WORD | LETTER],
  [0x2000, 0x200a, SPACE], [0x200b, 0x2027, OTHER], [0x2028, 0x2029, SPACE], [0x202a, 0x202e, OTHER], [0x202f, 0x202f, SPACE],
  [0x2030, 0x205e, OTHER], [0x205f, 0x205f, SPACE], [0x2060, 0x206f, OTHER],
] as const) CLASS.fill(k, first, last + 1);
/**
 * Class of the code point at `i` (a surrogate pair read whole, as the u flag reads it, when it ends before `end`);
 * its length is 2 when `k & 4`.
 */
function classAt(text: string, i: number, end = text.length): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < end) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) {
      const cp = (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
      let k = ASTRAL.get(cp);
      if (k === undefined) { k = classify(String.fromCodePoint(cp)); ASTRAL.set(cp, k); }
      return k | 4; // length 2
    }
  }
  let k = CLASS[c]!;
  if (k === 0) { k = classify(String.fromCharCode(c)); CLASS[c] = k; }
  return k;
}

/**
 * Per-code-point tests for scanners that stand in for Unicode-property patterns (checkers/shared.ts): the same
 * answers as /[\p{L}\p{N}]/u, /\p{L}/u, /\p{Lu}/u and /\s/u on the code point at `i` of text.slice(0, end), but
 * read from the class table, where each pattern would be compiled on first use (most of a one-page run's cost).
 * All are false at or past `end`.
 */
export const isAlnumAt = (text: string, i: number, end = text.length): boolean => i < end && (classAt(text, i, end) & 3) === WORD && text.charCodeAt(i) !== 95;
export const isLetterAt = (text: string, i: number, end = text.length): boolean => i < end && (classAt(text, i, end) & LETTER) !== 0;
export const isUpperAt = (text: string, i: number, end = text.length): boolean => i < end && (classAt(text, i, end) & UPPER) !== 0;
export const isSpaceAt = (text: string, i: number, end = text.length): boolean => i < end && (classAt(text, i, end) & 3) === SPACE;
/** Code units of the code point at `i` (2 for a surrogate pair ending before `end`). */
export const codePointLength = (text: string, i: number, end = text.length): number => (classAt(text, i, end) & 4 ? 2 : 1);

/** Where the code point that ends at `i` starts (i - 2 for a surrogate pair that starts at or after `start`). */
function codePointStartBefore(text: string, i: number, start: number): number {
  const c = text.charCodeAt(i - 1);
  if (c >= 0xdc00 && c <= 0xdfff && i - 2 >= start) {
    const h = text.charCodeAt(i - 2);
    if (h >= 0xd800 && h <= 0xdbff) return i - 2;
  }
  return i - 1;
}

/**
 * Whether the code point that ends at `i` (not before `start`) is a letter or digit: the lookbehind
 * (?<![\p{L}\p{N}]) of a u-flag pattern run on text.slice(start), which reads a surrogate pair backwards whole.
 */
export function isAlnumBefore(text: string, i: number, start = 0): boolean {
  return i > start && isAlnumAt(text, codePointStartBefore(text, i, start), i);
}

/** Where the run of letters (\p{L}, or with `digits` [\p{L}\p{N}]) that ends at `i` starts, not before `start`. */
export function runStartBefore(text: string, i: number, start = 0, digits = false): number {
  while (i > start) {
    const s = codePointStartBefore(text, i, start);
    if (!(digits ? isAlnumAt(text, s, i) : isLetterAt(text, s, i))) break;
    i = s;
  }
  return i;
}

/**
 * The tokens TOKEN finds (runs of letters, digits and underscores; any other character but white space alone),
 * read by a table of character classes instead of the regular expression: tokenizing is much of the cost of
 * matching names and phrases on a long document. test/text/tokens.test.ts compares the two on random text.
 */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let prevEnd = -1;
  const n = text.length;
  for (let i = 0; i < n; ) {
    const k = classAt(text, i);
    const len = k & 4 ? 2 : 1;
    const cls = k & 3;
    if (cls === SPACE) { i += len; continue; }
    let j = i + len;
    if (cls === WORD) {
      while (j < n) {
        const k2 = classAt(text, j);
        if ((k2 & 3) !== WORD) break;
        j += k2 & 4 ? 2 : 1;
      }
    }
    out.push({ key: text.slice(i, j).toLowerCase(), start: i, end: j, spaced: prevEnd >= 0 && i > prevEnd });
    prevEnd = j;
    i = j;
  }
  return out;
}

/** tokenize() as the regular expression does it (tests compare the two). */
export function tokenizeByPattern(text: string): Token[] {
  const out: Token[] = [];
  let prevEnd = -1;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const start = m.index;
    out.push({ key: m[0].toLowerCase(), start, end: start + m[0].length, spaced: prevEnd >= 0 && start > prevEnd });
    prevEnd = start + m[0].length;
  }
  return out;
}

/** The runs of letters in `text` (what text.match(/\p{L}+/gu) finds, [] for none). */
export function letterRuns(text: string): string[] {
  const out: string[] = [];
  const n = text.length;
  let start = -1;
  for (let i = 0; i < n; ) {
    const k = classAt(text, i);
    if (k & LETTER) { if (start < 0) start = i; }
    else if (start >= 0) { out.push(text.slice(start, i)); start = -1; }
    i += k & 4 ? 2 : 1;
  }
  if (start >= 0) out.push(text.slice(start));
  return out;
}

/** Whether `key` starts with a letter, digit or underscore (/^[\p{L}\p{N}_]/u): a word token. */
export function isWordToken(key: string): boolean {
  return key.length > 0 && (classAt(key, 0) & 3) === WORD;
}

/**
 * The key of the first token of `text` (what tokenize(text)[0].key would be), without tokenizing the rest: the
 * matcher files every lexicon term by it at start-up, where running TOKEN would compile it first.
 */
export function firstTokenKey(text: string): string | undefined {
  const n = text.length;
  for (let i = 0; i < n; ) {
    const k = classAt(text, i);
    let j = i + (k & 4 ? 2 : 1);
    if ((k & 3) === SPACE) { i = j; continue; }
    if ((k & 3) === WORD) {
      while (j < n) {
        const k2 = classAt(text, j);
        if ((k2 & 3) !== WORD) break;
        j += k2 & 4 ? 2 : 1;
      }
    }
    return text.slice(i, j).toLowerCase();
  }
  return undefined;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
/** Whether UTF-16 code unit `c` (no surrogate) is a letter or digit, as /[\p{L}\p{N}]/u reads it: ASCII by its code. */
function isWordCode(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return WORD_CHAR.test(String.fromCharCode(c));
}
const surrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdfff;

/** Whether `key` ends in a letter or digit (/[\p{L}\p{N}]$/u). */
export function endsInWordChar(key: string): boolean {
  if (!key.length) return false;
  const c = key.charCodeAt(key.length - 1);
  return surrogate(c) ? /[\p{L}\p{N}]$/u.test(key) : isWordCode(c);
}

/** Whether `key` starts with a letter or digit (/^[\p{L}\p{N}]/u). */
export function startsWithWordChar(key: string): boolean {
  if (!key.length) return false;
  const c = key.charCodeAt(0);
  return surrogate(c) ? /^[\p{L}\p{N}]/u.test(key) : isWordCode(c);
}

export function isWordKey(key: string): boolean {
  return /^[\p{L}\p{N}]/u.test(key);
}
