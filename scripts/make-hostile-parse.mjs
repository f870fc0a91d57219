#!/usr/bin/env node
// Generates hostile inputs for the parsers, the matcher and the analysis (issue 14): huge pipe tables, deep inline
// nesting, long paragraphs full of brand requirements, many mentions, user regexes that backtrack catastrophically
// on a backtracking engine, allowed multi-word terms, HTML blocks, Word's altChunk, a main part that is not
// word/document.xml, and a UTF-16 document.xml. Nothing large is committed: tests and scripts/check-budgets.mjs
// call these functions (or this script) into a temporary directory.
// Usage: node scripts/make-hostile-parse.mjs OUT_DIR [--docx]   (writes every Markdown case; --docx the Word ones too)
import { mkdirSync, writeFileSync, readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

/** A Danish brand requirement the built-in lexicon flags (a product, no "eller tilsvarende"). */
export const BRAND_SENTENCE = 'Løsningen skal anvende Oracle Database. ';

/** Repeats `unit` until the result has at least `bytes` UTF-8 bytes. */
function fill(unit, bytes) {
  return unit.repeat(Math.max(1, Math.ceil(bytes / Buffer.byteLength(unit))));
}

/** A GFM pipe table of requirements, about `bytes` long, `cols` columns wide; every 10th row names a brand. */
export function pipeTable(bytes, cols = 3) {
  const head = ['ID', 'Krav', ...Array.from({ length: cols - 2 }, (_, i) => `Felt ${i + 1}`)];
  const parts = [`# Kravtabel\n\n| ${head.join(' | ')} |\n|${head.map(() => '---').join('|')}|\n`];
  for (let r = 0, size = Buffer.byteLength(parts[0]); size < bytes; r++) {
    const req = r % 10 === 3 ? 'Løsningen skal anvende Microsoft SharePoint' : 'Løsningen skal understøtte eksport af data';
    const row = `| K-${r + 1} | ${req} | ${Array.from({ length: cols - 2 }, (_, i) => (i + r) % 2 ? 'Skal' : 'x').join(' | ')} |\n`;
    parts.push(row);
    size += Buffer.byteLength(row);
  }
  return parts.join('');
}

/** `n` nested emphasis and bracket openers around a brand requirement, then their closers (micromark's worst case). */
export function nestedInline(n, open = '*[', close = ']*') {
  return `# Krav\n\n${open.repeat(n)}${BRAND_SENTENCE.trim()}${close.repeat(n)}\n`;
}

/** One paragraph of `bytes` made of the same brand requirement: one mention per sentence. */
export function longParagraph(bytes, sentence = BRAND_SENTENCE) {
  return `# Krav\n\n${fill(sentence, bytes)}\n`;
}

/** Many short paragraphs, each with several mentions (a coordinated list of brands, one of them ambiguous). */
export function manyMentions(bytes) {
  const para = 'Løsningen skal integrere med SAP, Oracle, Microsoft Dynamics 365 og Salesforce samt understøtte Word og Excel.\n\n';
  return `# Krav\n\n${fill(para, bytes)}`;
}

/** A single line of `bytes` without any break (a pasted blob). */
export function longLine(bytes) {
  return `# Krav\n\n${fill('Løsningen skal anvende Oracle og SAP, ', bytes)}\n`;
}

/** User lexicon entries whose regexes backtrack catastrophically on a backtracking engine, and a text that triggers it. */
export function redosLexicon() {
  const patterns = ['((a)+)+b', '(a|a)*b', '(?:a|aa)+b'];
  const entries = patterns.map((p, i) => `  - id: redos-${i + 1}\n    terms: [Redos Produkt ${i + 1}]\n    regex: '${p}'\n    kind: product\n    neutral: { da: et system, en: a system }\n    examples: { flag: [], pass: [] }\n`);
  return {
    lexicon: `category: other\nentries:\n${entries.join('')}`,
    patterns,
    markdown: `# Krav\n\nLøsningen skal håndtere ordet ${'a'.repeat(36)} og ${'a'.repeat(5000)}c korrekt.\n\nLøsningen skal anvende aaab.\n`,
  };
}

/** Allowed multi-word terms whose parts are entries of their own ("KMD" is a vendor, "Oracle" one too). */
export function allowedSpans() {
  return {
    config: { allow: [{ term: 'KMD Opus', reason: 'kommunens eksisterende økonomisystem' }, { term: 'Oracle Database', reason: 'eksisterende platform' }] },
    markdown: '# Krav\n\nLøsningen skal udveksle data med KMD Opus.\n\nLøsningen skal gemme data i Oracle Database.\n\nLøsningen skal anvende KMD Opus og Oracle Database.\n',
  };
}

/** Markdown with requirements inside HTML blocks (and one inside an HTML comment, which is not text). */
export function htmlBlocks() {
  return '# Krav\n\n<div class="krav">\nLøsningen skal anvende Oracle Database.\n</div>\n\n<table><tr><td>Løsningen skal anvende <b>Microsoft SharePoint</b>.</td></tr></table>\n\n<!-- Løsningen skal anvende SAP. -->\n\nAlmindelig tekst.\n';
}

// --- Word -----------------------------------------------------------------------------------------------------------

/** A .docx made by LibreOffice from Markdown (scripts/make-docx.mjs). */
export async function docxFromMarkdown(markdown) {
  const { markdownToDocx } = await import(pathToFileURL(join(root, 'scripts', 'make-docx.mjs')).href);
  const dir = mkdtempSync(join(tmpdir(), 'tl-hostile-'));
  try {
    writeFileSync(join(dir, 'in.md'), markdown);
    await markdownToDocx(join(dir, 'in.md'), join(dir, 'out.docx'));
    return readFileSync(join(dir, 'out.docx'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const JSZip = () => require('jszip');

/** The same package with its main part moved to word/document2.xml, found only through _rels/.rels (Word opens it). */
export async function renamedMainPart(docx) {
  const zip = await JSZip().loadAsync(docx);
  const xml = await zip.file('word/document.xml').async('uint8array');
  const rels = await zip.file('word/_rels/document.xml.rels')?.async('uint8array');
  zip.remove('word/document.xml');
  zip.file('word/document2.xml', xml);
  if (rels) { zip.remove('word/_rels/document.xml.rels'); zip.file('word/_rels/document2.xml.rels', rels); }
  const pkgRels = (await zip.file('_rels/.rels').async('string')).replace(/Target="\/?word\/document\.xml"/, 'Target="word/document2.xml"');
  zip.file('_rels/.rels', pkgRels);
  const types = (await zip.file('[Content_Types].xml').async('string')).replace('/word/document.xml"', '/word/document2.xml"');
  zip.file('[Content_Types].xml', types);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** The same package with word/document.xml saved as UTF-16 (little- or big-endian, with a byte-order mark). */
export async function utf16Document(docx, endian = 'le') {
  const zip = await JSZip().loadAsync(docx);
  const xml = (await zip.file('word/document.xml').async('string')).replace(/^<\?xml([^?]*)encoding="[^"]*"/i, '<?xml$1encoding="UTF-16"');
  let bytes = Buffer.from('\ufeff' + xml, 'utf16le');
  if (endian === 'be') bytes = Buffer.from(bytes).swap16();
  zip.file('word/document.xml', bytes);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/**
 * Word's altChunk: `host` gets, after its first body paragraph, `<w:altChunk>` elements importing each of `chunks`
 * ({ name, type: 'docx' | 'html' | 'rtf', data }). This is Word's own shape (LibreOffice does not write altChunk),
 * so the XML is built here.
 */
export async function withAltChunks(host, chunks) {
  const zip = await JSZip().loadAsync(host);
  let xml = await zip.file('word/document.xml').async('string');
  let rels = await zip.file('word/_rels/document.xml.rels').async('string');
  let types = await zip.file('[Content_Types].xml').async('string');
  const CT = { docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml', html: 'text/html', rtf: 'application/rtf' };
  const ext = { docx: 'docx', html: 'htm', rtf: 'rtf' };
  let elements = '';
  chunks.forEach((c, i) => {
    const id = `rIdAlt${i + 1}`, part = `${c.name}.${ext[c.type]}`;
    zip.file(`word/${part}`, c.data);
    rels = rels.replace('</Relationships>', `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk" Target="${part}"/></Relationships>`);
    if (!types.includes(`PartName="/word/${part}"`)) types = types.replace('</Types>', `<Override PartName="/word/${part}" ContentType="${CT[c.type]}"/></Types>`);
    elements += `<w:altChunk r:id="${id}"/>`;
  });
  if (!/xmlns:r=/.test(xml.slice(0, 4000))) xml = xml.replace('<w:document ', '<w:document xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ');
  const firstParaEnd = xml.indexOf('</w:p>', xml.indexOf('<w:body>')) + '</w:p>'.length;
  xml = xml.slice(0, firstParaEnd) + elements + xml.slice(firstParaEnd);
  zip.file('word/document.xml', xml);
  zip.file('word/_rels/document.xml.rels', rels);
  zip.file('[Content_Types].xml', types);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** The host document of the Word cases: one brand requirement after an introduction. */
export const HOST_MARKDOWN = '# Krav\n\nIndledning.\n\nLøsningen skal anvende Oracle Database.\n';

/** The HTML document an altChunk typically carries (what mail merges and CMS exports put into Word files). */
export const ALTCHUNK_HTML = '<!DOCTYPE html><html><head><title>Bilag</title><style>p{color:red}</style></head><body><h2>Bilag A</h2><p>Løsningen skal anvende <b>Microsoft SharePoint</b>.</p><ul><li>Leverandøren skal levere Oracle&nbsp;Database.</li></ul><!-- <p>Løsningen skal anvende SAP (skjult kommentar).</p> --><script>var x = "Løsningen skal anvende Salesforce (skjult script).";</script></body></html>';

async function main() {
  const out = resolve(process.argv[2] ?? 'hostile-parse');
  mkdirSync(out, { recursive: true });
  const md = {
    'table-1mb.md': pipeTable(1 << 20), 'table-wide.md': pipeTable(1 << 20, 60), 'nested-100k.md': nestedInline(100000),
    'emphasis-100k.md': nestedInline(100000, '*', '*'), 'brackets-100k.md': nestedInline(100000, '[', ']'),
    'paragraph-5mb.md': longParagraph(5 << 20), 'mentions-1mb.md': manyMentions(1 << 20), 'html-blocks.md': htmlBlocks(),
    'allow.md': allowedSpans().markdown, 'redos.md': redosLexicon().markdown,
  };
  for (const [n, s] of Object.entries(md)) writeFileSync(join(out, n), s);
  writeFileSync(join(out, 'allow.json'), JSON.stringify(allowedSpans().config));
  writeFileSync(join(out, 'redos.yaml'), redosLexicon().lexicon);
  if (process.argv.includes('--docx')) {
    const host = await docxFromMarkdown(HOST_MARKDOWN);
    writeFileSync(join(out, 'document2.docx'), await renamedMainPart(host));
    writeFileSync(join(out, 'utf16.docx'), await utf16Document(host));
    const inner = await docxFromMarkdown('# Bilag\n\nLøsningen skal anvende Microsoft SharePoint.\n');
    writeFileSync(join(out, 'altchunk.docx'), await withAltChunks(host, [{ name: 'chunk1', type: 'docx', data: inner }, { name: 'chunk2', type: 'html', data: ALTCHUNK_HTML }]));
  }
  console.log(out);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
