// The word tokenizer reads characters by a table of classes instead of its regular expression (for speed): the
// tokens must be the ones the expression gives, on any text (astral letters and symbols, lone surrogates, every
// kind of white space). The letter/digit tests the matcher and phrase index use against their expressions too.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { tokenize, tokenizeByPattern, isWordToken, endsInWordChar, startsWithWordChar, letterRuns, isSpaceAt, isLetterAt, isUpperAt, isAlnumAt } from '../../src/text/tokens.js';

const RUNS = Number(process.env.FC_RUNS ?? 1000);
const char = fc.oneof(
  fc.constantFrom('a', 'Z', 'æ', 'Ø', 'å', 'ä', 'ß', 'İ', '_', '1', '٣', '²', '-', '.', ',', '/', '®', '™', '|', '’', ' ', '\t', '\n', '\r', '\u000b', '\u00a0', '\u2003', '\u2028', '\u202f', '\u3000', '\ufeff', '\u00ad', '\u0301', '😀', '𝐀', '𝟙', '\ud800', '\udc00'),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
);
const text = fc.array(char, { maxLength: 40 }).map((a) => a.join(''));

describe('character classes', () => {
  it('are the patterns\' for every UTF-16 code unit (the table is filled in ahead for ASCII, Latin-1 and punctuation)', () => {
    const bad: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      const want = [/^[\p{L}\p{N}_]/u.test(ch), /^\s/u.test(ch), /^\p{L}/u.test(ch), /^\p{Lu}/u.test(ch), /^[\p{L}\p{N}]/u.test(ch)];
      const got = [isWordToken(ch), isSpaceAt(ch, 0), isLetterAt(ch, 0), isUpperAt(ch, 0), isAlnumAt(ch, 0)];
      if (want.join() !== got.join()) bad.push(c.toString(16));
    }
    expect(bad).toEqual([]);
  });
});

describe('tokenize', () => {
  it('gives the tokens of the regular expression on any text', () => {
    fc.assert(fc.property(text, (t) => { expect(tokenize(t)).toEqual(tokenizeByPattern(t)); }), { numRuns: RUNS * 20 });
  });

  it('gives them on prose: offsets, lower-cased keys and spacing', () => {
    const t = 'Løsningen skal bruge Microsofts SQL Server 2019 (fx. PPT_artifacts), 😀 og İSTANBUL.';
    expect(tokenize(t)).toEqual(tokenizeByPattern(t));
    expect(tokenize(t).slice(0, 2)).toEqual([{ key: 'løsningen', start: 0, end: 9, spaced: false }, { key: 'skal', start: 10, end: 14, spaced: true }]);
  });

  it('tells word characters as the expressions do', () => {
    fc.assert(fc.property(text, (t) => {
      expect(isWordToken(t)).toBe(/^[\p{L}\p{N}_]/u.test(t));
      expect(startsWithWordChar(t)).toBe(/^[\p{L}\p{N}]/u.test(t));
      expect(endsInWordChar(t)).toBe(/[\p{L}\p{N}]$/u.test(t));
      expect(letterRuns(t)).toEqual(t.match(/\p{L}+/gu) ?? []);
    }), { numRuns: RUNS * 10 });
  });
});
