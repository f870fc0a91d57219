// Helpers shared by checkers: severity by modality, neutral rewrites, the or-equivalent phrase and its fix.
import { escapeRegExp } from '../text/escape.js';
import type { Lang, SpecDocument } from '../model/document.js';
import type { DraftFinding, Severity, Suggestion } from '../model/finding.js';
import type { SpanContext } from '../analysis/context.js';
import type { AnalysedMention } from '../analysis/mentions.js';
import type { LexiconEntry } from '../lexicon/types.js';
import { isAlnumAt, isAlnumBefore, isLetterAt, isSpaceAt, isUpperAt, codePointLength, runStartBefore } from '../text/tokens.js';

// Most patterns here are scanners over the class table of text/tokens.ts instead of Unicode-property regular
// expressions: V8 compiles each such expression on first use (a large alternation or \p{L} with the i flag costs
// about a millisecond), which was a fifth of a one-page run. Where a pattern stays, a test of what it must start
// with decides first whether it can match at all, so it is compiled only when a text needs it. Each scanner is
// compared with its expression on random text in test/checkers/shared-scanners.test.ts.

/** The statutory or-equivalent wording per language. */
export const OR_EQUIVALENT: Record<Lang, string> = {
  da: 'eller tilsvarende', no: 'eller tilsvarende', sv: 'eller likvärdigt', en: 'or equivalent',
  de: 'oder gleichwertig', fr: 'ou équivalent', nl: 'of gelijkwaardig',
};

/**
 * Languages added as data bring their statutory wording too: the first phrase of their `equivalent` list
 * ("tai vastaava" for Finnish). The built-in languages keep the wording above.
 */
export function useStatutoryPhrases(sets: ReadonlyMap<Lang, { lists: { equivalent?: string[] } }>): void {
  for (const [lang, set] of sets) if (!(lang in OR_EQUIVALENT) && set.lists.equivalent?.[0]) OR_EQUIVALENT[lang] = set.lists.equivalent[0];
}

/** The statutory or-equivalent wording of `lang` (English where a language has none). */
export const orEquivalentPhrase = (lang: Lang): string => OR_EQUIVALENT[lang] ?? OR_EQUIVALENT.en!;

/** A mandatory requirement gets the rule's severity; a desirable one at most a warning. */
export function severityFor(sc: SpanContext, max: Severity): Severity {
  if (sc.modality === 'mandatory') return max;
  return Math.min(max, 1) as Severity;
}

/** Is the span a requirement on the supplier or solution (as opposed to background, a heading or a negation)? */
export function isRequirement(sc: SpanContext): boolean {
  return sc.modality !== 'none' && !sc.background && !sc.negated && sc.block.kind !== 'heading';
}

export function neutralOf(entry: LexiconEntry, lang: Lang): string {
  const n = entry.neutral as Record<string, string | undefined>;
  return n[lang] ?? (lang === 'no' ? n.da : undefined) ?? (lang === 'sv' ? n.da : undefined) ?? n.en!;
}

/** Does the entry have a neutral description written in `lang` (Norwegian and Swedish may read the Danish)? */
export function hasNeutral(entry: LexiconEntry, lang: Lang): boolean {
  const n = entry.neutral as Record<string, string | undefined>;
  return !!(n[lang] ?? (lang === 'no' || lang === 'sv' ? n.da : undefined) ?? (lang === 'en' ? n.en : undefined));
}

const UI: Record<'functional' | 'fallback' | 'insert', Partial<Record<Lang, string>> & { en: string; da: string }> = {
  functional: { en: 'Describe the need instead of the product', da: 'Beskriv behovet i stedet for produktet', no: 'Beskriv behovet i stedet for produktet', sv: 'Beskriv behovet i stället för produkten' },
  fallback: { en: 'If a name is unavoidable: add "or equivalent" and say what counts as equivalent', da: 'Hvis et navn er uundgåeligt: tilføj "eller tilsvarende" og angiv, hvad der er tilsvarende', no: 'Hvis et navn er uunngåelig: legg til "eller tilsvarende" og angi hva som regnes som tilsvarende', sv: 'Om ett namn är oundvikligt: lägg till "eller likvärdigt" och ange vad som räknas som likvärdigt' },
  insert: { en: 'Add "or equivalent"', da: 'Tilføj "eller tilsvarende"', no: 'Legg til "eller tilsvarende"', sv: 'Lägg till "eller likvärdigt"' },
};
export function ui(key: keyof typeof UI, lang: Lang): string {
  return UI[key][lang] ?? UI[key].en;
}

