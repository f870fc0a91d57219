// The reading layer's facts about the buyer, learnt once per document before any rule runs: the names it goes by
// (defined roles, "hereinafter" names, agency acronyms) and, per mention, whether the text makes the named product
// the buyer's own (its tenant, its repository, its submission channel, a tool the buyer itself runs).
import { escapeRegExp } from '../text/escape.js';
import { wordCount } from '../text/word-count.js';
import type { Block, SpecDocument } from '../model/document.js';
import type { Phrases } from '../text/phrases.js';
import { LEGAL_FORM_ALTERNATION } from '../lexicon/vendor.js';
import { grammarOf, type Grammar } from './grammar.js';
import { latin, latinRegExp } from '../text/latin.js';


/** The initials of a name's content words ("Department of Motor Vehicles" → "DMV"): linking words do not count. */
function initialsOf(name: string, g: Grammar): string {
  return name.split(/\s+/).filter((w) => w && !g.nameLinks.has(w.toLowerCase())).map((w) => w[0]!.toUpperCase()).join('');
}

/** Do the acronym's letters spell the initials of the name's content words, in order? */
function spells(name: string, acronym: string, g: Grammar): boolean {
  const initials = initialsOf(name, g);
  const letters = acronym.replace(/s$/, '').replace(/[^\p{Lu}]/gu, '');
  if (letters.length < 2) return false;
  // The acronym may skip words, never reorder them, and starts with the name's first or second word.
  let i = 0;
  for (const c of initials) if (c === letters[i]) i++;
  return i === letters.length && (initials[0] === letters[0] || initials[1] === letters[0]);
}


