// BlockBuilder.append finds a text's source lines by indexOf (for speed): its segments must be the ones a walk
// over every character gives (the reference below, the earlier implementation), also around dropped characters
// (soft hyphens, zero-width spaces) and folded ones, at any start line and column, over several appends.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { BlockBuilder } from '../../src/parse/builder.js';
import { normalizeRuns } from '../../src/text/normalize.js';
import type { Segment } from '../../src/model/document.js';

function referenceSegments(raw: string, line: number, column: number, base: number): Segment[] {
  const out: Segment[] = [];
  const { runs } = normalizeRuns(raw);
  let l = line, c = column, pos = 0;
  const advance = (to: number): void => {
    for (; pos < to; pos++) if (raw[pos] === '\n') { l++; c = 1; } else c++;
  };
  for (const [resStart, srcStart, len] of runs) {
    advance(srcStart);
    let segRes = resStart, segLen = 0, segLine = l, segCol = c;
    for (let k = 0; k < len; k++) {
      segLen++;
      const nl = raw[srcStart + k] === '\n';
      advance(srcStart + k + 1);
      if (nl) {
        out.push({ start: base + segRes, length: segLen, line: segLine, column: segCol });
        segRes += segLen; segLen = 0; segLine = l; segCol = c;
      }
    }
    if (segLen) out.push({ start: base + segRes, length: segLen, line: segLine, column: segCol });
  }
  return out;
}

const piece = fc.constantFrom('a', 'Løsning', ' ', '\n', '\n\n', '\u00ad', '\u200b', '\ufeff', '\u00a0', '\u2013', '\u201c', '\t', '😀', 'x\ny');
const raw = fc.array(piece, { maxLength: 30 }).map((a) => a.join(''));

describe('BlockBuilder.append', () => {
  it('maps text to source lines and columns as a walk over every character does', () => {
    fc.assert(fc.property(fc.array(fc.tuple(raw, fc.integer({ min: 1, max: 50 }), fc.integer({ min: 1, max: 80 }), fc.boolean()), { maxLength: 4 }), (appends) => {
      const b = new BlockBuilder();
      const want: Segment[] = [];
      let text = '';
      for (const [r, line, column, synthetic] of appends) {
        if (synthetic) { b.appendSynthetic(' '); text += ' '; }
        want.push(...referenceSegments(r, line, column, text.length));
        b.append(r, line, column);
        text += normalizeRuns(r).text.replace(/\n/g, ' ');
      }
      expect(b.segments).toEqual(want);
      expect(b.text).toBe(text);
      // The text as written goes with the block when normalisation changed it but not its length.
      const raw = appends.map(([r, , , synthetic]) => (synthetic ? ' ' : '') + r.replace(/\n/g, ' ')).join('');
      const block = b.build({ index: 0, kind: 'paragraph', headingPath: [] });
      expect(block.display).toBe(raw !== text && raw.length === text.length ? raw : undefined);
      expect(Object.keys(block)).toEqual(['index', 'kind', 'headingPath', 'text', 'segments', 'masked', ...(block.display ? ['display'] : [])]);
    }), { numRuns: Number(process.env.FC_RUNS ?? 1000) * 5 });
  });
});
