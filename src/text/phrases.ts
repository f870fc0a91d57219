// Matches the phrase lists on word tokens: one pass per text finds the hits of every list, by hash lookups on the
// first word, so the cost is linear in the text and independent of the number of phrases.
import type { Lang } from '../model/document.js';
import { tokenize, isWordToken, type Token } from './tokens.js';
import { phraseIndex, type CompiledPhrase, type PhraseIndex } from './phrase-index.js';

/** The phrase lists a language file (lexicon/phrases/<lang>.yaml) may have. */
export const PHRASE_LISTS = ['equivalent', 'weakEquivalent', 'versionFloor', 'hollowing', 'mandatory', 'desirable', 'supplierWill', 'example', 'exampleAfter', 'background', 'existing', 'buyerPossessive', 'buyerProvides', 'integration', 'negation', 'compatibility', 'formatNouns', 'inputVerbs', 'origin', 'exit', 'exitData', 'exitVerbs', 'criteria', 'equivalentNext', 'supplier', 'standardWords', 'finiteVerbs',
  'buyerRoles', 'orgNouns', 'definedAs', 'channel', 'procedural', 'formNouns', 'buyerUses', 'subjectMatter', 'scopeHeadings', 'currentHeadings', 'competence',
  // Language detection: frequent function words, and (for close neighbours) words only this language writes.
  'markers', 'distinctive',
  // Document structure: lead-in announcers, requirement labels, statement openers, award-table headers, the buyer's own verbs.
  'announce', 'requirementLabels', 'mandatoryLabels', 'determiners', 'scoreHeaders', 'buyerDoes', 'buyerJudges', 'currentState', 'mandatorySections', 'desirableSections', 'subjectAfter', 'measurement', 'systemUses', 'usedPassive', 'reader', 'buyerHas', 'productNouns',
  // Function words the reading layer's patterns are built from (analysis/grammar.ts).
  'coordinators', 'nameLinks', 'clauseJoiners', 'prepositions', 'competenceLinks', 'articles', 'demonstratives', 'itWords', 'equivalentOther', 'relativePronouns', 'exampleLike', 'bidders', 'alternatives', 'legalSource', 'lawNouns', 'attachmentNouns', 'usFederal', 'inPlace', 'exampleNouns', 'agentBy', 'fileNouns', 'oneOf', 'notWords'] as const;
export type PhraseList = (typeof PHRASE_LISTS)[number];

/** One language's phrase lists. */
export interface PhraseSet {
  language: Lang;
  name: string;
  lists: Partial<Record<PhraseList, string[]>>;
  /** Sentences in this language that must raise a finding (flag) and must not (pass); the tests run them. */
  examples?: { flag: string[]; pass: string[] };
}

export interface PhraseHit { start: number; end: number; text: string }

/** A phrase as tokens: exact keys, "*" for any one word, or a stem that a word must start with ("retriev*"). */
type Compiled = CompiledPhrase<PhraseList>;

const isWord = isWordToken;
/** A word that tokenize() would keep as one token. */
const PLAIN_WORD = /^[\p{L}\p{N}_]+$/u;

export class Phrases {
  private exactIndex = new Map<string, Compiled[]>();
  private prefixIndex = new Map<string, Compiled[]>();
  private hitCache = new Map<string, Map<PhraseList, PhraseHit[]>>();
  /** The candidate phrases of a word (by exact first word and by its first three letters), null for none. */
  private candidates = new Map<string, [Compiled[] | undefined, Compiled[] | undefined] | null>();
  private lists = new Set<PhraseList>();
  private signatures = new Set<string>();

