// Sentence splitting with source offsets, built on a port of natural's SentenceTokenizer and per-language abbreviations.
import type { Lang } from '../model/document.js';
import { SentenceTokenizer } from './sentence-tokenizer.js';

/** Abbreviations whose full stop does not end a sentence. */
const ABBREVIATIONS: Record<string, string[]> = {
  da: ['f.eks.', 'fx.', 'bl.a.', 'jf.', 'jvf.', 'stk.', 'nr.', 'ca.', 'dvs.', 'mht.', 'vedr.', 'inkl.', 'ekskl.', 'evt.', 'iht.', 'pkt.', 'ift.', 'mv.', 'm.v.', 'mfl.', 'm.fl.', 'osv.', 'etc.', 'el.', 'tilsv.', 'lign.', 'pga.', 'p.t.', 'pt.', 'kl.', 'min.', 'maks.', 'max.', 'bilag.', 'afs.', 'eks.', 'hhv.', 'ang.', 'iflg.', 'ifm.', 'vha.'],
  no: ['f.eks.', 'bl.a.', 'jf.', 'nr.', 'ca.', 'dvs.', 'inkl.', 'evt.', 'osv.', 'etc.', 'pkt.', 'pga.', 'p.t.', 'pt.', 'mht.', 'ifm.', 'iht.', 'mm.', 'm.m.', 'kl.', 'maks.', 'min.'],
  sv: ['t.ex.', 'bl.a.', 'm.m.', 'osv.', 'etc.', 'dvs.', 'inkl.', 'ca.', 'nr.', 'resp.', 'enl.', 'm.fl.', 'kap.', 'fr.o.m.', 't.o.m.'],
  en: ['e.g.', 'i.e.', 'etc.', 'vs.', 'no.', 'nos.', 'approx.', 'incl.', 'sec.', 'para.', 'art.', 'fig.', 'mr.', 'ms.', 'dr.', 'inc.', 'ltd.', 'co.', 'corp.', 'u.s.', 'u.k.', 'st.', 'min.', 'max.', 'ref.', 'cf.', 'al.', 'jan.', 'feb.', 'aug.', 'sept.', 'oct.', 'nov.', 'dec.'],
  de: ['z. b.', 'z.b.', 'u. a.', 'u.a.', 'd. h.', 'd.h.', 'bzw.', 'ca.', 'nr.', 'abs.', 'vgl.', 'ggf.', 'inkl.', 'usw.', 'etc.'],
  fr: ['p. ex.', 'etc.', 'cf.', 'art.', 'n°.', 'env.', 'min.', 'max.'],
  nl: ['bijv.', 'o.a.', 'd.w.z.', 'nr.', 'incl.', 'etc.', 'ca.', 'm.b.t.', 'enz.'],
};

const cache = new Map<string, SentenceTokenizer>();

/**
 * The tokenizer class: natural's SentenceTokenizer, ported (src/text/sentence-tokenizer.ts) with its abbreviation
 * pattern compiled once. test/text compares it with natural's own class on random text.
 */
export const sentenceTokenizerClass = (): typeof SentenceTokenizer => SentenceTokenizer;

/** The abbreviations of a language, plus English ones (English phrases occur in every language's specs). */
export const abbreviationsFor = (lang: Lang): string[] => [...new Set([...(ABBREVIATIONS[lang] ?? []), ...ABBREVIATIONS.en!])];

function tokenizerFor(lang: Lang): SentenceTokenizer {
  let t = cache.get(lang);
  if (!t) {
    t = new SentenceTokenizer(abbreviationsFor(lang), false);
    cache.set(lang, t);
  }
  return t;
}

/** Splits `text` into sentences and returns their [start, end) offsets (whitespace trimmed). */
export function sentenceSpans(text: string, lang: Lang, abbreviations?: () => ReadonlySet<string>): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let parts: string[];
  try {
    // Without a sentence stop the tokenizer returns the text whole (its abbreviations, URIs and e-mail addresses all
    // hold a full stop), so most list items, table cells and headings skip it.
    parts = !/[.?!…]/.test(text) ? [text] : text.length > 20000 ? chunkByStops(text) : tokenizerFor(lang).tokenize(text);
  } catch {
    parts = [text];
  }
  let cursor = 0;
  for (const p of parts) {
    const trimmed = p.trim();
    if (!trimmed) continue;
    const at = text.indexOf(trimmed, cursor);
    if (at < 0) return [[0, text.length]]; // the tokenizer altered the text: fall back to one unit
    spans.push([at, at + trimmed.length]);
    cursor = at + trimmed.length;
  }
  if (!spans.length) spans.push([0, text.length]);
  // A sentence ends only before white space and a new sentence starts with no lower-case letter:
  // ".shp", "2.0", "19.0.0.0" and unlisted abbreviations ("vha. et værktøj") do not split.
  const merged: Array<[number, number]> = [];
  for (const s of spans) {
    const prev = merged[merged.length - 1];
    const glued = prev && prev[1] < text.length && !/\s/.test(text[prev[1]]!);
    const lower = prev && /^[\p{Ll}\d(]/u.test(text.slice(s[0], s[0] + 1));
    // The phrase data's dotted words ("exv. Kibana", "eller motsv. Det") end no sentence either.
    const abbreviated = prev && abbreviations && /\.$/.test(text.slice(prev[0], prev[1]))
      && abbreviations().has(/(?:^|[\s(])([^\s(]+)$/.exec(text.slice(prev[0], prev[1]))?.[1]?.toLowerCase() ?? '');
    if (prev && (glued || lower || abbreviated)) prev[1] = s[1];
    else merged.push([s[0], s[1]]);
  }
  return merged.some(([a, b]) => b - a > MAX_SENTENCE) ? merged.flatMap((sp) => capped(text, sp)) : merged;
}

/**
 * Longest sentence read as one (characters). Every mention looks at its whole sentence (modality, or-equivalent,
 * the other names in it), so one endless sentence (a pasted blob, 1 MB without a full stop) would cost the square
 * of its length; longer runs are read in pieces ending at a comma, semicolon or space. Real sentences stay far below.
 */
export const MAX_SENTENCE = 4000;

function capped(text: string, [start, end]: [number, number]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let s = start;
  while (end - s > MAX_SENTENCE) {
    const window = text.slice(s, s + MAX_SENTENCE);
    const cut = Math.max(window.lastIndexOf(', '), window.lastIndexOf('; '));
    const at = cut > MAX_SENTENCE / 2 ? cut + 1 : window.lastIndexOf(' ') > MAX_SENTENCE / 2 ? window.lastIndexOf(' ') : MAX_SENTENCE;
    out.push([s, s + at]);
    s += at;
    while (s < end && /\s/.test(text[s]!)) s++;
  }
  if (s < end) out.push([s, end]);
  return out;
}

/** Linear fallback for very long blocks: split after . ! ? followed by a space and a capital letter. */
function chunkByStops(text: string): string[] {
  const out: string[] = [];
  let last = 0;
  const re = /[.!?]\s+(?=\p{Lu})/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(text.slice(last, m.index + 1));
    last = m.index + 1;
  }
  out.push(text.slice(last));
  return out;
}
