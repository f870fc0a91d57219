// Runs a regular expression over every block and yields hits with their sentence context, skipping non-prose.
import type { Block } from '../model/document.js';
import type { SpanContext } from '../analysis/context.js';
import type { CheckInput } from './types.js';

export interface SpanHit {
  block: Block;
  start: number;
  end: number;
  match: RegExpExecArray;
  ctx: SpanContext;
}

const NO_SPANS = new Map<number, Array<[number, number]>>();
const spansOf = new WeakMap<CheckInput['mentions'], Map<number, Array<[number, number]>>>();
/** The mentions' spans by block, made once per document (every rule that avoids mentions asks for them). */
function mentionSpans(mentions: CheckInput['mentions']): Map<number, Array<[number, number]>> {
  let byBlock = spansOf.get(mentions);
  if (!byBlock) {
    byBlock = new Map();
    for (const m of mentions) {
      const list = byBlock.get(m.block.index) ?? [];
      list.push([m.start, m.reportEnd]);
      byBlock.set(m.block.index, list);
    }
    spansOf.set(mentions, byBlock);
  }
  return byBlock;
}

/** Hits of `re` (global) in all blocks that do not overlap masked text or, with `avoidMentions`, lexicon mentions. */
export function* scanBlocks(input: CheckInput, re: RegExp, opts: { avoidMentions?: boolean; group?: number; needs?: RegExp } = {}): Generator<SpanHit> {
  const byBlock = opts.avoidMentions ? mentionSpans(input.mentions) : NO_SPANS;
  for (const b of input.doc.blocks) {
    // A cheap test first (a character or word every hit contains) spares most blocks the full pattern.
    if (opts.needs && !opts.needs.test(b.text)) continue;
    re.lastIndex = 0;
    if (!re.test(b.text)) continue;
    re.lastIndex = 0;
    for (let m = re.exec(b.text); m; m = re.exec(b.text)) {
      if (m[0].length === 0) { re.lastIndex++; continue; }
      const g = opts.group ?? 0;
      const start = g ? m.index + m[0].indexOf(m[g]!) : m.index;
      const end = start + (m[g] ?? m[0]).length;
      if (input.ctx.isMasked(b, start, end)) continue;
      if (byBlock.get(b.index)?.some(([s, e]) => start < e && s < end)) continue;
      // The context is costly and some rules judge most hits without it: it is computed when first asked for.
      let ctx: SpanContext | undefined;
      yield { block: b, start, end, match: m, get ctx() { return (ctx ??= input.ctx.at(b, start, end)); } };
    }
  }
}