  /**
   * The lists of the document's language and of every other language its paragraphs are in (`also`). Danish,
   * Norwegian and Swedish share most of their vocabulary and detection of a short text may pick the wrong one of
   * them, so a Nordic language brings all three lists; every document also reads English.
   */
  constructor(readonly sets: Map<Lang, PhraseSet>, readonly lang: Lang, also: readonly Lang[] = []) {
    const nordic: Lang[] = ['da', 'no', 'sv'];
    const langs = new Set<Lang>();
    for (const l of [lang, ...also]) for (const x of nordic.includes(l) ? nordic : [l]) langs.add(x);
    langs.add('en');
    this.languages = [...langs];
    // Built once per process and set of languages for the built-in lists, or prebuilt (text/phrase-index.ts).
    const index = phraseIndex(sets, this.languages, () => {
      for (const l of langs) {
        for (const [list, words] of Object.entries(sets.get(l)?.lists ?? {}) as Array<[PhraseList, string[]]>) {
          for (const w of words) this.add(list, w);
        }
      }
      return { exact: this.exactIndex, prefix: this.prefixIndex, lists: this.lists };
    });
    this.index = index;
    this.exactIndex = index.exact;
    this.prefixIndex = index.prefix;
    this.lists = index.lists;
  }

  /** The languages whose lists are read, in order. */
  readonly languages: Lang[];
  /** The compiled phrases (read-only: matchers over the same lists share them). */
  readonly index: PhraseIndex<PhraseList>;

  private add(list: PhraseList, phrase: string): void {
    const parts: Compiled['parts'] = [];
    for (const word of phrase.toLowerCase().trim().split(/\s+/)) {
      if (word === '*') { parts.push({ key: '*', kind: 'any' }); continue; }
      const prefix = word.length > 1 && word.endsWith('*');
      const stem = prefix ? word.slice(0, -1) : word;
      // Most phrase words are one token; tokenize only those with punctuation in them ("e.g.", "ISO/IEC").
      const keys = PLAIN_WORD.test(stem) ? [stem] : tokenize(stem).map((t) => t.key);
      keys.forEach((key, i) => parts.push({ key, kind: prefix && i === keys.length - 1 ? 'prefix' : 'exact' }));
    }
    if (!parts.length || parts[0]!.kind === 'any') return;
    const signature = `${list}\u0000${parts.map((p) => p.kind + p.key).join('\u0000')}`;
    if (this.signatures.has(signature)) return; // the same phrase in two languages' lists
    this.signatures.add(signature);
    this.lists.add(list);
    const first = parts[0]!;
    const index = first.kind === 'prefix' ? this.prefixIndex : this.exactIndex;
    const key = first.kind === 'prefix' ? first.key.slice(0, 3) : first.key;
    const bucket = index.get(key);
    if (bucket) bucket.push({ list, parts });
    else index.set(key, [{ list, parts }]);
  }

  /**
   * Computes the hits of `text` now, from its tokens already at hand (tokenize(text)): the lexicon scan tokenizes
   * every block, and every block's hits are asked for later.
   */
  prime(text: string, tokens: Token[]): void {
    this.hits(text, tokens);
  }

