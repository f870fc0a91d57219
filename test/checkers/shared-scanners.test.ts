// The rewrite helpers of checkers/shared.ts read text with scanners over the tokenizer's character classes instead of
// Unicode-property regular expressions (those cost a cold start about a millisecond each to compile). Each scanner
// must give what its expression gives, on any text: the expressions they replaced are kept here as the reference.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  agreeArticle, hyphenatedWordLength, capitalisedWordsLength, genericHeadLength, nameContinuesLength, versionFloorAt,
  recordedAt, nextWord, pastRepeatedName,
} from '../../src/checkers/shared.js';
import { isAlnumAt, isLetterAt, isUpperAt, isSpaceAt, isAlnumBefore, runStartBefore, firstTokenKey, tokenizeByPattern } from '../../src/text/tokens.js';

const RUNS = Number(process.env.FC_RUNS ?? 1000);

// Characters that matter to the patterns: white space of several kinds, letters of both cases (ASCII, Nordic, ones
// that fold oddly: long s, Kelvin sign, dotted I), digits, hyphens, quotes, brackets, astral letters and lone
// surrogates; and whole words the patterns look for.
const char = fc.oneof(
  fc.constantFrom(' ', ' ', ' ', '\t', '\n', '\u00a0', '\u2003', 'a', 'A', 'n', 'e', 's', 'x', 'Z', 'æ', 'Ø', 'å', 'ö', 'ß', 'ſ', '\u212a', '\u212b', 'İ', 'ı',
    '1', '9', '²', '٣', '-', '+', "'", '"', '»', '«', '(', ')', ',', '–', '.', '/', '_', '😀', '𝐀', '𝐚', '\ud800', '\udc00'),
  fc.constantFrom('an', 'An', 'AN', 'the', 'en', 'ett', 'eine', 'files', 'FILES', 'regnearket', 'licences', 'lösning', 'miljøer', 'ſuites',
    'Azure', 'DevOps', 'SQL', 'C++', 'eller nyere', 'or later', 'OR HIGHER', 'eller', 'kundens eksisterende system', 'the buyer\'s current system', 'Oracle'),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
);
const text = fc.array(char, { maxLength: 14 }).map((a) => a.join(''));
/** A text with two positions in it (a ≤ b). */
const textAt = text.chain((t) => fc.tuple(fc.constant(t), fc.nat({ max: t.length }), fc.nat({ max: t.length })).map(([s, x, y]) => [s, Math.min(x, y), Math.max(x, y)] as const));

const lengthOf = (re: RegExp, s: string): number => re.exec(s)?.[0].length ?? 0;

describe('character classes of the scanners', () => {
  it('answer as the Unicode-property expressions do, at any position and end', () => {
    fc.assert(fc.property(textAt, ([t, i, end]) => {
      // As the patterns read text.slice(i, end) from its start.
      const s = t.slice(i, end);
      expect(isAlnumAt(t, i, end)).toBe(/^[\p{L}\p{N}]/u.test(s));
      expect(isLetterAt(t, i, end)).toBe(/^\p{L}/u.test(s));
      expect(isUpperAt(t, i, end)).toBe(/^\p{Lu}/u.test(s));
      expect(isSpaceAt(t, i, end)).toBe(/^\s/u.test(s));
      expect(isAlnumBefore(t, end, i)).toBe(/[\p{L}\p{N}]$/u.test(t.slice(i, end)));
      expect(t.slice(runStartBefore(t, end, i), end)).toBe(/(?<!\p{L})\p{L}*$/u.exec(t.slice(i, end))![0]);
      expect(t.slice(runStartBefore(t, end, i, true), end)).toBe(/(?<![\p{L}\p{N}])[\p{L}\p{N}]*$/u.exec(t.slice(i, end))![0]);
    }), { numRuns: RUNS * 10 });
  });

  it('give the first token as the tokenizer does', () => {
    fc.assert(fc.property(text, (t) => { expect(firstTokenKey(t)).toBe(tokenizeByPattern(t)[0]?.key); }), { numRuns: RUNS * 5 });
  });
});

