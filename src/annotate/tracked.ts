// Suggested changes as Word tracked changes: a finding's suggestion becomes a deletion (w:del) and an insertion
// (w:ins) by "tenderlint" in the paragraph, so the reviewer accepts or rejects each one in Word's Review pane.
// Rejecting every change gives back the original text exactly; accepting every change gives the rewritten text.
import { escapeXml, textOf, type Edit, type XmlElement } from './xml.js';
import type { WordParagraph } from './paragraphs.js';
import { locateTerm, type TextRange } from './locate.js';
import type { Finding } from '../model/finding.js';

/** One suggested change in a paragraph: replace [from, to) of its visible text (empty for an insertion) by `text`. */
export interface Change {
  paragraph: WordParagraph;
  range: TextRange;
  text: string;
}

const WORD = /[\p{L}\p{N}]/u;

/**
 * The part of sentence `s` that a suggestion `t` replaces: common prefix and suffix removed, widened to whole words so
 * the change reads as words replaced, not letters. Returns the offsets in `s` and the replacement.
 */
export function sentenceDiff(s: string, t: string): { start: number; end: number; text: string } | undefined {
  if (s === t) return undefined;
  let p = 0;
  while (p < s.length && p < t.length && s[p] === t[p]) p++;
  let q = 0;
  while (q < s.length - p && q < t.length - p && s[s.length - 1 - q] === t[t.length - 1 - q]) q++;
  // Whole words: back to the start of a word cut by the prefix, on to the end of one cut by the suffix.
  while (p > 0 && WORD.test(s[p - 1]!) && (WORD.test(s[p] ?? '') || WORD.test(t[p] ?? ''))) p--;
  while (q > 0 && WORD.test(s[s.length - q]!) && (WORD.test(s[s.length - q - 1] ?? '') || WORD.test(t[t.length - q - 1] ?? ''))) q--;
  return { start: p, end: s.length - q, text: t.slice(p, t.length - q) };
}

/**
 * The change a finding's suggestion makes in its paragraph, or undefined when it cannot be placed with certainty
 * (the sentence was clipped, or its text is not found in the paragraph). `suggestion` is the one chosen to apply.
 */
export function changeFor(f: Finding, suggestion: string, paragraph: WordParagraph): Change | undefined {
  const s = f.excerpt;
  if (!s || s.endsWith('…')) return undefined;
  const d = sentenceDiff(s, suggestion);
  if (!d) return undefined;
  // Where the sentence starts in the paragraph, as near as the finding's column tells.
  const sentenceAt = Math.max(0, f.column - 1 - Math.max(0, s.indexOf(f.term)));
  if (d.end > d.start) {
    const range = locateTerm(paragraph, s.slice(d.start, d.end), sentenceAt + d.start + 1);
    return range && { paragraph, range, text: d.text };
  }
  // A pure insertion: after the words before it (the name the phrase follows), or before the words after it.
  const before = s.slice(Math.max(0, d.start - 40), d.start);
  if (before.trim()) {
    const r = locateTerm(paragraph, before, sentenceAt + d.start - before.length + 1);
    return r && { paragraph, range: { from: r.to, to: r.to }, text: d.text };
  }
  const after = s.slice(d.end, d.end + 40);
  const r = after.trim() ? locateTerm(paragraph, after, sentenceAt + d.end + 1) : undefined;
  return r && { paragraph, range: { from: r.from, to: r.from }, text: d.text };
}

/** What happens at each character of a paragraph: deleted, and text inserted before or after it. */
interface Plan {
  deleted: Set<number>;
  before: Map<number, string[]>;
  after: Map<number, string[]>;
}

/**
 * Edits of document.xml that make `changes` tracked changes by `author` at `date`, numbered from `firstId`.
 * Changes that overlap an earlier one in the same paragraph are left out. Returns the edits and the ids used.
 */
