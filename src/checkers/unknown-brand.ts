// unknown-brand: names the lexicon lacks, in a mandatory requirement, at a lower severity. A word is a name when the
// language's own word list (src/text/wordlist.ts, from the Hunspell dictionaries) does not know it AND it is shaped
// like one: CamelCase ("ServiceNow"), an abbreviation the document does not define ("SCCM", but not "the Department
// of Motor Vehicles (DMV)"), a versioned name ("Foo 12", "Foo v3.2"), or the source of a product ("software from
// Contoso", "HSM:er från Thales och Entrust"). A company with its legal form ("Nordic Imaging A/S") is a name outright.
import { escapeRegExp } from '../text/escape.js';
import type { Checker, CheckInput } from './types.js';
import type { DraftFinding } from '../model/finding.js';
import type { Block, Lang } from '../model/document.js';
import type { DocContext, SpanContext } from '../analysis/context.js';
import { isRequirement, orEquivalentFix, orEquivalentSuggestion, quote } from './shared.js';
import { scanBlocks } from './scan.js';
import { hasWordList, isKnownAbbreviation, isOrdinaryWord, isProperNoun } from '../text/wordlist.js';
import { LEGAL_FORM_ALTERNATION } from '../lexicon/vendor.js';
import { latin, latinRegExp } from '../text/latin.js';

