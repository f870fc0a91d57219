// Detects a document's language from distinctive function words (Danish vs Norwegian vs Swedish vs English and more).
import type { Lang } from '../model/document.js';

/** Words frequent in one language and rare in its neighbours. Danish and Norwegian share most words, so their lists hold the differences. */
const MARKERS: Record<Lang, string[]> = {
  da: ['af', 'efter', 'nu', 'mellem', 'noget', 'meget', 'hvad', 'kommunen', 'kommunerne', 'leverandøren', 'løsningen', 'skal', 'ikke', 'være', 'også', 'udbud', 'tilbudsgiver', 'kunden', 'hvis', 'blive', 'løsninger', 'eksempel', 'sådan', 'uden', 'heller', 'gennem', 'tilsvarende', 'ydelser', 'krav'],
  no: ['av', 'etter', 'nå', 'mellom', 'noe', 'mye', 'hva', 'kommunene', 'ikkje', 'leverandøren', 'løsningen', 'skal', 'ikke', 'være', 'også', 'hvordan', 'beskriv', 'gjennom', 'tilbyder', 'oppdragsgiver', 'ønskelig', 'kravspesifikasjon', 'behov', 'slik'],
  sv: ['och', 'att', 'är', 'för', 'inte', 'ska', 'skall', 'leverantören', 'anbud', 'avtal', 'till', 'från', 'också', 'lösningen', 'ett', 'vid', 'använda', 'används', 'måste', 'bör', 'kommer', 'eller likvärdigt'],
  en: ['the', 'and', 'of', 'to', 'shall', 'must', 'will', 'with', 'for', 'is', 'be', 'that', 'this', 'are', 'vendor', 'contractor', 'supplier', 'solution', 'should', 'which', 'by', 'an', 'or', 'from'],
  de: ['und', 'der', 'die', 'das', 'muss', 'nicht', 'mit', 'für', 'ist', 'auftragnehmer', 'eine', 'oder', 'wird', 'werden', 'sind', 'zu', 'von', 'auf', 'des', 'dem'],
  fr: ['le', 'la', 'les', 'des', 'et', 'doit', 'pour', 'est', 'une', 'dans', 'du', 'avec', 'sur', 'par', 'titulaire', 'être', 'sont', 'au', 'ou', 'pas'],
  nl: ['de', 'het', 'een', 'en', 'van', 'moet', 'niet', 'met', 'voor', 'is', 'opdrachtnemer', 'zijn', 'worden', 'wordt', 'op', 'aan', 'bij', 'ook', 'dat', 'of'],
};
const LANGS = Object.keys(MARKERS) as Lang[];
const SETS = Object.fromEntries(LANGS.map((l) => [l, new Set(MARKERS[l])])) as Record<Lang, Set<string>>;

/** Danish and Norwegian spellings that settle a close call between the two. */
const DA_ONLY = new Set(['af', 'efter', 'nu', 'mellem', 'noget', 'meget', 'hvad', 'kommunerne', 'gennem', 'sådan', 'heller', 'ydelser', 'udbud', 'tilbudsgiver',
  'give', 'giver', 'tage', 'blive', 'bliver', 'blevet', 'købe', 'søge', 'uge', 'ugen', 'uden', 'udenfor']);
const NO_ONLY = new Set(['av', 'etter', 'nå', 'mellom', 'noe', 'mye', 'hva', 'kommunene', 'ikkje', 'gjennom', 'slik', 'tilbyder', 'oppdragsgiver', 'beskriv', 'kravspesifikasjon',
  'å', 'gi', 'gir', 'ta', 'bli', 'blir', 'blitt', 'kjøpe', 'søke', 'uke', 'uken', 'uten', 'utenfor']);
/**
 * Systematic spelling differences, for words no list holds: Danish ud-/ind- against Norwegian ut-/inn- before a
 * consonant (udvikling/utvikling, indhold/innhold), ej against ei (arbejde/arbeid, fejl/feil, vejleder/veileder),
 * efter-/etter-, brug-/bruk-, -hed against -het (sikkerhed/sikkerhet), and Norwegian -sjon (dokumentasjon; Danish
 * -tion is left out, as English words in a Norwegian text have it too, and English -shed/-ched are not -hed).
 * Only a Danish-or-Norwegian call uses them: Swedish shares ut-, -het and -tion.
 */
