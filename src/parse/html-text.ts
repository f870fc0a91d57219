// The text of an HTML document as blocks (for Word's altChunk imports): block elements become blocks, tags go,
// entities are decoded, and comments, scripts and styles are no text.
const BLOCK_TAG = /^(?:p|div|li|ul|ol|td|th|tr|table|thead|tbody|h[1-6]|br|hr|section|article|blockquote|dd|dt|dl|pre|header|footer|main|aside|nav|figure|figcaption|caption|center|details|summary|body|html|title|head)$/i;
const TOKEN = /<!--[^]*?(?:-->|$)|<(script|style|textarea|template|head)\b[^>]*>[^]*?(?:<\/\1\s*>|$)|<\/?([a-zA-Z][\w:-]*)(?:[^>"']|"[^"]*"|'[^']*')*>|<![^>]*>|<\?[^]*?\?>|&(#\d{1,7}|#x[0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});/g;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', shy: '\u00ad', ndash: '–', mdash: '—', laquo: '«', raquo: '»', aelig: 'æ', AElig: 'Æ', oslash: 'ø', Oslash: 'Ø', aring: 'å', Aring: 'Å', auml: 'ä', Auml: 'Ä', ouml: 'ö', Ouml: 'Ö', uuml: 'ü', eacute: 'é', reg: '®', trade: '™', copy: '©' };

export interface HtmlBlock { text: string; kind: 'paragraph' | 'listItem' | 'heading'; depth?: number }

export function htmlBlocks(html: string): HtmlBlock[] {
  const out: HtmlBlock[] = [];
  let text = '';
  let kind: HtmlBlock['kind'] = 'paragraph';
  let depth: number | undefined;
  const flush = (): void => {
    const t = text.replace(/\s+/g, ' ').trim();
    if (t) out.push(depth ? { text: t, kind: 'heading', depth } : { text: t, kind });
    text = ''; kind = 'paragraph'; depth = undefined;
  };
  let last = 0;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(html); m; m = TOKEN.exec(html)) {
    if (m[0].length === 0) { TOKEN.lastIndex++; continue; }
    text += html.slice(last, m.index);
    last = m.index + m[0].length;
    if (m[3] !== undefined) {
      const e = m[3];
      const cp = e[0] === '#' ? (e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)) : undefined;
      text += cp !== undefined ? (cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : '') : ENTITIES[e] ?? m[0];
    } else if (m[2] !== undefined && BLOCK_TAG.test(m[2])) {
      flush();
      const open = m[0][1] !== '/';
      if (open && /^li$/i.test(m[2])) kind = 'listItem';
      const h = /^h([1-6])$/i.exec(m[2]);
      if (open && h) depth = Number(h[1]);
    } else if (m[1] !== undefined || m[0].startsWith('<!--')) text += ' ';
  }
  text += html.slice(last);
  flush();
  return out;
}
