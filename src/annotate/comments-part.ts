// The comments part and its wiring: new w:comment elements, the document relationship and the content type.
import { posix } from 'node:path';
import { escapeXml } from './xml.js';

const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const COMMENTS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments';
const COMMENTS_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml';

export interface NewComment {
  id: number;
  author: string;
  initials: string;
  date: string;
  paragraphs: string[];
}

/** Every comment id used in a part (comments, ranges, references), so new ids never collide. */
export function usedCommentIds(xml: string): number[] {
  const ids: number[] = [];
  const re = /<w:comment(?:RangeStart|RangeEnd|Reference)?\b[^>]*?\sw:id\s*=\s*["'](-?\d+)["']/g;
  for (let m = re.exec(xml); m; m = re.exec(xml)) ids.push(Number(m[1]));
  return ids;
}

/** One w:comment element in Word's usual shape: a CommentText paragraph per line, the first with the annotation mark. */
export function commentXml(c: NewComment): string {
  const paras = c.paragraphs.map((text, i) => {
    const mark = i === 0 ? '<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:annotationRef/></w:r>' : '';
    return `<w:p><w:pPr><w:pStyle w:val="CommentText"/></w:pPr>${mark}<w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p>`;
  });
  return `<w:comment w:id="${c.id}" w:author="${escapeXml(c.author)}" w:date="${escapeXml(c.date)}" w:initials="${escapeXml(c.initials)}">${paras.join('')}</w:comment>`;
}

/** The comments part with the new comments appended (existing comments kept as they are). */
export function extendComments(existing: string | undefined, comments: NewComment[]): string {
  const added = comments.map(commentXml).join('');
  if (existing === undefined) {
    return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments xmlns:w="${W_NS}">${added}</w:comments>`;
  }
  const close = existing.lastIndexOf('</w:comments>');
  if (close >= 0) return existing.slice(0, close) + added + existing.slice(close);
  const selfClosing = /<w:comments\b[^>]*?\/>/.exec(existing);
  if (!selfClosing) throw new Error('the comments part has no <w:comments> element');
  const open = selfClosing[0].replace(/\s*\/>$/, '>');
  return existing.slice(0, selfClosing.index) + open + added + '</w:comments>' + existing.slice(selfClosing.index + selfClosing[0].length);
}

/** The comments part named by the document's relationships, or undefined when there is none yet. */
export function commentsTarget(rels: string | undefined, documentPath = 'word/document.xml'): string | undefined {
  if (!rels) return undefined;
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const type = /\sType\s*=\s*["']([^"']*)["']/.exec(m[0])?.[1];
    const target = /\sTarget\s*=\s*["']([^"']*)["']/.exec(m[0])?.[1];
    if (type === COMMENTS_REL && target && !/\sTargetMode\s*=\s*["']External/i.test(m[0])) {
      return target.startsWith('/') ? target.slice(1) : posix.normalize(posix.join(posix.dirname(documentPath), target));
    }
  }
  return undefined;
}

/** The document relationships with one to comments.xml added. */
export function addCommentsRelationship(rels: string | undefined): string {
  const base = rels ?? '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
  const ids = new Set([...base.matchAll(/\sId\s*=\s*["']([^"']*)["']/g)].map((m) => m[1]));
  let n = 1;
  while (ids.has(`rId${n}`)) n++;
  const rel = `<Relationship Id="rId${n}" Type="${COMMENTS_REL}" Target="comments.xml"/>`;
  return insertBeforeClose(base, 'Relationships', rel);
}

/** The content types with an Override for the comments part, unless one is there already. */
export function addCommentsContentType(types: string, partPath: string): string {
  const name = `/${partPath}`;
  const has = [...types.matchAll(/<Override\b[^>]*>/g)].some((m) => /\sPartName\s*=\s*["']([^"']*)["']/.exec(m[0])?.[1]?.toLowerCase() === name.toLowerCase());
  if (has) return types;
  return insertBeforeClose(types, 'Types', `<Override PartName="${escapeXml(name)}" ContentType="${COMMENTS_TYPE}"/>`);
}

function insertBeforeClose(xml: string, element: string, text: string): string {
  const close = xml.lastIndexOf(`</${element}>`);
  if (close >= 0) return xml.slice(0, close) + text + xml.slice(close);
  const selfClosing = new RegExp(`<${element}\\b[^>]*?/>`).exec(xml);
  if (!selfClosing) throw new Error(`no <${element}> element`);
  const open = selfClosing[0].replace(/\s*\/>$/, '>');
  return xml.slice(0, selfClosing.index) + open + text + `</${element}>` + xml.slice(selfClosing.index + selfClosing[0].length);
}
