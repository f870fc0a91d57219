// Finds lexicon mentions in a document and classifies each: which lock-in pattern it is and what excuses it.
import { escapeRegExp } from '../text/escape.js';
import type { Block } from '../model/document.js';
import type { Matcher, Mention } from '../lexicon/matcher.js';
import type { LexiconEntry } from '../lexicon/types.js';
import { grammarOf, type Grammar } from './grammar.js';
import { latin, latinRegExp } from '../text/latin.js';
import { vendorKey } from '../lexicon/vendor.js';
import { tokenize } from '../text/tokens.js';
import { isOrdinaryWord } from '../text/wordlist.js';
import type { DocContext, SpanContext } from './context.js';

/** Which checker owns a mention. */
export type Pattern = 'brand' | 'format' | 'compatibility' | 'certification' | 'standard' | 'model' | 'exempt';

export interface Justification {
  kind: 'existing' | 'lead-in' | 'installed-base' | 'subject' | 'integration' | 'channel' | 'buyer' | 'infrastructure';
  /** Line or paragraph where the justification is stated, when it is elsewhere. */
  ref?: number;
}

export interface AnalysedMention extends Mention {
  block: Block;
  ctx: SpanContext;
  pattern: Pattern;
  justification?: Justification;
  /** One of three or more alternatives of the same category in one sentence ("Chrome, Firefox og Edge"). */
  broadening: boolean;
  /** End offset of the coordinated list this mention belongs to ("MySQL, MariaDB"): where "eller tilsvarende" goes. */
  groupEnd: number;
  /** Span including a directly following version ("Word 2016", "Oracle 19c"). */
  reportEnd: number;
  /** For hardware: end of the model code that follows the name ("Latitude 5450", "fi-7160"). */
  modelEnd?: number;
  /** For a certification: the product its title opens with ("Azure" in "Microsoft Certified: Azure Data Engineer Associate"). */
  about?: AnalysedMention;
  /** The first word of a role title the lexicon lists as the certification's own term ("Azure" of "Azure Solutions Architect Expert"). */
  aboutName?: string;
}

const VERSION_AFTER = latin(/^[ -]?(?:v\.?\s?)?(?:\d{1,4}(?:[.]\d+)*[a-z]{0,3}|[A-Z]\d{1,2}|XP|R\d|SP\d)(?![\p{L}\p{N}])/u);
const MODEL_AFTER = latin(/^[ -]?((?:[A-Za-z]{0,4}-?\d{1,5}[A-Za-z]{0,4}(?:-[A-Za-z0-9]{1,6})*)(?:\s+[A-Z]{0,3}\d{1,4}[A-Za-z]{0,3})?)(?![\p{L}\p{N}])/u);
const HARDWARE = new Set(['hardware', 'network', 'storage']);
/**
 * Categories whose products, named as the counterpart of an integration ("integrere med KMD Opus"),
 * are the buyer's own business systems. A payment provider or cloud named that way is a choice of vendor.
 */
const SYSTEM_CATEGORIES = new Set(['public-sector', 'erp', 'hr', 'crm', 'bi', 'identity', 'collaboration', 'office', 'database', 'gis', 'security', 'storage', 'physical-security']);
/** Business systems a buyer runs and builds around, unlike tools anyone may use (office, identity, developer tools). */
const SYSTEMS_OF_RECORD = new Set(['erp', 'hr', 'crm', 'public-sector', 'gis']);
/** Platforms whose vendor's certifications are about the platform itself. */
const CERTIFIED_PLATFORMS = new Set([...SYSTEMS_OF_RECORD, 'low-code']);
/** Categories whose lists of several products widen the choice: the browsers or card schemes a solution supports. */
const BROADENING = new Set(['browser', 'payment']);
/** Operating systems and payment methods: a sentence that names two or more of them for the solution widens the choice. */
const SENTENCE_WIDE = new Set(['os', 'payment']);
/** A header under which an office product is a format: a format or a deliverables column (loose: "Leveranceformat"). */
const FORMAT_HEADER = /format|filtype|file type|leveranceform|deliverable/i;
/** A column header that names the format itself ("Format and delivery", "Filformat"): its cells state the format. */
export const FORMAT_COLUMN = /\bformat|filformat|leveranceform|file type|filtype/i;

