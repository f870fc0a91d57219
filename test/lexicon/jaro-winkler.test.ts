// The ported Jaro-Winkler similarity against natural's own (a dev dependency kept only as this reference).
import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import fc from 'fast-check';
import { jaroWinkler } from '../../src/lexicon/jaro-winkler.js';

const natural = createRequire(import.meta.url)('natural/lib/natural/distance/jaro-winkler_distance.js') as (a: string, b: string) => number;

describe('jaroWinkler', () => {
  it('equals natural\'s JaroWinklerDistance on random strings and near-misses', () => {
    const word = fc.string({ unit: fc.constantFrom(...'abcdeoqrsæø '), maxLength: 14 });
    fc.assert(fc.property(word, word, (a, b) => { expect(jaroWinkler(a, b)).toBe(natural(a, b)); }), { numRuns: 3000 });
    // One edit away, the case the fuzzy matcher asks about.
    const edited = fc.tuple(fc.string({ unit: fc.constantFrom(...'abcdefgqrs'), minLength: 7, maxLength: 16 }), fc.nat(), fc.constantFrom('del', 'ins', 'sub', 'swap'))
      .map(([w, i, op]) => {
        const p = i % w.length;
        const b = op === 'del' ? w.slice(0, p) + w.slice(p + 1) : op === 'ins' ? `${w.slice(0, p)}x${w.slice(p)}` : op === 'sub' ? `${w.slice(0, p)}z${w.slice(p + 1)}` : w.slice(0, p) + (w[p + 1] ?? '') + w[p] + w.slice(p + 2);
        return [w, b] as const;
      });
    fc.assert(fc.property(edited, ([a, b]) => { expect(jaroWinkler(a, b)).toBe(natural(a, b)); }), { numRuns: 3000 });
  });
  it('scores known pairs', () => {
    expect(jaroWinkler('sharepoint', 'sharepoint')).toBe(1);
    expect(jaroWinkler('', 'abc')).toBe(0);
    expect(jaroWinkler('martha', 'marhta')).toBeCloseTo(0.9611, 4);
    expect(jaroWinkler('sharepiont', 'sharepoint')).toBeGreaterThan(0.93);
    expect(jaroWinkler('abc', 'xyz')).toBe(0);
  });
});