/** CamelCase or inner-capital words ("PowerBuilder", "eDoc", "GetOrganized", "ArcGIS"), with an optional version. */
const CAMEL = latin(/(?<![\p{L}\p{N}@#._-])(?:\p{Lu}\p{Ll}+\p{Lu}\p{L}*|\p{Ll}{1,2}\p{Lu}\p{Ll}\p{L}+)(?:\s+(?:v\.?\s?)?\d{1,4}(?:\.\d+)*)?(?![\p{L}\p{N}])/gu);
/** An abbreviation of three or more capitals, with a Scandinavian ending ("HSM:er", "SCCM-klienten") or a genitive. */
const ACRONYM = latin(/(?<![\p{L}\p{N}@#._-])(\p{Lu}{3,8})(?=(?::\p{Ll}+|-\p{Ll}+|'s|s)?(?![\p{L}\p{N}]))/gu);
/** A capitalised word and a version: "Foo 12", "Foo v3.2", "Foo 2019". */
const VERSIONED = latin(/(?<![\p{L}\p{N}@#/._-])(\p{Lu}[\p{Ll}\p{Lu}]+)\s+((?:[vV]\.?\s?)?\d{1,4}(?:\.\d+)*)(?![\p{L}\p{N}]|[.,]\d)/gu);
/** "fra Firma A/S", "from Company Inc.": a company with its legal form, as the source of something. */
const FROM_COMPANY = latinRegExp(String.raw`(?<![\p{L}])(?:fra|from|leveret af|supplied by|levert av|från|levererad av)\s+(\p{Lu}[\p{L}]+(?:\s+\p{Lu}[\p{L}]+){0,2}(?:\s+(?:${LEGAL_FORM_ALTERNATION})))(?![\p{L}])`, 'gu');
/**
 * The source of a product: a product noun (lexicon/phrases `productNouns`; a compound ending in one counts, so
 * "CA-mjukvara" and "dörrlås" do), or an abbreviation such as "HSM:er", then "from"/"fra"/"från", then capitalised
 * words joined by "and"/"og"/"och"/",".
 */
const ABBREVIATED_NOUN = latin(/^\p{Lu}{2,6}(?::\p{Ll}+|-\p{Ll}+|s)?$/u);
const NAME_WORD = String.raw`\p{Lu}[\p{L}\p{N}]*`;
/** "from"/"fra"/"från" and capitalised words joined by "and"/"og"/"och"/","; the product noun is checked before it. */
const FROM_SOURCE = latinRegExp(String.raw`(?<![\p{L}])(?:from|fra|från)\s+(${NAME_WORD}(?:\s*(?:,|and|og|och|&)\s*${NAME_WORD})*)(?![\p{L}\p{N}])`, 'gu');
/** The word right before "from". */
const WORD_BEFORE = latin(/([\p{L}\p{N}:-]+)\s+$/u);
const NAME_RE = latinRegExp(NAME_WORD, 'gu');
/** Words that look CamelCase but are not brands. */
const NOT_BRANDS = new Set(['iPhone-app', 'eIDAS', 'eID', 'eDelivery', 'eFormidling', 'eHealth', 'eInvoice', 'mHealth', 'DevOps', 'DevSecOps', 'JavaScript', 'TypeScript', 'OpenAPI', 'GraphQL', 'WebSocket', 'PostScript', 'LaTeX', 'McDonald', 'MacBook']);
/** A Roman numeral as written ("III", "XIV"); "MIM" is not one. */
/**
 * Cheap tests a block must pass before the full patterns run on it. Plain character classes (Latin, Nordic and common
 * accented letters) rather than Unicode properties: a cold start runs each pattern interpreted, and most blocks have
 * no inner capital, no run of three capitals and no word before a number.
 */
const UP = 'A-ZÆØÅÄÖÜÉÈÀÁÓÍÚÑÇ';
const LO = 'a-zæøåäöüéèàáóíúñçß';
const NEEDS_CAMEL = new RegExp(`[${LO}][${UP}]`);
const NEEDS_ACRONYM = new RegExp(`[${UP}]{3}`);
const NEEDS_VERSION = new RegExp(`[${UP}${LO}]\\s+[vV]?\\.?\\s?\\d`);
const NEEDS_PARENTHESIS = new RegExp(`\\(\\s*(?:the\\s+|den\\s+|det\\s+)?["'«»“”]?[${UP}]{2}|[${UP}]{2,}\\s*\\(`);
const NEEDS_DEFINING_WORD = /hereinafter|hereafter|herefter|heretter|følgende|nedan|referred to|known as|abbreviated|forkortet|förkortat|kaldet|kalt|kallad|kallat|benævnt|benämn/i;
const ROMAN = /^(?=[MDCLXVI])M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;
/** A short abbreviation in mixed case ("PoC", "SaaS", "IaaS"): judged as an abbreviation, not as CamelCase. */
const MIXED_ABBREVIATION = latin(/^\p{Lu}\p{Ll}{0,2}\p{Lu}{1,2}s?$/u);
/** A surname with a capitalised prefix ("McNellis", "MacLeod", "O'Brien", "DiMaggio", "VanDyke"). */
const SURNAME = latin(/^(?:Mc|Mac|Di|De|Da|Van|Von|Le|La|Du|Fitz)\p{Lu}\p{Ll}+$/u);
/** The buyer's channel: a name reached "via"/"through" ("ställas genom Mercell TendSigns", "afgives via X"). */
const CHANNEL = latin(/(?:^|[^\p{L}])(?:via|through|genom|gennem|igennem|gjennom)\s+(?:[\p{L}\p{N}.-]+\s+){0,2}$/iu);
/** Separators of a coordination: "Windows/SCCM/MIM", "Prometheus, CloudWatch and New Relic", "Nexus och Insta". */
const COORD_SPLIT = /\s*(?:[,/&+;]|\s(?:og|eller|and|or|och|samt|eller)\s)\s*/giu;

/**
 * Abbreviations the document defines as its own: "the Department of Motor Vehicles (DMV)", "DMV (Department of Motor
 * Vehicles)", "(hereinafter DMV)", "herefter benævnt SKI", "nedan kallad MSB", '(the "DMV")'. Computed here, from the
 * whole document, because the analysis layer does not yet state the buyer's names and roles.
 */
const DEFINED_AFTER = latin(/(?:hereinafter|hereafter|herefter|heretter|i det følgende|nedan|(?:referred to|known|abbreviated) as|forkortet|förkortat|kaldet|kalt|kallad|kallat|benævnt|benämnd|benämnt)(?:\s+(?:referred to as|called|kaldet|benævnt|kallad|kallat|kallade|benämnd|benämnt|benämnda|as|the|som))*[\s:"'«»“”(]*(\p{Lu}[\p{Lu}\p{N}&-]{1,9})(?![\p{L}\p{N}])/gu);
const QUOTED_IN_PARENS = latin(/\(\s*(?:the\s+|den\s+|det\s+)?["'«»“”]?(\p{Lu}[\p{Lu}\p{N}&-]{1,9})["'«»“”]?\s*\)/gu);
const ACRONYM_THEN_EXPANSION = latin(/(?<![\p{L}\p{N}])(\p{Lu}{2,10})\s*\(([^()]{3,120})\)/gu);

/** Do the initials of `words` spell `acronym` in order (small words may be skipped, a capital inside a word counts)? */
function initialsSpell(acronym: string, words: string[]): boolean {
  const letters = words.map((w) => w.match(latin(/^\p{L}|(?<=\p{Ll})\p{Lu}/gu))?.join('') ?? '').join('').toUpperCase();
  const a = acronym.toUpperCase();
  if (!letters.startsWith(a[0]!)) return false;
  let i = 0;
  for (const ch of letters) if (ch === a[i]) i++;
  return i === a.length;
}

function definedAbbreviations(input: CheckInput): Set<string> {
  const out = new Set<string>();
  for (const b of input.doc.blocks) {
    const t = b.text;
    if (!NEEDS_PARENTHESIS.test(t) && !NEEDS_DEFINING_WORD.test(t)) continue;
    for (const re of [DEFINED_AFTER, QUOTED_IN_PARENS]) {
      re.lastIndex = 0;
      for (let m = re.exec(t); m; m = re.exec(t)) out.add(m[1]!);
    }
    // "Expansion Words (ACR)": the words before the parenthesis spell it; the expansion must not hold a lexicon name
    // ("Microsoft Endpoint Configuration Manager (MECM)" defines a product, not one of the document's own terms).
    for (const m of t.matchAll(latin(/\((\p{Lu}[\p{Lu}\p{N}&]{1,9})\)/gu))) {
      const acr = m[1]!.replace(latin(/[^\p{Lu}]/gu), '');
      const before = t.slice(Math.max(0, m.index - 160), m.index);
      const words = before.match(latin(/[\p{L}\p{N}]+/gu)) ?? [];
      const tail = words.slice(-Math.min(words.length, acr.length + 4));
      let ok = false;
      for (let k = Math.min(tail.length, acr.length + 4); k >= 1 && !ok; k--) ok = initialsSpell(acr, tail.slice(-k)) && latin(/^\p{L}/u).test(tail[tail.length - k]!) && tail[tail.length - k]![0]!.toUpperCase() === acr[0];
      if (ok && !mentionIn(input, b, m.index - before.length, m.index)) out.add(m[1]!);
    }
    ACRONYM_THEN_EXPANSION.lastIndex = 0;
    for (let m = ACRONYM_THEN_EXPANSION.exec(t); m; m = ACRONYM_THEN_EXPANSION.exec(t)) {
      const words = m[2]!.match(latin(/[\p{L}\p{N}]+/gu)) ?? [];
      if (initialsSpell(m[1]!, words) && !mentionIn(input, b, m.index, m.index + m[0].length)) out.add(m[1]!);
    }
  }
  return out;
}

const mentionsByBlock = new WeakMap<CheckInput, Map<number, Array<[number, number]>>>();

/** Does [start, end) of block `b` overlap a lexicon mention? */
function mentionIn(input: CheckInput, b: Block, start: number, end: number): boolean {
  let by = mentionsByBlock.get(input);
  if (!by) {
    by = new Map();
    for (const m of input.mentions) {
      const list = by.get(m.block.index) ?? [];
      list.push([m.start, m.reportEnd]);
      by.set(m.block.index, list);
    }
    mentionsByBlock.set(input, by);
  }
  return by.get(b.index)?.some(([s, e]) => s < end && start < e) ?? false;
}

/** Is the sentence set in capitals (a heading or a warning), where capitals say nothing about names? */
function shouted(sentenceText: string): boolean {
  const letters = sentenceText.replace(latin(/[^\p{L}]/gu), '');
  return letters.length >= 12 && (letters.match(latin(/\p{Lu}/gu))?.length ?? 0) > letters.length * 0.6;
}



type Kind = 'camel' | 'acronym' | 'versioned' | 'from' | 'company' | 'coordinated';

/** A possible name. Its full context is asked for only once the word lists have spoken: it is the costly part. */
class Candidate {
  private sc?: SpanContext;
  private sent?: [number, number];
  constructor(
    private readonly dc: DocContext, readonly block: Block, readonly start: number, readonly end: number,
    readonly term: string,
    /** The word judged: the name without its version. */
    readonly word: string,
    readonly kind: Kind,
  ) {}

  get ctx(): SpanContext {
    return (this.sc ??= this.dc.at(this.block, this.start, this.end));
  }

  get sentence(): [number, number] {
    return (this.sent ??= this.sc?.sentence ?? this.dc.sentenceAt(this.block, this.start));
  }
}

/**
 * The items coordinated with [start, end) in its sentence ("Windows/SCCM/MIM/Active Directory", "Prometheus,
 * CloudWatch, and New Relic"): short items (up to four words) on either side, joined by separators; a parenthesis or
 * a long item ends the run.
 */
function coordinationRun(b: Block, sentence: [number, number], start: number, end: number): Array<[number, number]> {
  const [ss, se] = sentence;
  const text = b.text;
  const items: Array<[number, number]> = [];
  let last = ss;
  COORD_SPLIT.lastIndex = 0;
  const seg = text.slice(ss, se);
  for (let m = COORD_SPLIT.exec(seg); m; m = COORD_SPLIT.exec(seg)) {
    if (m[0].length === 0) { COORD_SPLIT.lastIndex++; continue; }
    items.push([last, ss + m.index]);
    last = ss + m.index + m[0].length;
  }
  items.push([last, se]);
  const k = items.findIndex(([s, e]) => start >= s && end <= e);
  if (k < 0) return [];
  // Trim each item to what a name can be: the words after an opening parenthesis or colon, before a closing one.
  const trim = ([s, e]: [number, number]): [number, number] => {
    const t = text.slice(s, e);
    const open = Math.max(t.lastIndexOf('('), t.lastIndexOf(':'));
    const close = t.indexOf(')');
    return [s + (open >= 0 ? open + 1 : 0), close >= 0 ? s + close : e];
  };
  const short = ([s, e]: [number, number]): boolean => (text.slice(s, e).match(latin(/[\p{L}\p{N}]+/gu))?.length ?? 0) <= 4;
  // A long item joins the run with its capitalised words next to the separator only: "tools including Prometheus,
  // CloudWatch" joins "Prometheus"; "Windows, Linux and macOS as operating systems" joins "macOS".
  const tailRun = ([s, e]: [number, number]): [number, number] | null => {
    // Three words at most: the last 80 characters hold them, and an end-anchored search need not try every start.
    const from = Math.max(s, e - 80);
    const m = latin(/(?:\p{Lu}[\p{L}\p{N}.+#-]*\s+){0,2}\p{Lu}[\p{L}\p{N}.+#-]*\s*$/u).exec(text.slice(from, e));
    return m ? [from + m.index, e] : null;
  };
  const headRun = ([s, e]: [number, number]): [number, number] | null => {
    const m = latin(/^\s*[\p{L}\p{N}.+#-]*\p{Lu}[\p{L}\p{N}.+#-]*(?:\s+\p{Lu}[\p{L}\p{N}.+#-]*){0,2}/u).exec(text.slice(s, e));
    return m ? [s, s + m[0].length] : null;
  };
  const within = (r: [number, number] | null): boolean => !!r && r[0] <= start && end <= r[1];
  const own = text.slice(items[k]![0], items[k]![1]);
  // The span's own item, cut at the nearest parenthesis or colon before it and the nearest parenthesis after it.
  const rel = start - items[k]![0], relEnd = end - items[k]![0];
  const cutL = Math.max(own.lastIndexOf('(', rel), own.lastIndexOf(':', rel), own.lastIndexOf(')', rel));
  const after = own.slice(relEnd).search(/[()]/);
  const ownItem: [number, number] = [items[k]![0] + cutL + 1, after >= 0 ? end + after : items[k]![1]];
  // The item holding the span: a parenthesis before the span closes the run on the left, one after it on the right.
  let leftOpen = !/[(:]/.test(own.slice(0, start - items[k]![0]));
  let rightOpen = !/[)]/.test(own.slice(end - items[k]![0]));
  if (!short(ownItem)) {
    leftOpen &&= within(headRun(ownItem));
    rightOpen &&= within(tailRun(ownItem));
  }
  const out: Array<[number, number]> = [ownItem];
  if (leftOpen) for (let i = k - 1; i >= 0; i--) {
    const t = text.slice(items[i]![0], items[i]![1]);
    const it = trim(items[i]!);
    if (!short(it)) { const r = tailRun(it); if (r) out.push(r); break; }
    out.push(it);
    if (/[(:)]/.test(t)) break;
  }
  if (rightOpen) for (let i = k + 1; i < items.length; i++) {
    const t = text.slice(items[i]![0], items[i]![1]);
    const it = trim(items[i]!);
    if (!short(it)) { const r = headRun(it); if (r) out.push(r); break; }
    out.push(it);
    if (/[()]/.test(t)) break;
  }
  return out;
}

export const unknownBrand: Checker = {
  id: 'unknown-brand',
  meta: {
    description: 'A name the lexicon does not know, in a mandatory requirement: not in the language\'s word list and shaped like a name (an undefined abbreviation beside other names, a versioned name, the source of a product; CamelCase alone only as an advisory). The lexicon will never be complete.',
    defaultSeverity: 1,
    fixable: true,
    basis: 'brand',
    scope: 'sentence',
    messages: {
      unknown: {
        en: '{term} looks like a product or company name. If it is one, describe the need instead or add "or equivalent"; if it is the buyer\'s own system, allow it in the configuration.',
        da: '{term} ligner et produkt- eller firmanavn. Er det et, så beskriv behovet i stedet eller tilføj "eller tilsvarende"; er det kundens eget system, så tillad det i konfigurationen.',
        no: '{term} ligner et produkt- eller firmanavn. Er det det, beskriv behovet i stedet eller legg til "eller tilsvarende"; er det kundens eget system, tillat det i konfigurasjonen.',
        sv: '{term} liknar ett produkt- eller företagsnamn. Är det ett, beskriv behovet i stället eller lägg till "eller likvärdigt"; är det beställarens eget system, tillåt det i konfigurationen.',
      },
    },
  },
  check(input) {
    const { lang, ctx } = input;
    const langOf = (b: Block): Lang => ctx.langOf?.(b) ?? lang;
    // Without a word list (a build without the dictionaries, or a language without one) only the shapes that need no
    // dictionary are judged: CamelCase, and a company with its legal form.
    const listed = (b: Block): boolean => hasWordList(langOf(b));
    let defined: Set<string> | undefined;
    const isDefined = (w: string): boolean => (defined ??= definedAbbreviations(input)).has(w);
    /** An abbreviation the language or the document knows: in a dictionary (as an abbreviation or a word), or defined. */
    const knownAbbreviation = (w: string, b: Block): boolean => {
      const base = w.replace(/s$/, '');
      return ROMAN.test(w) || isKnownAbbreviation(w, langOf(b)) || isKnownAbbreviation(base, langOf(b)) || isOrdinaryWord(w, langOf(b)) || isDefined(w) || isDefined(base);
    };

    const names: Candidate[] = [];
    const pending: Candidate[] = [];

    const cand = (b: Block, start: number, end: number, term: string, word: string, kind: Kind): Candidate => new Candidate(ctx, b, start, end, term, word, kind);
    for (const h of scanBlocks(input, CAMEL, { avoidMentions: true, needs: NEEDS_CAMEL })) {
      const word = h.match[0].split(/\s/)[0]!;
      if (NOT_BRANDS.has(word) || SURNAME.test(word)) continue;
      if (MIXED_ABBREVIATION.test(word)) {
        if (listed(h.block) && !knownAbbreviation(word, h.block)) pending.push(cand(h.block, h.start, h.start + word.length, word, word, 'acronym'));
        continue;
      }
      if (!isOrdinaryWord(word, langOf(h.block))) names.push(cand(h.block, h.start, h.end, h.match[0], word, 'camel'));
    }

    for (const h of scanBlocks(input, VERSIONED, { avoidMentions: true, needs: NEEDS_VERSION })) {
      if (!listed(h.block)) continue;
      const word = h.match[1]!;
      if (latin(/\p{Ll}\p{Lu}/u).test(word)) continue; // CamelCase: judged above, version and all
      const caps = latin(/^\p{Lu}+$/u).test(word);
      // A title-case word needs four letters ("Sev 2", "Nr 3" are abbreviated words); an abbreviation is judged as one.
      if (caps ? word.length < 3 || knownAbbreviation(word, h.block) : word.length < 4 || isOrdinaryWord(word, langOf(h.block), { compounds: true })) continue;
      if (SURNAME.test(word)) continue;
      names.push(cand(h.block, h.start, h.end, h.match[0], word, 'versioned'));
    }

    for (const h of scanBlocks(input, FROM_SOURCE, { avoidMentions: false, group: 1, needs: latin(/\b(?:from|fra|från)\s+\p{Lu}/u) })) {
      if (!listed(h.block)) continue;
      const base = h.start;
      const noun = WORD_BEFORE.exec(h.block.text.slice(Math.max(0, h.match.index - 40), h.match.index))?.[1];
      if (!noun || !(ABBREVIATED_NOUN.test(noun) || ctx.phrases.endsIn('productNouns', noun))) continue;
      const parts = [...h.match[1]!.matchAll(NAME_RE)].map((m) => ({ word: m[0], start: base + m.index, end: base + m.index + m[0].length }));
      const bl = langOf(h.block);
      // A conjunct is a name when the paragraph's own language does not know it. One the language knows as a common
      // word is a name too when it is set in capitals or stands beside a name ("från Nexus och Insta").
      const unknown = parts.map((p) => !isOrdinaryWord(p.word, bl, { ownOnly: true, compounds: true }));
      const anyName = unknown.some(Boolean);
      parts.forEach((p, i) => {
        if (ctx.isMasked(h.block, p.start, p.end) || mentionIn(input, h.block, p.start, p.end)) return;
        if (latin(/^\p{Lu}{1,2}$/u).test(p.word) || isKnownAbbreviation(p.word, bl)) return;
        const caps = latin(/^\p{Lu}{3,}$/u).test(p.word);
        if (!(unknown[i] || caps || anyName)) return;
        if (caps && isDefined(p.word)) return;
        names.push(cand(h.block, p.start, p.end, p.word, p.word, 'from'));
      });
    }

    for (const h of scanBlocks(input, FROM_COMPANY, { avoidMentions: true, group: 1, needs: /fra|from|leveret af|supplied by|levert av|från|levererad av/i })) {
      names.push(cand(h.block, h.start, h.end, h.match[1]!, h.match[1]!, 'company'));
    }

    for (const h of scanBlocks(input, ACRONYM, { avoidMentions: true, group: 1, needs: NEEDS_ACRONYM })) {
      const acr = h.match[1]!;
      if (!listed(h.block)) continue;
      if (knownAbbreviation(acr, h.block)) continue;
      if (names.some((n) => n.block === h.block && n.start <= h.start && h.end <= n.end)) continue;
      const [ss, se] = ctx.sentenceAt(h.block, h.start);
      if (shouted(h.block.text.slice(ss, se))) continue;
      pending.push(cand(h.block, h.start, h.end, acr, acr, 'acronym'));
    }

    // A bare abbreviation the dictionaries lack is most often the buyer's, a programme's or a document's ("VDOT",
    // "QASP", "PKI"); it is a name when it stands in a coordination with one: a lexicon product or a name found above
    // ("Windows/SCCM/MIM/Active Directory"). So is a proper noun there ("Prometheus, CloudWatch and New Relic").
    const isNameAt = (b: Block, s: number, e: number): boolean =>
      input.mentions.some((m) => m.block.index === b.index && m.pattern === 'brand' && m.start < e && s < m.reportEnd)
      || names.some((n) => n.block === b && n.start < e && s < n.end);
    const runs = new Map<Candidate, Array<[number, number]>>();
    for (let round = 0, grew = true; round < 3 && grew; round++) {
      grew = false;
      for (let i = pending.length - 1; i >= 0; i--) {
        const c = pending[i]!;
        let run = runs.get(c);
        if (!run) runs.set(c, run = coordinationRun(c.block, c.sentence, c.start, c.end).filter(([s, e]) => !(s <= c.start && c.end <= e)));
        if (run.some(([s, e]) => isNameAt(c.block, s, e))) { names.push(c); pending.splice(i, 1); grew = true; }
      }
    }
    for (const n of [...names]) {
      if (n.kind === 'company' || n.kind === 'coordinated') continue;
      for (const [s, e] of coordinationRun(n.block, n.sentence, n.start, n.end)) {
        const w = n.block.text.slice(s, e).trim();
        const at = s + n.block.text.slice(s, e).indexOf(w);
        // A single capitalised word, not opening the sentence, that the dictionary knows only as a proper noun.
        if (!latin(/^\p{Lu}\p{Ll}{2,}$/u).test(w) || at === n.sentence[0] || isNameAt(n.block, at, at + w.length)) continue;
        if (ctx.isMasked(n.block, at, at + w.length) || !isProperNoun(w, langOf(n.block))) continue;
        names.push(cand(n.block, at, at + w.length, w, w, 'coordinated'));
      }
    }

    // The document's own names: those it names as the present set-up or in a heading (the installed base and the
    // subject-matter), the buyer's (right after one of its defined abbreviations, "GSA SecureAuth", "VDOT's X"), and
    // its channels ("via X"). Computed here until the analysis layer states the buyer and installed base.
    // The analysis layer's buyer facts (its names, its channels, the tools it runs) count too, and so does the
    // subject-matter: a name the title, a scope section or the opening of the document introduces with "further
    // development of", "migration to", "support and maintenance of" … (the same reading mentions.ts gives the
    // lexicon's names).
    const buyerNames = new Set(ctx.buyer?.names ?? []);
    const own = new Set<string>();
    for (const n of names) {
      const text = n.block.text;
      const before = text.slice(Math.max(0, n.start - 40), n.start);
      const owner = latin(/(\p{Lu}{2,10})(?:'s|’s|s)?\s+$/u).exec(before);
      const subject = ctx.inScopeOrOpening(n.block) && ctx.statesSubject(n.block, n.sentence, n.start, n.end);
      // A list or table announced as the work on the subject ("support and maintenance of the following systems:").
      const leadInSubject = n.ctx.modalityFrom === 'lead-in' && ctx.leadIn(n.block).some((p) => ctx.phrases.has('subjectMatter', p.text));
      if (n.ctx.existing || n.ctx.background || n.ctx.leadInExisting || n.ctx.channel || n.ctx.buyerRuns || n.block.kind === 'heading' || leadInSubject
        || buyerNames.has(n.word) || (owner && (isDefined(owner[1]!) || buyerNames.has(owner[1]!))) || CHANNEL.test(before) || subject) own.add(n.word.toLowerCase());
    }

    // The same facts the lexicon's names get (mentions.ts): a name the title carries, or that the document elsewhere
    // names as the buyer's present set-up or states as the subject-matter, is justified where a requirement repeats it.
    const elsewhere = new Map<string, boolean>();
    const statedElsewhere = (n: Candidate): boolean => {
      let v = elsewhere.get(n.word);
      if (v !== undefined) return v;
      v = false;
      const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(n.word)}(?![\\p{L}\\p{N}])`, 'gu');
      let looked = 0;
      for (const b of input.doc.blocks) {
        if (v || looked >= 40) break;
        if (!b.text.includes(n.word)) continue;
        re.lastIndex = 0;
        for (let m = re.exec(b.text); m && looked < 40; m = re.exec(b.text)) {
          looked++;
          const end = m.index + n.word.length;
          if (b === n.block && m.index === n.start) continue;
          if (ctx.establishes(b, ctx.at(b, m.index, end), m.index, end)) { v = true; break; }
        }
      }
      elsewhere.set(n.word, v);
      return v;
    };

    const out: DraftFinding[] = [];
    const seen = new Set<string>();
    for (const n of names.sort((a, b) => a.block.index - b.block.index || a.start - b.start)) {
      const sc = n.ctx;
      // Only mandatory requirements (stated by the sentence, the list's lead-in or the table row): a guess should not
      // cry wolf on background and wishes.
      if (!isRequirement(sc) || sc.modality !== 'mandatory' || sc.equivalent || sc.example || sc.existing || sc.leadInExisting) continue;
      if (own.has(n.word.toLowerCase()) || statedElsewhere(n)) continue;
      const key = `${n.block.index}:${n.start}`;
      if (seen.has(key) || out.some((f) => f.block === n.block.index && f.start < n.end && n.start < f.end)) continue;
      seen.add(key);
      out.push({
        // A CamelCase word alone is a hint, not a warning: on the 30 labelled real tenders it was a vendor's product
        // none of the 7 times it fired (the buyer's own systems and platforms: "GovCloud", "WebAPI"); the other shapes
        // ("software from X", a legal form, a version, a list with names) carry their own evidence.
        block: n.block.index, start: n.start, end: n.end, severity: n.kind === 'camel' ? 0 : 1, messageId: 'unknown', data: { term: quote(n.term, lang) },
        suggestions: [orEquivalentSuggestion(sc, n.end, lang)],
        fix: orEquivalentFix(sc.block.text, n.end, lang),
      });
    }
    return out;
  },
};
