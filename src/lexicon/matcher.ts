// Compiles lexicon terms into a token trie once; scanning is linear in the text and independent of the lexicon's size.
import { vendorKey } from './vendor.js';
import type { LexiconEntry, Mention } from './types.js';
import { tokenize, firstTokenKey, endsInWordChar, startsWithWordChar, type Token } from '../text/tokens.js';
import { FuzzyIndex } from './fuzzy.js';
import { prebuiltTermIndex, termAt, type TermIndex } from './term-index.js';
import { compileUserRegex } from './load.js';
import type { RE2JS } from 're2js';

export interface TermInfo {
  entry: LexiconEntry;
  /** An allowed term (configuration `allow`): its whole span is passed over, sub-terms inside it included. */
  allowed?: boolean;
  term: string;
  /** Must match with the term's exact capitalisation. */
  caseSensitive: boolean;
  /** Also an ordinary word: the context must confirm the product sense. */
  ambiguous: boolean;
  /** Original-case tokens of the term, for case-sensitive comparison. */
  surface: string[];
}

export type { Mention } from './types.js';

interface Node {
  next: Map<string, Node>;
  terms?: TermInfo[];
}

/** Endings that Danish, Norwegian, Swedish and English put on names: genitive, definite forms, plurals. */
const SUFFIXES = ['s', 'en', 'et', 'ens', 'ets', 'erne', 'ernes', 'ene', 'er', 'ers', 'e', 'n', 'ns', 'ar', 'arna', 'or', 'orna', 'es'];
/** Nouns that Nordic languages join to a name without a hyphen ("Jiranummer", "Oracledatabasen"). */
const COMPOUND_HEADS = ['nummer', 'numre', 'sag', 'system', 'løsning', 'losning', 'lösning', 'database', 'miljø', 'miljö', 'platform', 'plattform', 'licens', 'lisens', 'fil', 'dokument', 'ark', 'skabelon', 'mal', 'server', 'integration', 'integrasjon', 'konto', 'bruger', 'bruker', 'användar', 'site', 'format', 'projekt', 'prosjekt', 'modul', 'data', 'opgave', 'oppgave', 'rapport', 'instans', 'installation', 'version', 'versjon', 'udgave', 'pakke', 'suite', 'kursus', 'certificering', 'sertifisering', 'certifiering', 'partner', 'konsulent', 'udvikler', 'utvikler', 'kompetence', 'erfaring', 'viden', 'kendskab', 'tenant', 'mappe', 'kort', 'side', 'sider', 'gruppe'];

/** Stands for the configuration's allowed terms in the trie. */
const ALLOWED: LexiconEntry = {
  id: '(allowed)', terms: [], kind: 'product', neutral: { da: '', en: '' }, examples: { flag: [], pass: [] }, category: 'other', source: 'config',
};

function defaultCaseSensitive(term: string): boolean {
  const letters = term.replace(/[^\p{L}]/gu, '');
  return letters.length > 0 && letters.length <= 5 && letters === letters.toUpperCase();
}

export class Matcher {
  private root: Node = { next: new Map() };
  /** Terms whose branch is not built yet, by first token (see defer): allowed terms, and entries' terms ... */
  private pending = new Map<string, Array<{ entry: LexiconEntry; term: string; ambiguous: boolean }>>();
  /** ... and the terms of the built-in entries, when they come first and were indexed at build time ... */
  private prebuilt?: { entries: readonly LexiconEntry[]; index: TermIndex };
  /** ... followed by the terms of the entries after those (config and extra lexicon entries). */
  private later = new Map<string, Array<{ entry: LexiconEntry; term: string; ambiguous: boolean }>>();
  /** First tokens whose prebuilt terms are in the trie. */
  private builtFromIndex = new Set<string>();
  /** Lexicon regexes, on RE2 (linear time in the text for any pattern: a user's regex cannot hang a run). */
  private regexEntries: Array<{ entry: LexiconEntry; re: RE2JS }> = [];
  readonly size: number;
  private fuzzyIndex?: FuzzyIndex;
  /** The allowed spans the last exact scan found, for the fuzzy scan of the same text. */
  private lastAllowed?: { text: string; spans: Array<[number, number]> };
  private readonly allowedCount: number;
  private readonly entries: LexiconEntry[];
  /** inflected() at the root by token key: the same words recur all through a document. */
  private rootInflected = new Map<string, { node: Node; stem: string } | null>();

