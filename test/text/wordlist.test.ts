// The word lists unknown-brand reads: the build script's affix expansion and encoding, and the run-time lookup.
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
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

describe('WordList read from its file on demand', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tl-wordlist-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const real = join(import.meta.dirname, '..', '..', 'dist', 'wordlists', 'da.bin');

  /** A list file of sorted hashes (little-endian, as the build writes them). */
  function listFile(name: string, hashes: number[]): string {
    const sorted = Uint32Array.from(new Set(hashes)).sort();
    const buf = Buffer.alloc(sorted.length * 4);
    sorted.forEach((h, i) => buf.writeUInt32LE(h, i * 4));
    const file = join(dir, name);
    writeFileSync(file, buf);
    return file;
  }

  it('answers as the list read whole, for hashes in it, between them and at the ends', () => {
    const bytes = readFileSync(real);
    const whole = new WordList(bytes);
    expect(whole.size).toBeGreaterThan(100_000);
    let seed = 7;
    const rnd = (): number => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0);
    for (let round = 0; round < 20; round++) {
      const paged = WordList.fromFile(real);
      expect(paged.size).toBe(whole.size);
      for (let k = 0; k < 15; k++) {
        const h = bytes.readUInt32LE(4 * (rnd() % whole.size));
        for (const x of [h, (h + 1) >>> 0, (h - 1) >>> 0, rnd()]) expect(paged.hasHash(x), String(x)).toBe(whole.hasHash(x));
      }
      expect(paged.complete).toBe(false); // a few dozen lookups read pages, not the 3 MB list
    }
    const first = bytes.readUInt32LE(0), last = bytes.readUInt32LE(bytes.length - 4);
    const paged = WordList.fromFile(real);
    for (const x of [0, first, first + 1, last, last - 1, 0xffffffff]) expect(paged.hasHash(x), String(x)).toBe(whole.hasHash(x));
    for (const w of ['leverandøren', 'kunde', 'zandorix', 'system']) expect(paged.has(w), w).toBe(whole.has(w));
  });

  it('reads the whole list once many pages were needed, with the same answers', () => {
    const hashes = Array.from({ length: 200_000 }, (_, i) => Math.imul(i + 1, 2654435761) >>> 0);
    const file = listFile('many.bin', hashes);
    const paged = WordList.fromFile(file);
    const set = new Set(hashes);
    for (let i = 0; i < 3000; i++) {
      const h = Math.imul(i * 67 + 1, 2654435761) >>> 0;
      expect(paged.hasHash(h)).toBe(set.has(h));
      expect(paged.hasHash(h ^ 0x5555)).toBe(set.has(h ^ 0x5555));
    }
    expect(paged.complete).toBe(true);
  });

  it('handles lists of one page, less than a page, skewed hashes, and no file', () => {
    for (const hashes of [[5], [1, 2, 3, 0xfffffff0], Array.from({ length: 1500 }, (_, i) => i * 3), Array.from({ length: 5000 }, (_, i) => 0xffff0000 + i * 7)]) {
      const paged = WordList.fromFile(listFile(`l${hashes.length}.bin`, hashes));
      const set = new Set(hashes);
      for (const h of [...hashes.slice(0, 300), ...hashes.slice(-300), 0, 4, 0xffffffff, 0x7fffffff, 0xffff0001]) {
        expect(paged.hasHash(h), `${hashes.length}: ${h}`).toBe(set.has(h));
      }
    }
    const none = WordList.fromFile(join(dir, 'missing.bin'));
    expect(none.size).toBe(0);
    expect(none.has('kunde')).toBe(false);
  });
});
