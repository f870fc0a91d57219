// A sentence tokenizer that behaves exactly as natural's SentenceTokenizer (natural 8.1, MIT licence, © 2024 Hugo
// W.L. ter Doest), ported so that tenderlint does not install natural and the database and cache clients it brings.
// Abbreviations, URIs and numbers are swapped for placeholders, the text is split after each run of sentence stops
// (with a closing quote or bracket), and the placeholders are put back. The abbreviation pattern is compiled once,
// not on every call. test/text compares it with natural's own class on random text.

import { escapeRegExp } from './escape.js';

const URI = /(https?:\/\/\S+|www\.\S+|ftp:\/\/\S+|(mailto:)?[a-zA-Z0-9._%+-]+@[a-zA-Z0-9.-]+\.[a-zA-Z]{2,}|file:\/\/\S+)/gi;
const MAY_HOLD_URI = /:\/\/|www\.|@/i;
const NUMBER = /\b\d{1,3}(?:,\d{3})*(?:\.\d+)?\b/g;
/** Sentence stops, possibly several with spaces between, ending in a stop and an optional quote or bracket. */
const DELIMITER = /([.?!… ]*)([.?!…])(["'”’)}\]]?)/g;

export class SentenceTokenizer {
  private readonly abbreviations?: RegExp;

  /** `trimSentences` trims white space around each sentence (natural's default). */
  constructor(abbreviations: string[] = [], private readonly trimSentences = true) {
    if (abbreviations.length) this.abbreviations = new RegExp(`(${abbreviations.map(escapeRegExp).join('|')})`, 'gi');
  }

  /** The sentences of `text`, in order; without a sentence stop, the text whole. */
  tokenize(text: string): string[] {
    let counter = 0;
    const replacements = new Map<string, string>();
    const delimiters = new Map<string, string>();
    const hold = (base: string) => (match: string): string => {
      const code = `{{${base}_${counter++}}}`;
      replacements.set(code, match);
      return code;
    };
    let held = this.abbreviations ? text.replace(this.abbreviations, hold('ABBREV')) : text;
    // Every URI holds "://", "www." or "@": text without them (most sentences) is left as it is, unread.
    if (MAY_HOLD_URI.test(held)) held = held.replace(URI, hold('URI'));
    held = held.replace(NUMBER, hold('NUMBER'));
    held = held.replace(DELIMITER, (_m, p1: string, p2: string, p3: string) => {
      const code = `{{DELIM_${counter++}}}`;
      delimiters.set(code, p1 + p2 + p3);
      return code;
    });

    let sentences: string[] = [held];
    if (delimiters.size) {
      const parts = held.split(new RegExp(`(${[...delimiters.keys()].map(escapeRegExp).join('|')})`));
      sentences = [];
      for (let i = 0; i < parts.length; i += 2) sentences.push(parts[i]! + (parts[i + 1] ?? ''));
    }
    // Put back in the order the placeholders were made, each everywhere at once, as natural does (a replacement is a
    // replacement string, so "$&" in it means what String.prototype.replace says, also as in natural).
    // A placeholder not in the sentence (most of them: each sentence holds its own) leaves it as it is, unread.
    const restore = (s: string, map: Map<string, string>): string => {
      for (const [code, original] of map) if (s.includes(code)) s = s.replaceAll(code, original);
      return s;
    };
    const out = sentences.map((s) => restore(restore(s, replacements), delimiters));
    while (out[out.length - 1] === '') out.pop();
    while (out[0] === '') out.shift();
    return this.trimSentences ? out.map((s) => s.trim()) : out;
  }
}
