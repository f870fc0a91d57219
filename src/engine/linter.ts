// The engine: loads the lexicon once, runs checkers on a document, stamps ids, severities, locations and docs links.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PKG_ROOT } from '../paths.js';
import type { Lang, SpecDocument } from '../model/document.js';
import type { DraftFinding, FileResult, Finding, Severity } from '../model/finding.js';
import { sourcePoint } from '../model/location.js';
import { CHECKERS, type Checker } from '../checkers/index.js';
import { loadEntries, loadBuiltin, extraLexiconStamp } from '../lexicon/load.js';
import type { LexiconEntry, PhraseSet } from '../lexicon/types.js';
import { Matcher } from '../lexicon/matcher.js';
import { Phrases } from '../text/phrases.js';
import { LanguageDetector } from '../text/language.js';
import { useStatutoryPhrases } from '../checkers/shared.js';
import { DocContext } from '../analysis/context.js';
import { findMentions } from '../analysis/mentions.js';
import { basisText } from './legal.js';
import { renderMessage } from './messages.js';
import { applySuppressions } from './suppress.js';

export type RuleSetting = 'off' | 'advisory' | 'warning' | 'error' | 0 | 1 | 2;

export interface LinterOptions {
  /** Force the document language instead of detecting it. */
  lang?: Lang;
  /** Per-rule setting: 'off' or the highest severity the rule may report. */
  rules?: Record<string, RuleSetting>;
  /** Extra lexicon files or directories, added to the built-in lexicon. */
  lexicon?: string[];
  /** Lexicon entry ids to ignore. */
  disableEntries?: string[];
  /** Terms that are allowed, each with the reason (the documentation the law asks for). */
  allow?: Array<{ term: string; reason: string }>;
  /** The buyer's own mandated or common systems: named freely, like national infrastructure. */
  mandated?: Array<{ term: string; reason?: string }>;
}

export function docsUrl(ruleId: string): string {
  return pathToFileURL(join(PKG_ROOT, 'docs', 'rules', `${ruleId}.md`)).href;
}

const SEVERITY: Record<string, Severity> = { advisory: 0, warning: 1, error: 2 };

export interface Lexicon {
  entries: LexiconEntry[];
  matcher: Matcher;
  phrases: Map<Lang, PhraseSet>;
}

const lexiconCache = new Map<string, Lexicon>();

/**
 * Loads the built-in lexicon plus any extra files and config entries, once per distinct configuration and state of
 * the extra files (an edited lexicon file is picked up by the next lint in the same process).
 */
export function loadLexicon(options: Pick<LinterOptions, 'lexicon' | 'disableEntries' | 'allow' | 'mandated'> = {}): Lexicon {
  const extra = options.lexicon ?? [];
  const key = JSON.stringify([extra.length ? extraLexiconStamp(extra) : '', options.disableEntries ?? [], options.allow ?? [], options.mandated ?? []]);
  const hit = lexiconCache.get(key);
  if (hit) return hit;
  const disabled = new Set(options.disableEntries ?? []);
  const allowed = new Set((options.allow ?? []).map((a) => a.term.toLowerCase()));
  const builtin = loadBuiltin();
  let entries = [...builtin.entries, ...(options.lexicon?.length ? loadEntries(options.lexicon, builtin.entries) : [])].filter((e) => !disabled.has(e.id));
  if (allowed.size) {
    entries = entries
      .map((e) => ({ ...e, terms: e.terms.filter((t) => !allowed.has(t.toLowerCase())), ambiguousTerms: e.ambiguousTerms?.filter((t) => !allowed.has(t.toLowerCase())) }))
      .filter((e) => e.terms.length || e.ambiguousTerms?.length);
  }
  for (const [i, m] of (options.mandated ?? []).entries()) {
    const clash = entries.find((e) => [...e.terms, ...(e.ambiguousTerms ?? [])].some((t) => t.toLowerCase() === m.term.toLowerCase()));
    if (clash) { clash.kind = 'national-infrastructure'; clash.mandatedBy = m.reason ?? 'configuration'; continue; }
    entries.push({
      id: `config-mandated-${i + 1}`, terms: [m.term], kind: 'national-infrastructure', mandatedBy: m.reason ?? 'configuration',
      neutral: { da: m.term, en: m.term }, examples: { flag: [], pass: [] }, category: 'national-infrastructure', source: 'config',
    });
  }
  // Allowed terms go to the matcher too: an allowed span hides the sub-terms inside it ("KMD" in "KMD Opus").
  const lex = { entries, matcher: new Matcher(entries, (options.allow ?? []).map((a) => a.term)), phrases: builtin.phrases };
  // Bounded: a watch session that edits a lexicon file makes a new key per save.
  if (lexiconCache.size >= 8) lexiconCache.delete(lexiconCache.keys().next().value!);
  lexiconCache.set(key, lex);
  return lex;
}