export function trackedEdits(xml: string, changes: Change[], author: string, date: string, firstId: number): { edits: Edit[]; applied: Change[]; nextId: number } {
  let id = firstId;
  const plans = new Map<WordParagraph, Plan>();
  const taken = new Map<WordParagraph, TextRange[]>();
  const applied: Change[] = [];
  const attrs = (): string => `w:id="${id++}" w:author="${escapeXml(author)}" w:date="${escapeXml(date)}"`;
  for (const c of changes) {
    const p = c.paragraph;
    const { from, to } = c.range;
    if (!p.chars.length || from < 0 || to > p.chars.length || to < from) continue;
    const used = taken.get(p) ?? [];
    if (used.some((u) => from < Math.max(u.to, u.from + 1) && u.from < Math.max(to, from + 1))) continue;
    used.push(c.range);
    taken.set(p, used);
    const plan = plans.get(p) ?? { deleted: new Set(), before: new Map(), after: new Map() };
    plans.set(p, plan);
    for (let i = from; i < to; i++) plan.deleted.add(i);
    // The insertion follows the last deleted character, or the character before the insertion point.
    if (c.text) {
      if (to > 0) plan.after.set(to - 1, [...(plan.after.get(to - 1) ?? []), c.text]);
      else plan.before.set(0, [...(plan.before.get(0) ?? []), c.text]);
    }
    applied.push(c);
  }
  const edits: Edit[] = [];
  for (const [p, plan] of plans) {
    // The runs this paragraph's changes touch, each rewritten once.
    const runs = new Set<XmlElement>();
    const index = new Map<XmlElement, Map<number, number>>(); // node → offset → paragraph character index
    p.chars.forEach((ch, i) => {
      if (plan.deleted.has(i) || plan.before.has(i) || plan.after.has(i)) runs.add(ch.run);
      const m = index.get(ch.node) ?? new Map<number, number>();
      m.set(ch.offset, i);
      index.set(ch.node, m);
    });
    for (const run of runs) edits.push({ pos: run.start, del: run.end - run.start, text: rewriteRun(xml, run, plan, index, attrs), order: 0 });
  }
  return { edits, applied, nextId: id };
}

/** One run as a sequence of plain, deleted (w:del) and inserted (w:ins) runs with the same properties. */
function rewriteRun(xml: string, run: XmlElement, plan: Plan, index: Map<XmlElement, Map<number, number>>, attrs: () => string): string {
  const rPr = run.children.find((c) => c.name === 'w:rPr');
  const open = xml.slice(run.start, run.openEnd).replace(/\/>$/, '>');
  const props = rPr ? xml.slice(rPr.start, rPr.end) : '';
  let out = '';
  let piece = '', text = '', deleted = false;
  const flushText = (): void => {
    if (text) piece += deleted ? `<w:delText xml:space="preserve">${escapeXml(text)}</w:delText>` : `<w:t xml:space="preserve">${escapeXml(text)}</w:t>`;
    text = '';
  };
  const flush = (): void => {
    flushText();
    if (piece) out += deleted ? `<w:del ${attrs()}>${open}${props}${piece}</w:r></w:del>` : `${open}${props}${piece}</w:r>`;
    piece = '';
  };
  const state = (del: boolean): void => { if (del !== deleted) { flush(); deleted = del; } };
  const insert = (list: string[] | undefined): void => {
    if (!list?.length) return;
    flush();
    for (const t of list) out += `<w:ins ${attrs()}>${open}${props}<w:t xml:space="preserve">${escapeXml(t)}</w:t></w:r></w:ins>`;
  };
  for (const c of run.children) {
    if (c === rPr) continue;
    const at = index.get(c);
    if (c.name === 'w:t') {
      const s = textOf(xml, c);
      for (let k = 0; k < s.length; k++) {
        const i = at?.get(k);
        if (i !== undefined) insert(plan.before.get(i));
        state(i !== undefined && plan.deleted.has(i));
        text += s[k];
        if (i !== undefined) insert(plan.after.get(i));
      }
      continue;
    }
    const i = at?.get(0);
    if (i !== undefined) insert(plan.before.get(i));
    state(i !== undefined && plan.deleted.has(i));
    flushText();
    // Field instructions in a deleted run are deleted instructions.
    const src = xml.slice(c.start, c.end);
    piece += deleted && c.name === 'w:instrText' ? src.replace(/^<w:instrText/, '<w:delInstrText').replace(/<\/w:instrText>$/, '</w:delInstrText>') : src;
    if (i !== undefined) insert(plan.after.get(i));
  }
  flush();
  return out;
}