/** The sentence with [start, end) replaced by `replacement`. */
export function rewrite(sc: SpanContext, start: number, end: number, replacement: string): string {
  // The text as written (typographic quotes and dashes kept) has the same offsets as the normalised text.
  const text = sc.block.display ?? sc.block.text;
  const [ss, se] = sc.sentence;
  // Inside brackets a description loses its own parenthetical: brackets never nest.
  if (replacement.includes('(') && insideParentheses(text, ss, start)) replacement = withoutParenthetical(replacement);
  const before = agreeArticle(text.slice(ss, start), replacement);
  return (before + replacement + text.slice(end, se)).replace(/\s{2,}/g, ' ').trim();
}

/** Articles of the supported languages; a description that starts with one replaces the text's own. */
const ARTICLES = new Set(['a', 'an', 'the', 'en', 'et', 'ett', 'ei', 'ein', 'eine', 'einen', 'un', 'une', 'le', 'la', 'een', 'het']);
const STARTS_WITH_ARTICLE = /^(?:a|an|the|en|et|ett|ei|ein|eine|einen|un|une|le|la|een|het)\s/i;

/**
 * The article before a replacement: dropped when the replacement brings its own ("an Apple iPad" → "a tablet …",
 * not "an a tablet …"); English "a"/"an" otherwise agrees with the replacement's first sound ("an AWS …" → "a …").
 */
export function agreeArticle(before: string, replacement: string): string {
  // Only the last few characters can hold the article.
  const cut = Math.max(0, before.length - 12);
  const tail = before.slice(cut);
  // The last word, as /(^|[^\p{L}])(\p{L}+)(\s+)$/u finds it: the letters just before the trailing white space.
  let space = tail.length;
  while (space > 0 && isSpaceAt(tail, space - 1, space)) space--;
  const start = runStartBefore(tail, space);
  if (space === tail.length || start === space) return before;
  // The tail's first word is a word start only if the tail starts the text or follows a non-letter.
  if (start === 0 && cut > 0 && isLetterAt(before, cut - 1, cut)) return before;
  const word = tail.slice(start, space);
  // An article only ever matches ASCII letters case-insensitively (no other letter folds to one of theirs).
  if (ARTICLES.has(word.toLowerCase()) && STARTS_WITH_ARTICLE.test(replacement)) return before.slice(0, cut + start);
  if (!(word === 'a' || word === 'an' || word === 'A' || word === 'An') || !isAlnumAt(replacement, 0)) return before;
  // By sound, roughly: vowel letters, except "uni-", "use", "eu-", "one"; and an initialism read letter by letter.
  const vowel = /^(?:[aeiou](?!ni|s[eu]|u)|[AEIOU](?!ni|s[eu]|u)|[FHLMNRSX](?:[A-Z]|$|\s))/u.test(replacement) && !/^one\b/i.test(replacement);
  const article = word[0] === 'A' ? (vowel ? 'An' : 'A') : vowel ? 'an' : 'a';
  return before.slice(0, cut + start) + article + tail.slice(space);
}

/** The length of /^[\p{L}\p{N}]*(?:-[\p{L}\p{N}]+)*\/u on text.slice(at, end): the rest of a word, hyphenated parts too. */
export function hyphenatedWordLength(text: string, at: number, end = text.length): number {
  let i = at;
  for (;;) {
    while (isAlnumAt(text, i, end)) i += codePointLength(text, i, end);
    if (i >= end || text.charCodeAt(i) !== 45 || !isAlnumAt(text, i + 1, end)) return i - at;
    i++;
  }
}

