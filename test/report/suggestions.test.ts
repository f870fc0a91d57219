// Suggestions a person would send: complete sentences, no nested brackets, no "or equivalent or later", and each one
// settles its finding when re-linted. Audited over every lexicon entry's examples and the shipped examples (the
// same audit scripts/check-suggestions.mjs runs, there also over the dev corpus).
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { Linter } from '../../src/engine/linter.js';
import { parseMarkdown } from '../../src/parse/markdown.js';
import { sentenceSpans } from '../../src/text/sentences.js';
import { loadEntries } from '../../src/lexicon/load.js';
import { lintFiles } from '../../src/io/lint-files.js';
import { refText } from '../../src/checkers/shared.js';
import type { Block, SpecDocument } from '../../src/model/document.js';
// @ts-expect-error: a plain ES module script without types
import { auditSuggestions, lexiconSources, documentSources, parenDepth } from '../../scripts/check-suggestions.mjs';

const root = join(import.meta.dirname, '..', '..');
const api = { Linter, parseMarkdown, sentenceSpans };
type Problem = { where: string; suggestion: string; bad: string[] };
const show = (ps: Problem[]): string => ps.map((p) => `${p.where}: ${p.bad.join('; ')}\n  ${p.suggestion}`).join('\n');

const lint = (text: string, lang: 'da' | 'en' | 'sv' | 'no') => new Linter({ lang }).lint(parseMarkdown(text, 'spec.md'));

describe('suggestion audit', () => {
  it('finds nothing wrong in the suggestions for every lexicon example', async () => {
    const sources = lexiconSources(loadEntries([join(root, 'lexicon')]));
    expect(sources.length).toBeGreaterThan(1000);
    const { problems, suggestions } = await auditSuggestions(api, sources);
    expect(suggestions).toBeGreaterThan(500);
    expect(problems, show(problems)).toEqual([]);
  }, 300_000);

  it('finds nothing wrong in the suggestions for the shipped examples (Markdown and Word)', async () => {
    const md = documentSources(root).filter((s: { name: string }) => s.name.startsWith('examples/'));
    const docx = ['kravspecifikation-esdh.docx', 'requirements-crm.docx'];
    const results = await lintFiles(docx.map((n) => join(root, 'examples', n)), { config: false });
    const sources = [...md, ...results.map((r, i) => ({ name: docx[i], result: r }))];
    const { problems, suggestions } = await auditSuggestions(api, sources);
    expect(suggestions).toBeGreaterThan(20);
    expect(problems, show(problems)).toEqual([]);
  }, 60_000);

  it('catches what it is there to catch', async () => {
    // A fake linter whose one finding carries the kinds of suggestion the audit must reject.
    const bad = [
      { desc: 'x', text: 'Systemet skal integrere med økonomisystemet (et økonomisystem (ERP), der understøtter kontoplanen).' },
      { desc: 'x', text: 'Løsningen skal understøtte Microsoft Office 2019 eller tilsvarende eller nyere.' },
      { desc: 'x', text: 'Løsningen skal anvende MySQL.' },
    ];
    const finding = { ruleId: 'brand-without-equivalent', messageId: 'required', severity: 2, term: 'MySQL', entryId: 'mysql', excerpt: 'Løsningen skal anvende MySQL.', suggestions: bad, line: 1, location: {} };
    const result = { lang: 'da', findings: [finding] };
    const { problems } = await auditSuggestions(api, [{ name: 'fake', result }]);
    expect(problems.map((p: Problem) => p.bad.join(';'))).toEqual([
      'nested parenthesis',
      '"or equivalent or later"',
      expect.stringMatching(/^re-lint raises brand-without-equivalent\/required/),
    ]);
    expect(parenDepth('a (b (c) d)')).toBe(2);
  });
});