const DA_SPELLING = /^(?:(?:ud|ind)[bcdfghjklmnprstv]\p{L}{2}|efter|brug|arbejd|vejled|ejend|fejl|vigtig|leje|tilgæng)|\p{L}{3}(?<![sc])hed(?:en|er|erne)?$/u;
const NO_SPELLING = /^(?:(?:ut|inn)[bdfgklmnprstvjø]\p{L}{2}|etter|bruk|arbeid|veiled|eiend|feil|viktig|leie|tilgjeng)|\p{L}{3}(?:het|sjon)(?:en|er|ene)?$/u;
/**
 * Swedish against Danish/Norwegian by their alphabets: only Swedish writes ä and ö (and upp-, where Danish has op-
 * and Norwegian opp-), only Danish and Norwegian write æ and ø. Settles a Scandinavian call that function words
 * left close (Swedish "av", "som", "kan" are Norwegian markers too).
 */
const SV_SPELLING = /[äö]|^upp\p{L}{2}/u;
const DANO_SPELLING = /[æø]/u;

/** Marker-word counts of a text: the best language, its score and the runner-up's. */
function scoreLanguage(sample: string, fallback: Lang): { lang: Lang; score: number; second: number } {
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  const score: Record<string, number> = {};
  let da = 0, no = 0, sv = 0, dano = 0;
  for (const w of words) {
    for (const l of LANGS) if (SETS[l].has(w)) score[l] = (score[l] ?? 0) + 1;
    if (DA_ONLY.has(w) || DA_SPELLING.test(w)) da++;
    if (NO_ONLY.has(w) || NO_SPELLING.test(w)) no++;
    if (SV_SPELLING.test(w)) sv++;
    else if (DANO_SPELLING.test(w)) dano++;
  }
  let best: Lang = fallback, bestScore = 1;
  for (const l of LANGS) if ((score[l] ?? 0) > bestScore) { best = l; bestScore = score[l]!; }
  // The runner-up among languages that are not the winner's close neighbours (Danish, Norwegian and Swedish share words).
  const nordic = ['da', 'no', 'sv'];
  const second = Math.max(0, ...LANGS.filter((l) => l !== best && !(nordic.includes(l) && nordic.includes(best))).map((l) => score[l] ?? 0));
  // Too few marker words to tell: the alphabet still separates Scandinavian text from English ("Erfaring med X vægtes …").
  if (bestScore <= 1 && (dano > 0 || sv > 0)) { best = sv > dano ? 'sv' : 'da'; bestScore = 1; }
  if (best === 'sv' && dano > sv) best = 'da';
  else if ((best === 'da' || best === 'no') && sv > dano) best = 'sv';
  if (best === 'da' || best === 'no') best = no > da ? 'no' : da > no ? 'da' : best;
  return { lang: best, score: bestScore, second };
}

/** Picks the language with the most marker words in (up to) the first 40,000 characters. */
export function detectLanguage(text: string, fallback: Lang = 'en'): Lang {
  return scoreLanguage(text.slice(0, 40000), fallback).lang;
}

/** A block's own language counts only with this many marker words and a clear lead over the runner-up. */
const MIN_MARKERS = 3;
/** …or this many when no other language (Danish, Norwegian and Swedish count as one) has any. */
const MIN_CLEAR = 2;

/**
 * The language of every paragraph, and of the document as the language most of its text is in. A paragraph with
 * enough marker words speaks for itself; a short one (a heading, a list item, a code) takes the language of the
 * paragraph before it. A Danish specification with an English annex or a big table of codes stays Danish where it
 * is Danish: its requirements are read with Danish modal verbs (a whole-document guess would switch them off).
 */
export function paragraphLanguages(texts: string[], fallback: Lang = 'en'): { doc: Lang; byBlock: Lang[] } {
  const own: Array<Lang | undefined> = texts.map((t) => {
    if (t.length < 12) return undefined;
    const r = scoreLanguage(t.slice(0, 4000), fallback);
    // A short sentence has few marker words, but two with no rival ("Løsningen skal anvende MySQL") are enough.
    const clear = r.second === 0 ? r.score >= MIN_CLEAR : r.score >= MIN_MARKERS && r.score >= r.second * 1.5;
    return clear ? r.lang : undefined;
  });
  const weight = new Map<Lang, number>();
  own.forEach((l, i) => { if (l) weight.set(l, (weight.get(l) ?? 0) + texts[i]!.length); });
  let doc: Lang | undefined;
  for (const [l, w] of weight) if (!doc || w > weight.get(doc)!) doc = l;
  doc ??= detectLanguage(texts.join('\n'), fallback);
  const byBlock: Lang[] = [];
  let prev: Lang = doc;
  for (const l of own) { if (l) prev = l; byBlock.push(l ?? prev); }
  return { doc, byBlock };
}

export const SUPPORTED_LANGS: readonly Lang[] = LANGS;
export function isLang(x: string): x is Lang {
  return (LANGS as string[]).includes(x);
}
