// Per-sentence context that every checker asks for: modality, equivalence, examples, negation, background, justification.
import { wordCount } from '../text/word-count.js';
import { grammarOf } from './grammar.js';
import { latin } from '../text/latin.js';
import type { Block, Lang, SpecDocument } from '../model/document.js';
import { sourcePoint } from '../model/location.js';
import { sentenceSpans } from '../text/sentences.js';
import type { Phrases, PhraseHit } from '../text/phrases.js';
import { BuyerFacts } from './buyer.js';

export type Modality = 'mandatory' | 'desirable' | 'none';

export interface SpanContext {
  block: Block;
  /** The sentence holding the span: [start, end) in block text. */
  sentence: [number, number];
  sentenceText: string;
  modality: Modality;
  /** Where the modality came from. */
  modalityFrom: 'sentence' | 'row' | 'header' | 'lead-in' | 'requirement-table' | 'section' | 'none';
  /**
   * An or-equivalent phrase covers the span: strong (statutory wording) or weak ("or similar"). `block` is where the
   * phrase stands when it is not the span's own block (a lead-in: "… one of the following tools, or equivalent:").
   */
  equivalent?: { strength: 'strong' | 'weak'; hit: PhraseHit; block?: Block; other?: boolean };
  versionFloor?: PhraseHit;
  hollow?: PhraseHit;
  /** The sentence (or the next) says what counts as equivalent. */
  criteria: boolean;
  example: boolean;
  negated: boolean;
  /** The sentence describes the present state or history, not a requirement. */
  background: boolean;
  /** The sentence names the buyer's existing installation or own system ("kommunens eksisterende …"). */
  existing: boolean;
  /** The list or table is introduced by a paragraph that says its items are the existing set-up. */
  leadInExisting: boolean;
  /** The buyer's own channel for quotes, questions or submissions ("Questions shall be submitted via Jotform"). */
  channel: boolean;
  /** The clause has the buyer as its subject, or uses the product passively with no supplier in it: the buyer runs it. */
  buyerRuns: boolean;
  /** 1-based line (Markdown) or paragraph (Word) of the span start. */
  line: number;
}

/** Unparsed link/image syntax, file paths, URLs, e-mail addresses, host names with two dots or more, and domain names followed by a path. "monday.com" and "ASP.NET" stay prose. */
// Linear in the text (a 100,000-character word or run of "[" took minutes): each alternative starts only at the
// beginning of a run of its characters, and the parts that scan ahead are bounded.
const URLISH = /!?\[[^[\]\n]{0,1000}\]\([^)\n]{0,500}\)|(?<![\w.-])(?:[\w.-]+\/)+[\w. -]{0,200}\.[A-Za-z0-9]{2,5}\b|(?:https?:\/{1,2}|www\.)\S+|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?<![\w-])[\w-]+(?:\.[\w-]+){2,}\b(?:\/\S*)?|(?<![\w-])[\w-]+\.(?:com|org|net|gov|dk|no|se|io|eu|edu|mil|us|uk|de|fi|nl|fr|int)\/\S*/gi;

