// From a place in a block's text back to the source: line and column (Markdown) or paragraph and offset (Word).
import type { Block } from './document.js';

/** Maps an offset in block text to a 1-based source line and column via the block's segments. */
export function sourcePoint(block: Block, offset: number): { line: number; column: number } {
  const segs = block.segments;
  if (!segs.length) return { line: block.paragraph ?? 1, column: offset + 1 };
  let lo = 0, hi = segs.length - 1, best = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (segs[mid]!.start <= offset) { best = mid; lo = mid + 1; } else hi = mid - 1;
  }
  const s = segs[best]!;
  const within = Math.min(Math.max(offset - s.start, 0), s.length);
  return { line: s.line, column: s.column + within };
}