  /**
   * `allowed`: terms the configuration allows. They match like terms, case-insensitively, and a match yields no
   * mention and hides everything inside its span: with "KMD Opus" allowed, neither "KMD" (a vendor) nor "Opus"
   * is reported in "KMD Opus".
   */
  private productLines?: Map<string, number>;
  /** How many product entries (no vendor names, certifications or standards) the lexicon lists for a vendor key. */
  productLinesOf(key: string): number {
    if (!this.productLines) {
      this.productLines = new Map();
      for (const e of this.entries) {
        const k = vendorKey(e.vendor);
        if (k && e.kind !== 'vendor' && e.kind !== 'certification' && e.kind !== 'standard') this.productLines.set(k, (this.productLines.get(k) ?? 0) + 1);
      }
    }
    return this.productLines.get(key) ?? 0;
  }

  constructor(entries: LexiconEntry[], allowed: readonly string[] = []) {
    this.entries = entries;
    for (const term of allowed) this.defer(this.pending, ALLOWED, term, false);
    this.allowedCount = allowed.length;
    const pre = prebuiltTermIndex();
    const skip = pre && pre.entries.length <= entries.length && pre.entries.every((e, i) => entries[i] === e) ? pre.entries.length : 0;
    if (skip) this.prebuilt = pre;
    this.usesTermIndex = skip > 0;
    let n = 0;
    entries.forEach((entry, i) => {
      n += entry.terms.length + (entry.ambiguousTerms?.length ?? 0);
      if (i >= skip) {
        const into = skip ? this.later : this.pending;
        for (const term of entry.terms) this.defer(into, entry, term, false);
        for (const term of entry.ambiguousTerms ?? []) this.defer(into, entry, term, true);
      }
      if (entry.regex) this.regexEntries.push({ entry, re: compileUserRegex(entry.regex) });
    });
    this.size = n;
  }

  /**
   * Files a term under its first token; its branch of the trie is built when a text first contains that token.
   * A short document touches a few dozen of the lexicon's first tokens, so start-up does not pay for the rest.
   */
  private defer(into: Map<string, Array<{ entry: LexiconEntry; term: string; ambiguous: boolean }>>, entry: LexiconEntry, term: string, ambiguous: boolean): void {
    const first = firstTokenKey(term);
    if (first === undefined) return;
    const list = into.get(first);
    if (list) list.push({ entry, term, ambiguous });
    else into.set(first, [{ entry, term, ambiguous }]);
  }

  /** The root's child for a first token, building its branch on first use (in the order the terms were filed). */
  private rootChild(key: string): Node | undefined {
    const pending = this.pending.get(key);
    if (pending) {
      this.pending.delete(key);
      for (const p of pending) this.add(p.entry, p.term, p.ambiguous);
    }
    const pre = this.prebuilt;
    if (pre && Object.hasOwn(pre.index, key) && !this.builtFromIndex.has(key)) {
      this.builtFromIndex.add(key);
      const pairs = pre.index[key];
      for (let k = 0; Array.isArray(pairs) && k < pairs.length; k += 2) {
        const term = termAt(pre.entries, pairs[k], pairs[k + 1]);
        if (term) this.add(...term);
      }
    }
    const later = this.later.get(key);
    if (later) {
      this.later.delete(key);
      for (const p of later) this.add(p.entry, p.term, p.ambiguous);
    }
    return this.root.next.get(key);
  }

