// The compiled built-in lexicon (dist/lexicon.json, scripts/build-lexicon.mjs) carries prebuilt indexes so that
// start-up does not build them. These tests hold the prebuilt forms to the answers of the indexes built at run time,
// and check that a compiled file that does not fit is not used. They need a build (`npm run build`).
import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { loadBuiltin, loadEntries, loadPhrases, compileLexicon, BUILTIN_LEXICON_DIR, COMPILED_LEXICON, lexiconStamp, lexiconContentHash, type CompiledLexicon } from '../../src/lexicon/load.js';
import { FuzzyIndex, fuzzyTables, usePrebuiltTables } from '../../src/lexicon/fuzzy.js';
import { Matcher } from '../../src/lexicon/matcher.js';
import { termIndex, usePrebuiltTermIndex } from '../../src/lexicon/term-index.js';
import { tokenize } from '../../src/text/tokens.js';
import type { LexiconEntry } from '../../src/lexicon/types.js';

// A compiled lexicon made here from the sources, as scripts/build-lexicon.mjs makes dist/lexicon.json (so that the
// tests do not depend on the build being current), loaded as the build's code loads it (code run from the sources
// uses no prebuilt index unless asked).
const dir = mkdtempSync(join(tmpdir(), 'tl-compiled-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const fromYaml = loadEntries([BUILTIN_LEXICON_DIR]).map((e) => ({ ...e, examples: { flag: [], pass: [] } }));
const compiled = compileLexicon(fromYaml, [...loadPhrases().values()], lexiconStamp(), lexiconContentHash());
const COMPILED = join(dir, 'lexicon.json');
writeFileSync(COMPILED, JSON.stringify(compiled));
const builtin = loadBuiltin(COMPILED, true);
const entries = builtin.entries;
/** Compiled entries as loaded: with (empty) examples again. */
const loadedForm = (list: LexiconEntry[]): LexiconEntry[] => list.map((e) => ({ ...e, examples: { flag: [], pass: [] } }));
/** The same entries as other objects: an index over them cannot use the prebuilt tables and builds its own. */
const copies = (list: LexiconEntry[]): LexiconEntry[] => list.map((e) => ({ ...e }));

/** Every mention the exact and the near-miss scan find in `text`, as entry id, span and kind of match. */
function mentions(m: Matcher, text: string): string[] {
  const toks = tokenize(text);
  const exact = m.scan(text, toks);
  const near = m.scanFuzzy(text, toks, exact).map((x) => `~${x.entry.id}@${x.start}-${x.end}:${x.term}`);
  return [...exact.map((x) => `${x.entry.id}@${x.start}-${x.end}:${x.term}`), ...near];
}

/** A misspelling one edit away: two letters in the middle swapped, or one dropped. */
function misspell(term: string, how: number): string {
  const i = Math.max(2, term.length >> 1);
  return how % 2 ? term.slice(0, i - 1) + term[i] + term[i - 1] + term.slice(i + 1) : term.slice(0, i) + term.slice(i + 1);
}

const corpus = join(BUILTIN_LEXICON_DIR, '..', '..', 'shared', 'corpus', 'docs');
const texts = [
  ...(existsSync(corpus) ? readdirSync(corpus).map((f) => readFileSync(join(corpus, f), 'utf8')) : []),
  ...readdirSync(join(BUILTIN_LEXICON_DIR, '..', 'examples')).filter((f) => f.endsWith('.md')).map((f) => readFileSync(join(BUILTIN_LEXICON_DIR, '..', 'examples', f), 'utf8')),
].flatMap((t) => t.split(/\n+/)).filter((l) => /skal|shall|must|ska|should|bør|krav|required/i.test(l));

describe('compiled lexicon', () => {
  it('holds the YAML sources (less the examples, which only the tests read), and so does the build\'s when current', () => {
    expect(entries).toEqual(fromYaml);
    const built = JSON.parse(readFileSync(COMPILED_LEXICON, 'utf8')) as CompiledLexicon;
    // dist/lexicon.json is stale while a lexicon file is edited and not yet built: then only the stamp tells.
    if (built.stamp !== lexiconStamp()) return;
    expect(built).toEqual(JSON.parse(JSON.stringify(compiled)));
  });

  it('hands its near-miss tables to an index over the built-in entries, and only to one over them', () => {
    expect(new FuzzyIndex(entries).prebuilt).toBe(true);
    expect(new FuzzyIndex([...entries, { ...entries[0]!, id: 'extra', terms: ['Extra Orchestrator'] }]).prebuilt).toBe(true);
    expect(new FuzzyIndex(copies(entries)).prebuilt).toBe(false);
    expect(new FuzzyIndex(entries.slice(1)).prebuilt).toBe(false);
  });

  it('stores the near-miss tables that the entries give', () => {
    expect(compiled.fuzzy).toEqual(JSON.parse(JSON.stringify(fuzzyTables(compiled.entries))));
  });

  it('prebuilt near-miss tables give the answers of tables built at run time: misspelt names', () => {
    const prebuilt = new Matcher(entries);
    const built = new Matcher(copies(entries));
    let n = 0;
    for (const e of entries) {
      for (const term of e.terms) {
        if (term.replace(/[\s-]/g, '').length < 7) continue;
        for (const how of [0, 1]) {
          const text = `Løsningen skal integrere med ${misspell(term, how)} og ${term.split(/\s+/).join(' ')} i drift.`;
          const a = mentions(prebuilt, text);
          expect(a, text).toEqual(mentions(built, text));
          n += a.filter((x) => x.startsWith('~')).length;
        }
      }
    }
    expect(n).toBeGreaterThan(1000); // the texts did exercise the near-miss scan
  });

  it('prebuilt near-miss tables give the answers of tables built at run time: the corpus and examples', () => {
    const prebuilt = new Matcher(entries);
    const built = new Matcher(copies(entries));
    expect(texts.length).toBeGreaterThan(50);
    for (const t of texts) expect(mentions(prebuilt, t), t).toEqual(mentions(built, t));
  });

  it('entries after the built-in ones (a user lexicon) are matched loosely too, after the built-in ones', () => {
    const extra: LexiconEntry = { id: 'acme-orchestrator', terms: ['Acme Orchestrator'], kind: 'product', neutral: { da: 'x', en: 'x' }, examples: { flag: [], pass: [] }, category: 'other', source: 'user.yaml:1' };
    const prebuilt = new Matcher([...entries, extra]);
    const built = new Matcher([...copies(entries), extra]);
    const text = 'Leverandøren skal anvende Acme Orchestartor og Acme Orchestrator samt Microsfot Azure.';
    expect(mentions(prebuilt, text)).toEqual(mentions(built, text));
    expect(mentions(prebuilt, text)).toContain('~acme-orchestrator@26-43:Acme Orchestartor');
  });

  it('judges an entry loose or not when the index is used (the configuration may change its kind)', () => {
    const list = copies(entries);
    const pg = list.find((e) => e.terms.includes('PostgreSQL'))!;
    const text = 'Data skal ligge i PostgreQSL.';
    usePrebuiltTables(list, fuzzyTables(list));
    expect(mentions(new Matcher(list), text)).toContain(`~${pg.id}@18-28:PostgreQSL`);
    pg.open = true;
    expect(mentions(new Matcher(list), text)).toEqual([]);
    loadBuiltin(COMPILED, true); // registers the real built-in tables again
  });

  it('ignores tables that do not fit the entries, and builds its own', () => {
    const list = copies(entries);
    expect(usePrebuiltTables(list, { ...fuzzyTables(list), entry: [list.length + 5] })).toBe(false);
    expect(usePrebuiltTables(list, null)).toBe(false);
    expect(usePrebuiltTables(list, { keys: ['x'], entry: [0], words: [1], buckets: {} })).toBe(false);
    const text = 'Intranettet skal bygges på SharePiont.';
    expect(mentions(new Matcher(list), text)).toEqual(mentions(new Matcher(copies(entries)), text));
    expect(mentions(new Matcher(list), text).join()).toMatch(/SharePiont/);
    loadBuiltin(COMPILED, true);
    expect(new FuzzyIndex(entries)).toBeInstanceOf(FuzzyIndex);
  });

  // Each test loads the built-in lexicon afresh: a matcher uses the term index only over the entries loaded last.
  it('stores the term index that the entries give, and hands it to a matcher over the built-in entries only', () => {
    const { entries } = loadBuiltin(COMPILED, true);
    expect(compiled.terms).toEqual(JSON.parse(JSON.stringify(termIndex(compiled.entries))));
    expect(new Matcher(entries).usesTermIndex).toBe(true);
    expect(new Matcher([...entries, { ...entries[0]!, id: 'extra', terms: ['Extra Orchestrator'] }], ['KMD Opus']).usesTermIndex).toBe(true);
    expect(new Matcher(copies(entries)).usesTermIndex).toBe(false);
    expect(new Matcher(entries.slice(1)).usesTermIndex).toBe(false);
  });

  it('the prebuilt term index gives the answers of the one built at run time, with allowed terms and entries after the built-in ones', () => {
    const { entries } = loadBuiltin(COMPILED, true);
    const extra: LexiconEntry[] = [
      { id: 'acme-orchestrator', terms: ['Acme Orchestrator', 'Oracle Acme'], kind: 'product', neutral: { da: 'x', en: 'x' }, examples: { flag: [], pass: [] }, category: 'other', source: 'user.yaml:1' },
      { id: 'acme-sql', terms: ['SQL Server Acme'], ambiguousTerms: ['Azure'], kind: 'product', neutral: { da: 'x', en: 'x' }, examples: { flag: [], pass: [] }, category: 'other', source: 'user.yaml:9' },
    ];
    const allowed = ['KMD Opus', 'SQL Server', 'Oracle'];
    const prebuilt = new Matcher([...entries, ...extra], allowed);
    const built = new Matcher([...copies(entries), ...extra], allowed);
    expect(prebuilt.usesTermIndex).toBe(true);
    expect(prebuilt.size).toBe(built.size);
    const more = ['Løsningen skal anvende KMD Opus, SQL Server Acme og Oracle Acme samt Acme Orchestrator på Azure.', ...texts];
    for (const t of more) expect(mentions(prebuilt, t), t).toEqual(mentions(built, t));
    for (const t of more) expect(prebuilt.allowedSpans(t), t).toEqual(built.allowedSpans(t));
  });

  it('ignores a term index that is not one, and passes over pairs that name no term', () => {
    const { entries } = loadBuiltin(COMPILED, true);
    expect(usePrebuiltTermIndex(entries, null)).toBe(false);
    expect(usePrebuiltTermIndex(entries, [])).toBe(false);
    expect(new Matcher(entries).usesTermIndex).toBe(false);
    const oracle = entries.findIndex((e) => e.terms.includes('Oracle Database'));
    const t = entries[oracle]!.terms.indexOf('Oracle Database');
    expect(usePrebuiltTermIndex(entries, { oracle: [entries.length, 0, oracle, 99, 0, ~50, 'x', 0, oracle, t, 3], microsoft: 'x' })).toBe(true);
    const m = new Matcher(entries);
    expect(m.usesTermIndex).toBe(true);
    expect(m.scan('Den skal køre på Oracle Database og Microsoft SQL Server.').map((x) => x.term)).toEqual(['Oracle Database']);
    expect(new Matcher(loadBuiltin(COMPILED, true).entries).usesTermIndex).toBe(true);
  });

  it('a stale (other contents), damaged or missing compiled file is not used: the lexicon is read from the YAML sources', () => {
    const tmp = mkdtempSync(join(dir, 'stale-'));
    try {
      const fromYaml = loadEntries([BUILTIN_LEXICON_DIR]);
      const stale = join(tmp, 'stale.json');
      writeFileSync(stale, JSON.stringify({ ...compiled, stamp: `${compiled.stamp}|changed`, contentHash: 'other sources', entries: [compiled.entries[0]] }));
      expect(loadBuiltin(stale).entries).toEqual(fromYaml);
      // Other times, same contents (a copy, a package installed from the registry): still current.
      const moved = join(tmp, 'moved.json');
      writeFileSync(moved, JSON.stringify({ ...compiled, stamp: `${compiled.stamp}|other times`, entries: [compiled.entries[0]] }));
      expect(loadBuiltin(moved).entries).toEqual(loadedForm([compiled.entries[0]!]));
      const damaged = join(tmp, 'damaged.json');
      writeFileSync(damaged, readFileSync(COMPILED, 'utf8').slice(0, 5000));
      expect(loadBuiltin(damaged).entries).toEqual(fromYaml);
      expect(loadBuiltin(join(tmp, 'missing.json')).entries).toEqual(fromYaml);
      // Current but without tables (an older build): the entries are used, the near-miss index is built at run time.
      const noTables = join(tmp, 'no-tables.json');
      writeFileSync(noTables, JSON.stringify({ ...compiled, fuzzy: undefined }));
      const loaded = loadBuiltin(noTables, true).entries;
      expect(loaded).toEqual(loadedForm(compiled.entries));
      const text = 'Intranettet skal bygges på SharePiont.';
      expect(mentions(new Matcher(loaded), text)).toEqual(mentions(new Matcher(entries), text));
    } finally {
      rmSync(tmp, { recursive: true, force: true });
      loadBuiltin(COMPILED, true);
    }
  });
});