/** Two words, the second in the genitive ("Nordby kommuns", "Region Stockholms"); what follows is checked apart. */
const ORG_GENITIVE = latin(/(?<=(?<![\p{L}])([\p{L}-]+)\s+)([\p{L}-]+(?:'s|’s|s))(?=\s)/gu);
/** An acronym in parentheses: the cheap pre-test of a paragraph that may define a public body's acronym. */
const PAREN_ACRONYM = latin(/\(\p{Lu}\p{Lu}/u);
/** A word in capitals, two to eight letters: a possible acronym. */
const CAPS_WORD = latin(/\b\p{Lu}{2,8}\b/gu);

/** The first paragraph after block i that is not a heading. */
function nextText(doc: SpecDocument, i: number): string | undefined {
  for (let k = i + 1; k < Math.min(doc.blocks.length, i + 4); k++) if (doc.blocks[k]!.kind !== 'heading') return doc.blocks[k]!.text;
  return undefined;
}

/** "Inera AB, org.nr 556559-4230" → Inera AB, Inera; "Virginia IT Agency (VITA)" → Virginia IT Agency, VITA. */
function namesIn(text: string, g: Grammar): string[] {
  const m = g.declaredName.exec(text);
  if (!m) return [];
  // The name ends with its legal form ("Inera AB Janina Benckert": a contact person follows on a cover).
  const legal = NAME_TO_LEGAL_FORM.exec(m[1]!);
  const name = (legal ? legal[1]! : m[1]!).replace(g.trailingLink, '').trim();
  const out = [name];
  const bare = name.replace(LEGAL_FORM_END, '');
  if (bare !== name && bare.length >= 3) out.push(bare);
  if (m[2]) out.push(m[2]);
  return out.filter((n) => n.length >= 2 && !g.pointers.has(n.toLowerCase()));
}

/**
 * A public body's name has an organisation noun at its head: first or last ("Office of …", "… Administration"); a
 * publicly owned company ends in its legal form ("Östby Energi och Miljö AB").
 */
function orgHead(name: string, phrases: Phrases, g: Grammar): boolean {
  const ws = name.split(/\s+/).filter((w) => w && !g.nameLinks.has(w.toLowerCase()));
  return ws.length > 0 && (phrases.has('orgNouns', ws[0]!) || phrases.has('orgNouns', ws[ws.length - 1]!) || LEGAL_FORM.test(ws[ws.length - 1]!));
}
/** The forms of publicly owned companies (Nordic municipal and regional companies); a vendor's "Inc." is no buyer. */
const LEGAL_FORM = /^(?:AB|A\/S|AS|ASA|IKS|KF|SF|Oy)$/u;
/** Legal forms, case as written: the end of a company's name, and the name up to and including one. */
const LEGAL_FORM_END = new RegExp(`\\s+(?:${LEGAL_FORM_ALTERNATION})$`, 'u');
const NAME_TO_LEGAL_FORM = new RegExp(`^(.*?\\s(?:${LEGAL_FORM_ALTERNATION}))(?=\\s|$)`, 'u');

export class BuyerFacts {
  /** Names learnt from the text: acronyms of public bodies and defined names ("hereinafter 'the Department'"). */
  readonly names: string[];
  private readonly grammar: Grammar;
  private readonly named: RegExp | null;
  private readonly subject: RegExp | null;
  /** The buyer's learnt name at the start of a text ("by AMWP"), and an optional article alone ("by the "). */
  private readonly opensWithName: RegExp | null;
  private readonly articleGap: RegExp;

  constructor(doc: SpecDocument, private readonly phrases: Phrases) {
    const names = new Set<string>();
    const g = this.grammar = grammarOf(phrases);
    const { acronymDef: ACRONYM_DEF, orgName: ORG_NAME, definedName } = g;
    for (const b of doc.blocks) {
      // Cheap pre-tests first: an acronym in parentheses, or a defining word, must be there at all.
      if (b.text.length > 4000 || !PAREN_ACRONYM.test(b.text) && !phrases.has('definedAs', b.text)) continue;
      ACRONYM_DEF.lastIndex = 0;
      for (let m = ACRONYM_DEF.exec(b.text); m; m = ACRONYM_DEF.exec(b.text)) {
        const name = m[1]!.trim();
        // A public body, not a programme or a standard: its name has an organisation noun in it.
        if (!spells(name, m[2]!, g) || !orgHead(name, phrases, g)) continue;
        names.add(m[2]!.replace(/s$/, ''));
      }
      // "(hereinafter "the Department")", "(herefter »Styrelsen«)", "(nedan kallad Beställaren)".
      for (const h of phrases.find('definedAs', b.text)) {
        const after = definedName.exec(b.text.slice(h.end, h.end + 60));
        if (after && b.text.lastIndexOf('(', h.start) > b.text.lastIndexOf(')', h.start)) names.add(after[2]!);
      }
    }
    // The buyer declared by its role: "Authorized User: Virginia IT Agency (VITA)", or a heading "Upphandlande
    // myndighet" followed by the name ("Inera AB, org.nr …"). The name, its acronym and its bare form (less "AB",
    // "A/S", "Inc.") are the buyer's.
    doc.blocks.forEach((b, i) => {
      const role = phrases.find('buyerRoles', b.text, 0, Math.min(b.text.length, 60))[0];
      if (!role || !/^[\s\d.)§-]*$/.test(b.text.slice(0, role.start))) return;
      const rest = b.text.slice(role.end);
      const declared = /^\s*:\s*(.+)$/.exec(rest)?.[1] ?? (b.kind === 'heading' && /^\s*$/.test(rest) ? nextText(doc, i) : undefined)
        // A cover table's cell "Upphandlande organisation Inera AB Janina Benckert".
        ?? (b.kind === 'tableCell' && i < 40 && /^\s+\p{Lu}/u.test(rest) ? rest : undefined);
      if (declared) for (const n of namesIn(declared, g)) names.add(n);
    });
    // A public body's name written out once ("General Services Administration") and its initials used elsewhere ("GSA").
    const caps = new Set<string>();
    for (const b of doc.blocks) for (const t of b.text.match(CAPS_WORD) ?? []) caps.add(t);
    for (const b of doc.blocks) {
      if (b.text.length > 4000 || !phrases.has('orgNouns', b.text)) continue;
      ORG_NAME.lastIndex = 0;
      for (let m = ORG_NAME.exec(b.text); m; m = ORG_NAME.exec(b.text)) {
        const name = m[0].trim();
        if (!orgHead(name, phrases, g)) continue;
        const initials = initialsOf(name, g);
        if (initials.length >= 3 && caps.has(initials)) names.add(initials);
      }
    }
    this.names = [...names].filter((n) => n.length >= 2).sort((a, c) => c.length - a.length);
    const alt = this.names.map(escapeRegExp).join('|');
    // "<Name>'s X", "<NAME> X" (an agency's tenant: "DMV Okta tenant"), "the <Name> X", with at most three words between.
    // The genitive reaches over a few attributes ("the Authorized User's external SharePoint site"); a bare name
    // only qualifies the word right after it ("DMV Okta tenant", not "OFA will maintain the Jenkins pipeline").
    this.named = alt ? latinRegExp(`(?:^|[^\\p{L}\\p{N}])(?:(?:${g.article})\\s+)?(?:${alt})(?:(?:'s?|:s|s)\\s+(?:[\\p{L}\\p{N}-]+\\s+){0,3}|\\s+)$`, 'u') : null;
    // A clause whose subject is the buyer ("OFA will be responsible for …").
    this.subject = alt ? latinRegExp(`^\\s*(?:(?:${g.article})\\s+)?(?:${alt})\\s+(?!(?:${g.coordinator})(?![\\p{L}]))`, 'u') : null;
    // The buyer's name opening a text ("… held by AMWP").
    this.opensWithName = alt ? latinRegExp(`^\\s*(?:(?:${g.article})\\s+)?(?:${alt})(?![\\p{L}\\p{N}])`, 'u') : null;
    this.articleGap = new RegExp(`^\\s*(?:(?:${g.article})\\s+)?$`);
  }

  /** The text just before [start] names the buyer as the owner of what follows ("the Authorized User's SharePoint site"). */
  owns(b: Block, sentenceStart: number, start: number, noModal: (gap: string) => boolean): boolean {
    const text = b.text;
    const from = Math.max(sentenceStart, start - 80);
    const tail = text.slice(from, start);
    const m = this.named?.exec(tail);
    if (m && noModal(tail.slice(m.index))) return true;
    // A role noun in the genitive: "the Purchaser's GitLab project", "the Authorized User's external site".
    if (this.phrases.find('buyerRoles', text, from, start).some((h) => {
      const gap = text.slice(h.end, start);
      return /^(?:'s?|s)\s/.test(gap) && wordCount(gap) <= 4 && noModal(gap);
    })) return true;
    // A public body's name in the genitive: "Nordby kommuns GitHub", "Region Stockholms Azure DevOps", "Oslo
    // kommunes …": an organisation noun in the genitive after a name, or a name in the genitive after one.
    for (const g of tail.matchAll(ORG_GENITIVE)) {
      const [, before, genitive] = g;
      const rest = tail.slice(g.index! + g[0].length);
      if (wordCount(rest) > 3 || !noModal(rest)) continue;
      const stem = genitive!.replace(/(?:'s|’s|s)$/u, '');
      if ((/^\p{Lu}/u.test(before!) && this.phrases.has('orgNouns', stem)) || (/^\p{Lu}/u.test(genitive!) && this.phrases.has('orgNouns', before!))) return true;
    }
    return false;
  }

  /**
   * The clause holding [start] has the buyer as its subject ("OFA will set up CI/CD to deploy the code in GitHub, and
   * the contractor will contribute"), or names a tool passively used with no supplier in it ("Status meetings will
   * be held in Webex", "X will be used for tracking bugs"): the product is the buyer's, not a demand on the supplier.
   */
  runsIt(b: Block, sentence: [number, number], start: number, end: number, noModal: (text: string) => boolean): boolean {
    const text = b.text;
    const [ss, se] = sentence;
    const before = text.slice(ss, start);
    // Clauses split at ", and", "; ", ", og", ", och" …
    const cut = Math.max(before.lastIndexOf(';'), ...[...before.matchAll(this.grammar.clauseCut)].map((x) => x.index ?? -1));
    const clauseStart = cut >= 0 ? ss + cut + 1 : ss;
    const tail = text.slice(end, se);
    const semicolon = tail.indexOf(';');
    const joiner = tail.search(this.grammar.clauseCut);
    const afterCut = semicolon < 0 ? joiner : joiner < 0 ? semicolon : Math.min(semicolon, joiner);
    const clauseEnd = afterCut >= 0 ? end + afterCut : se;
    const clause = text.slice(clauseStart, clauseEnd);
    // The buyer does the work ("OFA will be responsible for …", "Kunden står for driften af …"); a buyer that "skal
    // anskaffe X" or "shall use X" is the specification demanding X, and stays a requirement.
    const subjectAt = this.subject?.exec(clause);
    const roleAt = this.phrases.find('buyerRoles', text, clauseStart, Math.min(clauseEnd, clauseStart + 40)).find((h) => /^\s*(?:the\s+)?$/i.test(text.slice(clauseStart, h.start)));
    // "The Court uses …", "The Bureau will host …": a capitalised organisation noun is a defined term for the buyer.
    const orgAt = !subjectAt && !roleAt ? this.grammar.articleNoun.exec(text.slice(clauseStart, clauseStart + 40)) : null;
    const orgEnd = orgAt && this.phrases.has('orgNouns', orgAt[1]!) ? clauseStart + orgAt[0].length : -1;
    const verbAt = subjectAt ? clauseStart + subjectAt[0].length : roleAt ? roleAt.end : orgEnd;
    const does = verbAt >= 0 && verbAt < start && this.phrases.find('buyerDoes', text, verbAt, Math.min(text.length, verbAt + 40))
      .some((h) => /^\s*$/.test(text.slice(verbAt, h.start)) && !/^\s+(?:not|ikke|inte|ikkje|require|need|expect)\b/i.test(text.slice(h.end, h.end + 12))
        // "The Government will evaluate the Offeror's experience with X": the buyer judges bids; X is not its tool.
        && !this.phrases.find('buyerJudges', text, h.end, Math.min(text.length, h.end + 24)).some((j) => wordCount(text.slice(h.end, j.start)) <= 1));
    if (does) return true;
    // "Kommunen har Power BI som plattform", "Regionen arbetar med Qlik Sense": having or working with a product is
    // the buyer's only when the product follows closely ("Kommunen har behov av en konsult med erfarenhet av X" is not).
    const has = verbAt >= 0 && verbAt < start && this.phrases.find('buyerHas', text, verbAt, Math.min(start, verbAt + 30))
      .some((h) => /^\s*$/.test(text.slice(verbAt, h.start)) && wordCount(text.slice(h.end, start)) <= 3 && noModal(text.slice(h.end, start)));
    if (has) return true;
    // The buyer as the agent of a passive around the name: "Change requests will be logged by the City in its ServiceNow
    // instance", "Microsoft Teams sessions organised by the Council". Only close by, and with no supplier before the name
    // in the clause ("the Contractor, assisted by the City, shall use X" stays a demand).
    const agent = this.phrases.find('agentBy', text, clauseStart, clauseEnd).some((h) => {
      const role = this.phrases.find('buyerRoles', text, h.end, Math.min(clauseEnd, h.end + 30)).find((r) => this.articleGap.test(text.slice(h.end, r.start)));
      // Or a name the document gives the buyer ("… agreement held by AMWP").
      const after = text.slice(h.end, Math.min(clauseEnd, h.end + 40));
      const named = this.opensWithName?.exec(after);
      const roleEnd = role ? role.end : named ? h.end + named[0].length : -1;
      if (roleEnd < 0) return false;
      return (roleEnd <= start && start - roleEnd <= 60) || (h.start >= end && wordCount(text.slice(end, h.start)) <= 4);
    });
    if (agent && !this.phrases.has('supplier', text.slice(clauseStart, start))) return true;
    // The tool named is the subject of a passive "will be used for / held in" with no supplier and no modal verb.
    const uses = this.phrases.find('buyerUses', text, Math.max(clauseStart, start - 40), clauseEnd)
      .some((h) => (h.start >= end && wordCount(text.slice(end, h.start)) <= 4) || (h.end <= start && wordCount(text.slice(h.end, start)) <= 3));
    return uses && !this.phrases.has('supplier', clause) && noModal(clause);
  }

  /**
   * The product is the buyer's procedural channel: in a sentence about quotes, questions or submissions, it follows
   * "via / through / ställas via" closely or is a form or portal ("the Technical Response Google Form").
   */
  channel(b: Block, sentence: [number, number], start: number, end: number): boolean {
    const text = b.text;
    const [ss, se] = sentence;
    if (!this.phrases.has('procedural', text.slice(ss, se))) return false;
    const via = this.phrases.find('channel', text, Math.max(ss, start - 60), start).some((h) => wordCount(text.slice(h.end, start)) <= 4);
    const form = this.phrases.find('formNouns', text, end, Math.min(se, end + 40)).some((h) => wordCount(text.slice(end, h.start)) <= 2);
    return via || form;
  }
}
