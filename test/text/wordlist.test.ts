// The word lists unknown-brand reads: the build script's affix expansion and encoding, and the run-time lookup.
import { describe, expect, it } from 'vitest';
import { WordList, hasWordList, isKnownAbbreviation, isOrdinaryWord, isProperNoun, wordHash } from '../../src/text/wordlist.js';
// @ts-expect-error: a plain ES module script without types
import { encodeWordList, expand, parseAff, splitFlags, wordHash as buildHash, wordsOf } from '../../scripts/build-wordlists.mjs';

const AFF = ['SET UTF-8', 'FLAG num', 'SFX 1 Y 2', 'SFX 1 0 en .', 'SFX 1 e en e', 'PFX 2 Y 1', 'PFX 2 0 u .', 'FORBIDDENWORD 9'].join('\n');

describe('build-wordlists', () => {
  it('expands each stem by the affix rules its flags name, under their conditions', () => {
    const aff = parseAff(AFF);
    expect(splitFlags('1,2', aff.flagType)).toEqual(['1', '2']);
    expect(expand('bil', ['1'], aff).sort()).toEqual(['bil', 'bilen']);
    // "e en e": strip the e, add "en", only after an e.
    expect(expand('kunde', ['1'], aff).sort()).toEqual(['kunde', 'kundeen', 'kunden']);
    expect(expand('lig', ['2'], aff).sort()).toEqual(['lig', 'ulig']);
  });

  it('keeps ordinary words case-folded, leaves out trade-mark spellings and forbidden words, and sorts out abbreviations and proper nouns', () => {
    const { words, caps, proper } = wordsOf(AFF, ['5', 'bil/1', 'PowerPoint', 'API', 'Danmark', 'forkert/9', 'Nexus', 'nexus'].join('\n'));
    expect([...words].sort()).toEqual(['api', 'bil', 'bilen', 'danmark', 'nexus']);
    expect([...caps]).toEqual(['api']);
    // "Nexus" is also a common word, so it is not only a proper noun.
    expect([...proper]).toEqual(['danmark']);
  });

  it('writes a list the run-time lookup reads back, with the same hash', () => {
    const words = ['bil', 'bilen', 'kunde', 'æble', 'ørred', 'ångström'];
    const list = new WordList(encodeWordList(new Set(words)));
    expect(list.size).toBe(words.length);
    for (const w of words) {
      expect(buildHash(w)).toBe(wordHash(w));
      expect(list.has(w), w).toBe(true);
    }
    for (const w of ['bi', 'bilerne', 'zandorix', '']) expect(list.has(w), w).toBe(false);
  });
});

describe('isOrdinaryWord (built lists: npm run build)', () => {
  it('has lists for Danish, Swedish and English, and Danish stands in for Norwegian', () => {
    for (const lang of ['da', 'sv', 'en', 'no'] as const) expect(hasWordList(lang), lang).toBe(true);
    expect(hasWordList('fi')).toBe(false);
  });

  it('knows ordinary words in any case, with genitive and definite endings', () => {
    expect(isOrdinaryWord('Leverandøren', 'da')).toBe(true);
    expect(isOrdinaryWord('Kundens', 'da')).toBe(true);
    expect(isOrdinaryWord('Beställaren', 'sv')).toBe(true);
    expect(isOrdinaryWord("Contractor's", 'en')).toBe(true);
    expect(isOrdinaryWord('LEVERANDØR', 'no')).toBe(true);
  });

  it('knows compounds of two words only when asked, and never in English', () => {
    expect(isOrdinaryWord('infrastrukturplattform', 'sv')).toBe(false);
    expect(isOrdinaryWord('infrastrukturplattform', 'sv', { compounds: true })).toBe(true);
    expect(isOrdinaryWord('ServiceNow', 'en', { compounds: true })).toBe(false);
  });

  it('borrows English words in Scandinavian text unless told not to', () => {
    expect(isOrdinaryWord('Release', 'da')).toBe(true);
    expect(isOrdinaryWord('acme', 'da')).toBe(true);
    expect(isOrdinaryWord('acme', 'da', { ownOnly: true })).toBe(false);
  });

  it('does not know invented names', () => {
    for (const lang of ['da', 'sv', 'en', 'no'] as const) expect(isOrdinaryWord('Zandorix', lang, { compounds: true }), lang).toBe(false);
  });

  it('tells abbreviations and proper nouns from common words', () => {
    expect(isKnownAbbreviation('API', 'da')).toBe(true);
    expect(isKnownAbbreviation('SLA', 'sv')).toBe(true); // lexicon/words/en.txt
    expect(isKnownAbbreviation('NEXUS', 'sv')).toBe(false);
    expect(isProperNoun('Prometheus', 'en')).toBe(true);
    expect(isProperNoun('Contractor', 'en')).toBe(false);
  });
});
