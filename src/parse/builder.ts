// Assembles a Block's text and source segments from pieces, normalising as it goes (used by the parsers).
import type { Block, BlockKind, Segment } from '../model/document.js';
import { normalizeRuns } from '../text/normalize.js';

export class BlockBuilder {
  text = '';
  /** The text as written (not normalised), for headings shown to people. */
  raw = '';
  segments: Segment[] = [];
  masked: Array<[number, number]> = [];

  /** Appends source text that starts at 1-based `line`:`column` (newlines inside advance the line). */
  append(raw: string, line: number, column: number): void {
    const { text, runs } = normalizeRuns(raw);
    const base = this.text.length;
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
          this.segments.push({ start: base + segRes, length: segLen, line: segLine, column: segCol });
          segRes += segLen; segLen = 0; segLine = l; segCol = c;
        }
      }
      if (segLen) this.segments.push({ start: base + segRes, length: segLen, line: segLine, column: segCol });
    }
    this.text += text.replace(/\n/g, ' ');
    this.raw += raw.replace(/\n/g, ' ');
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

  build(props: { index: number; kind: BlockKind; headingPath: string[] } & Partial<Block>): Block {
    const display = this.raw !== this.text && this.raw.length === this.text.length ? this.raw : undefined;
    return { ...props, text: this.text, segments: this.segments, masked: this.masked, ...(display ? { display } : {}) };
  }
}
