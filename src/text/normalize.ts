// Typographic normalisation that keeps a character-for-character map to the source.

/** Characters folded to a plain equivalent of the same length. */
const FOLD: Record<string, string> = {
  '\u00a0': ' ', '\u2007': ' ', '\u202f': ' ', '\u2009': ' ', '\u200a': ' ', '\u2002': ' ', '\u2003': ' ', '\t': ' ',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2212': '-',
  '\u2018': "'", '\u2019': "'", '\u02bc': "'", '\u201a': "'", '\u2032': "'",
  '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u00ab': '"', '\u00bb': '"',
};
/** Characters dropped entirely (soft hyphen, zero-width characters, BOM). */
const DROP = new Set(['\u00ad', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff']);
const ANY = /[\u00a0\u2007\u202f\u2009\u200a\u2002\u2003\t\u2010-\u2014\u2212\u2018\u2019\u02bc\u201a\u2032\u201c\u201d\u201e\u00ab\u00bb\u00ad\u200b-\u200d\u2060\ufeff]/;

/**
 * Normalises `raw` and reports which runs of the result map to which source offsets.
 * Returns the runs as [resultStart, sourceStart, length] triples.
 */
export function normalizeRuns(raw: string): { text: string; runs: Array<[number, number, number]> } {
  if (!ANY.test(raw)) return { text: raw, runs: raw.length ? [[0, 0, raw.length]] : [] };
  let text = '';
  const runs: Array<[number, number, number]> = [];
  let runStart = -1;
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i]!;
    if (DROP.has(ch)) {
      if (runStart >= 0) { runs.push([text.length - (i - runStart), runStart, i - runStart]); runStart = -1; }
      continue;
    }
    if (runStart < 0) runStart = i;
    text += FOLD[ch] ?? ch;
  }
  if (runStart >= 0) runs.push([text.length - (raw.length - runStart), runStart, raw.length - runStart]);
  return { text, runs };
}

/** Normalised text only. */
export function normalizeText(raw: string): string {
  return normalizeRuns(raw).text;
}
