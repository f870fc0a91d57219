// Detects the language of a document and of each paragraph from the marker words in lexicon/phrases/<lang>.yaml
// (frequent function words; Danish and Norwegian also list the words only each of them writes), so adding a
// language is adding its phrase file. Only the alphabet and spelling rules that part Danish, Norwegian and Swedish
// are code.
import type { Lang } from '../model/document.js';
import type { PhraseSet } from './phrases.js';
import { letterRuns } from './tokens.js';

/**
 * Systematic spelling differences, for words no list holds: Danish ud-/ind- against Norwegian ut-/inn- before a
 * consonant (udvikling/utvikling, indhold/innhold), ej against ei (arbejde/arbeid, fejl/feil, vejleder/veileder),
 * efter-/etter-, brug-/bruk-, -hed against -het (sikkerhed/sikkerhet), and Norwegian -sjon (dokumentasjon; Danish
 * -tion is left out, as English words in a Norwegian text have it too, and English -shed/-ched are not -hed).
 * Only a Danish-or-Norwegian call uses them: Swedish shares ut-, -het and -tion.
 */
// The patterns read single words, runs of letters only (letterRuns): there "." is any letter, and \p{L} would only
// make each pattern costly to compile, which a cold start pays for all four.
const DA_SPELLING = /^(?:(?:ud|ind)[bcdfghjklmnprstv].{2}|efter|brug|arbejd|vejled|ejend|fejl|vigtig|leje|tilgæng)|.{3}(?<![sc])hed(?:en|er|erne)?$/u;
const NO_SPELLING = /^(?:(?:ut|inn)[bdfgklmnprstvjø].{2}|etter|bruk|arbeid|veiled|eiend|feil|viktig|leie|tilgjeng)|.{3}(?:het|sjon)(?:en|er|ene)?$/u;
/**
 * Swedish against Danish/Norwegian by their alphabets: only Swedish writes ä and ö (and upp-, where Danish has op-
 * and Norwegian opp-), only Danish and Norwegian write æ and ø. Settles a Scandinavian call that function words
 * left close (Swedish "av", "som", "kan" are Norwegian markers too).
 */
const SV_SPELLING = /[äö]|^upp.{2}/u;
const DANO_SPELLING = /[æø]/u;

/** A language's marker words, and the words that part it from a close neighbour. */
interface Markers { lang: Lang; words: Set<string>; distinctive: Set<string> }

/** What one word tells: the languages it is a marker of, and its spelling cues (see score). */
interface WordCues { langs: Lang[]; da: boolean; no: boolean; sv: boolean; dano: boolean }

/** Language detection over the languages that have phrase files. */
export class LanguageDetector {
  private readonly markers: Markers[];
  private readonly daOnly: Set<string>;
  private readonly noOnly: Set<string>;
  /** Cues by word: a document repeats its words, and each costs a set lookup per language and four patterns. */
  private readonly cues = new Map<string, WordCues>();

  constructor(sets: ReadonlyMap<Lang, PhraseSet>) {
    this.markers = [...sets.values()].map((p) => ({
      lang: p.language,
      words: new Set((p.lists.markers ?? []).map((w) => w.toLowerCase())),
      distinctive: new Set((p.lists.distinctive ?? []).map((w) => w.toLowerCase())),
    })).filter((m) => m.words.size > 0);
    this.daOnly = this.markers.find((m) => m.lang === 'da')?.distinctive ?? new Set();
    this.noOnly = this.markers.find((m) => m.lang === 'no')?.distinctive ?? new Set();
  }

  /** The languages it knows. */
  get languages(): Lang[] {
    return this.markers.map((m) => m.lang);
  }