/** The length of /^(?:\s+\p{Lu}[\p{L}\p{N}-]*)*\/u on text.slice(at, end): capitalised words that follow. */
export function capitalisedWordsLength(text: string, at: number, end = text.length): number {
  let i = at;
  for (;;) {
    let j = i;
    while (isSpaceAt(text, j, end)) j++;
    if (j === i || !isUpperAt(text, j, end)) return i - at;
    j += codePointLength(text, j, end);
    while (isAlnumAt(text, j, end) || (j < end && text.charCodeAt(j) === 45)) j += codePointLength(text, j, end);
    i = j;
  }
}

/**
 * The whole word a mention stands in, for rewriting: the rest of an inflected or hyphenated compound
 * ("Azure-platformen", "Microsofts") and a vendor genitive just before it ("Microsofts Azure").
 */
export function wordSpan(m: AnalysedMention): [number, number] {
  const text = m.block.text;
  const end = m.reportEnd + hyphenatedWordLength(text, m.reportEnd);
  let start = m.start;
  const vendor = m.entry.vendor?.split(/[\s(]/)[0];
  if (vendor) {
    const before = text.slice(Math.max(0, start - vendor.length - 4), start);
    const g = new RegExp(`${escapeRegExp(vendor)}(?:'?s|')?\\s+$`, 'i').exec(before);
    if (g) start -= g[0].length;
  }
  return [start, end];
}

/**
 * A generic noun after a name that the neutral description already names ("an Excel workbook" → "a spreadsheet …").
 * Grouped by language for reading; all apply to every text, as specifications mix languages. Spelled out, lower
 * case, as the pattern they were matched by reads them (so Danish "dokumenter?" gives "dokumente" too):
 * test/checkers/shared-scanners.test.ts holds the list to that pattern. A set lookup of the next word replaced one
 * alternation of all of them, which took a millisecond to compile, and so did expanding the pattern at start-up.
 */
const GENERIC_NOUNS = {
  en: 'workbook workbooks spreadsheet spreadsheets file files document documents template templates site sites database databases platform platforms solution solutions environment environments server servers instance instances tenant tenants licence licences license licenses suite suites format formats',
  da: 'regneark regnearket file filer dokumente dokumenter skabelone skabeloner database databaser platform platforme løsninge løsninger miljøe miljøer server servere license licenser pakke pakker formate formater formatet',
  sv: 'kalkylblad kalkylbladet arbetsbok arbetsboken fil filen filer filerna dokumentet mall mallar mallen webbplats webbplatsen webbplatser databas databasen databaser plattform plattformen plattformar lösning lösningen lösningar miljö miljön miljöer server servern serverar instans instansen instanser licens licensen licenser svit sviten format',
  no: 'arbeidsbok arbeidsboken filen filene dokumenten dokumentene maler malen nettsted nettstedet databasen plattform plattformen plattformer løsning løsningen løsninger miljø miljøet miljøer serveren instans instansen instanser lisens lisensen lisenser pakken',
};
const GENERIC = new Set(Object.values(GENERIC_NOUNS).flatMap((words) => words.split(' ')));

/**
 * The length of `^\s+(?:GENERIC_NOUNS)(?![\p{L}\p{N}-])` (flags iu) on text.slice(at, end), 0 for no match: white
 * space, then a run of letters, digits and hyphens that is one of the nouns. (The nouns are letters only, so such
 * a run matches only whole; "ſ", the one letter that folds to an ASCII letter of theirs, is folded as the i flag does.)
 */
export function genericHeadLength(text: string, at: number, end = text.length): number {
  let i = at;
  while (isSpaceAt(text, i, end)) i++;
  if (i === at) return 0;
  let j = i;
  while (isAlnumAt(text, j, end) || (j < end && text.charCodeAt(j) === 45)) j += codePointLength(text, j, end);
  if (j === i) return 0;
  const word = text.slice(i, j).toLowerCase();
  return GENERIC.has(word.includes('ſ') ? word.replaceAll('ſ', 's') : word) ? j - at : 0;
}

/** A version floor after a versioned name, which a description without a version makes meaningless. */
const VERSION_FLOOR = /^\s+(?:eller (?:nyere|senere|højere|høyere|senare|nyare)|or (?:higher|later|newer|above))(?![\p{L}])/iu;
/** What VERSION_FLOOR starts with, without the \p{L} that makes it costly to compile. */
const VERSION_FLOOR_START = /^\s+(?:eller|or) /iu;
/** The version floor at the start of `s`, if any. */
const versionFloor = (s: string): RegExpExecArray | null => (VERSION_FLOOR_START.test(s) ? VERSION_FLOOR.exec(s) : null);

/** A role the name is given ("som database", "as the platform"), redundant when the description names that noun. */
const ROLE = /^\s+(?:som|as(?:\s+(?:the|a|an|its))?)\s+(\p{L}{4,})(?![\p{L}\p{N}-])/iu;
const ROLE_START = /^\s+(?:som|as)\s/iu;

/** The description in place of the name, and of what only made sense with the name ("Excel workbook", "2019 or later"). */
export function functionalRewrite(m: AnalysedMention, lang: Lang, neutral = neutralOf(m.entry, lang)): string {
  const [ws, we] = wordSpan(m);
  const text = m.block.text, se = m.ctx.sentence[1];
  let end = we;
  end += genericHeadLength(text, end, se);
  end += versionFloor(text.slice(end, se))?.[0].length ?? 0;
  const rest = text.slice(end, se);
  const role = ROLE_START.test(rest) ? ROLE.exec(rest) : null;
  // The description names the role's noun: as a word ("a relational database"), or as the head of a compound
  // ("en relationsdatabas", "en relasjonsdatabase").
  const noun = role?.[1]!.toLowerCase();
  if (role && new RegExp(`(?<![\\p{L}])${noun}|${noun}(?![\\p{L}])`, 'u').test(neutral.toLowerCase())) end += role[0].length;
  // Inside parentheses the description's own parenthetical goes: brackets never nest.
  const fitted = insideParentheses(text, m.ctx.sentence[0], ws) ? withoutParenthetical(neutral) : neutral;
  // A quoted name's quotation marks go with it: the description is not a quotation.
  if (text[ws - 1] === '"' && text[we] === '"' && end === we) return rewrite(m.ctx, ws - 1, we + 1, fitted);
  return rewrite(m.ctx, ws, end, fitted);
}

/** Is `at` inside round brackets opened since `from` (the sentence start)? */
export function insideParentheses(text: string, from: number, at: number): boolean {
  let depth = 0;
  for (let i = from; i < at; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')') depth = Math.max(0, depth - 1);
  }
  return depth > 0;
}

