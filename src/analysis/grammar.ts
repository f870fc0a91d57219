// The few grammatical patterns the reading layer needs (how names are listed, how an organisation's name is linked,
// where a clause starts, what may follow a product name), built from the function words of the document's languages
// in lexicon/phrases/<lang>.yaml. A language added as a phrase file brings its own "og", "eller", "of" with it.
import type { Phrases } from '../text/phrases.js';

export interface Grammar {
  /** Only a list separator between two names ("X og Y", "X/Y", "X, Y"). */
  coord: RegExp;
  /** Separators and capitalised names between two names of one list ("/QVRM/", ", Jenkins og "). */
  listGap: RegExp;
  /** The further part numbers of a standard ("ISO/IEC 27001, 27002 og 27701", "ISO 14001:2015"). */
  standardTail: RegExp;
  /** What may follow a product name without making it part of a generic noun phrase ("Snowflake og dbt", "X."). */
  afterName: RegExp;
  /** The words between a competence noun and its object ("av att arbeta i", "with"). */
  competenceGap: RegExp;
  /** A comma and a word that opens a new clause (", and the contractor will …"), global. */
  clauseCut: RegExp;
  /** Linking words inside an organisation's name, as a regex alternation ("of|for|og|av"). */
  nameLink: string;
  /** The same linking words, lower case. */
  nameLinks: Set<string>;
  /** Articles in lower case and capitalised, as an alternation ("the|The|den|Den"), for case-sensitive patterns. */
  article: string;
  /** Coordinators, as an alternation ("and|or|og|eller"). */
  coordinator: string;
  /** Articles and demonstratives, lower case: words that are never a name of their own. */
  pointers: Set<string>;
  /** A demonstrative right before a position ("this ", "denne "). */
  demonstrativeEnd: RegExp;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
/** The phrases of a list as an alternation, longest first, or a pattern that never matches when the list is empty. */
const alt = (words: string[]): string => words.length ? [...words].sort((a, b) => b.length - a.length).map(escape).join('|') : '(?!)';

const cache = new WeakMap<Phrases, Grammar>();

/** The patterns for the languages `phrases` reads; built once per phrase set. */
export function grammarOf(phrases: Phrases): Grammar {
  let g = cache.get(phrases);
  if (g) return g;
  const coordinators = alt(phrases.words('coordinators'));
  const separator = `(?:,|\\/|&|\\+|${coordinators})`;
  const nameLinks = phrases.words('nameLinks');
  g = {
    coord: new RegExp(`^\\s*(?:,|\\/|&|\\+|(?:${coordinators})(?![\\p{L}]))\\s*$`, 'iu'),
    listGap: new RegExp(`^(?:\\s*${separator}\\s*[\\p{Lu}\\p{N}][\\p{L}\\p{N}.+#-]*(?:[ ][\\p{Lu}\\p{N}][\\p{L}\\p{N}.+#-]*){0,3})*\\s*${separator}\\s*$`, 'u'),
    standardTail: new RegExp(`^(?::\\d{4}|(?:(?:,\\s*|\\s+(?:${coordinators}|&)\\s+)\\d{4,5}(?:-\\d{1,2})?(?::\\d{4})?)+)+`, 'u'),
    afterName: new RegExp(`^(?:$|\\s*[^\\s\\p{L}]|\\s+(?:(?:${coordinators}|${alt(phrases.words('prepositions'))})(?![\\p{L}])|\\p{Lu}))`, 'u'),
    competenceGap: new RegExp(`^\\s+(?:${alt(phrases.words('competenceLinks'))})(?:\\s+\\p{Ll}+){0,3}\\s+$`, 'u'),
    clauseCut: new RegExp(`,\\s+(?:${alt(phrases.words('clauseJoiners'))})\\s+`, 'giu'),
    nameLink: alt(nameLinks),
    nameLinks: new Set(nameLinks),
    article: alt(phrases.words('articles').flatMap((w) => [w, w[0]!.toUpperCase() + w.slice(1)])),
    coordinator: coordinators,
    pointers: new Set([...phrases.words('articles'), ...phrases.words('demonstratives')]),
    demonstrativeEnd: new RegExp(`(?:^|[^\\p{L}])(?:${alt(phrases.words('demonstratives'))})\\s+$`, 'iu'),
  };
  cache.set(phrases, g);
  return g;
}
