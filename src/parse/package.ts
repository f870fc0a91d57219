// Opens a .docx package the way Word and LibreOffice do, for mammoth: the main part is the one _rels/.rels names
// (word/document2.xml is valid), XML parts may be UTF-16, and Word's altChunk elements (an embedded .docx or HTML
// document imported in place) are replaced by marker paragraphs that parseDocx expands into the embedded blocks.
import { lazyRequire as require } from '../lazy-require.js';

/** What mammoth's reader asks of an opened package (mammoth/lib/zipfile.js). */
export interface MammothFile {
  exists(name: string): boolean;
  read(name: string, encoding?: string): Promise<string | Uint8Array>;
  write(name: string, contents: string): void;
  toArrayBuffer(): Promise<ArrayBuffer>;
}

export interface AltChunk {
  /** Part name in the package ("word/afchunk.docx"). */
  part: string;
  kind: 'docx' | 'html' | 'text' | 'other';
  contentType?: string;
}

/** Marker paragraph text for altChunk n: private-use brackets no document text holds. */
export const altChunkMarker = (n: number): string => `\uF8F8altChunk${n}\uF8F8`;
export const ALT_CHUNK_MARKER = /^\uF8F8altChunk(\d+)\uF8F8$/;

/** Decodes an XML part: UTF-8 (BOM optional) or UTF-16 LE/BE, with or without a byte-order mark. */
export function decodeXml(bytes: Uint8Array): string {
  const b0 = bytes[0], b1 = bytes[1];
  if (b0 === 0xff && b1 === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (b0 === 0xfe && b1 === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  if (b0 === 0x3c && b1 === 0x00) return new TextDecoder('utf-16le').decode(bytes);
  if (b0 === 0x00 && b1 === 0x3c) return new TextDecoder('utf-16be').decode(bytes);
  return new TextDecoder('utf-8').decode(bytes);
}

const REL = /<Relationship\b([^>]*)\/?>/g;
const attr = (s: string, name: string): string | undefined => new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(s)?.slice(1).find((x) => x !== undefined);

/** Relationships of a part: id → { type, target resolved against the part's folder }. */
function relationships(xml: string, base: string): Map<string, { type: string; target: string; external: boolean }> {
  const out = new Map<string, { type: string; target: string; external: boolean }>();
  for (const m of xml.matchAll(REL)) {
    const id = attr(m[1]!, 'Id'), type = attr(m[1]!, 'Type') ?? '', target = attr(m[1]!, 'Target') ?? '';
    if (!id) continue;
    out.set(id, { type, target: resolvePart(base, target), external: /External/i.test(attr(m[1]!, 'TargetMode') ?? '') });
  }
  return out;
}

function resolvePart(base: string, target: string): string {
  const parts = (target.startsWith('/') ? target.slice(1) : (base ? `${base}/${target}` : target)).split('/');
  const out: string[] = [];
  for (const p of parts) { if (p === '..') out.pop(); else if (p && p !== '.') out.push(p); }
  return out.join('/');
}

const dirOf = (p: string): string => p.slice(0, Math.max(0, p.lastIndexOf('/')));
const baseOf = (p: string): string => p.slice(p.lastIndexOf('/') + 1);

/** The main document part that _rels/.rels names, or word/document.xml. */
export function mainPartOf(rootRels: string | undefined): string {
  if (rootRels) {
    for (const r of relationships(rootRels, '').values()) if (/\/officeDocument$/.test(r.type) && !r.external) return r.target;
  }
  return 'word/document.xml';
}

/** Opens a package for mammoth; `chunks` lists the altChunks found in the main part, in order. */
export async function openPackage(input: Buffer): Promise<{ file: MammothFile; main: string; chunks: AltChunk[]; read(part: string): Promise<Uint8Array | undefined> }> {
  const JSZip = require('jszip') as typeof import('jszip');
  const zip = await JSZip.loadAsync(input);
  const bytes = async (name: string): Promise<Uint8Array | undefined> => zip.file(name)?.async('uint8array');
  const rootRels = await bytes('_rels/.rels');
  const main = mainPartOf(rootRels && decodeXml(rootRels));
  const chunks: AltChunk[] = [];
  let mainXml: string | undefined;
  const file: MammothFile = {
    exists: (name) => zip.file(name) !== null,
    async read(name, encoding) {
      const data = await zip.file(name)!.async('uint8array');
      if (encoding === 'base64') return Buffer.from(data).toString('base64');
      if (!encoding) return data;
      if (name !== main) return decodeXml(data);
      mainXml ??= await withChunkMarkers(decodeXml(data), main, chunks, bytes);
      return mainXml;
    },
    write: (name, contents) => { zip.file(name, contents); },
    toArrayBuffer: () => zip.generateAsync({ type: 'arraybuffer' }),
  };
  return { file, main, chunks, read: bytes };
}

/** Replaces each <w:altChunk r:id="…"/> of the main part by a marker paragraph and records the part it imports. */
async function withChunkMarkers(xml: string, main: string, chunks: AltChunk[], bytes: (n: string) => Promise<Uint8Array | undefined>): Promise<string> {
  if (!/<w:altChunk\b/.test(xml)) return xml;
  const relsBytes = await bytes(`${dirOf(main) ? dirOf(main) + '/' : ''}_rels/${baseOf(main)}.rels`);
  const rels = relsBytes ? relationships(decodeXml(relsBytes), dirOf(main)) : new Map();
  const typesBytes = await bytes('[Content_Types].xml');
  const types = typesBytes ? decodeXml(typesBytes) : '';
  return xml.replace(/<w:altChunk\b([^>]*?)(?:\/>|>[^]*?<\/w:altChunk>)/g, (_, attrs: string) => {
    const id = attr(attrs, 'r:id');
    const rel = id ? rels.get(id) : undefined;
    const part = rel?.target ?? '(missing)';
    const ext = /\.([a-z0-9]+)$/i.exec(part)?.[1]?.toLowerCase() ?? '';
    const contentType = new RegExp(`PartName="/${part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"\\s+ContentType="([^"]*)"`, 'i').exec(types)?.[1]
      ?? new RegExp(`Extension="${ext}"\\s+ContentType="([^"]*)"`, 'i').exec(types)?.[1];
    const kind: AltChunk['kind'] = /wordprocessingml\.document|macroEnabled|template/i.test(contentType ?? '') || ['docx', 'docm', 'dotx'].includes(ext) ? 'docx'
      : /html/i.test(contentType ?? '') || ['htm', 'html', 'xhtml'].includes(ext) ? 'html'
        : /text\/plain/i.test(contentType ?? '') || ext === 'txt' ? 'text' : 'other';
    chunks.push({ part, kind, contentType });
    return `<w:p><w:r><w:t>${altChunkMarker(chunks.length - 1)}</w:t></w:r></w:p>`;
  });
}
