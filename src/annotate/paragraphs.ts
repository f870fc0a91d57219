// Lists the body's paragraphs in mammoth's reading order (the ¶n numbering of src/parse/docx.ts) with their visible text.
import { attr, child, textOf, type XmlElement } from './xml.js';

/** Where one character of a paragraph's visible text comes from. */
export interface CharSource {
  /** The w:t (offset = index in its decoded text) or a one-character element (w:tab, w:br, ...; offset 0). */
  node: XmlElement;
  offset: number;
  /** The run holding it. */
  run: XmlElement;
}

export interface WordParagraph {
  /** 1-based ¶n. */
  number: number;
  /** The w:p elements read as this paragraph: paragraphs whose mark was deleted first, then the paragraph itself. */
  elements: XmlElement[];
  /** Visible text as mammoth reads it (tabs and breaks as one character each). */
  text: string;
  /** One source per UTF-16 unit of `text`. */
  chars: CharSource[];
}

/** Elements whose children mammoth reads as they are. */
const CONTAINERS = new Set([
  'w:body', 'w:tbl', 'w:tc', 'w:hyperlink', 'w:ins', 'w:moveTo', 'w:object', 'w:smartTag', 'w:customXml',
  'w:drawing', 'v:roundrect', 'v:shape', 'v:textbox', 'w:txbxContent', 'v:group', 'v:rect', 'w:sdtContent',
  'w:moveFromRangeEnd', 'w:moveFromRangeStart', 'w:moveToRangeEnd', 'w:moveToRangeStart',
]);

interface Ctx {
  xml: string;
  out: WordParagraph[];
  /** Contents of paragraphs whose paragraph mark is a tracked deletion: mammoth joins them to the next paragraph. */
  pending: XmlElement[];
  current?: WordParagraph;
  run?: XmlElement;
  /** Text boxes met inside the current paragraph: mammoth lists their paragraphs after it. */
  deferred: XmlElement[];
}

/** Paragraphs of the main document body (`document` is the parsed word/document.xml). */
export function listParagraphs(xml: string, document: XmlElement): WordParagraph[] {
  const body = child(child(document, 'w:document') ?? document, 'w:body');
  const ctx: Ctx = { xml, out: [], pending: [], deferred: [] };
  if (body) visit(body, ctx);
  return ctx.out;
}

function visit(el: XmlElement, ctx: Ctx): void {
  switch (el.name) {
    case 'w:p': return paragraph(el, ctx);
    case 'w:tr': if (!path(el, 'w:trPr', 'w:del')) visitChildren(el, ctx); return;
    case 'w:sdt': { const content = child(el, 'w:sdtContent'); if (content) visitChildren(content, ctx); return; }
    case 'mc:AlternateContent': { const fallback = child(el, 'mc:Fallback'); if (fallback) visitChildren(fallback, ctx); return; }
    case 'w:pict': if (ctx.current) ctx.deferred.push(el); else visitChildren(el, ctx); return;
    case 'w:r': {
      const outer = ctx.run;
      ctx.run = el;
      visitChildren(el, ctx);
      ctx.run = outer;
      return;
    }
    case 'w:t': return addText(el, textOf(ctx.xml, el), ctx);
    case 'w:tab': return addText(el, '\t', ctx);
    case 'w:noBreakHyphen': return addText(el, '\u2011', ctx);
    case 'w:softHyphen': return addText(el, '\u00ad', ctx);
    case 'w:sym': return addText(el, '\ufffc', ctx);
    case 'w:br': {
      const type = attr(ctx.xml, el, 'w:type');
      if (!type || type === 'textWrapping' || type === 'page' || type === 'column') addText(el, ' ', ctx);
      return;
    }
    default: if (CONTAINERS.has(el.name)) visitChildren(el, ctx);
  }
}

/** The element reached by following first children with these names, if any. */
function path(el: XmlElement, ...names: string[]): XmlElement | undefined {
  let at: XmlElement | undefined = el;
  for (const n of names) at = at && child(at, n);
  return at;
}

function visitChildren(el: XmlElement, ctx: Ctx): void {
  for (const c of el.children) visit(c, ctx);
}

function paragraph(el: XmlElement, ctx: Ctx): void {
  if (path(el, 'w:pPr', 'w:rPr', 'w:del')) { ctx.pending.push(el); return; }
  const p: WordParagraph = { number: 0, elements: [...ctx.pending, el], text: '', chars: [] };
  ctx.pending = [];
  const outer = { current: ctx.current, run: ctx.run, deferred: ctx.deferred };
  ctx.out.push(p);
  p.number = ctx.out.length;
  ctx.current = p;
  ctx.run = undefined;
  ctx.deferred = [];
  for (const e of p.elements) visitChildren(e, ctx);
  const boxes = ctx.deferred;
  ctx.current = undefined;
  ctx.deferred = [];
  for (const box of boxes) visitChildren(box, ctx);
  ctx.current = outer.current;
  ctx.run = outer.run;
  ctx.deferred = outer.deferred;
}

function addText(node: XmlElement, text: string, ctx: Ctx): void {
  const p = ctx.current;
  if (!p || !ctx.run) return;
  for (let i = 0; i < text.length; i++) p.chars.push({ node, offset: node.name === 'w:t' ? i : 0, run: ctx.run });
  p.text += text;
}