function confirmAmbiguous(m: Mention, sentence: [number, number], others: Mention[], block: Block, ctx: DocContext): boolean {
  if (!m.ambiguous) return true;
  // A sentence's first word is capitalised whatever it is: followed by a lower-case word it is the ordinary word
  // ("Project plans shall be delivered in Microsoft Project format", "Access rights are granted by …"). An acronym
  // is written in capitals anywhere ("MVP certifiering").
  if (/^\p{Lu}\p{Ll}/u.test(block.text.slice(m.start, m.start + 2)) && /^[\s\p{P}\d]*$/u.test(block.text.slice(sentence[0], m.start))
    && /^\s+\p{Ll}/u.test(block.text.slice(m.end, m.end + 3))) return false;
  // The mention itself never confirms itself ("Systematic testing": the vendor is called Systematic).
  // A bare list item is read with its lead-in and its sibling items ("- Jira", "- Confluence"), which have no cue of their own.
  const siblings = block.kind === 'listItem' && block.text.length < 80 ? ` ${listContext(ctx, block)}` : '';
  const text = block.text.slice(sentence[0], m.start) + ' ' + block.text.slice(m.end, sentence[1]) + siblings;
  // A table cell is read with its column header ("Certifications Required" | "PMP/CSM").
  const header = block.table && !block.table.isHeader ? ` ${block.table.header[block.table.column] ?? ''}` : '';
  const lower = (text + header).toLowerCase();
  const e = m.entry;
  // A certification's ambiguous short name is confirmed by its cues only: "an MVP built on Microsoft 365" names the
  // vendor, but means a minimum viable product.
  const { vendor, cues } = cuePatterns(e);
  if (vendor && e.kind !== 'certification' && vendor.test(lower)) return true;
  if (cues?.test(lower)) return true;
  // A capitalised name with a version number right after it is the product ("Angular 16", "Angular 14.2"); one digit
  // alone may count anything ("Teams 2 and 3"), and four are a year or a number ("Primo 2027", "Box 1234").
  if (e.kind !== 'certification' && /^\p{Lu}/u.test(m.term) && /^\s(?:v|version\s)?(?:\d{1,2}(?:\.\d+)+|\d{2})(?![\p{L}\d]|\.\d)/u.test(block.text.slice(m.end, m.end + 16))) return true;
  // The capitalised object of a competence ("Erfarenhet av Snowflake", "experience with Access", "erfaring med at
  // arbejde i Tableau") is a product, unless a lower-case noun follows and makes it a generic term ("Snowflake schema").
  if (e.kind !== 'certification' && competenceObject(ctx, block.text, sentence[0], m)) return true;
  // A confirmed product of the same vendor and kind in the sentence confirms it too ("Microsoft Office (Word, Excel)",
  // but not "Access" beside "Azure Lighthouse"), and so does one of the same kind or vendor coordinated with it
  // ("React og Fluent UI", "Jenkins, GitLab CI").
  return e.kind !== 'certification' && others.some((o) => o !== m && !o.ambiguous
    && ((o.entry.vendor && vendorKey(o.entry.vendor) === vendorKey(e.vendor) && (o.entry.category === e.category || coordinated(grammarOf(ctx.phrases), block.text, m, o)))
      || (o.entry.category === e.category && coordinated(grammarOf(ctx.phrases), block.text, m, o, true))));
}

const cueCache = new WeakMap<LexiconEntry, { vendor?: RegExp; cues?: RegExp }>();
/** An entry's vendor name and cues as patterns, compiled once per entry (cues are word prefixes). */
function cuePatterns(e: LexiconEntry): { vendor?: RegExp; cues?: RegExp } {
  let p = cueCache.get(e);
  if (!p) {
    p = {
      vendor: e.vendor ? latinRegExp(`(?<![\\p{L}])${escapeRegExp(e.vendor.toLowerCase())}`, 'u') : undefined,
      cues: e.cues?.length ? latinRegExp(`(?<![\\p{L}\\p{N}])(?:${e.cues.map((c) => escapeRegExp(c.toLowerCase())).join('|')})`, 'u') : undefined,
    };
    cueCache.set(e, p);
  }
  return p;
}

/** Does `text` name the vendor (its first word, as written: "Microsoft-tjänster", "other Oracle products")? */
const vendorPatterns = new Map<string, RegExp>();
/**
 * Is the vendor named in `text`: by its first word ("Microsoft-tjänster"), or with `whole` by its whole name, a genitive
 * allowed ("Microsofts", "Palo Alto Networks"), so that "Project manager" is no "Project Management Institute"?
 * Patterns are compiled once per vendor.
 */