  private add(entry: LexiconEntry, term: string, ambiguous: boolean): void {
    const toks = tokenize(term);
    if (!toks.length) return;
    let node = this.root;
    toks.forEach((t, i) => {
      const key = (i > 0 && t.spaced ? ' ' : '') + t.key;
      let child = node.next.get(key);
      if (!child) { child = { next: new Map() }; node.next.set(key, child); }
      node = child;
    });
    const allowed = entry === ALLOWED;
    const info: TermInfo = {
      entry, term, ambiguous, allowed: allowed || undefined,
      caseSensitive: !allowed && (ambiguous || (entry.caseSensitive ?? defaultCaseSensitive(term))),
      surface: toks.map((t) => term.slice(t.start, t.end)),
    };
    // An allowed term wins over an entry's term of the same spelling.
    if (allowed) (node.terms ??= []).unshift(info);
    else (node.terms ??= []).push(info);
  }

  /** The terms of the built-in entries come from the index made at build time (term-index.ts). */
  readonly usesTermIndex: boolean;

  /** Whether any allowed terms were given. */
  get hasAllowed(): boolean {
    return this.allowedCount > 0;
  }

  /** Spans of allowed terms in `text` (leftmost-longest, against the lexicon's terms): text no checker may report. */
  allowedSpans(text: string, tokens: Token[] = tokenize(text)): Array<[number, number]> {
    if (!this.allowedCount) return [];
    this.scan(text, tokens);
    return this.lastAllowed!.spans;
  }

  /** Finds every lexicon mention in `text`: leftmost-longest, no overlaps, in text order. */
  scan(text: string, tokens: Token[] = tokenize(text)): Mention[] {
    const out: Mention[] = [];
    const allowedSpans: Array<[number, number]> = [];
    for (let i = 0; i < tokens.length; ) {
      const hit = this.longestAt(text, tokens, i);
      if (!hit) { i++; continue; }
      if (hit.mention.entry === ALLOWED) allowedSpans.push([hit.mention.start, hit.mention.end]);
      else out.push(hit.mention);
      i = hit.next;
    }
    this.lastAllowed = { text, spans: allowedSpans };
    // Regex hits go where no term matched (the term hits are sorted and disjoint: found by bisection).
    const terms = out.length;
    const overlapsTerm = (s: number, e: number): boolean => {
      let lo = 0, hi = terms;
      while (lo < hi) { const mid = (lo + hi) >> 1; if (out[mid]!.end <= s) lo = mid + 1; else hi = mid; }
      return lo < terms && out[lo]!.start < e;
    };
    for (const { entry, re } of this.regexEntries) {
      const m = re.matcher(text);
      while (m.find()) {
        const s = m.start(), e = m.end();
        if (e === s) continue;
        if (!overlapsTerm(s, e) && !allowedSpans.some(([a, b]) => a < e && s < b) && !out.some((o, k) => k >= terms && o.start < e && s < o.end)) out.push({ entry, term: text.slice(s, e), start: s, end: e, ambiguous: false, inflected: false });
      }
    }
    return out.sort((a, b) => a.start - b.start);
  }

  /** Near misses of long names in words the exact scan left alone ("Orcale Database", "Postgre SQL"). */
  scanFuzzy(text: string, tokens: Token[], exact: Mention[]): Mention[] {
    this.fuzzyIndex ??= new FuzzyIndex(this.entries);
    // Allowed spans of this text (from the exact scan) are taken too: a near miss inside one is no mention.
    const allowed = this.lastAllowed?.text === text ? this.lastAllowed.spans : [];
    return this.fuzzyIndex.scan(text, tokens, [...exact.map((m): [number, number] => [m.start, m.end]), ...allowed]);
  }

