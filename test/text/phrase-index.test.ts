// The phrase matcher's index of the built-in lists is shared within a process and, for the usual sets of languages,
// prebuilt (dist/phrase-index, scripts/build-lexicon.mjs). These tests hold the shared and prebuilt indexes to the
// answers of an index built afresh, and check that a prebuilt index that does not fit is not used. They need a build.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadBuiltin, loadPhrases, BUILTIN_LEXICON_DIR, COMPILED_LEXICON, lexiconStamp } from '../../src/lexicon/load.js';
import { Phrases, PHRASE_LISTS } from '../../src/text/phrases.js';
import { isPrebuilt, markBuiltinPhrases, phraseIndexFile, PHRASE_INDEX_DIR } from '../../src/text/phrase-index.js';
import type { Lang } from '../../src/model/document.js';

const root = join(BUILTIN_LEXICON_DIR, '..');
const corpus = join(root, '..', 'shared', 'corpus', 'docs');
const texts = [
  ...(existsSync(corpus) ? readdirSync(corpus).map((f) => readFileSync(join(corpus, f), 'utf8')) : []),
  ...readdirSync(join(root, 'examples')).filter((f) => f.endsWith('.md')).map((f) => readFileSync(join(root, 'examples', f), 'utf8')),
].flatMap((t) => t.split(/\n+/)).filter((l) => l.trim());

/** Every list's hits in every text, as one comparable string per text. */
function allHits(p: Phrases): string[] {
  return texts.map((t) => PHRASE_LISTS.map((l) => `${l}:${p.find(l, t).map((h) => `${h.start}-${h.end}`).join(',')}`).join(' '));
}

/** Phrase sets as the built-in ones, but a fresh object: never shared, never prebuilt. */
const fresh = (): ReturnType<typeof loadPhrases> => loadPhrases();

describe('phrase index', () => {
  const stamp = lexiconStamp();
  const builtin = loadBuiltin(COMPILED_LEXICON, true).phrases;

  it('has a prebuilt index for each language alone and with English, made from the current lexicon', () => {
    for (const lang of builtin.keys()) {
      for (const p of [new Phrases(fresh(), lang), new Phrases(fresh(), 'en', [lang])]) {
        const file = phraseIndexFile(p.languages);
        expect(existsSync(file), file).toBe(true);
        expect(JSON.parse(readFileSync(file, 'utf8')).stamp).toBe(stamp);
      }
    }
  });

  it('a prebuilt index finds what an index built afresh finds, in every list', () => {
    expect(texts.length).toBeGreaterThan(200);
    for (const [lang, also] of [['da', []], ['sv', ['en']], ['no', []], ['en', []], ['en', ['da']], ['de', []]] as Array<[Lang, Lang[]]>) {
      const prebuilt = new Phrases(builtin, lang, also);
      expect(isPrebuilt(prebuilt.index)).toBe(true);
      const built = new Phrases(fresh(), lang, also);
      expect(isPrebuilt(built.index)).toBe(false);
      expect(prebuilt.index.exact).toEqual(built.index.exact);
      expect(prebuilt.index.prefix).toEqual(built.index.prefix);
      expect([...prebuilt.index.lists].sort()).toEqual([...built.index.lists].sort());
      expect(allHits(prebuilt), `${lang} ${also}`).toEqual(allHits(built));
    }
  });

  it('is shared by the matchers over the built-in lists, and built for a set of languages with no prebuilt index', () => {
    const a = new Phrases(builtin, 'fr', ['de']);
    expect(existsSync(phraseIndexFile(a.languages))).toBe(false);
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
    expect(readdirSync(PHRASE_INDEX_DIR).length).toBeGreaterThan(2);
  });
});
