// The few grammatical patterns the reading layer needs (how names are listed, how an organisation's name is linked,
// where a clause starts, what may follow a product name), built from the function words of the document's languages
// in lexicon/phrases/<lang>.yaml. A language added as a phrase file brings its own "og", "eller", "of" with it.
// Compiled over Latin ranges (text/latin.ts): Unicode-property classes cost more to build than a short run takes.
import { escapeRegExp } from '../text/escape.js';
import type { PhraseList, Phrases } from '../text/phrases.js';
import { latinRegExp } from '../text/latin.js';

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
  /** The same linking words, lower case. */
  nameLinks: Set<string>;
  /** Articles in lower case and capitalised, as an alternation ("the|The|den|Den"), for case-sensitive patterns. */
  article: string;
  /** Coordinators, as an alternation ("and|or|og|eller"). */
  coordinator: string;
  /** Articles and demonstratives, lower case: words that are never a name of their own. */
  pointers: Set<string>;
  /** Word sets, lower case, for token tests: list coordinators; coordinators and clause joiners; prepositions of place
   * before the buyer's environment; articles and relative pronouns that open an apposition. */
  coordinatorWords: ReadonlySet<string>;
  joinerWords: ReadonlySet<string>;
  inPlaceWords: ReadonlySet<string>;
  appositionOpeners: ReadonlySet<string>;
  /** An article and a capitalised noun opening a clause ("The Court …"): a defined term for an organisation. */
  articleNoun: RegExp;
  /** A demonstrative right before a position ("this ", "denne "). */
  demonstrativeEnd: RegExp;
  /** "Office of Family Assistance (OFA)": capitalised words (linking words allowed), then an acronym in parentheses. */
  acronymDef: RegExp;
  /** A capitalised multi-word name ("Virginia Department of Transportation"). */
  orgName: RegExp;
  /** The name a "hereinafter" defines, and the same less its article: (herefter »Styrelsen«), (hereinafter "the Department"). */
  definedName: RegExp;
  /** A declared name and its acronym at the start of a text ("Virginia IT Agency (VITA)"). */
  declaredName: RegExp;
  /** Linking words at the end of a name ("Department of"). */
  trailingLink: RegExp;
  /** Dotted words of the phrase data, lower case ("t.ex.", "exv.", "motsv."): abbreviations whose full stop ends no sentence. */
  abbreviations: ReadonlySet<string>;
}

const escape = (s: string): string => escapeRegExp(s).replace(/\s+/g, '\\s+');
/** The phrases of a list as an alternation, longest first, or a pattern that never matches when the list is empty. */
const alt = (words: string[]): string => words.length ? [...words].sort((a, b) => b.length - a.length).map(escape).join('|') : '(?!)';

/** By phrase data and languages read: a batch of documents in one language builds its patterns once. */
const cache = new WeakMap<object, Map<string, Grammar>>();

