// The languages tenderlint reads: those with a phrase file in lexicon/phrases (adding one adds a language).
import { loadBuiltin } from '../lexicon/load.js';
import type { Lang } from '../model/document.js';

/** Language codes with a built-in phrase file, sorted. */
export function languages(): Lang[] {
  return [...loadBuiltin().phrases.keys()].sort();
}