describe('scanners of checkers/shared.ts', () => {
  it('read the rest of a word and the capitalised words after it', () => {
    fc.assert(fc.property(textAt, ([t, at, end]) => {
      expect(hyphenatedWordLength(t, at, end)).toBe(lengthOf(/^[\p{L}\p{N}]*(?:-[\p{L}\p{N}]+)*/u, t.slice(at, end)));
      expect(capitalisedWordsLength(t, at, end)).toBe(lengthOf(/^(?:\s+\p{Lu}[\p{L}\p{N}-]*)*/u, t.slice(at, end)));
      expect(nameContinuesLength(t, at, end)).toBe(lengthOf(/^(?: (?:\p{Lu}[\p{L}\p{N}+]*|\p{Lu}{2,}[\p{N}]*)(?![\p{L}\p{N}'-])){1,3}/u, t.slice(at, end)));
      expect(nextWord(t, at, end)).toBe(/^\s+([\p{L}][\p{L}\p{N}-]*)/u.exec(t.slice(at, end))?.[1]);
    }), { numRuns: RUNS * 10 });
  });

  it('find a generic noun, a version floor and a recorded justification as the expressions do', () => {
    const nouns = {
      en: 'workbooks?|spreadsheets?|files?|documents?|templates?|sites?|databases?|platforms?|solutions?|environments?|servers?|instances?|tenants?|licen[cs]es?|suites?|formats?',
      da: 'regneark(?:et)?|filer?|dokumenter?|skabeloner?|databaser?|platforme?|løsninger?|miljøer?|servere?|licenser?|pakker?|formater?|formatet',
      sv: 'kalkylblad(?:et)?|arbetsbok(?:en)?|fil(?:en|er|erna)?|dokumentet|mall(?:ar|en)?|webbplats(?:en|er)?|databas(?:en|er)?|plattform(?:en|ar)?|lösning(?:en|ar)?|miljö(?:n|er)?|server(?:n|ar)?|instans(?:en|er)?|licens(?:en|er)?|svit(?:en)?|format',
      no: 'arbeidsbok(?:en)?|filene?|dokumentene?|maler|malen|nettsted(?:et)?|databasen|plattform(?:en|er)?|løsning(?:en|er)?|miljø(?:et|er)?|serveren|instans(?:en|er)?|lisens(?:en|er)?|pakken',
    };
    const GENERIC_HEAD = new RegExp(`^\\s+(?:${Object.values(nouns).join('|')})(?![\\p{L}\\p{N}-])`, 'iu');
    const VERSION_FLOOR = /^\s+(?:eller (?:nyere|senere|højere|høyere|senare|nyare)|or (?:higher|later|newer|above))(?![\p{L}])/iu;
    const RECORDED = /^["'»«]?\s*(?:\(|,|–|-)\s*(?:(?:kundens|kommunens|regionens|ordregiverens|oppdragsgiverens|beställarens|myndighetens|kommunens|the buyer's|the authority's|the customer's)\s+(?:eksisterende|nuværende|nåværende|befintliga|nuvarande|existing|current)\s+system)/iu;
    fc.assert(fc.property(textAt, ([t, at, end]) => {
      expect(genericHeadLength(t, at, end)).toBe(lengthOf(GENERIC_HEAD, t.slice(at, end)));
      expect(versionFloorAt(t, at)).toBe(VERSION_FLOOR.test(t.slice(at, at + 40)));
      expect(recordedAt(t, at, end)).toBe(RECORDED.test(t.slice(at, end)));
    }), { numRuns: RUNS * 10 });
    // Every spelling of every noun, in upper case too, and near misses (the pattern's words, expanded here).
    const spellings = (pattern: string): string[] => {
      const m = /^([^(?[]*)(?:\(\?:([^)]*)\)\?|\[(\w+)\]|(\w)\?)(.*)$/.exec(pattern);
      if (!m) return [pattern];
      const [, head, group, set, optional, rest] = m;
      const middles = group !== undefined ? ['', ...group.split('|')] : set !== undefined ? [...set] : ['', optional!];
      return middles.flatMap((mid) => spellings(head! + mid + rest));
    };
    const words = Object.values(nouns).flatMap((a) => a.split(/\|(?![^(]*\))/).flatMap(spellings));
    expect(words.length).toBeGreaterThan(100);
    for (const word of words) {
      for (const t of [` ${word}.`, ` ${word.toUpperCase()}`, `\t${word}-x`, ` ${word}s`, ` ${word.slice(0, -1)}`]) expect(genericHeadLength(t, 0, t.length), t).toBe(lengthOf(GENERIC_HEAD, t));
    }
  });

  it('agree an article as the expressions did', () => {
    const ARTICLE = /(^|[^\p{L}])(a|an|the|en|et|ett|ei|ein|eine|einen|un|une|le|la|een|het)(\s+)$/iu;
    const STARTS_WITH_ARTICLE = /^(?:a|an|the|en|et|ett|ei|ein|eine|einen|un|une|le|la|een|het)\s/i;
    const reference = (before: string, replacement: string): string => {
      const cut = Math.max(0, before.length - 12);
      const tail = before.slice(cut);
      const atWordStart = (r: RegExpExecArray | null): r is RegExpExecArray => !!r && (r.index > 0 || r[1] !== '' || cut === 0 || !/\p{L}/u.test(before[cut - 1]!));
      const own = ARTICLE.exec(tail);
      if (atWordStart(own) && STARTS_WITH_ARTICLE.test(replacement)) return before.slice(0, cut + own.index + own[1]!.length);
      const m = /(^|[^\p{L}])(an?|An?)(\s+)$/u.exec(tail);
      if (!atWordStart(m) || !/^[\p{L}\p{N}]/u.test(replacement)) return before;
      const vowel = /^(?:[aeiou](?!ni|s[eu]|u)|[AEIOU](?!ni|s[eu]|u)|[FHLMNRSX](?:[A-Z]|$|\s))/u.test(replacement) && !/^one\b/i.test(replacement);
      const article = m[2]![0] === 'A' ? (vowel ? 'An' : 'A') : vowel ? 'an' : 'a';
      return before.slice(0, cut + m.index + m[1]!.length) + article + m[3];
    };
    const replacement = fc.oneof(text, fc.constantFrom('a tablet', 'en database', 'independent audit', 'ISO-certified', 'one-page', 'unified log', 'FSC label'));
    fc.assert(fc.property(text, replacement, (before, r) => { expect(agreeArticle(before, r)).toBe(reference(before, r)); }), { numRuns: RUNS * 10 });
  });

  it('find the last repetition of a name in the sentence as the expression did', () => {
    const reference = (t: string, p: number, ss: number, se: number): number => {
      const name = /(?<![\p{L}\p{N}])[\p{L}\p{N}][\p{L}\p{N}]*$/u.exec(t.slice(ss, p))?.[0];
      if (name && name.length > 1) {
        const again = new RegExp(`(?<![\\p{L}\\p{N}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:-[\\p{L}\\p{N}]+)*(?![\\p{L}\\p{N}])`, 'gu');
        again.lastIndex = p;
        for (let r = again.exec(t); r && r.index < se; r = again.exec(t)) p = r.index + r[0].length;
      }
      return p;
    };
    const sentence = fc.array(fc.oneof(char, fc.constantFrom('SAP', 'SAP-modul', 'SAPs', 'Vipps', 'x2')), { maxLength: 16 }).map((a) => a.join(''))
      .chain((t) => fc.tuple(fc.constant(t), fc.nat({ max: t.length }), fc.nat({ max: t.length }), fc.nat({ max: t.length })));
    fc.assert(fc.property(sentence, ([t, x, y, z]) => {
      const [ss, p, se] = [x, y, z].sort((a, b) => a - b) as [number, number, number];
      expect(pastRepeatedName(t, p, ss, se)).toBe(reference(t, p, ss, se));
    }), { numRuns: RUNS * 10 });
  });
});
