// The phrase matcher's index of the built-in lists is shared within a process and, for the usual sets of languages,
// prebuilt (dist/phrase-index, scripts/build-lexicon.mjs). These tests hold the shared and prebuilt indexes to the
// answers of an index built afresh, and check that a prebuilt index that does not fit is not used. They need a build.
import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { loadBuiltin, loadEntries, loadPhrases, compileLexicon, BUILTIN_LEXICON_DIR, lexiconStamp } from '../../src/lexicon/load.js';
import { Phrases, PHRASE_LISTS } from '../../src/text/phrases.js';
import { isPrebuilt, markBuiltinPhrases, phraseIndexFile, storePhraseIndex, PHRASE_INDEX_DIR } from '../../src/text/phrase-index.js';
import type { Lang } from '../../src/model/document.js';

const root = join(BUILTIN_LEXICON_DIR, '..');
const corpus = join(root, '..', 'shared', 'corpus', 'docs');
const texts = [
  ...(existsSync(corpus) ? readdirSync(corpus).map((f) => readFileSync(join(corpus, f), 'utf8')) : []),
  ...readdirSync(join(root, 'examples')).filter((f) => f.endsWith('.md')).map((f) => readFileSync(join(root, 'examples', f), 'utf8')),
].flatMap((t) => t.split(/\n+/)).filter((l) => l.trim());

/** Phrase sets as the built-in ones, but a fresh object: never shared, never prebuilt. */
const fresh = (): ReturnType<typeof loadPhrases> => loadPhrases();