/** The patterns for the languages `phrases` reads. */
export function grammarOf(phrases: Phrases): Grammar {
  let byLangs = cache.get(phrases.sets);
  if (!byLangs) cache.set(phrases.sets, byLangs = new Map());
  const key = phrases.languages.join(',');
  let g = byLangs.get(key);
  if (g) return g;
  let abbreviations: Set<string> | undefined;
  const coordinators = alt(phrases.words('coordinators'));
  const separator = `(?:,|\\/|&|\\+|${coordinators})`;
  const nameLinks = phrases.words('nameLinks');
  const article = alt(phrases.words('articles').flatMap((w) => [w, w[0]!.toUpperCase() + w.slice(1)]));
  g = {
    coord: latinRegExp(`^\\s*(?:,|\\/|&|\\+|(?:${coordinators})(?![\\p{L}]))\\s*$`, 'iu'),
    listGap: latinRegExp(`^(?:\\s*${separator}\\s*[\\p{Lu}\\p{N}][\\p{L}\\p{N}.+#-]*(?:[ ][\\p{Lu}\\p{N}][\\p{L}\\p{N}.+#-]*){0,3})*\\s*${separator}\\s*$`, 'u'),
    standardTail: latinRegExp(`^(?::\\d{4}|(?:(?:,\\s*|\\s+(?:${coordinators}|&)\\s+)\\d{4,5}(?:-\\d{1,2})?(?::\\d{4})?)+)+`, 'u'),
    afterName: latinRegExp(`^(?:$|\\s*[^\\s\\p{L}]|\\s+(?:(?:${coordinators}|${alt(phrases.words('prepositions'))})(?![\\p{L}])|\\p{Lu}))`, 'u'),
    competenceGap: latinRegExp(`^\\s+(?:${alt(phrases.words('competenceLinks'))})(?:\\s+\\p{Ll}+){0,3}\\s+$`, 'u'),
    clauseCut: latinRegExp(`,\\s+(?:${alt(phrases.words('clauseJoiners'))})\\s+`, 'giu'),
    nameLinks: new Set(nameLinks),
    article,
    coordinator: coordinators,
    pointers: new Set([...phrases.words('articles'), ...phrases.words('demonstratives')]),
    coordinatorWords: new Set(phrases.words('coordinators')),
    joinerWords: new Set([...phrases.words('coordinators'), ...phrases.words('clauseJoiners')]),
    inPlaceWords: new Set(phrases.words('inPlace')),
    appositionOpeners: new Set([...phrases.words('articles'), ...phrases.words('relativePronouns')]),
    articleNoun: latinRegExp(`^\\s*(?:${article})\\s+(\\p{Lu}\\p{Ll}+)(?=\\s)`, 'u'),
    demonstrativeEnd: latinRegExp(`(?:^|[^\\p{L}])(?:${alt(phrases.words('demonstratives'))})\\s+$`, 'iu'),
    acronymDef: latinRegExp(`((?:\\p{Lu}[\\p{L}&.'-]*\\s+(?:(?:${alt(nameLinks)})\\s+)*){1,9})\\((\\p{Lu}[\\p{Lu}\\p{N}&]{1,8}s?)\\)`, 'gu'),
    orgName: latinRegExp(`\\p{Lu}[\\p{Ll}&'-]+(?:\\s+(?:(?:${alt(nameLinks)})\\s+)*\\p{Lu}[\\p{Ll}&'-]+){1,8}`, 'gu'),
    definedName: latinRegExp(`^\\s*[:,]?\\s*["'»«“”]?\\s*((?:(?:${article})\\s+)?(\\p{Lu}[\\p{L}\\p{N}&-]*(?:\\s+\\p{Lu}[\\p{L}\\p{N}&-]*){0,3}))`, 'u'),
    declaredName: latinRegExp(`^\\s*(\\p{Lu}[\\p{L}\\p{N}&.'-]*(?:\\s+(?:${alt(nameLinks)}|\\p{Lu}[\\p{L}\\p{N}&.'-]*)){0,7})(?:\\s*\\((\\p{Lu}[\\p{Lu}\\p{N}&]{1,8})\\))?`, 'u'),
    trailingLink: latinRegExp(`\\s+(?:${alt(nameLinks)})$`, 'iu'),
    // Built on first use: only a sentence that ends in a full stop asks.
    get abbreviations(): ReadonlySet<string> {
      return (abbreviations ??= dottedWords(phrases));
    },
  };
  byLangs.set(key, g);
  return g;
}

/** The lists whose phrases abbreviate inside a sentence ("t.ex. X", "X el. motsv.", "Y m.fl."). */
const ABBREVIATING: readonly PhraseList[] = ['example', 'exampleAfter', 'equivalent', 'weakEquivalent', 'versionFloor', 'criteria', 'equivalentOther'];

/** Every word of those lists that ends in a full stop after a letter ("t.ex.", "exv.", "el.", "etc."). */
function dottedWords(phrases: Phrases): Set<string> {
  const out = new Set<string>();
  for (const list of ABBREVIATING) {
    for (const phrase of phrases.words(list)) for (const w of phrase.split(/\s+/)) if (/^[a-zà-ÿ][a-zà-ÿ.]*\.$/.test(w)) out.add(w);
  }
  return out;
}
