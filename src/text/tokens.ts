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

export function tokenize(text: string): Token[] {
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

/** The key of the first token of `text` (what tokenize(text)[0].key would be), without tokenizing the rest. */
export function firstTokenKey(text: string): string | undefined {
  TOKEN.lastIndex = 0;
  return TOKEN.exec(text)?.[0].toLowerCase();
}

export function isWordKey(key: string): boolean {
  return /^[\p{L}\p{N}]/u.test(key);
}