  private longestAt(text: string, tokens: Token[], i: number): { mention: Mention; next: number } | undefined {
    const first = tokens[i]!;
    // A match must start at a word boundary: not glued to a preceding letter or digit.
    if (i > 0 && !first.spaced && endsInWordChar(tokens[i - 1]!.key)) return undefined;
    let node: Node | undefined = this.root;
    let best: { mention: Mention; next: number } | undefined;
    for (let j = i; j < tokens.length && node; j++) {
      const t = tokens[j]!;
      const prefix = j > i && t.spaced ? ' ' : '';
      const child: Node | undefined = node === this.root ? this.rootChild(t.key) : node.next.get(prefix + t.key);
      // Inflected or compound last token: "Microsofts", "SQL Serveren", "Jiranummer".
      if (j === i || t.spaced || !endsInWordChar(tokens[j - 1]!.key)) {
        const infl = this.inflected(node, prefix, t.key);
        // The ending itself is lower case: "SAPs" is SAP's genitive, "SAPS" is another acronym.
        if (infl && text.slice(t.start + infl.stem.length, t.end) === text.slice(t.start + infl.stem.length, t.end).toLowerCase()) {
          const cut = t.start + infl.stem.length;
          // An inflected form must keep the name's capitalisation: "Microsofts" yes, German "Delle" no.
          const info = this.pick(infl.node.terms!, text, tokens, i, j, cut, true);
          if (info && (!best || cut > best.mention.end)) {
            best = { mention: { entry: info.entry, term: text.slice(first.start, cut), start: first.start, end: cut, ambiguous: info.ambiguous, inflected: true }, next: j + 1 };
          }
        }
      }
      if (!child) break;
      node = child;
      if (node.terms && this.boundaryAfter(tokens, j)) {
        const info = this.pick(node.terms, text, tokens, i, j, t.end);
        if (info) best = { mention: { entry: info.entry, term: text.slice(first.start, t.end), start: first.start, end: t.end, ambiguous: info.ambiguous, inflected: false }, next: j + 1 };
      }
    }
    return best;
  }

  /** A term ends at a boundary unless the next token continues the same word (letters/digits glued on). */
  private boundaryAfter(tokens: Token[], j: number): boolean {
    const next = tokens[j + 1];
    if (!next || next.spaced) return true;
    const cur = tokens[j]!;
    return !(endsInWordChar(cur.key) && startsWithWordChar(next.key));
  }

  private inflected(node: Node, prefix: string, key: string): { node: Node; stem: string } | undefined {
    if (node !== this.root) return this.inflectedUncached(node, prefix, key);
    let r = this.rootInflected.get(key);
    if (r === undefined) { r = this.inflectedUncached(node, prefix, key) ?? null; this.rootInflected.set(key, r); }
    return r ?? undefined;
  }

  private inflectedUncached(node: Node, prefix: string, key: string): { node: Node; stem: string } | undefined {
    for (const suf of SUFFIXES) {
      if (key.length > suf.length + 1 && key.endsWith(suf)) {
        const stem = key.slice(0, -suf.length);
        const n = this.childOf(node, prefix + stem);
        if (n?.terms) return { node: n, stem };
      }
    }
    for (const head of COMPOUND_HEADS) {
      const at = key.indexOf(head, 3);
      if (at > 0) {
        const stem = key.slice(0, at);
        const n = this.childOf(node, prefix + stem);
        if (n?.terms && n.terms.some((t) => !t.ambiguous && stem.length >= 4)) return { node: n, stem };
      }
    }
    return undefined;
  }

  private childOf(node: Node, key: string): Node | undefined {
    return node === this.root ? this.rootChild(key) : node.next.get(key);
  }

  /** Chooses the term whose case rule the surface text satisfies. */
  private pick(terms: TermInfo[], text: string, tokens: Token[], i: number, j: number, end: number, exactCase = false): TermInfo | undefined {
    for (const info of terms) {
      if (!info.caseSensitive && !exactCase) return info;
      let ok = true;
      for (let k = 0; k < info.surface.length && ok; k++) {
        const tok = tokens[i + k];
        if (!tok) { ok = false; break; }
        const surf = text.slice(tok.start, Math.min(tok.end, end));
        const want = info.surface[k]!;
        ok = k === info.surface.length - 1 && i + k === j ? surf.startsWith(want) || surf === want : surf === want;
      }
      if (ok) return info;
    }
    return undefined;
  }
}