/** The text a block's language is judged on: a table cell is read with the rest of its row. */
function languageTexts(doc: SpecDocument): string[] {
  const rows = new Map<string, string>();
  return doc.blocks.map((b) => {
    if (b.kind !== 'tableCell' || !b.table) return b.text;
    const key = `${b.table.table}:${b.table.row}`;
    let row = rows.get(key);
    if (row === undefined) { row = b.table.cells.join(' . '); rows.set(key, row); }
    return row;
  });
}

export class Linter {
  readonly lexicon: Lexicon;
  private readonly checkers: Array<{ checker: Checker; max: Severity }>;
  /** Detects languages from the markers in the phrase files (built on first use). */
  private languageDetector?: LanguageDetector;
  get detector(): LanguageDetector {
    return (this.languageDetector ??= new LanguageDetector(this.lexicon.phrases));
  }
  /** Which rules each rule overrides on overlapping ranges (from the checkers' own meta). */
  private readonly overrides: ReadonlyMap<string, ReadonlySet<string>> = new Map(CHECKERS.map((c) => [c.id, new Set(c.meta.overrides ?? [])]));

  constructor(readonly options: LinterOptions = {}) {
    this.lexicon = loadLexicon(options);
    useStatutoryPhrases(this.lexicon.phrases);
    this.checkers = [];
    for (const checker of CHECKERS) {
      const setting = options.rules?.[checker.id];
      if (setting === 'off') continue;
      const max = setting === undefined ? checker.meta.defaultSeverity : typeof setting === 'number' ? (setting as Severity) : SEVERITY[setting] ?? checker.meta.defaultSeverity;
      this.checkers.push({ checker, max: max as Severity });
    }
  }

  /** The document's language and each block's (a forced `lang` option applies to every block). */
  languagesOf(doc: SpecDocument): { doc: Lang; byBlock: Lang[] } {
    if (this.options.lang) return { doc: this.options.lang, byBlock: doc.blocks.map(() => this.options.lang!) };
    return this.detector.paragraphs(languageTexts(doc), 'en');
  }

  languageOf(doc: SpecDocument): Lang {
    return this.languagesOf(doc).doc;
  }