/** What every URLISH match holds ("](", a slash, "@", "www." or two dots in a run of word characters): a cheap pre-test. */
const MAY_BE_URLISH = /[/@]|\]\(|www\.|[\w-]\.[\w-]+\.[\w-]/i;

/** "ESRI – Environmental Systems Research Institute", "SSO: Single Sign On": a short term, a dash or colon, its expansion. */
const GLOSSARY_LINE = latin(/^\s*[\p{Lu}\p{N}][\p{L}\p{N}&\/.+-]{0,24}(?:\s+[\p{Lu}\p{N}][\p{L}\p{N}&]*){0,2}\s*[-–—:=]\s*\p{Lu}[^.]{0,100}$/u);

/** "2.3 Krav på Power BI ........ 7", "Bilag 2 Prisbilag\t12": a line that ends in a page number after leaders or a tab. */
const TOC_LINE = /^\s*(?:\d+(?:\.\d+)*\.?\s+)?\S.{2,140}?(?:\s*(?:\.{3,}|…{1,}|·{3,}|_{3,})\s*|\t+)\d{1,4}\s*$/u;
/** A heading's or line's text for comparison: no section number (Word numbers headings itself), lower case, letters and digits only. */
const tocKey = (t: string): string => t.replace(/^\s*\d+(?:\.\d+)*\.?\s+/u, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** A cell that is a score range, a weight or points: "0-3", "0–5 p", "40 %", "10 point". */
const SCORE_CELL = /^\s*(?:\d{1,3}\s*[-–]\s*\d{1,3}|\d{1,3}(?:[.,]\d+)?\s*%|\d{1,3}\s*(?:p|p\.|poäng|point|points|poeng|pkt\.?))\s*$/i;

export class DocContext {
  private spans = new Map<number, Array<[number, number]>>();
  private masks = new Map<number, Array<[number, number]>>();
  private maskIndex = new Map<number, { starts: number[]; maxEnd: number[] }>();
  private leadIns = new Map<number, Block[]>();

  /** `blockLangs[i]` is the language of block i (paragraph-level detection); the document's language otherwise. */
  constructor(readonly doc: SpecDocument, readonly lang: Lang, readonly phrases: Phrases, private readonly blockLangs: readonly Lang[] = []) {}

  private titleSet?: Set<number>;
  /** The blocks that make the document's title (its first heading, cover lines and cover tables). */
  get titles(): Set<number> {
    return (this.titleSet ??= titleBlocks(this.doc.blocks, (b) => this.isTocEntry(b)));
  }

  private buyerFacts?: BuyerFacts;
  /** What the document says about its buyer: names, acronyms, roles (learnt once, on first use). */
  get buyer(): BuyerFacts {
    return (this.buyerFacts ??= new BuyerFacts(this.doc, this.phrases));
  }

  /** The language block `b` is written in. */
  langOf(b: Block): Lang {
    return this.blockLangs[b.index] ?? this.lang;
  }

  sentences(b: Block): Array<[number, number]> {
    let s = this.spans.get(b.index);
    if (!s) { s = sentenceSpans(b.text, this.langOf(b), () => grammarOf(this.phrases).abbreviations); this.spans.set(b.index, s); }
    return s;
  }

  sentenceAt(b: Block, offset: number): [number, number] {
    const spans = this.sentences(b);
    // Spans are in order: bisect (a paragraph of 100,000 sentences must not cost a scan per mention).
    const i = firstEndingAfter(spans, offset);
    const hit = spans[i];
    if (hit && offset >= hit[0]) return hit;
    return spans[firstEndingAfter(spans, offset - 1)] ?? [0, b.text.length];
  }

  /** Ranges of the block that are not prose: inline code, link targets, URLs, e-mail and domain names. */
  masked(b: Block): Array<[number, number]> {
    let m = this.masks.get(b.index);
    if (!m) {
      m = [...b.masked];
      URLISH.lastIndex = 0;
      if (MAY_BE_URLISH.test(b.text)) for (let x = URLISH.exec(b.text); x; x = URLISH.exec(b.text)) m.push([x.index, x.index + x[0].length]);
      this.masks.set(b.index, m);
    }
    return m;
  }

  isMasked(b: Block, start: number, end: number): boolean {
    const m = this.masked(b);
    if (m.length < 16) return m.some(([s, e]) => start < e && s < end);
    // Many masks (a paragraph of links): sorted by start with the running maximum of ends, bisected.
    let idx = this.maskIndex.get(b.index);
    if (!idx) {
      const sorted = [...m].sort((x, y) => x[0] - y[0]);
      const maxEnd: number[] = [];
      sorted.forEach(([, e], i) => maxEnd.push(Math.max(e, i ? maxEnd[i - 1]! : e)));
      idx = { starts: sorted.map(([s]) => s), maxEnd };
      this.maskIndex.set(b.index, idx);
    }
    let lo = 0, hi = idx.starts.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (idx.starts[mid]! < end) lo = mid + 1; else hi = mid; }
    return lo > 0 && idx.maxEnd[lo - 1]! > start;
  }

  /** Modality of a piece of text (in language `lang`) from the phrase lists. */
  modalityOf(text: string, lang: Lang = this.lang): Modality {
    // A mandatory word inside a desirable phrase is not one ("Bör-krav" holds "krav").
    const mandatory = this.phrases.find('mandatory', text);
    if (mandatory.length) {
      const desirable = this.phrases.find('desirable', text);
      if (mandatory.some((h) => !desirable.some((d) => d.start <= h.start && h.end <= d.end))) return 'mandatory';
    }
    // An award criterion's "will be evaluated" is not the supplier's "will": desirable wins over the bare "will".
    if (this.phrases.has('desirable', text)) return 'desirable';
    // English "will" binds only in English text ("will" is no modal verb in a Danish sentence quoting it).
    if (lang === 'en' && this.phrases.has('supplierWill', text) && this.phrases.has('supplier', text)) return 'mandatory';
    return 'none';
  }

  /**
   * The paragraphs that introduce a list or table: walking back over list items and cells to the
   * nearest paragraph, plus earlier ones while they only announce ("… følgende:"), stopping at a heading.
   */
  leadIn(b: Block): Block[] {
    if (b.kind !== 'listItem' && b.kind !== 'tableCell') return [];
    const cached = this.leadIns.get(b.index);
    if (cached) return cached;
    const out: Block[] = [];
    const blocks = this.doc.blocks;
    let substantial = 0;
    for (let i = b.index - 1; i >= 0 && i >= b.index - 400; i--) {
      const p = blocks[i]!;
      if (p.kind === 'heading') break;
      if (p.kind === 'tableCell') {
        if (b.table && p.table?.table === b.table.table) continue;
        if (out.length) break;
        continue;
      }
      if (p.kind === 'listItem') {
        // An earlier list ends the walk: its own lead-in speaks for it, not for this list; unless this list's lead-in
        // is only a caption that continues it ("Between the personnel:", "For hver konsulent:").
        if (out.length && !out.every((q) => q.text.length <= 80 && /:\s*$/.test(q.text) && this.modalityOf(q.text, this.langOf(q)) === 'none')) break;
        // The first item of the same list may itself be the lead-in ("- Følgende … skal:").
        if (b.kind === 'listItem' && p.listId === b.listId && /:\s*$/.test(p.text) && !out.length) { out.push(p); substantial++; }
        // A list item ending in ":" right before a table is the table's caption, and its only lead-in.
        else if (b.kind === 'tableCell' && !out.length && /:\s*$/.test(p.text)) { out.push(p); break; }
        continue;
      }
      out.push(p);
      if (!/:\s*$/.test(p.text) || p.text.length > 80) substantial++;
      if (substantial >= 2 || (substantial >= 1 && !this.announces(p.text) && out.length > 1)) break;
    }
    this.leadIns.set(b.index, out);
    return out;
  }

  private scopeCache = new Map<number, boolean>();
  private coverTexts?: Set<string>;
  /**
   * The top-level headings of a cover page, before the first section heading of a lower level ("# State of Montana",
   * "# Statement of Work: IT Staff Augmentation", then "## 1. Background"): they head every section, so they make none a
   * scope section. A document whose sections are all top-level has no such cover.
   */
  private coverHeadings(): Set<string> {
    const out = new Set([...this.titles].map((i) => this.doc.blocks[i]!.text));
    const deeper = this.doc.blocks.findIndex((x) => x.kind === 'heading' && (x.depth ?? 1) > 1);
    if (deeper < 0) return out;
    for (const x of this.doc.blocks.slice(0, Math.min(deeper, 15))) if (x.kind === 'heading' && (x.depth ?? 1) === 1) out.add(x.text);
    return out;
  }

  /**
   * A block where the document states what the contract is about: under a scope, purpose or background heading
   * ("Uppdraget", "Opgaven", "Scope of work"), or in the opening of the document.
   */
  inScopeOrOpening(b: Block): boolean {
    let v = this.scopeCache.get(b.index);
    if (v === undefined) {
      const label = rowLabel(b);
      // The document's own title ("Statement of Work – IT Staff Augmentation") heads every section: it makes none of
      // them a scope section.
      this.coverTexts ??= this.coverHeadings();
      v = b.index < Math.max(20, this.doc.blocks.length * 0.1) || b.headingPath.some((h) => !this.coverTexts!.has(h) && this.phrases.has('scopeHeadings', h))
        || (b.kind === 'heading' && this.phrases.has('scopeHeadings', b.text)) || (label !== undefined && this.phrases.has('scopeHeadings', label));
      this.scopeCache.set(b.index, v);
    }
    return v;
  }

  /**
   * The wording around [start, end) makes it the object of the contract: "further development of …", "migration to
   * …" shortly before it (no modal verb between), or "… operations and maintenance", "… brand name" right after.
   */
  statesSubject(b: Block, sentence: [number, number], start: number, end: number): boolean {
    const text = b.text;
    return this.phrases.find('subjectMatter', text, Math.max(sentence[0], start - 100), start)
      .some((h) => wordCount(text.slice(h.end, start)) <= 6 && this.modalityOf(text.slice(h.end, start)) === 'none')
      || this.phrases.find('subjectAfter', text, end, Math.min(sentence[1], end + 60)).some((h) => wordCount(text.slice(end, h.start)) <= 3);
  }

  private headingTexts?: Set<string>;
  /**
   * A line of a table of contents: a heading's text repeated outside the heading ("2.3 Krav på Power BI … 7"), or a
   * numbered line that ends in a page number after dot leaders or a tab. It names a section; it requires nothing.
   */
  isTocEntry(b: Block): boolean {
    if (b.kind === 'heading' || b.text.length > 160) return false;
    let v = this.tocCache.get(b.index);
    if (v === undefined) {
      this.headingTexts ??= new Set(this.doc.blocks.filter((h) => h.kind === 'heading').map((h) => tocKey(h.text)));
      const key = tocKey(b.text.replace(/[\s.…·_-]*\d{1,4}\s*$/u, ''));
      v = TOC_LINE.test(b.text) || (key.length >= 6 && this.headingTexts.has(key)) || this.namesAttachment(b);
      this.tocCache.set(b.index, v);
    }
    return v;
  }
  private tocCache = new Map<number, boolean>();

  /** A short line that names an attachment ("Attachment 1: Pricing Worksheet (Excel)", "Bilaga 3 – Prisformulär"). */
  private namesAttachment(b: Block): boolean {
    const h = this.phrases.find('attachmentNouns', b.text, 0, 24)[0];
    return !!h && /^\s*$/.test(b.text.slice(0, h.start)) && /^\s+[\p{L}\p{N}][\p{L}\p{N}.]{0,5}\s*[:–—-]/u.test(b.text.slice(h.end))
      && wordCount(b.text) <= 20 && this.modalityOf(b.text, this.langOf(b)) === 'none';
  }

  private currentCache = new Map<number, boolean>();
  /**
   * A block in a section that describes what the buyer has today ("Bakgrund", "Nuläge", "Current environment",
   * "Teknisk miljø"), unless a deeper heading opens a requirements section inside it.
   */
  inCurrentSection(b: Block): boolean {
    let v = this.currentCache.get(b.index);
    if (v === undefined) {
      v = false;
      // A form's row label works as the innermost heading ("| Bakgrund | Staden har …|", "| Nuläge | … |").
      const label = rowLabel(b);
      const path = label === undefined ? b.headingPath : [...b.headingPath, label];
      for (let i = path.length - 1; i >= 0; i--) {
        const h = path[i]!;
        if (this.phrases.has('mandatorySections', h) || this.phrases.has('desirableSections', h)) break;
        if (this.phrases.has('currentHeadings', h)) { v = true; break; }
      }
      this.currentCache.set(b.index, v);
    }
    return v;
  }

  /** The modality a block's section heading gives its items ("3.2 Ska-krav" → mandatory), innermost heading first. */
  sectionModality(b: Block): Modality {
    for (let i = b.headingPath.length - 1; i >= 0; i--) {
      const h = b.headingPath[i]!;
      if (this.phrases.has('mandatorySections', h)) return 'mandatory';
      if (this.phrases.has('desirableSections', h)) return 'desirable';
    }
    return 'none';
  }

  /** Does the text announce a list or table to follow ("følgende", "the following", a closing colon)? */
  announces(text: string): boolean {
    return /:\s*$/.test(text) || this.phrases.has('announce', text);
  }

  /** Is the whole of `text` (trimmed) one phrase of `list` (a table cell that is only "Skal", a header "Poäng")? */
  isWhole(list: 'requirementLabels' | 'mandatoryLabels' | 'scoreHeaders', text: string): boolean {
    const t = text.trim();
    return t.length > 0 && t.length < 40 && this.phrases.find(list, t).some((h) => h.start === 0 && h.end === t.length);
  }

  /** The sentences of a lead-in paragraph that announce what follows ("følgende", "these", a closing colon): the rest is other business. */
  announcing(p: Block): string[] {
    const sentences = this.sentences(p).map(([a, e]) => p.text.slice(a, e));
    const out = sentences.filter((x) => this.announces(x));
    return out.length ? out : sentences.slice(-1);
  }

  /**
   * A list item that is a full declarative sentence of its own ("The county's records schedule follows ISO 15489.",
   * "Regionens arkivplan er udarbejdet efter ISO 15489."): a determiner or possessive subject and a finite verb, no
   * modal. It describes; it does not inherit its lead-in's "skal".
   */
  declarative(b: Block): boolean {
    if (b.kind !== 'listItem') return false;
    const [s0, e0] = this.sentences(b)[0] ?? [0, b.text.length];
    const first = b.text.slice(s0, e0);
    if (wordCount(first) < 6) return false;
    const opens = (list: 'determiners' | 'buyerPossessive'): boolean => this.phrases.find(list, first, 0, 40).some((h) => /^\s*$/.test(first.slice(0, h.start)));
    if (!opens('determiners') && !opens('buyerPossessive')) return false;
    return this.phrases.find('finiteVerbs', first).some((h) => h.start > 0 && h.start < 120);
  }

  /** A row of an award-criteria or interview table: a cell holds a score range, a weight or points. */
  isEvaluationRow(b: Block): boolean {
    const t = b.table!;
    return t.cells.some((c, i) => i !== t.column && SCORE_CELL.test(c)) || t.header.some((h) => this.isWhole('scoreHeaders', h));
  }

  /**
   * Is the text between an example word and a name only space, or earlier names of the same list ("verktyg som
   * Power BI och Tableau", "tools like Jira, Confluence and Bitbucket")? Each listed name is capitalised and short.
   */
  private namesBetween(gap: string): boolean {
    if (!/^\s/.test(gap)) return false;
    if (/^\s+$/.test(gap)) return true;
    const coordinators = grammarOf(this.phrases).coordinatorWords;
    const words = gap.trim().split(/\s+/);
    if (!/,\s*$/.test(gap) && !coordinators.has(words[words.length - 1]!.toLowerCase())) return false;
    // Names separated by commas and coordinators, each of at most three capitalised words.
    let run = 0;
    for (const w of gap.replace(/,/g, ' , ').trim().split(/\s+/)) {
      if (w === ',' || coordinators.has(w.toLowerCase())) { run = 0; continue; }
      if (++run > 3 || !/^[\p{Lu}\p{N}]/u.test(w)) return false;
    }
    return true;
  }

  /** Does `gap` hold a coordinator or clause joiner ("och", "and", "men") or a comma: a new predicate or clause starts. */
  private joinsClauses(gap: string): boolean {
    if (/[,;]/.test(gap)) return true;
    const joiners = grammarOf(this.phrases).joinerWords;
    return gap.toLowerCase().split(/[^\p{L}]+/u).some((w) => joiners.has(w));
  }

  /** Is `gap` only separators and capitalised names, as between the names of one list ("/SCCM/Active Directory ")? */
  private onlyNames(gap: string): boolean {
    const coordinators = grammarOf(this.phrases).coordinatorWords;
    const words = gap.split(/[\s,/&+]+/).filter(Boolean);
    return words.length <= 16 && words.every((w) => coordinators.has(w.toLowerCase()) || /^[\p{Lu}\p{N}.]/u.test(w));
  }

  /**
   * A competence label ending in a colon ("Kompetens:", "Efterfrågade kunskaper:", "Required skills:"): at most six
   * words, one of them a competence noun. `rest` allows text after the colon ("Kompetens: Kotlin, Firebase").
   */
  private competenceLabel(text: string, rest = false): RegExpExecArray | null {
    const label = (rest ? /^([^:]{1,60}):\s/ : /^\s*([^:]{1,60}):\s*$/).exec(text);
    return label && wordCount(label[1]!) <= 6 && this.phrases.has('competence', label[1]!) ? label : null;
  }

  /**
   * A statement without a modal verb that says what a system uses ("The PTS application uses React for its front
   * end", "Ärendesystemet använder Elasticsearch"): present state, unless its subject is the supplier or the reader
   * ("The Offeror's approach uses …", "Describe how your team uses …"). "The system" and "lösningen" count as the
   * supplier's: "The system uses Okta for sign-in" may describe the system to be delivered.
   */
  private systemUses(text: string, ss: number, start: number, end: number, se: number): boolean {
    const notSupplier = (subject: string): boolean => !this.phrases.has('supplier', subject) && !this.phrases.has('reader', subject);
    return this.phrases.find('systemUses', text, ss, start).some((h) => wordCount(text.slice(h.end, start)) <= 12 && notSupplier(text.slice(ss, h.start)))
      // The passive right after the name: "Power BI används av kommunens verksamheter", "X is used for reporting".
      || this.phrases.find('usedPassive', text, end, Math.min(se, end + 30)).some((h) => wordCount(text.slice(end, h.start)) <= 1 && notSupplier(text.slice(h.end, se)));
  }

  /**
   * Does this occurrence of a name make it the buyer's or the contract's, so that a requirement naming it elsewhere is
   * justified? The document's title, a present-state or buyer-owned wording, a lead-in that says so, a tool the buyer
   * itself runs, or a scope statement ("further development of X"): the facts mentions.ts reads for the lexicon's
   * names (which it keeps apart as installed base and subject-matter for its messages), as one answer for the names
   * the lexicon lacks (unknown-brand).
   */
  establishes(b: Block, sc: SpanContext, start: number, end: number): boolean {
    const described = sc.modality === 'none';
    return (described && this.titles.has(b.index)) || sc.existing || sc.leadInExisting || (described && sc.buyerRuns)
      || (described && this.inScopeOrOpening(b) && this.statesSubject(b, sc.sentence, start, end));
  }

  private jurisdictionSet?: ReadonlySet<string>;
  /**
   * The jurisdictions the buyer is in, where the document shows it: "us-federal" when two different markers of a US
   * federal buyer occur (lexicon/phrases `usFederal`: FAR, FISMA, "federal agency" …). Standards a law imposes on such
   * buyers (lexicon `mandatedIn`) are then obligations passed on.
   */
  get jurisdictions(): ReadonlySet<string> {
    if (this.jurisdictionSet) return this.jurisdictionSet;
    const seen = new Set<string>();
    for (const b of this.doc.blocks) {
      for (const h of this.phrases.find('usFederal', b.text)) seen.add(h.text.toLowerCase().replace(/\s+/g, ' '));
      if (seen.size >= 2) break;
    }
    return (this.jurisdictionSet = new Set(seen.size >= 2 ? ['us-federal'] : []));
  }

  private criteriaHeading: boolean | undefined;
  /** Does a heading of the document announce the criteria an equivalent must meet ("2. Salient Characteristics")? */
  criteriaSection(): boolean {
    return this.criteriaHeading ??= this.doc.blocks.some((b) => b.kind === 'heading' && this.phrases.has('criteria', b.text));
  }

  /** A block of running text: not a heading, quotation, glossary line or table-of-contents line. */
  describes(b: Block): boolean {
    return b.kind !== 'heading' && !b.quote && !GLOSSARY_LINE.test(b.text) && !this.isTocEntry(b);
  }

  /** Full context for the span [start, end) of block `b`. */
  at(b: Block, start: number, end: number): SpanContext {
    const sentence = this.sentenceAt(b, start);
    const [ss, se] = sentence;
    const text = b.text;
    const sentenceText = text.slice(ss, se);
    const ph = this.phrases;

    // Headings, quotations and the lines of a table of contents state no requirement of their own.
    const bl = this.langOf(b);
    const toc = this.isTocEntry(b);
    let modality: Modality = b.kind === 'heading' || b.quote || toc ? 'none' : this.modalityOf(sentenceText, bl);
    let modalityFrom: SpanContext['modalityFrom'] = modality === 'none' ? 'none' : 'sentence';
    const ownModality = modality;
    // A block that states its own requirements elsewhere describes here: it inherits nothing.
    const inherits = modality === 'none' && b.kind !== 'heading' && !b.quote && !toc && this.modalityOf(text, bl) === 'none' && !this.declarative(b);
    if (inherits && b.kind === 'tableCell' && b.table && !b.table.isHeader) {
      const others = b.table.cells.filter((_, i) => i !== b.table!.column).join(' . ');
      const header = b.table.header[b.table.column] ?? '';
      const rowM = this.modalityOf(others, bl);
      if (rowM !== 'none') { modality = rowM; modalityFrom = 'row'; }
      // An award table (a weight or points column) is desirable whatever its requirement column is called ("Krav").
      else if (this.isEvaluationRow(b)) { modality = 'desirable'; modalityFrom = 'requirement-table'; }
      else if (this.modalityOf(header, bl) !== 'none') { modality = this.modalityOf(header, bl); modalityFrom = 'header'; }
      // A column headed like a requirement section ("Required qualifications", "Meriterande kompetens").
      else if (ph.has('mandatorySections', header)) { modality = 'mandatory'; modalityFrom = 'header'; }
      else if (ph.has('desirableSections', header)) { modality = 'desirable'; modalityFrom = 'header'; }
    }
    const leadIn = this.leadIn(b);
    if (inherits && modality === 'none' && leadIn.length) {
      // The nearest paragraph that states a modality decides ("… skal have erfaring med:" then "… vil tælle positivt:").
      for (const p of leadIn) {
        const m = this.modalityOf(p.text, this.langOf(p));
        if (m !== 'none') { modality = m; modalityFrom = 'lead-in'; break; }
        // A bare competence label ("Kompetens:", "Required skills:") announces wanted competences, as on its own line.
        if (this.competenceLabel(p.text)) { modality = 'desirable'; modalityFrom = 'lead-in'; break; }
      }
    }
    // A numbered or labelled requirement row that neither its row, its header nor a lead-in qualifies ("Tjänsten ska
    // uppfylla följande krav:" decides first) is at least desirable, and mandatory where its label says so ("Ska-krav",
    // "Mindstekrav", "M").
    if (inherits && modality === 'none' && b.kind === 'tableCell' && b.table && !b.table.isHeader) {
      const cells = b.table.cells;
      if (cells.some((c) => this.isWhole('mandatoryLabels', c))) { modality = 'mandatory'; modalityFrom = 'requirement-table'; }
      else if (b.requirementId || cells.some((c) => this.isWhole('requirementLabels', c))) {
        // A bare number says only that the row is a requirement: the section's heading ("Krav på konsulten") says which kind.
        const section = this.sectionModality(b);
        modality = section !== 'none' && !cells.some((c) => this.isWhole('requirementLabels', c)) ? section : 'desirable';
        modalityFrom = modality === section ? 'section' : 'requirement-table';
      }
    }
    // A section headed "Ska-krav", "Mindstekrav", "Evaluation criteria" … gives its bare items and short lines (not
    // its sentences, which say what they mean) their modality; the nearest such heading decides.
    if (inherits && modality === 'none' && wordCount(sentenceText) <= 15) {
      const m = this.sectionModality(b);
      if (m !== 'none') { modality = m; modalityFrom = 'section'; }
    }
    // A table cell of several paragraphs (Word keeps them apart): an earlier paragraph of the same cell that ends with a
    // colon is their lead-in ("Efterfrågade kunskaper:" then one competence per paragraph).
    if (modality === 'none' && b.kind === 'tableCell' && b.table) {
      const t = b.table;
      for (let i = b.index - 1; i >= 0 && b.index - i <= 12; i--) {
        const p = this.doc.blocks[i]!;
        if (p.kind !== 'tableCell' || !p.table || p.table.table !== t.table || p.table.row !== t.row || p.table.column !== t.column) break;
        if (!/:\s*$/.test(p.text)) continue;
        const m = this.modalityOf(p.text, this.langOf(p));
        if (m !== 'none') { modality = m; modalityFrom = 'lead-in'; }
        else if (this.competenceLabel(p.text)) { modality = 'desirable'; modalityFrom = 'lead-in'; }
        break;
      }
    }
    // A competence label with a colon opens a list of competences asked for ("Kompetens: Kotlin, Firebase", "Required
    // skills: …", "Kunskaper inom: …"): the names after it are wanted, at least as a wish.
    if (modality === 'none' && b.kind !== 'heading' && !b.quote && !toc) {
      const label = this.competenceLabel(text, true);
      // A list, not a sentence of its own after the colon ("Kompetens: Kommunen har idag kompetens inom X" describes).
      if (label && start >= label[0].length - 1 && !ph.has('finiteVerbs', text, label[0].length, se)) { modality = 'desirable'; modalityFrom = 'section'; }
    }
    // An evaluation table (a score, weight or points column) makes its rows award criteria: desirable.
    // Every sentence of such a row is an award criterion, also where the cell says more than one thing.
    if (modality === 'none' && !b.quote && b.kind === 'tableCell' && b.table && !b.table.isHeader && this.isEvaluationRow(b)) {
      modality = 'desirable'; modalityFrom = 'requirement-table';
    }

    // Or-equivalent phrases after the span (or "equivalent to X" just before it) in the same sentence.
    // A name inside the equivalence wording itself is covered too ("… or an AMD equivalent").
    // "Equivalent to", "likvärdig med" name what follows them: before the name they cover it, after it they compare
    // something else ("Power BI reports equivalent to the current BusinessObjects reports").
    const before = (h: PhraseHit): boolean => /(?:to|til|till|aan|med|liknande|lignende|of)$/i.test(h.text);
    const covers = (h: PhraseHit): boolean => (h.start >= end && !before(h)) || (h.start <= start && h.end >= end)
      || (h.end <= start && start - h.end < 30 && before(h));
    let equivalent: SpanContext['equivalent'];
    // "(motsvarande godtas)", "eller motsvarande erfarenhet": a sentence accepting equivalents, after the name, also counts.
    const strong = ph.find('equivalent', text, ss, se).find(covers) ?? ph.find('equivalentNext', text, end, se)[0];
    const other = strong ? undefined : ph.find('equivalentOther', text, end, se)[0];
    if (strong) equivalent = { strength: 'strong', hit: strong };
    else if (other) equivalent = { strength: 'strong', hit: other, other: true };
    else {
      const weak = ph.find('weakEquivalent', text, ss, se).find((h) => h.start >= end);
      if (weak) equivalent = { strength: 'weak', hit: weak };
    }
    const spans = this.sentences(b);
    let ni = firstEndingAfter(spans, se);
    while (ni < spans.length && spans[ni]![0] < se) ni++;
    const next = spans[ni];
    // "Erfarenhet av X. Likvärdiga produkter accepteras.": the next sentence accepts equivalents.
    if (!equivalent && next) {
      const accepts = ph.find('equivalentNext', text, next[0], next[1])[0];
      if (accepts) equivalent = { strength: 'strong', hit: accepts };
    }
    // A column header that accepts equivalents ("Verktyg (eller likvärdigt)") covers its cells, and so does a short
    // cell of the row that says only that ("| Confluence | Likvärdigt system accepteras |"); a longer cell may speak
    // of something else ("Ange referensuppdrag eller motsvarande").
    if (!equivalent && b.kind === 'tableCell' && b.table && !b.table.isHeader) {
      const t = b.table;
      const around = [t.header[t.column] ?? '', ...t.cells.filter((c, i) => i !== t.column && wordCount(c) <= 5)];
      for (const cell of around) {
        const hit = ph.find('equivalent', cell)[0] ?? ph.find('equivalentNext', cell)[0];
        // The phrase stands in another cell: its offsets (-1) point at no text of this block.
        if (hit) { equivalent = { strength: 'strong', hit: { ...hit, start: -1, end: -1 } }; break; }
      }
    }
    // A bare list item under "… one of the following tools, or equivalent:" is covered by its lead-in, and so is one
    // under a lead-in that accepts equivalents in a sentence of its own ("Likvärdiga verktyg accepteras.").
    if (!equivalent && ownModality === 'none') {
      for (const p of leadIn) {
        const hit = this.sentences(p).filter(([a, z]) => this.announces(p.text.slice(a, z)))
          .flatMap(([a, z]) => ph.find('equivalent', p.text, a, z))[0] ?? ph.find('equivalentNext', p.text)[0];
        if (hit) { equivalent = { strength: 'strong', hit, block: p }; break; }
      }
    }
    // "… någon av följande certifieringar:" then items, one of them "… eller likvärdig certifiering": when any equivalent
    // of one item meets the requirement, the items are examples of what meets it.
    if (!equivalent && ownModality === 'none' && b.kind === 'listItem' && leadIn[0] && ph.has('oneOf', leadIn[0].text)) {
      for (let i = leadIn[0].index + 1; i < this.doc.blocks.length && this.doc.blocks[i]!.kind === 'listItem'; i++) {
        const item = this.doc.blocks[i]!;
        const hit = ph.find('equivalent', item.text)[0];
        if (hit) { equivalent = { strength: 'strong', hit, block: item }; break; }
      }
    }
    const versionFloor = ph.find('versionFloor', text, end, Math.min(se, end + 60))[0];
    const hollow = ph.find('hollowing', text, ss, se)[0];
    // The criteria of equivalence in the sentence or the next, or in a section of their own ("Salient
    // Characteristics", the FAR 52.211-6 shape).
    const criteria = ph.has('criteria', text, ss, next ? next[1] : se) || this.criteriaSection();

    // Example markers shortly before the span, or a trailing "etc."/"osv." after it.
    const example = ph.find('example', text, Math.max(ss, start - 100), start).some((h) => {
      const gap = text.slice(h.end, start);
      // "(e.g. Semgrep) and must in addition pass Burp Suite": the example ended with its parenthesis or clause.
      const closed = gap.includes(')') && text.lastIndexOf('(', h.start) > text.lastIndexOf(')', h.start);
      return !closed && this.modalityOf(gap, bl) === 'none';
    })
      // A trailing "m.fl.", "etc." closes the list the name is in: only names and separators between ("Qlik Sense, Power
      // BI m.fl."); a name before the list ("Oracles databasplattform (Oracle Database/RAC m.m.)") is none of its examples.
      || ph.find('exampleAfter', text, end, se).some((h) => this.onlyNames(text.slice(end, h.start)))
      // "BI-verktyg som Power BI", "tools like Jira": a product noun, the word, then the name introduces an example of
      // the noun; "arbeta som Power BI-utvecklare" or "would like Jira" have no product noun before the word.
      || ph.find('exampleLike', text, Math.max(ss, start - 80), start).some((h) => this.namesBetween(text.slice(h.end, start))
        && ((noun) => ph.endsIn('productNouns', noun) || ph.endsIn('exampleNouns', noun))(/([\p{L}\p{N}-]+)\s+$/u.exec(text.slice(Math.max(ss, h.start - 40), h.start))?.[1] ?? ''))
      // The yardstick of a performance requirement ("50.000 IOPS målt med CrystalDiskMark") specifies neutrally.
      // Only the yardstick of a quantified requirement: a number before it ("under 2 sekunder målt med X"); "Website
      // traffic shall be measured with X" demands the tool.
      || ph.find('measurement', text, Math.max(ss, start - 40), start).some((h) => wordCount(text.slice(h.end, start)) <= 2 && /\d/.test(text.slice(ss, h.start)));
    // A negation covers what follows it closely ("må ikke forudsætte Adobe Flash", "must not depend on IE").
    const negations = ph.find('negation', text, ss, se);
    // A sentence whose every modal verb is negated demands nothing of what it names ("X och Y omfattas inte av detta
    // avrop och ska inte integreras").
    const modals = ownModality === 'none' ? [] : [...ph.find('mandatory', text, ss, se), ...ph.find('desirable', text, ss, se)];
    const allNegated = modals.length > 0 && modals.every((m) => negations.some((n) => n.start <= m.start && n.end >= m.end));
    const negated = allNegated || negations.some((h) => h.end <= start && wordCount(text.slice(h.end, start)) <= 5)
      // After the name, only in its own clause: "X får inte användas", not "X-format och får inte låsas" (another predicate).
      || negations.some((h) => h.start >= end && h.end <= Math.min(se, end + 40) && !this.joinsClauses(text.slice(end, h.start)));
    // Present-state adverbs ("i dag", "currently") speak for the whole sentence; "eksisterende", "kundens"
    // and "existing" qualify only the noun phrase they precede, so they must stand shortly before the span.
    // A non-restrictive relative clause (after a comma) describes the present inside any sentence: "… maintaining the
    // permit portal, which is built using React …", "… förvaltning av Geodatabasen, som bygger på Oracle". A restrictive one
    // specifies what is bought: "a solution that is built on the MS Dynamics platform" stays a demand.
    const relativeState = ph.find('currentState', text, ss, start).some((h) => wordCount(text.slice(h.end, start)) <= 15
      && ph.find('relativePronouns', text, Math.max(ss, h.start - 12), h.start).some((r) => /^\s*$/.test(text.slice(r.end, h.start)) && /,\s*$/.test(text.slice(Math.max(ss, r.start - 3), r.start))));
    // "Quoters that have implemented X", "om leverantören har implementerat X": the supplier's past is a reference, not
    // the buyer's present.
    const supplierPast = (h: PhraseHit): boolean => [...ph.find('supplier', text, Math.max(ss, h.start - 40), h.start), ...ph.find('bidders', text, Math.max(ss, h.start - 40), h.start)]
      .some((w) => wordCount(text.slice(w.end, h.start)) <= 2)
      || ph.find('reader', text, Math.max(ss, h.start - 12), h.start).length > 0;
    // A present-state statement that denies use names nothing installed ("Observera att kommunen inte använder X i dag").
    const denied = ph.find('notWords', text, Math.max(ss, start - 30), start).length > 0;
    const presentState = (!denied && ph.find('background', text, ss, se).some((h) => !supplierPast(h))) || relativeState
      // Only where nothing around makes the sentence a requirement: "Daily use of ReSharper …" in a column headed
      // "Required qualifications" asks for it.
      || (modality === 'none' && !denied && (ph.has('currentState', sentenceText) || this.systemUses(text, ss, start, end, se)));
    // The marker qualifies the noun phrase right after it: at most four words between, and no verb of obligation.
    const attributive = (list: 'existing' | 'buyerPossessive'): boolean => ph.find(list, text, ss, start).some((h) => {
      const gap = text.slice(h.end, start);
      return wordCount(gap) <= 4 && this.modalityOf(gap, bl) === 'none';
    });
    const noModal = (gap: string): boolean => this.modalityOf(gap, bl) === 'none';
    // What a background or current-environment section names without demanding it is what the buyer has today.
    // A glossary line ("ESRI – Environmental Systems Research Institute") defines a name; it says nothing of its use.
    // A lead-in's "must" does not turn the inventory into demands ("… it is not a list of products the Contractor must supply").
    const currentSection = ownModality === 'none' && !denied && b.kind !== 'heading' && !b.quote && !GLOSSARY_LINE.test(text) && this.inCurrentSection(b);
    // An apposition that makes the name the buyer's: "Azure Active Directory, the Commonwealth's identity provider".
    // Or a place in the buyer's named environment right after the name (or its list): "… i Microsoft Word och Excel i
    // regionens Microsoft 365-miljö", "… in Teams within the agency's Microsoft 365 tenant". A common noun after the
    // possessive ("in the COR's template") names no installed product.
    const g = grammarOf(ph);
    const apposition = ph.find('buyerPossessive', text, end, Math.min(se, end + 60)).some((h) => {
      const gap = text.slice(end, h.start);
      if (/^\s*[,(–-]\s*$/.test(gap)) return true;
      // "ASP.NET Web Forms and ASP.NET Core MVC, the frameworks of the Department's applications": after the list, a
      // comma and a few lower-case words lead to the buyer's possessive.
      const comma = gap.indexOf(',');
      // The words open with an article or a relative pronoun ("the frameworks of", "som används i"), not a clause
      // ("…, and report to the agency's project manager").
      const after = /^,\s*((?:\p{Ll}+\s+){1,5})$/u.exec(gap.slice(comma));
      const opener = after?.[1]!.split(/\s+/)[0] ?? '';
      if (comma >= 0 && after && this.onlyNames(gap.slice(0, comma)) && g.appositionOpeners.has(opener)) return true;
      const prep = /\s(\S+)\s+$/.exec(gap);
      // The name's own noun may come between ("Git repository in the Department's Azure DevOps organization").
      const before = prep ? gap.slice(0, prep.index).replace(/(?:\s+\p{Ll}[\p{Ll}-]*){1,2}$/u, '') : '';
      return !!prep && g.inPlaceWords.has(prep[1]!.toLowerCase()) && this.onlyNames(before)
        && /^\s+[\p{Lu}\p{N}]/u.test(text.slice(h.end, h.end + 3));
    });
    const existing = presentState || currentSection || attributive('existing') || attributive('buyerPossessive') || apposition || ph.has('buyerProvides', sentenceText)
      || this.buyer.owns(b, ss, start, noModal)
      || g.demonstrativeEnd.test(text.slice(Math.max(ss, start - 8), start));
    const background = (ownModality === 'none' && (presentState || existing)) || b.kind === 'heading' || toc;
    // The marker must qualify the announced items, in the announcing sentence itself ("kundens nuværende værktøjer
    // er følgende:"), not in another sentence of the lead-in ("… kundens systemer. Konsulenten skal have erfaring med:").
    // Or a lead-in with no modal verb at all that speaks of the present in any sentence ("The following City systems
    // are in scope. Product names describe what the City runs today; …"): a paragraph that also demands ("Konsulenten
    // skal kunne rådgive om kommunens …. … skal have erfaring med følgende:") does not count.
    const leadInExisting = leadIn.some((p) => this.announcing(p).some((a) =>
      this.announces(a) && this.modalityOf(a, this.langOf(p)) === 'none' && (ph.has('background', a) || ph.has('existing', a) || ph.has('buyerPossessive', a))))
      || (!!leadIn[0] && this.modalityOf(leadIn[0].text, this.langOf(leadIn[0])) === 'none' && ph.has('background', leadIn[0].text));
    return {
      block: b, sentence, sentenceText, modality, modalityFrom, equivalent, versionFloor, hollow, criteria, example, negated,
      background, existing, leadInExisting,
      channel: this.buyer.channel(b, sentence, start, end), buyerRuns: this.buyer.runsIt(b, sentence, start, end, noModal),
      line: sourcePoint(b, start).line,
    };
  }
}

/**
 * The label of a form-like table row: the first cell, when the block is a later cell of the row and that first cell
 * is short ("| Bakgrund | … |", "| Uppdragsbeskrivning | … |"). Call-off forms converted from Word put their
 * sections in such rows instead of headings.
 */
function rowLabel(b: Block): string | undefined {
  const t = b.table;
  if (!t || t.isHeader || t.column === 0) return undefined;
  const first = t.cells[0]?.trim() ?? '';
  return first && wordCount(first) <= 4 ? first : undefined;
}

/** Index of the first span whose end lies after `offset` (spans in text order, not overlapping). */
function firstEndingAfter(spans: Array<[number, number]>, offset: number): number {
  let lo = 0, hi = spans.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (spans[mid]![1] <= offset) lo = mid + 1; else hi = mid; }
  return lo;
}

/**
 * The document's title, which names the subject-matter of the contract: the first row of a table the document
 * opens with (cover tables of converted Word files), or the first top-level heading near the start, or block 0.
 */
export function titleBlocks(blocks: readonly Block[], isToc: (b: Block) => boolean = () => false): Set<number> {
  const first = blocks[0];
  if (!first) return new Set();
  if (first.kind === 'tableCell' && first.table) {
    const out = new Set(blocks.filter((b) => b.table?.table === first.table!.table && b.table.row === 0).map((b) => b.index));
    // A cover made of tables (e-tendering systems print "Upphandling <title> Publicerad …" in a second table):
    // every short cell or line before the first heading, when that heading comes early.
    const heading = blocks.findIndex((b) => b.kind === 'heading');
    if (heading > 0 && heading <= 16) for (const b of blocks.slice(0, heading)) if (b.text.length <= 300 && !isToc(b)) out.add(b.index);
    return out;
  }
  // The first top-level heading, else the first heading of any level near the start.
  const h1 = blocks.slice(0, 5).find((b) => b.kind === 'heading' && b.depth === 1) ?? blocks.slice(0, 10).find((b) => b.kind === 'heading');
  const out = new Set([h1?.index ?? first.index]);
  // A cover page's short lines before the first section ("Avropsförfrågan" / "Konsultstöd Dynamics 365") name it too.
  for (const b of blocks.slice(0, 6)) {
    if (b.kind === 'heading' && b.index !== (h1?.index ?? -1) && out.size > 0 && b.index > (h1?.index ?? 0)) break;
    if (b.kind === 'paragraph' && b.text.length <= 120 && !/[.:;]\s*$/.test(b.text) && !isToc(b)) out.add(b.index);
  }
  return out;
}
