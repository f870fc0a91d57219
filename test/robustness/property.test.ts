// Property-based tests (issue 7): the lexicon matcher and the whole Markdown pipeline never throw on arbitrary
// Unicode, every finding's range lies inside the source and the source text there is the finding's term (after
// the same typographic normalisation the parser applies), and findings do not move when a paragraph is appended.
// FC_RUNS sets the number of cases per property (default 1,000); e.g. FC_RUNS=20000 npx vitest run test/robustness
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { loadLexicon } from '../../src/engine/linter.js';
import { lintText } from '../../src/io/lint-files.js';
import { normalizeText } from '../../src/text/normalize.js';
import type { Finding } from '../../src/model/finding.js';
import type { Lang } from '../../src/model/document.js';

const RUNS = Number(process.env.FC_RUNS ?? 1000);
const lex = loadLexicon();
const TIMEOUT = 120_000;

/** Any text: UTF-16 code units including lone surrogates, full code points, and grapheme clusters. */
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 200 }),
);

// Spec-like text: sentences mixing lexicon terms, obligation words, "or equivalent" and typographic characters.
const TERMS = [...new Set(lex.entries.flatMap((e) => [...e.terms, ...(e.ambiguousTerms ?? [])]))].filter((t) => !/[\n|*_`<>[\]\\#]/.test(t)).sort();
const WORDS = ['the', 'solution', 'system', 'supplier', 'data', 'løsningen', 'leverandøren', 'skal', 'must', 'shall', 'should', 'bør', 'kunne', 'understøtte', 'support', 'use', 'anvende', 'integrere', 'med', 'with', 'be', 'built', 'on', 'run', 'in', 'format', 'certified', 'certificeret', 'partner', 'version', 'model', 'existing', 'eksisterende', 'vores', 'our', 'e.g.', 'fx', 'not', 'ikke', 'all', 'export', 'eksport', 'alle', 'data', 'open', 'åbent', 'R-12', 'K-3.1', '19c', '2019', '5450'];
const PHRASES = ['eller tilsvarende', 'or equivalent', 'eller tilsvarande', 'oder gleichwertig', 'compatible with', 'kompatibel med', 'ISO 27001', 'ISO 9001', 'WCAG 2.1', 'version 19c or later', 'such as', 'for eksempel', 'at the end of the contract all data shall be exported'];
const TYPO = ['\u00a0', '\u2013', '\u2014', '\u2019', '\u201c', '\u201d', '\u00ad', '\u200b', '®', '™', '\t', ',', ';', ':', '(', ')', '/', '-'];

const token = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 3, arbitrary: fc.constantFrom(...TERMS) },
  { weight: 1, arbitrary: fc.constantFrom(...PHRASES) },
  { weight: 1, arbitrary: fc.constantFrom(...TYPO) },
);
const sentence = fc.array(fc.tuple(token, fc.constantFrom(' ', ' ', ' ', '', '\u00a0')), { minLength: 1, maxLength: 14 })
  .map((ts) => ts.map(([t, sep]) => t + sep).join('').trim() + '.')
  .filter((s) => /[\p{L}\p{N}]/u.test(s));
const line = fc.array(sentence, { minLength: 1, maxLength: 3 }).map((ss) => ss.join(' '));
const cell = sentence.map((s) => s.replace(/\|/g, ' '));
const block = fc.oneof(
  { weight: 4, arbitrary: line },
  { weight: 2, arbitrary: fc.array(line, { minLength: 1, maxLength: 4 }).map((ls) => ls.map((l) => `- ${l}`).join('\n')) },
  { weight: 1, arbitrary: fc.array(line, { minLength: 1, maxLength: 3 }).map((ls) => ls.map((l, i) => `${i + 1}. ${l}`).join('\n')) },
  { weight: 1, arbitrary: line.map((l) => `> ${l}`) },
  { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 1, max: 4 }), sentence).map(([d, s]) => `${'#'.repeat(d)} ${s.replace(/#/g, '')}`) },
  {
    weight: 1,
    arbitrary: fc.tuple(fc.integer({ min: 2, max: 4 }), fc.array(fc.array(cell, { minLength: 4, maxLength: 4 }), { minLength: 1, maxLength: 4 }))
      .map(([n, rows]) => [`| ID | ${Array.from({ length: n - 1 }, (_, i) => `Col ${i + 1}`).join(' | ')} |`, `|${'---|'.repeat(n)}`, ...rows.map((r, i) => `| R-${i + 1} | ${r.slice(0, n - 1).join(' | ')} |`)].join('\n')),
  },
);
const specText = fc.array(block, { minLength: 1, maxLength: 8 }).map((bs) => bs.join('\n\n') + '\n');
const lang = fc.constantFrom<Lang>('da', 'en');

/** The source text a finding points at, or undefined when its range is outside the source. */
function sourceAt(source: string, f: Finding): string | undefined {
  const lines = source.split('\n');
  const { line, column, endLine, endColumn } = f;
  if (!(line >= 1 && endLine >= line && endLine <= lines.length && column >= 1)) return undefined;
  if (column - 1 > lines[line - 1]!.length || endColumn - 1 > lines[endLine - 1]!.length) return undefined;
  if (line === endLine) return endColumn >= column ? lines[line - 1]!.slice(column - 1, endColumn - 1) : undefined;
  return [lines[line - 1]!.slice(column - 1), ...lines.slice(line, endLine - 1), lines[endLine - 1]!.slice(0, endColumn - 1)].join('\n');
}

/** Compares as the parser does: typographic folding, then any whitespace run (newlines joining lines) as one space. */
const comparable = (s: string): string => normalizeText(s).replace(/\s+/g, ' ');

async function lint(text: string, l?: Lang): Promise<Finding[]> {
  const r = await lintText(text, { filePath: 'spec.md', lang: l });
  return r.error ? [] : [...r.findings, ...r.suppressed];
}

describe('matcher (built-in lexicon)', () => {
  it('never throws on arbitrary Unicode, and every mention is a slice of the text', () => {
    fc.assert(fc.property(anyText, (text) => {
      for (const m of lex.matcher.scan(text)) {
        expect(m.start).toBeGreaterThanOrEqual(0);
        expect(m.end).toBeLessThanOrEqual(text.length);
        expect(m.start).toBeLessThan(m.end);
        expect(text.slice(m.start, m.end)).toBe(m.term);
      }
    }), { numRuns: RUNS });
  }, TIMEOUT);

  it('never throws on spec-like text, and every mention is a slice of the text', () => {
    fc.assert(fc.property(specText, (text) => {
      for (const m of lex.matcher.scan(text)) expect(text.slice(m.start, m.end)).toBe(m.term);
    }), { numRuns: RUNS });
  }, TIMEOUT);
});

describe('whole pipeline (lintText, Markdown)', () => {
  it('never throws on arbitrary Unicode, and every finding lies inside the source', async () => {
    await fc.assert(fc.asyncProperty(anyText, async (text) => {
      for (const f of await lint(text)) expect(sourceAt(text, f), JSON.stringify(f)).toBeDefined();
    }), { numRuns: RUNS });
  }, TIMEOUT);

  it('on spec-like text, every finding lies inside the source and the source there is its term', async () => {
    let checked = 0;
    await fc.assert(fc.asyncProperty(specText, lang, async (text, l) => {
      for (const f of await lint(text, l)) {
        if (f.term) checked++;
        const at = sourceAt(text, f);
        expect(at, `${f.ruleId} ${f.line}:${f.column}-${f.endLine}:${f.endColumn} outside the source`).toBeDefined();
        expect(comparable(at!), `${f.ruleId} at ${f.line}:${f.column}`).toBe(comparable(f.term));
      }
    }), { numRuns: RUNS });
    // Not vacuous: the generated text does draw findings with terms (about two per document).
    expect(checked).toBeGreaterThan(RUNS / 2);
  }, TIMEOUT);

  it('findings are stable when an unrelated paragraph is appended (language fixed)', async () => {
    const tails = fc.constantFrom(
      'The council offices are open on weekdays from 9 to 16.',
      'Kommunens borgerservice har åbent på hverdage.',
      'Questions about this annex may be sent through the tender portal.',
    );
    let stable = 0;
    await fc.assert(fc.asyncProperty(specText, lang, tails, async (text, l, tail) => {
      const key = (f: Finding): string => `${f.ruleId}|${f.term}|${f.line}|${f.column}`;
      const before = (await lint(text, l)).map(key).sort();
      const after = (await lint(`${text}\n${tail}\n`, l)).filter((f) => f.line <= text.split('\n').length).map(key).sort();
      expect(after).toEqual(before);
      stable += before.length;
    }), { numRuns: RUNS });
    expect(stable).toBeGreaterThan(RUNS / 2);
  }, TIMEOUT);
});

describe('--fix', () => {
  it('is idempotent on requirement documents: after one --fix nothing fixable is left and a second changes nothing', async () => {
    const { applyFixes } = await import('../../src/io/fix.js');
    const names = loadLexicon().entries.flatMap((e) => e.terms).filter((t) => t.length > 2);
    const sentence = fc.tuple(fc.constantFrom(...names), fc.constantFrom(...names), fc.constantFrom(
      (a: string) => `Løsningen skal anvende ${a} som platform.`,
      (a: string, b: string) => `Leverandøren skal levere ${a} og ${b}.`,
      (a: string) => `The supplier shall use ${a}.`,
      (a: string, b: string) => `Data must be stored in ${a}, ${b} for reporting.`,
      (a: string) => `Leverandøren skal være certificeret efter ${a}.`,
      (a: string) => `| K-1 | Løsningen skal være kompatibel med ${a}. | Mindstekrav |`,
    )).map(([a, b, f]) => f(a, b));
    const doc = fc.array(sentence, { minLength: 1, maxLength: 6 }).map((ls) => ls.map((l) => (l.startsWith('|') ? `| ID | Krav | Type |\n|---|---|---|\n${l}` : l)).join('\n\n') + '\n');
    let fixedSome = 0;
    await fc.assert(fc.asyncProperty(doc, fc.constantFrom<Lang>('da', 'en'), async (text, l) => {
      const once = applyFixes(text, await lint(text, l));
      if (once.applied) fixedSome++;
      const again = await lint(once.output, l);
      expect(again.filter((f) => f.fix && !f.suppressed).map((f) => `${f.ruleId}: ${f.term}`)).toEqual([]);
      expect(applyFixes(once.output, again).output).toBe(once.output);
    }), { numRuns: Math.min(RUNS, 300) });
    expect(fixedSome).toBeGreaterThan(0);
  }, TIMEOUT);
});
