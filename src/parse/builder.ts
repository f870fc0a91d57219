// Assembles a Block's text and source segments from pieces, normalising as it goes (used by the parsers).
import type { Block, BlockKind, Segment } from '../model/document.js';
import { normalizeRuns } from '../text/normalize.js';

export class BlockBuilder {
  text = '';
  /** The text as written (not normalised), for headings shown to people. */
  raw = '';
  segments: Segment[] = [];
  masked: Array<[number, number]> = [];
  /** Normalisation changed some appended text: `raw` differs from `text` (else they are equal, unread). */
  private folded = false;

  /** Appends source text that starts at 1-based `line`:`column` (newlines inside advance the line). */
  append(raw: string, line: number, column: number): void {
    const { text, runs } = normalizeRuns(raw);
    if (text !== raw) this.folded = true;
    const base = this.text.length;
    let l = line, c = column, pos = 0;
    // Each run is cut after every newline in it: a segment per source line, found by indexOf, not char by char.
    for (const [resStart, srcStart, len] of runs) {
      for (; pos < srcStart; pos++) if (raw.charCodeAt(pos) === 10) { l++; c = 1; } else c++; // dropped characters
      const end = srcStart + len;
      let segRes = resStart;
      for (let nl = raw.indexOf('\n', pos); nl >= 0 && nl < end; nl = raw.indexOf('\n', pos)) {
        const segLen = nl + 1 - pos;
        this.segments.push({ start: base + segRes, length: segLen, line: l, column: c });
        segRes += segLen; pos = nl + 1; l++; c = 1;
      }
      if (end > pos) { this.segments.push({ start: base + segRes, length: end - pos, line: l, column: c }); c += end - pos; pos = end; }
    }
    this.text += text.includes('\n') ? text.replace(/\n/g, ' ') : text;
    this.raw += raw.includes('\n') ? raw.replace(/\n/g, ' ') : raw;
  }

  /** Appends text with no source position of its own (separators), mapped to the previous character. */
  appendSynthetic(s: string): void {
    this.text += s;
    this.raw += s;
  }

  /** Appends text that is not prose (inline code, URLs): kept as spaces so offsets stay meaningful. */
  appendMasked(raw: string, line: number, column: number): void {
    const start = this.text.length;
    this.append(raw, line, column);
    this.masked.push([start, this.text.length]);
  }

  get empty(): boolean {
    return this.text.trim() === '';
  }

  /** The block: `props` (a fresh object, completed in place) with the text, its segments and masks. */
  build(props: { index: number; kind: BlockKind; headingPath: string[] } & Partial<Block>): Block {
    const display = this.folded && this.raw.length === this.text.length ? this.raw : undefined;
    const block = props as Block;
    block.text = this.text;
    block.segments = this.segments;
    block.masked = this.masked;
    if (display) block.display = display;
    return block;
  }
}