  /** Every list's hits in `text`, computed in one pass and cached (blocks, sentences and lead-ins recur). */
  private hits(text: string, tokens?: Token[]): Map<PhraseList, PhraseHit[]> {
    const cached = this.hitCache.get(text);
    if (cached) return cached;
    const out = new Map<PhraseList, PhraseHit[]>();
    const toks = tokens ?? tokenize(text);
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i]!;
      // A phrase starts at the beginning of a word, never inside one ("eks." in "teks." is not an example marker).
      if (i > 0 && !t.spaced && isWord(t.key) && isWord(toks[i - 1]!.key)) continue;
      let cands = this.candidates.get(t.key);
      if (cands === undefined) {
        const exact = this.exactIndex.get(t.key);
        const prefixed = t.key.length >= 3 ? this.prefixIndex.get(t.key.slice(0, 3)) : undefined;
        cands = exact || prefixed ? [exact, prefixed] : null;
        if (this.candidates.size >= 200_000) this.candidates.clear();
        this.candidates.set(t.key, cands);
      }
      if (!cands) continue;
      if (cands[0]) this.collect(cands[0], toks, i, text, out);
      if (cands[1]) this.collect(cands[1], toks, i, text, out);
    }
    for (const l of out.values()) l.sort((a, b) => a.start - b.start || b.end - a.end);
    // Large enough to hold every block and sentence of a long document: several checkers walk all blocks in turn.
    if (this.hitCache.size >= 100_000) this.hitCache.clear();
    this.hitCache.set(text, out);
    return out;
  }

  private collect(cands: Compiled[], toks: Token[], i: number, text: string, out: Map<PhraseList, PhraseHit[]>): void {
    const start = toks[i]!.start;
    for (const c of cands) {
      const end = this.match(c, toks, i);
      if (end < 0) continue;
      const hit = { start, end, text: text.slice(start, end) };
      const list = out.get(c.list);
      if (list) list.push(hit);
      else out.set(c.list, [hit]);
    }
  }

  /** End offset of phrase `c` matched at token i, or -1. */
  private match(c: Compiled, toks: Token[], i: number): number {
    let end = -1;
    for (let j = 0; j < c.parts.length; j++) {
      const t = toks[i + j];
      const p = c.parts[j]!;
      if (!t) return -1;
      if (p.kind === 'any' ? !isWord(t.key) : p.kind === 'prefix' ? !t.key.startsWith(p.key) : t.key !== p.key) return -1;
      end = t.end;
    }
    // The phrase must end at a word boundary: "skal" does not match inside "skalering".
    const next = toks[i + c.parts.length];
    const last = toks[i + c.parts.length - 1]!;
    if (next && !next.spaced && isWord(next.key) && isWord(last.key)) return -1;
    return end;
  }

  /** All hits of a list in `text` lying within [from, to); hit texts are as written. */
  find(list: PhraseList, text: string, from = 0, to = text.length): PhraseHit[] {
    const hits = this.hits(text).get(list);
    const out: PhraseHit[] = [];
    if (!hits) return out;
    // Hits are sorted by start: bisect to the first at `from`, so a sentence of a long paragraph costs its own hits.
    for (let i = firstAt(hits, from); i < hits.length && hits[i]!.start < to; i++) if (hits[i]!.end <= to) out.push(hits[i]!);
    return out;
  }

  /** The phrases of a list in every language read, as written in the data (lower case, deduplicated). */
  words(list: PhraseList): string[] {
    let w = this.wordCache.get(list);
    if (!w) this.wordCache.set(list, w = [...new Set(this.languages.flatMap((l) => this.sets.get(l)?.lists[list] ?? []).map((x) => x.toLowerCase()))]);
    return w;
  }
  private wordCache = new Map<PhraseList, string[]>();

  private tails = new Map<PhraseList, string[]>();
  /**
   * Does `word` end in one of the list's one-word phrases, as the last part of a compound ("parkeringssystem",
   * "CA-mjukvara") or whole? For word lists whose members head compounds, such as product nouns.
   */
  endsIn(list: PhraseList, word: string): boolean {
    let tails = this.tails.get(list);
    if (!tails) {
      tails = this.words(list).filter((w) => !/\s/.test(w));
      this.tails.set(list, tails);
    }
    const w = word.toLowerCase();
    return tails.some((t) => w.endsWith(t));
  }

  has(list: PhraseList, text: string, from = 0, to = text.length): boolean {
    const hits = this.hits(text).get(list);
    if (!hits) return false;
    for (let i = firstAt(hits, from); i < hits.length && hits[i]!.start < to; i++) if (hits[i]!.end <= to) return true;
    return false;
  }
}

/** Index of the first hit starting at or after `from` (hits sorted by start). */
function firstAt(hits: PhraseHit[], from: number): number {
  let lo = 0, hi = hits.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (hits[mid]!.start < from) lo = mid + 1; else hi = mid; }
  return lo;
}
