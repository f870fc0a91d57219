// Finds a finding's term in a paragraph's visible text, preferring the occurrence nearest the reported column.
import { normalizeRuns } from '../text/normalize.js';
import type { WordParagraph } from './paragraphs.js';

/** A character range [from, to) in a paragraph's visible text. */
export interface TextRange {
  from: number;
  to: number;
}

/**
 * Locates `term` (normalised block text, as findings carry it) near 1-based `column`.
 * Matches exactly first, then ignoring case. Returns undefined when the term is not in the paragraph.
 */
export function locateTerm(p: WordParagraph, term: string, column: number): TextRange | undefined {
  const { text, map } = normalizedWithMap(p.text);
  const needle = normalizeRuns(term).text;
  if (!needle.trim()) return undefined;
  const want = Math.max(column - 1, 0);
  const hit = nearest(text, needle, want) ?? nearestFolded(text, needle, want);
  if (hit === undefined) return undefined;
  return { from: map[hit]!, to: map[hit + needle.length - 1]! + 1 };
}

/** The whole visible text of a paragraph, without leading and trailing white space (undefined when blank). */
export function wholeParagraph(p: WordParagraph): TextRange | undefined {
  const from = p.text.search(/\S/);
  if (from < 0) return undefined;
  return { from, to: p.text.trimEnd().length };
}

/** The paragraph text normalised as the parser does, and each normalised character's index in the visible text. */
function normalizedWithMap(visible: string): { text: string; map: number[] } {
  const { text, runs } = normalizeRuns(visible);
  const map: number[] = new Array(text.length);
  for (const [resStart, srcStart, len] of runs) for (let k = 0; k < len; k++) map[resStart + k] = srcStart + k;
  return { text, map };
}

function nearest(hay: string, needle: string, want: number): number | undefined {
  let best: number | undefined;
  for (let at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + 1)) {
    if (best === undefined || Math.abs(at - want) < Math.abs(best - want)) best = at;
  }
  return best;
}

function nearestFolded(hay: string, needle: string, want: number): number | undefined {
  const h = hay.toLowerCase(), n = needle.toLowerCase();
  if (h.length !== hay.length || n.length !== needle.length) return undefined;
  return nearest(h, n, want);
}