// A compiled lexicon and prebuilt indexes made here as scripts/build-lexicon.mjs makes them in dist/ (so that the
// tests do not depend on the build being current), loaded as the build's code loads them.
const stamp = lexiconStamp();
const dir = mkdtempSync(join(tmpdir(), 'tl-phrase-index-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const COMPILED = join(dir, 'lexicon.json');
writeFileSync(COMPILED, JSON.stringify(compileLexicon(loadEntries([BUILTIN_LEXICON_DIR]), [...fresh().values()], stamp)));
const INDEXES = join(dir, 'phrase-index');
mkdirSync(INDEXES);
for (const [lang, also] of [['da', []], ['en', []], ['en', ['da']], ['de', []]] as Array<[Lang, Lang[]]>) {
  const p = new Phrases(fresh(), lang, also);
  writeFileSync(phraseIndexFile(p.languages, INDEXES), storePhraseIndex(p.index, p.languages, stamp));
}
const builtin = loadBuiltin(COMPILED, true).phrases;

/** A stored index's lines, parsed (JSON Lines: the header, then a bucket per line). */
const lines = (text: string): any[] => text.split('\n').filter(Boolean).map((l) => JSON.parse(l));

/** Every list's hits in every text, as one comparable string per text. */
function allHits(p: Phrases): string[] {
  return texts.map((t) => PHRASE_LISTS.map((l) => `${l}:${p.find(l, t).map((h) => `${h.start}-${h.end}`).join(',')}`).join(' '));
}


describe('phrase index', () => {
  it('the build writes an index for each language alone and with English, with the stamp of its lexicon', () => {
    for (const lang of builtin.keys()) {
      for (const p of [new Phrases(fresh(), lang), new Phrases(fresh(), 'en', [lang])]) {
        const file = phraseIndexFile(p.languages);
        expect(existsSync(file), file).toBe(true);
        // dist/ is stale while a lexicon file is edited and not yet built: then only the stamp tells.
        const built = lines(readFileSync(file, 'utf8'));
        if (built[0].stamp === stamp) expect(built).toEqual(lines(storePhraseIndex(p.index, p.languages, stamp)));
      }
    }
  });

  it('a prebuilt index finds what an index built afresh finds, in every list', () => {
    expect(texts.length).toBeGreaterThan(200);
    // Swedish and Norwegian read the same languages as Danish: da-no-sv-en.
    for (const [lang, also] of [['da', []], ['sv', ['en']], ['no', []], ['en', []], ['en', ['da']], ['de', []]] as Array<[Lang, Lang[]]>) {
      const prebuilt = new Phrases(builtin, lang, also);
      expect(isPrebuilt(prebuilt.index)).toBe(true);
      const built = new Phrases(fresh(), lang, also);
      expect(isPrebuilt(built.index)).toBe(false);
      expect(allHits(prebuilt), `${lang} ${also}`).toEqual(allHits(built));
      // The whole index, bucket for bucket and in the same order (the prebuilt one reads its buckets as asked).
      expect([...prebuilt.index.exact]).toEqual([...built.index.exact]);
      expect([...prebuilt.index.prefix]).toEqual([...built.index.prefix]);
      expect(prebuilt.index.exact.size).toBe(built.index.exact.size);
      expect([...prebuilt.index.lists].sort()).toEqual([...built.index.lists].sort());
      expect(allHits(prebuilt), `${lang} ${also}`).toEqual(allHits(built));
    }
  });

  it('is shared by the matchers over the built-in lists, and built for a set of languages with no prebuilt index', () => {
    const a = new Phrases(builtin, 'fr', ['de']);
    expect(existsSync(phraseIndexFile(a.languages, INDEXES))).toBe(false);
    expect(isPrebuilt(a.index)).toBe(false);
    const b = new Phrases(builtin, 'fr', ['de']);
    expect(b.index.exact).toBe(a.index.exact);
    expect(allHits(a)).toEqual(allHits(new Phrases(fresh(), 'fr', ['de'])));
    // Other phrase sets are indexed afresh each time: they may change between uses.
    const sets = fresh();
    expect(new Phrases(sets, 'da').index.exact).not.toBe(new Phrases(sets, 'da').index.exact);
  });

  it('a prebuilt index made from another lexicon is not used', () => {
    // Phrase sets that claim another stamp: the stored index (of the current lexicon) does not count for them.
    const sets = fresh();
    sets.get('en')!.lists.equivalent = ['or a thing like it'];
    markBuiltinPhrases(sets, `${stamp}|other`);
    const p = new Phrases(sets, 'en');
    expect(isPrebuilt(p.index)).toBe(false);
    expect(p.find('equivalent', 'Windows or a thing like it').map((h) => h.text)).toEqual(['or a thing like it']);
    expect(p.find('equivalent', 'Windows or equivalent')).toEqual([]);
    expect(readdirSync(INDEXES).length).toBe(4);
    // The same sets with the right stamp do use it.
    const right = fresh();
    markBuiltinPhrases(right, stamp, INDEXES);
    expect(isPrebuilt(new Phrases(right, 'en').index)).toBe(true);
    expect(PHRASE_INDEX_DIR).toBe(join(root, 'dist', 'phrase-index'));
  });

  it('a prebuilt index of another shape is not used, and a damaged bucket is named when asked for', () => {
    const other = mkdtempSync(join(dir, 'other-'));
    const languages = new Phrases(fresh(), 'en').languages;
    const [header, ...buckets] = lines(storePhraseIndex(new Phrases(fresh(), 'en').index, languages, stamp));
    const store = (h: unknown, b: unknown[]): void => writeFileSync(phraseIndexFile(languages, other), [h, ...b].map((x) => (typeof x === 'string' ? x : JSON.stringify(x))).join('\n'));
    // The shape before the index was stored as lines: one JSON document, entries as arrays.
    writeFileSync(phraseIndexFile(languages, other), JSON.stringify({ ...header, format: undefined, exact: [['or', []]] }));
    const older = fresh();
    markBuiltinPhrases(older, stamp, other);
    const p = new Phrases(older, 'en');
    expect(isPrebuilt(p.index)).toBe(false);
    expect(p.find('equivalent', 'Windows or equivalent').map((h) => h.text)).toEqual(['or equivalent']);
    expect(header.exact.or).toBeGreaterThan(0);
    store(header, buckets.map((b, i) => (i + 1 === header.exact.or ? '[{"list"' : b)));
    const damaged = fresh();
    markBuiltinPhrases(damaged, stamp, other);
    const q = new Phrases(damaged, 'en');
    expect(isPrebuilt(q.index)).toBe(true);
    expect(q.find('equivalent', 'Windows eller tilsvarende')).toEqual([]);
    expect(() => q.find('equivalent', 'Windows or equivalent')).toThrow(/damaged phrase index \(bucket "or"\)/);
  });
});