function vendorNamed(text: string, vendor: string, whole = false): boolean {
  const name = whole ? vendor.split('(')[0]!.trim() : vendor.split(/[\s(]/)[0]!;
  if (name.length < 2) return false;
  const key = `${whole ? 1 : 0}${name}`;
  let re = vendorPatterns.get(key);
  if (!re) vendorPatterns.set(key, re = latinRegExp(`(?<![\\p{L}])${escapeRegExp(name)}${whole ? "(?:s|'s|’s)?(?![\\p{L}])" : ''}`, 'iu'));
  return re.test(text);
}

/**
 * The capitalised object of a competence: a competence noun, a preposition and at most three lower-case words ("av
 * att arbeta i"), then the name, and after it nothing that makes it part of a generic noun phrase.
 */
function competenceObject(ctx: DocContext, text: string, sentenceStart: number, m: Mention): boolean {
  const g = grammarOf(ctx.phrases);
  if (!/^\p{Lu}/u.test(text.slice(m.start, m.start + 1)) || !g.afterName.test(text.slice(m.end, m.end + 24))) return false;
  return ctx.phrases.find('competence', text, Math.max(sentenceStart, m.start - 60), m.start).some((h) => g.competenceGap.test(text.slice(h.end, m.start)));
}


/**
 * Are the two mentions in one list of names ("X og Y", "X, Y", "X/QVRM/Y")? With `beside`, only right next to each
 * other, nothing but a separator between.
 */
function coordinated(g: Grammar, text: string, a: Mention, b: Mention, beside = false): boolean {
  const [first, second] = a.start < b.start ? [a, b] : [b, a];
  const gap = text.slice(first.end, second.start);
  return beside ? gap.length <= 8 && g.coord.test(gap) : gap.length <= 80 && g.listGap.test(gap);
}

/** The lead-in and the other short items of a list item's list (at most 12 items either side). */
function listContext(ctx: DocContext, b: Block): string {
  const blocks = ctx.doc.blocks;
  const parts = ctx.leadIn(b).map((p) => p.text);
  for (let i = Math.max(0, b.index - 12); i <= Math.min(blocks.length - 1, b.index + 12); i++) {
    const o = blocks[i]!;
    if (o !== b && o.kind === 'listItem' && o.listId === b.listId && o.text.length < 120) parts.push(o.text);
  }
  return parts.join(' . ');
}

export function findMentions(ctx: DocContext, matcher: Matcher): AnalysedMention[] {
  const out: AnalysedMention[] = [];
  // First every block's names, then their context: the context's first use reads every block's phrases (BuyerFacts),
  // which this pass has found from the tokens the matcher needed anyway (Phrases.prime), so each block is tokenized once.
  const named: Array<{ b: Block; plain: string; found: Mention[] }> = [];
  for (const b of ctx.doc.blocks) {
    // Trade-mark symbols glued to a name ("Windows®") must not hide it from the matcher; same length keeps offsets.
    const plain = b.text.includes('®') || b.text.includes('™') || b.text.includes('℠') ? b.text.replace(/[®™℠]/g, ' ') : b.text;
    const tokens = tokenize(plain);
    if (plain === b.text) ctx.phrases.prime(plain, tokens);
    const exact = matcher.scan(plain, tokens);
    // Misspelled long names count too, but only where a requirement could be at stake.
    // A near miss that is an ordinary word of the text's language is that word ("Developer" is no "JDeveloper").
    const fuzzy = (/skal|shall|must|ska|should|bør|krav|required/i.test(plain) ? matcher.scanFuzzy(plain, tokens, exact) : [])
      .filter((f) => /\s/.test(f.term) || !isOrdinaryWord(f.term, ctx.langOf(b)));
    const found = fuzzy.length ? [...exact, ...fuzzy].sort((a, c) => a.start - c.start) : exact;
    if (found.length) named.push({ b, plain, found });
  }
  for (const { b, plain, found } of named) {
    // A vendor named just before its own product is part of it ("Microsofts Azure-platform", "Oracle Database").
    const raw: Mention[] = [];
    for (let k = 0; k < found.length; k++) {
      const m = found[k]!, next = found[k + 1];
      if (m.entry.kind === 'vendor' && next && next.entry.vendor && vendorKey(next.entry.vendor) === vendorKey(m.entry.vendor) && /^(?:'?s|')?\s{1,2}$/.test(plain.slice(m.end, next.start))) {
        raw.push({ ...next, start: m.start, term: plain.slice(m.start, next.end) });
        k++;
      } else raw.push(m);
    }
    for (const m of raw) {
      if (ctx.isMasked(b, m.start, m.end)) continue;
      const sc = ctx.at(b, m.start, m.end);
      const inSentence = within(raw, sc.sentence);
      // Only products take "or equivalent": "Tableau or equivalent" is the product whatever the cues say.
      const productUse = m.ambiguous && ctx.phrases.find('equivalent', b.text, m.end, Math.min(b.text.length, m.end + 40)).some((h) => h.start - m.end <= 2);
      if (!productUse && !confirmAmbiguous(m, sc.sentence, inSentence, b, ctx)) continue;
      const after = b.text.slice(m.end, m.end + 60);
      // The version or year that follows belongs to the reference ("Word 2016", "ISO 14001:2015"), and so does a
      // list of further part numbers of a standard ("ISO/IEC 27001, 27002 og 27701").
      let reportEnd = m.end + (VERSION_AFTER.exec(after)?.[0].length ?? 0);
      if (m.entry.category === 'standard' || m.entry.kind === 'standard') {
        const more = grammarOf(ctx.phrases).standardTail.exec(b.text.slice(reportEnd, reportEnd + 60));
        if (more) reportEnd += more[0].length;
      }
      out.push({ ...m, block: b, ctx: sc, pattern: 'brand', broadening: false, groupEnd: m.end, reportEnd });
    }
  }
  mergeAcronyms(out);
  // "… eller andra Microsoft-tjänster": other products of the same vendor are no equivalents.
  for (const m of out) {
    const eq = m.ctx.equivalent;
    if (eq?.other && m.entry.vendor && vendorNamed(m.block.text.slice(eq.hit.end, eq.hit.end + 40), m.entry.vendor)) m.ctx = { ...m.ctx, equivalent: undefined };
    // "Oracles databasplattform (Oracle Database/Exadata m.m.)": examples of one vendor's platform
    // illustrate that platform, not a need others could meet.
    if (m.ctx.example && m.entry.vendor && vendorNamed(m.block.text.slice(m.ctx.sentence[0], Math.max(m.ctx.sentence[0], m.start - 1)), m.entry.vendor, true)) m.ctx = { ...m.ctx, example: false };
  }
  coordinate(out, grammarOf(ctx.phrases), (m) => ctx.phrases.has('competence', m.ctx.sentenceText));
  for (const m of out) m.pattern = patternOf(ctx, m);
  // Title words go before the facts are read: what a certification is about counts for its justification.
  const kept = certificationTitles(out);
  classify(ctx, kept, matcher);
  shareWithParts(kept);
  return kept;
}

/** The capitalised title after a certification's name: "Microsoft Certified: Identity and Access Administrator Associate". */
const CERT_TITLE = latin(/^[:,]?[ \t]*\p{Lu}[\p{L}\p{N}+#./-]*(?:[ \t]+(?:\p{Lu}[\p{L}\p{N}+#./-]*|and|of|for|the|in|on|&|–|-)){0,11}/u);

/**
 * The words of a certification's title belong to it: "Access" in "Microsoft Certified: Identity and Access
 * Administrator Associate" is no database. Ambiguous names inside the title are dropped; the title stops at a name
 * that is a product in its own right.
 */
function certificationTitles(ms: AnalysedMention[]): AnalysedMention[] {
  const drop = new Set<AnalysedMention>();
  for (let i = 0; i < ms.length; i++) {
    const m = ms[i]!;
    if (m.pattern !== 'certification') continue;
    // A product right before a certification's short name is what it certifies ("Microsoft SQL Server 2016/2019 MCSA").
    const prev = ms[i - 1];
    if (prev && prev.block === m.block && !prev.ambiguous && prev.pattern !== 'certification' && /^[\s\d/.]*$/.test(m.block.text.slice(prev.reportEnd, m.start))) m.about ??= prev;
    const title = CERT_TITLE.exec(m.block.text.slice(m.reportEnd, m.reportEnd + 160));
    if (!title) continue;
    let end = m.reportEnd + title[0].replace(/(?:[ \t]+(?:and|of|for|the|in|on|&|–|-))+$/u, '').length;
    const opens = m.reportEnd + (/^[:,]?[ \t]*/u.exec(m.block.text.slice(m.reportEnd))?.[0].length ?? 0);
    const inside: AnalysedMention[] = [];
    for (let k = i + 1; k < ms.length && ms[k]!.block === m.block && ms[k]!.start < end; k++) {
      const o = ms[k]!;
      // A product that opens the title, with more of the title after it, is what the certification is about
      // ("Microsoft Certified: Azure Data Engineer Associate", "AWS Certified Solutions Architect").
      // The title is a role title listed with the certification itself ("Microsoft Certified: Azure Solutions Architect
      // Expert"): part of it, and its first word names the product it is about (aboutName, below).
      if (o.entry.id === m.entry.id && o.start === opens) { inside.push(o); end = Math.max(end, o.reportEnd); continue; }
      if (!o.ambiguous && o.start === opens && o.reportEnd < end) { m.about = o; inside.push(o); continue; }
      // A product after "in", "on" or "for" inside the title is its subject ("Red Hat Certified Specialist in OpenShift
      // Administration").
      if (!o.ambiguous && !m.about && /[ \t](?:in|on|for)[ \t]+$/.test(m.block.text.slice(m.reportEnd, o.start))) { m.about = o; inside.push(o); continue; }
      if (!o.ambiguous) { end = o.start; break; }
      inside.push(o);
    }
    // A title that opens with no product of its own may open with a product's short name that the lexicon lists as the
    // certification's role title ("Microsoft Certified: Azure Solutions Architect Expert").
    if (!m.about) m.aboutName = /^[\p{L}\p{N}.+#-]+/u.exec(m.block.text.slice(opens, end))?.[0];
    end = m.reportEnd + m.block.text.slice(m.reportEnd, end).replace(/[\s:–.,;-]+$/u, '').length;
    if (end <= m.reportEnd) continue;
    for (const o of inside) if (o.start < end) drop.add(o);
  }
  return drop.size ? ms.filter((m) => !drop.has(m)) : ms;
}

/** The mentions lying inside [from, to), by bisection: `ms` is sorted by start (a long paragraph has thousands). */
function within(ms: Mention[], [from, to]: [number, number]): Mention[] {
  let lo = 0, hi = ms.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (ms[mid]!.start < from) lo = mid + 1; else hi = mid; }
  const out: Mention[] = [];
  for (let i = lo; i < ms.length && ms[i]!.start < to; i++) if (ms[i]!.end <= to) out.push(ms[i]!);
  return out;
}

/** Links mentions joined by commas, "og", "eller", "/" into lists: for broadening and for where a fix goes. */
function coordinate(ms: AnalysedMention[], g: Grammar, competence: (m: AnalysedMention) => boolean): void {
  let group: AnalysedMention[] = [];
  const flush = (): void => {
    // "eller tilsvarende" goes after the whole word: "Word-skabeloner eller tilsvarende", not inside the compound.
    const last = Math.max(...group.map((g) => g.reportEnd));
    const text = group[0]!.block.text;
    // A trade-mark symbol belongs to the name it marks ("(ISC)2 ™ eller tilsvarende").
    const end = last + (/^[\p{L}\p{N}]*(?:-[\p{L}\p{N}]+)*(?:\s?[®™℠])?/u.exec(text.slice(last))?.[0].length ?? 0);
    for (const g of group) g.groupEnd = end;
    const cats = new Map<string, number>();
    for (const g of group) cats.set(g.entry.category, (cats.get(g.entry.category) ?? 0) + 1);
    // Only lists the solution must support all of widen the choice (browsers, card schemes); three identity
    // products in a consultant's CV demand narrow it (PATTERNS P14).
    for (const g of group) g.broadening = BROADENING.has(g.entry.category) && (cats.get(g.entry.category) ?? 0) >= 3;
    group = [];
  };
  for (const m of ms) {
    const prev = group[group.length - 1];
    if (prev && prev.block === m.block && prev.ctx.sentence[0] === m.ctx.sentence[0] && g.coord.test(m.block.text.slice(prev.reportEnd, m.start))) group.push(m);
    else { if (group.length) flush(); group = [m]; }
  }
  if (group.length) flush();
  // Across a sentence, not only one list: the platforms a solution runs on widen it from two ("i Safari på iOS och Chrome
  // på Android"), and so do the payment methods a payment function accepts ("Visa, Mastercard … and Apple Pay and Google
  // Pay"). A developer's experience of them is a competence, not a platform to support.
  const bySentence = new Map<string, Set<string>>();
  const key = (m: AnalysedMention): string => `${m.block.index}:${m.ctx.sentence[0]}:${m.entry.category}`;
  // Card schemes are accepted anyway (legitimate): they do not make one wallet or provider one of several.
  for (const m of ms) if (SENTENCE_WIDE.has(m.entry.category) && !m.entry.legitimate) (bySentence.get(key(m)) ?? bySentence.set(key(m), new Set()).get(key(m))!).add(m.entry.id);
  for (const m of ms) if (SENTENCE_WIDE.has(m.entry.category) && (bySentence.get(key(m))?.size ?? 0) >= 2 && !competence(m)) m.broadening = true;
}

function isExempt(e: LexiconEntry): boolean {
  return e.kind === 'national-infrastructure' || !!e.mandatedBy || !!e.legitimate || e.kind === 'language' || !!e.open;
}

function patternOf(ctx: DocContext, m: AnalysedMention): Pattern {
  const e = m.entry;
  if (isExempt(e)) return 'exempt';
  // A standard the law imposes on this document's buyer ("NIST SP 800-53" in a federal agency's RFQ).
  if (e.mandatedIn && Object.keys(e.mandatedIn).some((j) => ctx.jurisdictions.has(j))) return 'exempt';
  if (HARDWARE.has(e.category) || e.kind === 'vendor') {
    const code = MODEL_AFTER.exec(m.block.text.slice(m.end, m.end + 30));
    if (code && /\d/.test(code[1]!)) { m.modelEnd = m.end + code[0].length; return 'model'; }
  }
  // Formal standards and labels (category "standard") need "or equivalent"; vendor programmes are certifications.
  if (e.kind === 'standard' || e.category === 'standard') return 'standard';
  if (e.kind === 'certification') return 'certification';
  const header = m.block.table ? m.block.table.header[m.block.table.column] ?? '' : '';
  if (/certif|sertifi|certifi/i.test(header)) return 'certification';
  const sentence = m.ctx.sentenceText;
  const [ss] = m.ctx.sentence;
  // "Cisco-certificeret", "Microsoft Partner": the vendor's programme, not its product.
  if (/^(?:\s+[A-Z][\w-]*){0,3}[- ]?(?:certifi|sertifi|partner|guld|gold|silver|premier)/i.test(m.block.text.slice(m.end, m.end + 48))
    || /(?:certificeret|certificerede|sertifisert|certifierad|certified)\s+$/i.test(m.block.text.slice(Math.max(0, m.start - 20), m.start))) return 'certification';
  // A skill is no format: "kunskaper i Excel och Power BI för att leverera dokument" asks for a competence.
  const skill = ctx.phrases.has('competence', m.block.text.slice(ss, m.start));
  const formatContext = (!skill && ctx.phrases.has('formatNouns', sentence)) || FORMAT_HEADER.test(header) || (m.block.kind === 'tableCell' && FORMAT_HEADER.test(m.block.table?.header.join(' ') ?? ''));
  if (e.kind === 'format' || (e.category === 'office' && formatContext)) return 'format';
  // Any product's files ("Figma-filer", "Visio files", "Qlik .qvd-format"): its own format, demanded as the format.
  const glued = /^-?\s?(\p{L}+)/u.exec(m.block.text.slice(m.reportEnd, m.reportEnd + 16))?.[1];
  if (!skill && glued && ctx.phrases.words('fileNouns').includes(glued.toLowerCase())) return 'format';
  const compat = ctx.phrases.find('compatibility', m.block.text, ss, m.start);
  if (compat.length && m.start - compat[compat.length - 1]!.end < 40) return 'compatibility';
  return 'brand';
}

function classify(ctx: DocContext, ms: AnalysedMention[], matcher: Matcher): void {
  // The installed base: entries the document names as existing, current or the buyer's own, and those in its title.
  const installed = new Map<string, Where>();
  // The names as written, for products named inside one another ("MediaWiki" in "Semantic MediaWiki").
  const installedNames: NamedAt[] = [], subjectNames: NamedAt[] = [];
  const titles = ctx.titles;
  const groupKey = (m: AnalysedMention): string => `${m.block.index}:${m.groupEnd}`;
  // A list shares the marker before its first item: "the current CMS stack, including React, Node.js, DynamoDB and
  // Elasticsearch" names four existing products, though only the first stands within reach of "current".
  const firstOfGroup = new Map<string, AnalysedMention>();
  for (const m of ms) { const k = groupKey(m); if (!firstOfGroup.has(k)) firstOfGroup.set(k, m); }
  const existing = (m: AnalysedMention): boolean => m.ctx.existing || firstOfGroup.get(groupKey(m))!.ctx.existing;
  for (const m of ms) {
    // A title names the subject; a first paragraph that is itself a requirement is no title.
    const isTitle = titles.has(m.block.index) && m.ctx.modality === 'none';
    // A tool the buyer itself runs ("The Court uses GitHub for …") is part of what it has.
    const runs = m.ctx.buyerRuns && m.ctx.modality === 'none';
    // A system of record (ERP, HR, CRM, case management, GIS) that a description names without demanding it is one the
    // buyer runs or has chosen ("Data hämtas från ekonomisystemet Raindance", "The new HR platform is Workday").
    const recorded = m.ctx.modality === 'none' && SYSTEMS_OF_RECORD.has(m.entry.category) && isProduct(m) && ctx.describes(m.block);
    if (isTitle || existing(m) || m.ctx.leadInExisting || runs || recorded) {
      if (!installed.has(m.entry.id)) installed.set(m.entry.id, whereOf(m));
      if (isProduct(m)) installedNames.push({ name: nameOf(m), ...whereOf(m) });
      // The vendor of an installed platform (a system of record, a low-code platform): its certifications are about that
      // platform ("the agency's Salesforce org", then "Salesforce Certified Platform Developer"). An office suite or an
      // operating system does not tie every certification of its vendor to the buyer.
      // So is that of a vendor with a single product line ("Jamf" installed, then "Jamf Certified Tech").
      const singleLine = (): boolean => matcher.productLinesOf(vendorKey(m.entry.vendor)!) === 1;
      if (isProduct(m) && m.entry.vendor && (CERTIFIED_PLATFORMS.has(m.entry.category) || singleLine()) && !installed.has(vendorWide(m.entry))) installed.set(vendorWide(m.entry), whereOf(m));
    }
  }
  const subject = subjectMatter(ctx, ms, titles, subjectNames);
  // The product the document keeps describing (not demanding) is the platform the contract is about: at least three
  // descriptive mentions and a quarter of all descriptive product mentions ("the portal runs on X", "X holds …").
  for (const [id, line] of dominant(ms)) {
    if (!subject.has(id)) subject.set(id, line);
  }
  // Names listed together with mandated national infrastructure are that infrastructure's parts ("signering med
  // BankID, Buypass og Commfides" through the national signing service).
  const infrastructureGroups = new Set(ms.filter((m) => m.pattern === 'exempt' && m.entry.kind === 'national-infrastructure').map(groupKey));
  const withInfrastructure = new Set(ms.filter((m) => !(m.pattern === 'exempt' && m.entry.kind === 'national-infrastructure') && infrastructureGroups.has(groupKey(m))));
  // The subject or installed product one of whose lexicon terms is `name` ("Azure" of Microsoft Azure).
  const aboutByName = (name: string): Where | undefined => {
    const n = name.toLowerCase();
    const o = ms.find((x) => x.entry.terms.some((t) => t.toLowerCase() === n) && (subject.has(x.entry.id) || installed.has(x.entry.id)));
    return o ? subject.get(o.entry.id) ?? installed.get(o.entry.id) : undefined;
  };
  for (const m of ms) {
    const [ss] = m.ctx.sentence;
    // Integration with the buyer's system justifies naming it; a consultant's experience of integrating with it does
    // not ("erfarenhet av integration mot SAP PI" narrows who can bid).
    const integration = SYSTEM_CATEGORIES.has(m.entry.category) && ctx.phrases.find('integration', m.block.text, Math.max(ss, m.start - 60), m.start).length > 0
      && !ctx.phrases.has('competence', m.block.text.slice(ss, m.start));
    if (existing(m)) m.justification = { kind: 'existing' };
    else if (integration) m.justification = { kind: 'integration' };
    else if (withInfrastructure.has(m)) m.justification = { kind: 'infrastructure' };
    else if (m.ctx.channel) m.justification = { kind: 'channel' };
    else if (m.ctx.buyerRuns) m.justification = { kind: 'buyer' };
    else if (m.ctx.leadInExisting) m.justification = { kind: 'lead-in' };
    else if (installed.has(m.entry.id) && apart(installed.get(m.entry.id)!, m)) m.justification = { kind: 'installed-base', ref: installed.get(m.entry.id)!.line };
    else if (m.pattern === 'certification' && m.entry.vendor && installed.has(vendorWide(m.entry)) && apart(installed.get(vendorWide(m.entry))!, m)) {
      m.justification = { kind: 'installed-base', ref: installed.get(vendorWide(m.entry))!.line };
    } else {
      // A certification in the subject's vendor programme is tied to the subject ("Salesforce certified" staff for
      // the operation of the buyer's Salesforce platform).
      const at = subject.get(m.entry.id) ?? (m.entry.vendor && m.entry.kind !== 'vendor' ? subject.get(family(m.entry)) : undefined)
        ?? (m.pattern === 'certification' && m.entry.vendor ? subject.get(vendorWide(m.entry)) : undefined)
        // A certification about a product the contract is about or the buyer runs ("…: Azure Data Engineer Associate").
        ?? (m.about ? subject.get(m.about.entry.id) ?? installed.get(m.about.entry.id) : undefined)
        ?? (m.aboutName ? aboutByName(m.aboutName) : undefined);
      if (at !== undefined && apart(at, m) && m.pattern !== 'standard' && m.pattern !== 'exempt') m.justification = { kind: 'subject', ref: at.line };
      else if (isProduct(m)) {
        // One product's name inside the other's: an extension or edition of the installed or subject product
        // ("Semantic MediaWiki" and "MediaWiki", "Dynamics 365 Sales" and "Dynamics 365").
        const name = nameOf(m);
        // The vendor's bare name inside a product's name says nothing of that product ("Oracle" licensed, then "Oracle
        // Cloud Infrastructure").
        const vendorName = (x: NamedAt): boolean => !!m.entry.vendor && vendorNamed(x.name, m.entry.vendor) && x.name.trim().split(/\s+/).length === 1;
        const inside = (list: NamedAt[]): NamedAt | undefined => list.find((x) => apart(x, m) && (containsWords(x.name, name) || (containsWords(name, x.name) && !vendorName(x))));
        const base = inside(installedNames);
        const subj = base ? undefined : inside(subjectNames);
        if (base) m.justification = { kind: 'installed-base', ref: base.line };
        else if (subj) m.justification = { kind: 'subject', ref: subj.line };
      }
    }
  }
}

/**
 * The parts a justified name lists in parentheses right after it share its justification: "Microsoft 365 applications
 * (Outlook, Word, Excel)" names the buyer's suite and its parts. Only the same vendor's products.
 */
function shareWithParts(ms: AnalysedMention[]): void {
  for (let i = 0; i < ms.length; i++) {
    const m = ms[i]!;
    if (!m.justification || !m.entry.vendor) continue;
    const text = m.block.text;
    const open = /^(?:\s+\p{Ll}[\p{Ll}-]*){0,2}\s*\(/u.exec(text.slice(m.reportEnd, m.reportEnd + 30));
    if (!open) continue;
    const from = m.reportEnd + open[0].length;
    const close = text.indexOf(')', from);
    if (close < 0) continue;
    for (let k = i + 1; k < ms.length && ms[k]!.block === m.block && ms[k]!.start < close; k++) {
      const o = ms[k]!;
      if (o.start >= from && !o.justification && o.entry.vendor && vendorKey(o.entry.vendor) === vendorKey(m.entry.vendor)) o.justification = m.justification;
    }
  }
}

/**
 * An acronym in parentheses right after the name of the same entry ("Palo Alto Networks Certified Network Security
 * Engineer (PCNSE)") is that name again: one mention from the name to the closing parenthesis, so that it is judged
 * and rewritten once.
 */
function mergeAcronyms(ms: AnalysedMention[]): void {
  for (let i = ms.length - 1; i > 0; i--) {
    const m = ms[i]!, prev = ms[i - 1]!;
    if (prev.block !== m.block || prev.entry.id !== m.entry.id || !/^\s*\(\s*$/.test(m.block.text.slice(prev.reportEnd, m.start))) continue;
    const close = /^\s*\)/.exec(m.block.text.slice(m.reportEnd));
    if (!close) continue;
    prev.reportEnd = m.reportEnd + close[0].length;
    ms.splice(i, 1);
  }
}

/** A product, platform or format: not a vendor named alone, a standard or what is exempt (national infrastructure). */
const isProduct = (m: AnalysedMention): boolean => m.entry.kind !== 'vendor' && m.pattern !== 'standard' && m.pattern !== 'exempt';

/** Where a justifying mention stands: its line for the message, its sentence so that a mention never justifies itself
 * while another sentence of the same line (a table cell that states the platform, then demands it) does. */
interface Where { line: number; sentence: string }
interface NamedAt extends Where { name: string }
const whereOf = (m: AnalysedMention): Where => ({ line: m.ctx.line, sentence: `${m.block.index}:${m.ctx.sentence[0]}` });
const apart = (w: Where, m: AnalysedMention): boolean => w.sentence !== whereOf(m).sentence;
/** A mention's name as written, in lower case with punctuation as spaces: "semantic mediawiki". */
const nameOf = (m: AnalysedMention): string => ` ${m.block.text.slice(m.start, m.end).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
/** Does name `a` hold all of name `b` as whole words ("semantic mediawiki" holds "mediawiki")? */
const compactCache = new Map<string, string>();
/** A name in lower case without spaces, hyphens or underscores ("Media Wiki" → "mediawiki"), cached. */
function compact(name: string): string {
  let c = compactCache.get(name);
  if (c === undefined) {
    if (compactCache.size > 10_000) compactCache.clear();
    compactCache.set(name, c = name.toLowerCase().replace(/[\s_-]+/g, ''));
  }
  return c;
}

/**
 * Is `b` one or more whole words of `a`, however either spaces its words ("MediaWiki" in "Semantic Media Wiki",
 * "Media Wiki" in "Semantic MediaWiki", "Dynamics 365" in "Dynamics 365 Sales"; not "Git" in "GitLab")?
 */
function containsWords(a: string, b: string): boolean {
  const target = compact(b);
  // Most pairs share nothing: the compact forms decide that before any word is split.
  if (target.length < 3 || !compact(a).includes(target)) return false;
  const words = a.toLowerCase().split(/[\s_-]+/).filter(Boolean);
  for (let i = 0; i < words.length; i++) {
    let joined = '';
    for (let j = i; j < words.length && joined.length < target.length; j++) {
      joined += words[j];
      if (joined === target) return true;
    }
  }
  return false;
}

/** Entry ids (and their family keys) that dominate the document's descriptive mentions, with the first such line. */
function dominant(ms: AnalysedMention[]): Map<string, Where> {
  const described = ms.filter((m) => m.ctx.modality === 'none' && isProduct(m));
  const counts = new Map<string, AnalysedMention[]>();
  for (const m of described) {
    const list = counts.get(m.entry.id);
    if (list) list.push(m); else counts.set(m.entry.id, [m]);
  }
  const out = new Map<string, Where>();
  for (const [id, list] of counts) {
    if (list.length < 3 || list.length / described.length < 0.25) continue;
    const first = list[0]!;
    out.set(id, whereOf(first));
    if (first.entry.vendor) out.set(family(first.entry), whereOf(first));
  }
  return out;
}

/** Keys of the subject and installed maps: a vendor's products of one category, and all of a vendor's products. */
const family = (e: LexiconEntry): string => `${vendorKey(e.vendor)}\u0000${e.category}`;
const vendorWide = (e: LexiconEntry): string => `${vendorKey(e.vendor)}\u0000*`;

/**
 * The products the contract is about, from the title and the scope, purpose and background sections: a product named
 * there as the object of "further development of", "support and maintenance of", "migration to", "brand name" …
 * A later requirement on the same product, or on another product of its vendor in the same category, is justified by
 * the subject-matter (an advisory that asks the reviewer to record it). A vendor named alone, a standard, or a product
 * named in the scope without such wording ("Opgaven er en ny hjemmeside"; "kompetenser inom Microsoft") is not.
 */
function subjectMatter(ctx: DocContext, ms: AnalysedMention[], titles: Set<number>, names: NamedAt[]): Map<string, Where> {
  const out = new Map<string, Where>();
  for (const m of ms) {
    const e = m.entry;
    if (!isProduct(m) || m.ctx.negated) continue;
    const b = m.block;
    // The title names the subject; elsewhere it takes the wording, in a scope section or the opening of the document.
    // A title is a heading or cover, never a requirement ("Løsningen skal anvende MySQL" alone in a file).
    const title = titles.has(b.index) && m.ctx.modality === 'none';
    // A scope statement describes; a requirement or a CV demand that happens to say "avseende X" does not set the subject.
    const describes = m.ctx.modality === 'none' && !ctx.phrases.has('competence', m.ctx.sentenceText);
    const stated = describes && ctx.inScopeOrOpening(b) && ctx.statesSubject(b, m.ctx.sentence, m.start, m.reportEnd);
    if (!stated && !title) continue;
    if (!out.has(e.id)) out.set(e.id, whereOf(m));
    names.push({ name: nameOf(m), ...whereOf(m) });
    if (e.vendor && !out.has(family(e))) out.set(family(e), whereOf(m));
    if (e.vendor && !out.has(vendorWide(e))) out.set(vendorWide(e), whereOf(m));
  }
  return out;
}
