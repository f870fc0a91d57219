// The languages tenderlint reads: those with a phrase file in lexicon/phrases (adding one adds a language).
import { basename, join } from 'node:path';
import { BUILTIN_LEXICON_DIR, lexiconFiles } from '../lexicon/load.js';
import type { Lang } from '../model/document.js';

/**
 * Language codes with a built-in phrase file (`<code>.yaml`), sorted: a directory listing, not a lexicon load, so
 * checking `--lang` costs nothing before the run loads the lexicon once.
 */
export function languages(): Lang[] {
  return lexiconFiles(join(BUILTIN_LEXICON_DIR, 'phrases')).map((f) => basename(f).replace(/\.(?:ya?ml|json)$/, '')).sort();
}