  lint(doc: SpecDocument): FileResult {
    const langs = this.languagesOf(doc);
    const lang = langs.doc;
    const phrases = new Phrases(this.lexicon.phrases, lang, [...new Set(langs.byBlock)]);
    // An allowed term is no text to lint: masking its span keeps every checker off its parts ("KMD" in "KMD Opus").
    const matcher = this.lexicon.matcher;
    if (matcher.hasAllowed) for (const b of doc.blocks) b.masked.push(...matcher.allowedSpans(b.text.replace(/[®™℠]/g, ' ')));
    const ctx = new DocContext(doc, lang, phrases, langs.byBlock);
    const mentions = findMentions(ctx, this.lexicon.matcher);
    const input = { doc, lang, ctx, mentions, entries: this.lexicon.entries };
    let findings: Finding[] = [];
    for (const { checker, max } of this.checkers) {
      for (const d of checker.check(input)) findings.push(this.stamp(doc, checker, d, lang, max, ctx));
    }
    findings = dedupe(findings, this.overrides);
    findings.sort((a, b) => a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId));
    const { kept, suppressed } = applySuppressions(doc, findings);
    return { filePath: doc.filePath, lang, findings: kept, suppressed, doc };
  }

  private stamp(doc: SpecDocument, checker: Checker, d: DraftFinding, lang: Lang, max: Severity, ctx: DocContext): Finding {
    const block = doc.blocks[d.block] ?? doc.blocks[0] ?? { index: 0, kind: 'paragraph', text: '', segments: [], headingPath: [], masked: [] };
    const start = d.at ? { line: d.at.line, column: d.at.column } : sourcePoint(block, d.start);
    const end = d.at ? { line: d.at.line, column: d.at.column + d.at.term.length } : sourcePoint(block, d.end);
    const [ss, se] = checker.meta.scope === 'document' || d.at ? [0, 0] : ctx.sentenceAt(block, d.start);
    const excerpt = checker.meta.scope === 'document' || d.at ? '' : clip((block.display ?? block.text).slice(ss, se).trim(), 400);
    const severity = Math.min(d.severity, max) as Severity;
    const f: Finding = {
      ruleId: checker.id,
      severity,
      message: renderMessage(checker.meta.messages, d.messageId, d.data, lang),
      messageId: d.messageId,
      line: start.line,
      column: start.column,
      endLine: end.line,
      endColumn: end.column,
      term: d.at ? d.at.term : (block.display ?? block.text).slice(d.start, d.end),
      excerpt,
      legalBasis: basisText(d.basis ?? checker.meta.basis, lang),
      suggestions: d.suggestions ?? [],
      location: {
        section: block.kind === 'heading' ? (block.display ?? block.text).trim() : block.headingPath[block.headingPath.length - 1],
        requirementId: block.requirementId,
        paragraph: block.paragraph,
        table: block.table ? { row: block.table.row + 1, column: block.table.column + 1 } : undefined,
      },
      entryId: d.entryId,
      range: d.at ? undefined : { block: block.index, start: d.start, end: d.end },
      docsUrl: docsUrl(checker.id),
      lang,
    };
    if (d.fix && doc.format === 'markdown' && doc.source !== undefined) {
      const at = sourcePoint(block, d.fix.start);
      const to = sourcePoint(block, d.fix.end);
      const a = offsetOf(doc.source, at.line, at.column), b = offsetOf(doc.source, to.line, to.column);
      // An insertion glued to the next word ("™the") gets a space after it, so the phrase stays a phrase.
      const glued = /^[\p{L}\p{N}]/u.test(block.text.slice(d.fix.end, d.fix.end + 1)) && !/\s$/.test(d.fix.text);
      if (a !== undefined && b !== undefined) f.fix = { range: [a, b], text: glued ? `${d.fix.text} ` : d.fix.text };
    }
    return f;
  }
}

function clip(s: string, n: number): string {
  return s.length > n ? s.slice(0, n - 1) + '…' : s;
}

const cachedStarts = new Map<string, number[]>();
/**
 * Source offset of a 1-based line and column (line starts cached for the last source seen). Lines end as the
 * Markdown parser ends them: CR LF, LF or a lone CR (classic Mac OS), or --fix would miss every fix after line 1
 * of a CR-only file.
 */
export function offsetOf(source: string, line: number, column: number): number | undefined {
  let starts = cachedStarts.get(source);
  if (!starts) {
    starts = [0];
    for (const m of source.matchAll(/\r\n?|\n/g)) starts.push(m.index + m[0].length);
    cachedStarts.clear();
    cachedStarts.set(source, starts);
  }
  const s = starts[line - 1];
  return s === undefined ? undefined : s + column - 1;
}

/**
 * Where two rules report overlapping ranges, a finding is dropped when the other rule declares that it overrides
 * this one (each checker's meta.overrides).
 */
function dedupe(findings: Finding[], overrides: ReadonlyMap<string, ReadonlySet<string>>): Finding[] {
  const overlaps = (a: Finding, b: Finding): boolean =>
    a.endLine === b.endLine && a.column < b.endColumn && b.column < a.endColumn;
  const beats = (o: Finding, f: Finding): boolean => o.ruleId !== f.ruleId && !!overrides.get(o.ruleId)?.has(f.ruleId);
  // Only findings on the same line can overlap: compare within lines, in column order, each finding with those that
  // start inside its range (a paragraph is one Markdown line: thousands of findings must not be compared pairwise).
  const byLine = new Map<number, Finding[]>();
  for (const f of findings) { const l = byLine.get(f.line); if (l) l.push(f); else byLine.set(f.line, [f]); }
  const beaten = new Set<Finding>();
  for (const list of byLine.values()) {
    if (list.length < 2) continue;
    const sorted = [...list].sort((a, b) => a.column - b.column);
    for (let i = 0; i < sorted.length; i++) {
      const a = sorted[i]!;
      for (let j = i + 1; j < sorted.length && sorted[j]!.column < a.endColumn; j++) {
        const b = sorted[j]!;
        if (!overlaps(a, b)) continue;
        if (beats(a, b)) beaten.add(b);
        if (beats(b, a)) beaten.add(a);
      }
    }
  }
  return beaten.size ? findings.filter((f) => !beaten.has(f)) : findings;
}