describe('rewrites that read right', () => {
  it('keeps a system the requirement integrates with and records why, inside its own brackets', () => {
    const r = lint('# Krav\n\nLøsningen skal kunne udveksle data med kommunens eksisterende økonomisystem (KMD Opus) via dokumenterede snitflader.\n', 'da');
    const f = r.findings.find((x) => x.term === 'KMD Opus')!;
    expect(f.messageId).toBe('justified');
    expect(f.suggestions).toHaveLength(1);
    expect(f.suggestions[0]!.text).toBe('Løsningen skal kunne udveksle data med kommunens eksisterende økonomisystem (KMD Opus, kundens eksisterende system) via dokumenterede snitflader.');
    // The recorded justification is the record the advisory asked for.
    expect(lint(`# Krav\n\n${f.suggestions[0]!.text}\n`, 'da').findings.filter((x) => x.term === 'KMD Opus')).toEqual([]);
  });

  it('withholds the fix and the "or equivalent" splice before a version floor, and describes the capability', () => {
    const r = lint('# Krav\n\nLøsningens Office-integration skal understøtte Microsoft Office 2019 eller nyere.\n', 'da');
    const f = r.findings.find((x) => x.messageId === 'versionFloor')!;
    expect(f.fix).toBeUndefined();
    for (const s of f.suggestions) expect(s.text).not.toMatch(/eller tilsvarende eller nyere/);
    expect(f.suggestions[0]!.text).toMatch(/^Løsningens Office-integration skal understøtte en kontorpakke/);
    expect(f.suggestions[0]!.text).not.toMatch(/2019|nyere/);
  });

  it('does not nest brackets when the name is inside brackets', () => {
    const r = lint('# Requirements\n\nStaff should be able to start a video appointment from a case record using a video conferencing service (e.g. Cisco Webex).\n', 'en');
    const f = r.findings.find((x) => x.term === 'Cisco Webex')!;
    for (const s of f.suggestions) expect(parenDepth(s.text), s.text).toBeLessThanOrEqual(1);
  });

  it('never splices a description into a slash list or for a company used as a modifier', () => {
    const r = lint('# Krav\n\nKonsulenten skal have erfaring med Microsoft infrastrukturplattform (Windows/SCCM/Active Directory).\n', 'da');
    const sccm = r.findings.find((f) => f.term === 'SCCM')!;
    expect(sccm.suggestions.length).toBeGreaterThan(0);
    for (const f of r.findings) for (const s of f.suggestions) expect(s.text, `${f.term}: ${s.text}`).toMatch(/\(Windows\/SCCM\/Active Directory(?: eller tilsvarende)?\)/);
    const g = lint('# Req\n\nThe vendor must complete the Technical Response Google Form.\n', 'en').findings.find((f) => f.term === 'Google')!;
    for (const s of g.suggestions) expect(s.text).toMatch(/Google Form/);
  });

  it('puts "or equivalent" after the last mention when a name recurs in the sentence', () => {
    const r = lint('# Krav\n\nIntegrasjon med Vipps skal dekke betaling med bankkort samt Vipps-saldo.\n', 'no');
    const f = r.findings.find((x) => x.term === 'Vipps')!;
    expect(f.suggestions.map((s) => s.text)).toContain('Integrasjon med Vipps skal dekke betaling med bankkort samt Vipps-saldo eller tilsvarende.');
  });
});

describe('cross-references in Word terms', () => {
  const block = (paragraph: number, extra: Partial<Block> = {}): Block => ({ index: paragraph, kind: 'paragraph', text: 'x', segments: [], headingPath: ['2 Baggrund'], paragraph, masked: [], ...extra });
  const doc: Pick<SpecDocument, 'format' | 'blocks'> = { format: 'docx', blocks: [block(3), block(14, { headingPath: ['3 Krav'], requirementId: 'K-1' })] };
  it('names section, requirement id and paragraph in a Word document, never a line', () => {
    expect(refText(3, 'da', doc)).toBe(' (se afsnit 2 Baggrund, ¶3)');
    expect(refText(14, 'en', doc)).toBe(' (see section 3 Krav, requirement K-1, ¶14)');
    expect(refText(14, 'sv', doc)).toBe(' (se avsnitt 3 Krav, krav K-1, ¶14)');
    for (const lang of ['da', 'en', 'sv', 'no'] as const) expect(refText(3, lang, doc)).not.toMatch(/linje|line|rad\b/);
  });
  it('keeps line numbers for Markdown, where there are lines', () => {
    expect(refText(12, 'da', { format: 'markdown', blocks: [] })).toBe(' (se linje 12)');
  });
});
