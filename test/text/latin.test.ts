// Patterns written with Unicode properties and compiled over Latin ranges (text/latin.ts) match Latin-script text as
// the Unicode patterns do, and refuse a property they have no range for instead of silently matching "p{…}". Upper and
// lower case are told apart in Latin-1 (every letter of the supported languages); Latin Extended letters count as letters.
import { describe, expect, it } from 'vitest';
import { latin, latinSource } from '../../src/text/latin.js';

describe('latin patterns', () => {
  it('match like the Unicode pattern on Latin-script words', () => {
    const words = ['Aarhus', 'Kommunes', 'Västerås', 'Ødegaard', 'straße', 'ÉCOLE', 'façade', 'x86', 'ÆØÅ', 'mañana'];
    for (const re of [/^\p{Lu}\p{Ll}+$/u, /^\p{L}+$/u, /\p{N}/u, /^[\p{L}\p{N}]+$/u]) {
      const l = latin(re);
      for (const w of words) expect(l.test(w), `${re} on ${w}`).toBe(re.test(w));
    }
  });
  it('refuse a property without a Latin range', () => {
    expect(() => latinSource('\\p{P}')).toThrow(/no Latin range/);
    expect(() => latinSource('\\P{L}')).toThrow(/no Latin range/);
  });
});
