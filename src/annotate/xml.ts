// A small XML tree reader that keeps source offsets, so callers can edit the original text in place.

export interface XmlElement {
  name: string;
  /** Offset of '<' of the start tag. */
  start: number;
  /** Offset just after the start tag's '>'. */
  openEnd: number;
  /** Offset of '<' of the end tag (equals openEnd for an empty element). */
  closeStart: number;
  /** Offset just after the element ends. */
  end: number;
  children: XmlElement[];
  parent?: XmlElement;
}

/** Parses element structure (text is read back from offsets). Comments, PIs, CDATA and doctype are skipped. */
export function parseXml(xml: string): XmlElement {
  const root: XmlElement = { name: '#root', start: 0, openEnd: 0, closeStart: xml.length, end: xml.length, children: [] };
  const stack: XmlElement[] = [root];
  let i = xml.indexOf('<');
  while (i >= 0 && i < xml.length) {
    if (xml.startsWith('<!--', i)) { i = after(xml, '-->', i); }
    else if (xml.startsWith('<![CDATA[', i)) { i = after(xml, ']]>', i); }
    else if (xml.startsWith('<?', i)) { i = after(xml, '?>', i); }
    else if (xml.startsWith('<!', i)) { i = after(xml, '>', i); }
    else if (xml[i + 1] === '/') {
      const close = after(xml, '>', i);
      const name = xml.slice(i + 2, close - 1).trim();
      const el = stack.pop();
      if (!el || el === root || el.name !== name) throw new Error(`malformed XML: unexpected </${name}> at ${i}`);
      el.closeStart = i;
      el.end = close;
      i = close;
    } else {
      const close = tagEnd(xml, i);
      const selfClosing = xml[close - 2] === '/';
      const m = /^<([^\s/>]+)/.exec(xml.slice(i, Math.min(close, i + 200)));
      if (!m) throw new Error(`malformed XML at ${i}`);
      const parent = stack[stack.length - 1]!;
      const el: XmlElement = { name: m[1]!, start: i, openEnd: close, closeStart: close, end: close, children: [], parent };
      parent.children.push(el);
      if (!selfClosing) stack.push(el);
      i = close;
    }
    i = xml.indexOf('<', i);
  }
  if (stack.length !== 1) throw new Error(`malformed XML: <${stack[stack.length - 1]!.name}> is not closed`);
  return root;
}

function after(xml: string, token: string, from: number): number {
  const at = xml.indexOf(token, from);
  if (at < 0) throw new Error('malformed XML: unterminated markup');
  return at + token.length;
}

/** End of a start tag, skipping '>' inside quoted attribute values. */
function tagEnd(xml: string, from: number): number {
  let quote = '';
  for (let i = from + 1; i < xml.length; i++) {
    const c = xml[i]!;
    if (quote) { if (c === quote) quote = ''; }
    else if (c === '"' || c === "'") quote = c;
    else if (c === '>') return i + 1;
  }
  throw new Error('malformed XML: unterminated tag');
}

/** The first child element with this name. */
export function child(el: XmlElement, name: string): XmlElement | undefined {
  return el.children.find((c) => c.name === name);
}

/** An attribute's decoded value from the start tag, or undefined. */
export function attr(xml: string, el: XmlElement, name: string): string | undefined {
  const tag = xml.slice(el.start, el.openEnd);
  const re = new RegExp(`\\s${name.replace(/[.:]/g, '\\$&')}\\s*=\\s*("([^"]*)"|'([^']*)')`);
  const m = re.exec(tag);
  return m ? decodeXml(m[2] ?? m[3] ?? '') : undefined;
}

/** The decoded text content directly inside an element (for w:t). */
export function textOf(xml: string, el: XmlElement): string {
  return decodeXml(xml.slice(el.openEnd, el.closeStart));
}

export function decodeXml(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_m, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" } as Record<string, string>)[e.toLowerCase()]!;
  });
}

/** Escapes text for element content and attribute values; drops characters XML 1.0 forbids. */
export function escapeXml(s: string): string {
  return s
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** An edit of the source text: delete [pos, pos+del) and insert `text`; `order` sorts insertions at one place. */
export interface Edit {
  pos: number;
  del: number;
  text: string;
  order: number;
}

/** Applies non-overlapping edits; insertions at the same offset go in `order`, before a replacement there. */
export function applyEdits(src: string, edits: Edit[]): string {
  const sorted = [...edits].sort((a, b) => a.pos - b.pos || (a.del === 0 ? 0 : 1) - (b.del === 0 ? 0 : 1) || a.order - b.order);
  let out = '';
  let at = 0;
  for (const e of sorted) {
    if (e.pos < at) throw new Error(`overlapping edits at ${e.pos}`);
    out += src.slice(at, e.pos) + e.text;
    at = e.pos + e.del;
  }
  return out + src.slice(at);
}