/** A description without its parenthetical parts ("a database (e.g. SQL)" → "a database"), for use inside brackets. */
export function withoutParenthetical(s: string): string {
  let out = s;
  for (let prev = ''; prev !== out;) { prev = out; out = out.replace(/\s*\([^()]*\)/g, ''); }
  return out.replace(/\s{2,}/g, ' ').trim();
}

/** Capitalised words glued to a name by a space: the rest of the product's name (up to three words). */
const NAME_CONTINUES = /^(?: (?:\p{Lu}[\p{L}\p{N}+]*|\p{Lu}{2,}[\p{N}]*)(?![\p{L}\p{N}'-])){1,3}/u;
/** The length of NAME_CONTINUES on text.slice(at, end): only a space and a capital letter can start it. */
export function nameContinuesLength(text: string, at: number, end: number): number {
  if (text.charCodeAt(at) !== 32 || !isUpperAt(text, at + 1, end)) return 0;
  return NAME_CONTINUES.exec(text.slice(at, end))?.[0].length ?? 0;
}

/** Short words that may follow a name without making it a modifier of a noun ("KMD og …", "Oracle as …"). */
const FUNCTION_WORD = /^(?:og|and|eller|or|samt|som|as|med|with|i|in|på|on|til|to|for|af|by|av|och|the|der|at|under|via|from|fra|från|til|till|is|er|är|skal|shall|must|will|kan|can|ska|skall|bør|should|if|hvis|om|om|nor|but|men|inden|within|innen|inom)$/i;

/** The word after white space at `at`: /^\s+(\p{L}[\p{L}\p{N}-]*)/u on text.slice(at, end), its group. */
export function nextWord(text: string, at: number, end: number): string | undefined {
  let i = at;
  while (isSpaceAt(text, i, end)) i++;
  if (i === at || !isLetterAt(text, i, end)) return undefined;
  let j = i;
  while (isAlnumAt(text, j, end) || (j < end && text.charCodeAt(j) === 45)) j += codePointLength(text, j, end);
  return text.slice(i, j);
}

/**
 * Where a description cannot be spliced in for the name without breaking the sentence: a name in a slash list
 * ("Windows/SCCM/MIM"), and a company name used as the modifier of a noun ("Google Form", "Microsoft
 * infrastrukturplattform"): a company is not a product, and "a supplier that … Form" is not a sentence.
 */
export function spliceable(m: AnalysedMention): boolean {
  const [ws, we] = wordSpan(m);
  const text = m.block.text;
  if (text[ws - 1] === '/' || text[we] === '/') return false;
  // Part of a longer name: "Microsoft Azure| DevOps" rewritten would leave "… portabilitet DevOps".
  const se = m.ctx.sentence[1];
  if (nameContinuesLength(text, we, se) > 0) return false;
  if (m.entry.kind === 'vendor') {
    const next = nextWord(text, we, se);
    if (next !== undefined && !FUNCTION_WORD.test(next)) return false;
  }
  return true;
}

/**
 * The standard pair of suggestions: a functional rewrite and the "or equivalent" fallback. A name the requirement
 * must use (integration with, migration from or operation of the buyer's own system) is not rewritten away: the
 * suggestion records why it is named. Where a version floor follows the name ("Office 2019 eller nyere"), "or
 * equivalent" would make "eller tilsvarende eller nyere": only the description of the capability is offered.
 */
export function brandSuggestions(m: AnalysedMention, lang: Lang, doc?: Pick<SpecDocument, 'format' | 'blocks'>): Suggestion[] {
  // The name is justified only where no "or equivalent", example or list of alternatives decides first.
  if (m.justification && !m.ctx.equivalent && !m.ctx.example && !m.broadening) return [justificationSuggestion(m, lang, doc)];
  const out: Suggestion[] = [];
  // A language with no neutral descriptions (one added as data only) gets no splice of another language's text.
  if (spliceable(m) && hasNeutral(m.entry, lang)) out.push({ desc: ui('functional', lang), text: functionalRewrite(m, lang) });
  if (!versionFloorAt(m.block.text, insertionPoint(m.block.text, m.groupEnd))) out.push(orEquivalentSuggestion(m.ctx, m.groupEnd, lang, 'fallback'));
  else if (!out.length) out.push(orEquivalentSuggestion(m.ctx, m.groupEnd, lang, 'fallback'));
  return out;
}

/** The note that records why a name is used, per language. */
const JUSTIFY: Record<string, { note: string; cf: string; desc: string }> = {
  da: { note: 'kundens eksisterende system', cf: 'jf.', desc: 'Navnet kan stå, fordi kravet gælder kundens eksisterende system: skriv begrundelsen ind i kravet' },
  no: { note: 'kundens eksisterende system', cf: 'jf.', desc: 'Navnet kan stå fordi kravet gjelder kundens eksisterende system: skriv begrunnelsen inn i kravet' },
  sv: { note: 'beställarens befintliga system', cf: 'jfr', desc: 'Namnet kan stå eftersom kravet gäller beställarens befintliga system: skriv in motiveringen i kravet' },
  en: { note: "the buyer's existing system", cf: 'see', desc: "The name may stay because the requirement concerns the buyer's existing system: record the justification in the requirement" },
};

/**
 * The sentence with the justification recorded beside the name: "… (KMD Opus, kundens eksisterende system, jf.
 * afsnit 2 Baggrund)" inside the name's own brackets, "… KMD Opus (kundens eksisterende system) …" otherwise.
 */
export function justificationSuggestion(m: AnalysedMention, lang: Lang, doc?: Pick<SpecDocument, 'format' | 'blocks'>): Suggestion {
  const j = JUSTIFY[lang] ?? JUSTIFY.en!;
  const text = m.block.text;
  // After the whole name: the noun a name modifies ("Google Form") and the rest of a compound stay with it.
  const at = afterName(text, Math.max(m.groupEnd, wordSpan(m)[1]), m.ctx.sentence[1]);
  const where = m.justification?.ref ? refText(m.justification.ref, lang, doc).replace(/^ \((?:se|see) /, '').replace(/\)$/, '') : '';
  const note = `${j.note}${where ? `, ${j.cf} ${where}` : ''}`;
  const inBrackets = insideParentheses(text, m.ctx.sentence[0], m.start);
  return { desc: j.desc, text: rewrite(m.ctx, at, at, inBrackets ? `, ${note}` : ` (${note})`) };
}

/**
 * The justification is recorded beside the name, as justificationSuggestion writes it ("KMD Opus (kundens
 * eksisterende system, …)", "(SD Løn, kommunens nuværende system)"): the record the justified advisory asks for.
 */
const RECORDED = /^["'»«]?\s*(?:\(|,|–|-)\s*(?:(?:kundens|kommunens|regionens|ordregiverens|oppdragsgiverens|beställarens|myndighetens|kommunens|the buyer's|the authority's|the customer's)\s+(?:eksisterende|nuværende|nåværende|befintliga|nuvarande|existing|current)\s+system)/iu;
/** RECORDED at `at`: only after a bracket, comma or dash (past an optional quotation mark and white space). */
export function recordedAt(text: string, at: number, se: number): boolean {
  let i = at;
  if (i < se && '"\'»«'.includes(text[i]!)) i++;
  while (isSpaceAt(text, i, se)) i++;
  return i < se && '(,–-'.includes(text[i]!) && RECORDED.test(text.slice(at, se));
}
/** Past the noun a name modifies ("Google Form", "Azure platform") and the rest of a compound. */
function afterName(text: string, at: number, se: number): number {
  at += hyphenatedWordLength(text, at, se);
  at += capitalisedWordsLength(text, at, se);
  return at + genericHeadLength(text, at, se);
}

export function justificationRecorded(m: AnalysedMention): boolean {
  const text = m.block.text, [ss, se] = m.ctx.sentence;
  if (recordedAt(text, m.groupEnd, se) || recordedAt(text, afterName(text, m.groupEnd, se), se)) return true;
  // Recorded once per sentence is enough: "(Elements, kundens eksisterende system) … sak-/arkivsystem (Elements)".
  // And for any of the entry's names: "PowerEdge (kundens eksisterende system) … iDRAC" is one product.
  for (const name of new Set([text.slice(m.start, m.reportEnd), ...m.entry.terms])) {
    for (let at = text.indexOf(name, ss); at >= 0 && at < se; at = text.indexOf(name, at + 1)) {
      if (recordedAt(text, afterName(text, at + name.length, se), se)) return true;
    }
  }
  return false;
}

/** Does a version floor ("eller nyere", "or later") follow `at`? */
export function versionFloorAt(text: string, at: number): boolean {
  return versionFloor(text.slice(at, at + 40)) !== null;
}

/**
 * Where the or-equivalent phrase goes after a name that ends at `at`: past the closing quotation mark of a quoted
 * name ('"EU Code of Conduct" or equivalent', not '"EU Code of Conduct or equivalent"'). Block text has straight
 * quotes (see normalize), so an odd number of them before `at` means the name is inside a quotation.
 */
export function insertionPoint(text: string, at: number): number {
  // The rest of a longer product name the lexicon matched only part of ("Microsoft System Center| Configuration
  // Manager", "Microsoft Azure| DevOps"): the phrase goes after the whole name.
  at += nameContinuesLength(text, at, Math.min(text.length, at + 80));
  if (text[at] !== '"') return at;
  let open = 0;
  for (let i = text.indexOf('"'); i >= 0 && i < at; i = text.indexOf('"', i + 1)) open++;
  return open % 2 === 1 ? at + 1 : at;
}

/**
 * Past the last repetition in the sentence [ss, se) of the word that ends at `p`: the letters and digits before
 * `p` (more than one), found again as a whole word with any hyphenated parts,
 * /(?<![\p{L}\p{N}])word(?:-[\p{L}\p{N}]+)*(?![\p{L}\p{N}])/gu searched from `p`; `p` itself if there is none.
 */
export function pastRepeatedName(text: string, p: number, ss: number, se: number): number {
  const name = text.slice(runStartBefore(text, p, ss, true), p);
  if (name.length < 2) return p;
  for (let at = text.indexOf(name, p); at >= 0 && at < se;) {
    const after = at + name.length;
    if (!isAlnumBefore(text, at) && !isAlnumAt(text, after)) {
      p = after + hyphenatedWordLength(text, after);
      at = text.indexOf(name, p);
    } else at = text.indexOf(name, at + 1);
  }
  return p;
}

/** The sentence with the or-equivalent phrase inserted after the (list of) names. */
export function orEquivalentSuggestion(sc: SpanContext, at: number, lang: Lang, desc: 'insert' | 'fallback' = 'insert'): Suggestion {
  let p = insertionPoint(sc.block.text, at);
  // The name again later in the sentence ("Vipps … samt Vipps-saldo"): the phrase goes after the last one, so it
  // covers both (the checkers judge "or equivalent" per sentence).
  const text = sc.block.text, [ss, se] = sc.sentence;
  p = pastRepeatedName(text, p, ss, se);
  // After a version floor, not before it: "Windows 10 eller senare eller likvärdigt", not "… eller likvärdigt eller senare".
  const floor = versionFloor(text.slice(p, se));
  if (floor) p += floor[0].length;
  return { desc: ui(desc, lang), text: rewrite(sc, p, p, ` ${orEquivalentPhrase(lang)}`) };
}

/** The mechanical fix: insert the or-equivalent phrase after the (list of) names in `text` (the block's text). */
export function orEquivalentFix(text: string, at: number, lang: Lang): DraftFinding['fix'] {
  const p = insertionPoint(text, at);
  // Never "X eller tilsvarende eller nyere": where a version floor follows, the fix needs a person.
  if (versionFloorAt(text, p)) return undefined;
  return { start: p, end: p, text: ` ${orEquivalentPhrase(lang)}` };
}

/** Quoted term as it should appear in messages. */
export function quote(term: string, lang: Lang): string {
  return lang === 'en' ? `"${term}"` : `»${term}«`;
}

/** Labels of a cross-reference, per language. */
const REF_WORDS: Record<string, { see: string; line: string; section: string; req: string }> = {
  en: { see: 'see', line: 'line', section: 'section', req: 'requirement' },
  da: { see: 'se', line: 'linje', section: 'afsnit', req: 'krav' },
  no: { see: 'se', line: 'linje', section: 'avsnitt', req: 'krav' },
  sv: { see: 'se', line: 'rad', section: 'avsnitt', req: 'krav' },
};

/**
 * " (se linje 12)": where a justification was stated, in the document's language. In a Word document there are no
 * lines: the reference names the section, requirement id and paragraph (" (se afsnit 2 Baggrund, krav K-1, ¶14)").
 */
export function refText(ref: number | undefined, lang: Lang, doc?: Pick<SpecDocument, 'format' | 'blocks'>): string {
  if (!ref) return '';
  const w = REF_WORDS[lang] ?? REF_WORDS.en!;
  if (doc && doc.format !== 'markdown') {
    const b = doc.blocks.find((x) => x.paragraph === ref);
    const section = b && (b.kind === 'heading' ? (b.display ?? b.text).trim() : b.headingPath[b.headingPath.length - 1]);
    const parts = [section ? `${w.section} ${section}` : '', b?.requirementId ? `${w.req} ${b.requirementId}` : '', `¶${ref}`].filter(Boolean);
    return ` (${w.see} ${parts.join(', ')})`;
  }
  return ` (${w.see} ${w.line} ${ref})`;
}
