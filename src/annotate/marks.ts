// Turns comment anchors (character ranges in paragraphs) into edits of document.xml, splitting runs where needed.
import { escapeXml, textOf, type Edit, type XmlElement } from './xml.js';
import type { WordParagraph } from './paragraphs.js';
import type { TextRange } from './locate.js';

export interface Anchor {
  id: number;
  paragraph: WordParagraph;
  /** The range to cover; undefined anchors a collapsed range at the paragraph's start. */
  range?: TextRange;
}

/** Insertion order of marks that meet at one place: ranges ending close before ranges starting. */
const ORDER = { end: 0, reference: 1, start: 2 } as const;

export const rangeStart = (id: number): string => `<w:commentRangeStart w:id="${id}"/>`;
export const rangeEnd = (id: number): string => `<w:commentRangeEnd w:id="${id}"/>`;
export const referenceRun = (id: number): string =>
  `<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="${id}"/></w:r>`;

/** A place inside a run: before content child `index`, `offset` characters into it when it is a w:t. */
interface Cut {
  index: number;
  offset: number;
  text: string;
  order: number;
}

/** Builds the edits that insert every anchor's range marks and reference run. */
export function markEdits(xml: string, anchors: Anchor[]): Edit[] {
  const edits: Edit[] = [];
  const cuts = new Map<XmlElement, Cut[]>();
  const place = (p: WordParagraph, char: number, side: 'before' | 'after', text: string, order: number): void => {
    const src = p.chars[char]!;
    const content = src.run.children.filter((c) => c.name !== 'w:rPr');
    let index = content.indexOf(src.node);
    let offset = src.offset;
    if (index < 0) { index = side === 'before' ? 0 : content.length; offset = 0; }
    else if (side === 'after') {
      const len = src.node.name === 'w:t' ? textOf(xml, src.node).length : 1;
      if (offset + 1 < len) offset += 1; else { index += 1; offset = 0; }
    }
    if (index === 0 && offset === 0) edits.push({ pos: src.run.start, del: 0, text, order });
    else if (index >= content.length) edits.push({ pos: src.run.end, del: 0, text, order });
    else {
      const list = cuts.get(src.run) ?? [];
      list.push({ index, offset, text, order });
      cuts.set(src.run, list);
    }
  };
  for (const a of anchors) {
    const p = a.paragraph;
    if (!a.range || a.range.to <= a.range.from) {
      const el = p.elements[p.elements.length - 1]!;
      const pPr = el.children.find((c) => c.name === 'w:pPr');
      const marks = rangeStart(a.id) + rangeEnd(a.id) + referenceRun(a.id);
      if (el.openEnd === el.end) edits.push({ pos: el.start, del: el.end - el.start, text: `<w:p>${marks}</w:p>`, order: 0 });
      else edits.push({ pos: pPr ? pPr.end : el.openEnd, del: 0, text: marks, order: ORDER.start });
      continue;
    }
    place(p, a.range.from, 'before', rangeStart(a.id), ORDER.start);
    // The reference run follows the range end directly when that lies between the paragraph's own runs;
    // inside a hyperlink, insertion or other container it goes after the container instead.
    const run = p.chars[a.range.to - 1]!.run;
    const inline = run.parent?.name === 'w:p';
    place(p, a.range.to - 1, 'after', rangeEnd(a.id) + (inline ? referenceRun(a.id) : ''), ORDER.end);
    if (!inline) edits.push({ pos: paragraphChild(run).end, del: 0, text: referenceRun(a.id), order: ORDER.reference });
  }
  for (const [run, list] of cuts) edits.push({ pos: run.start, del: run.end - run.start, text: splitRun(xml, run, list), order: 0 });
  return edits;
}

/** The ancestor of `run` (or the run itself) that is a direct child of its paragraph. */
function paragraphChild(run: XmlElement): XmlElement {
  let el = run;
  while (el.parent && el.parent.name !== 'w:p') el = el.parent;
  return el.parent ? el : run;
}

/** Rewrites a run as several runs with the same properties, with marks between the pieces. */
function splitRun(xml: string, run: XmlElement, cuts: Cut[]): string {
  const rPr = run.children.find((c) => c.name === 'w:rPr');
  const content = run.children.filter((c) => c !== rPr);
  const open = xml.slice(run.start, run.openEnd);
  const props = rPr ? xml.slice(rPr.start, rPr.end) : '';
  const contentStart = rPr ? rPr.end : run.openEnd;
  const srcOf = (index: number): number => (index === 0 ? contentStart : index >= content.length ? run.closeStart : content[index]!.start);
  const wt = (s: string): string => (s ? `<w:t xml:space="preserve">${escapeXml(s)}</w:t>` : '');

  const piece = (from: { index: number; offset: number }, to: { index: number; offset: number }): string => {
    let out = '';
    let src = srcOf(from.index);
    if (from.offset > 0) {
      const t = content[from.index]!;
      const text = textOf(xml, t);
      if (to.index === from.index && to.offset > 0) return wt(text.slice(from.offset, to.offset));
      out += wt(text.slice(from.offset));
      src = t.end;
    }
    const stop = to.offset > 0 ? content[to.index]!.start : srcOf(to.index);
    out += xml.slice(src, stop);
    if (to.offset > 0) out += wt(textOf(xml, content[to.index]!).slice(0, to.offset));
    return out;
  };

  const sorted = [...cuts].sort((a, b) => a.index - b.index || a.offset - b.offset || a.order - b.order);
  const points: Array<{ index: number; offset: number; marks: string }> = [];
  for (const c of sorted) {
    const lastPoint = points[points.length - 1];
    if (lastPoint && lastPoint.index === c.index && lastPoint.offset === c.offset) lastPoint.marks += c.text;
    else points.push({ index: c.index, offset: c.offset, marks: c.text });
  }
  let out = '';
  let from = { index: 0, offset: 0 };
  for (const p of points) {
    out += `${open}${props}${piece(from, p)}</w:r>${p.marks}`;
    from = p;
  }
  return out + `${open}${props}${piece(from, { index: content.length, offset: 0 })}</w:r>`;
}