  /** Marker-word counts of a text: the best language, its score and the runner-up's. */
  private score(sample: string, fallback: Lang): { lang: Lang; score: number; second: number } {
    const words = letterRuns(sample.toLowerCase()).map((w) => this.cuesOf(w));
    const score = new Map<Lang, number>();
    for (const w of words) for (const l of w.langs) score.set(l, (score.get(l) ?? 0) + 1);
    let best: Lang = fallback, bestScore = 1;
    for (const m of this.markers) if ((score.get(m.lang) ?? 0) > bestScore) { best = m.lang; bestScore = score.get(m.lang)!; }
    // A one-line text with a single marker word ("Koden ska versionshanteras i GitHub."): that word decides when no
    // other language, the fallback included, has one.
    if (best === fallback && bestScore === 1 && !score.get(fallback)) {
      const single = this.markers.filter((m) => score.get(m.lang) === 1);
      if (single.length === 1 || (single.length > 1 && single.every((m) => NORDIC.has(m.lang)))) best = single[0]!.lang;
    }
    // The spelling cues only settle Scandinavian calls and texts too short to tell: a second pass, only then.
    let da = 0, no = 0, sv = 0, dano = 0;
    if (NORDIC.has(best) || bestScore <= 1) {
      for (const w of words) {
        if (w.da) da++;
        if (w.no) no++;
        if (w.sv) sv++;
        else if (w.dano) dano++;
      }
    }
    // The runner-up among languages that are not the winner's close neighbours (Danish, Norwegian and Swedish share words).
    const second = Math.max(0, ...this.markers.filter((m) => m.lang !== best && !(NORDIC.has(m.lang) && NORDIC.has(best))).map((m) => score.get(m.lang) ?? 0));
    // Too few marker words to tell: the alphabet still separates Scandinavian text from English ("Erfaring med X vægtes …").
    if (bestScore <= 1 && (dano > 0 || sv > 0)) { best = sv > dano ? 'sv' : 'da'; bestScore = 1; }
    if (best === 'sv' && dano > sv) best = 'da';
    else if ((best === 'da' || best === 'no') && sv > dano) best = 'sv';
    if (best === 'da' || best === 'no') best = no > da ? 'no' : da > no ? 'da' : best;
    return { lang: best, score: bestScore, second };
  }

  private cuesOf(w: string): WordCues {
    let c = this.cues.get(w);
    if (!c) {
      c = {
        langs: this.markers.filter((m) => m.words.has(w)).map((m) => m.lang),
        da: this.daOnly.has(w) || DA_SPELLING.test(w), no: this.noOnly.has(w) || NO_SPELLING.test(w),
        sv: SV_SPELLING.test(w), dano: DANO_SPELLING.test(w),
      };
      // Bounded: a document of random strings must not grow it without end.
      if (this.cues.size >= 200_000) this.cues.clear();
      this.cues.set(w, c);
    }
    return c;
  }

  /** Picks the language with the most marker words in (up to) the first 40,000 characters. */
  detect(text: string, fallback: Lang = 'en'): Lang {
    return this.score(text.slice(0, 40000), fallback).lang;
  }

  /**
   * The language of every paragraph, and of the document as the language most of its text is in. A paragraph with
   * enough marker words speaks for itself; a short one (a heading, a list item, a code) takes the language of the
   * paragraph before it. A Danish specification with an English annex or a big table of codes stays Danish where it
   * is Danish: its requirements are read with Danish modal verbs (a whole-document guess would switch them off).
   */
  paragraphs(texts: string[], fallback: Lang = 'en'): { doc: Lang; byBlock: Lang[] } {
    // Table cells are judged on their row's text: each distinct text is scored once.
    const seen = new Map<string, Lang | undefined>();
    const own: Array<Lang | undefined> = texts.map((t) => {
      if (t.length < 12) return undefined;
      if (seen.has(t)) return seen.get(t);
      const r = this.score(t.slice(0, 4000), fallback);
      // A short sentence has few marker words, but two with no rival ("Løsningen skal anvende MySQL") are enough.
      const clear = r.second === 0 ? r.score >= MIN_CLEAR : r.score >= MIN_MARKERS && r.score >= r.second * 1.5;
      const l = clear ? r.lang : undefined;
      seen.set(t, l);
      return l;
    });
    const weight = new Map<Lang, number>();
    own.forEach((l, i) => { if (l) weight.set(l, (weight.get(l) ?? 0) + texts[i]!.length); });
    let doc: Lang | undefined;
    for (const [l, w] of weight) if (!doc || w > weight.get(doc)!) doc = l;
    doc ??= this.detect(texts.join('\n'), fallback);
    const byBlock: Lang[] = [];
    let prev: Lang = doc;
    for (const l of own) { if (l) prev = l; byBlock.push(l ?? prev); }
    return { doc, byBlock };
  }
}

const NORDIC = new Set<Lang>(['da', 'no', 'sv']);

/** A paragraph's own language counts only with this many marker words and a clear lead over the runner-up… */
const MIN_MARKERS = 3;
/** …or this many when no other language (Danish, Norwegian and Swedish count as one) has any. */
const MIN_CLEAR = 2;

/** Is `x` shaped like a language code (ISO 639-1 or -3)? Whether tenderlint reads it depends on its phrase file. */
export function isLang(x: string): x is Lang {
  return /^[a-z]{2,3}$/.test(x);
}
