#!/usr/bin/env node
// Generates the bad-input suite (issue 7) into a directory: every broken, hostile or huge file the tool must
// answer clearly. Nothing large is committed; the robustness tests call this into a temporary directory.
// Usage: node scripts/make-bad-inputs.mjs OUT_DIR [--no-large]
// Prints (and writes to OUT_DIR/manifest.json) the list of cases: { id, path, description, large }.
import { mkdirSync, writeFileSync, readFileSync, chmodSync, rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
import { deflateRawSync } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

/** A brand requirement every reader of tenderlint flags: a product named with no "or equivalent". */
export const BRAND_REQUIREMENT = '# Requirements\n\nThe solution must be built on Salesforce Service Cloud.\n';

/** Deterministic bytes (xorshift), so the suite is the same on every run. */
function junk(n, seed = 7) {
  const b = Buffer.alloc(n);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < n; i++) { x ^= x << 13; x >>>= 0; x ^= x >>> 17; x ^= x << 5; x >>>= 0; b[i] = x & 0xff; }
  return b;
}

/** A 512-byte OLE2 compound-file header (what .doc files and Office-encrypted files start with) plus sectors. */
function oleFile(withEncryptionStreams) {
  const header = Buffer.alloc(512, 0);
  Buffer.from('d0cf11e0a1b11ae1', 'hex').copy(header, 0);
  header.writeUInt16LE(0x003e, 0x18); // minor version
  header.writeUInt16LE(0x0003, 0x1a); // major version 3 (512-byte sectors)
  header.writeUInt16LE(0xfffe, 0x1c); // little-endian byte order mark
  header.writeUInt16LE(9, 0x1e); // sector shift: 2^9 = 512
  header.writeUInt16LE(6, 0x20); // mini sector shift: 2^6 = 64
  header.writeUInt32LE(1, 0x2c); // number of FAT sectors
  header.writeUInt32LE(1, 0x30); // first directory sector
  header.writeUInt32LE(0x1000, 0x38); // mini stream cutoff
  header.writeUInt32LE(0xfffffffe, 0x3c); // no mini FAT
  header.writeUInt32LE(0xfffffffe, 0x44); // no DIFAT sectors
  header.writeUInt32LE(0, 0x4c); // DIFAT[0] = sector 0 holds the FAT
  for (let i = 1; i < 109; i++) header.writeUInt32LE(0xffffffff, 0x4c + i * 4);
  const fat = Buffer.alloc(512, 0xff);
  fat.writeUInt32LE(0xfffffffd, 0); // sector 0: FAT
  fat.writeUInt32LE(0xfffffffe, 4); // sector 1: directory, end of chain
  const dir = Buffer.alloc(512, 0);
  const names = ['Root Entry', ...(withEncryptionStreams ? ['EncryptionInfo', 'EncryptedPackage'] : ['WordDocument'])];
  names.forEach((name, i) => {
    const e = dir.subarray(i * 128, (i + 1) * 128);
    Buffer.from(name + '\0', 'utf16le').copy(e, 0);
    e.writeUInt16LE((name.length + 1) * 2, 0x40);
    e[0x42] = i === 0 ? 5 : 2; // root storage / stream
    e.writeUInt32LE(0xffffffff, 0x44);
    e.writeUInt32LE(0xffffffff, 0x48);
    e.writeUInt32LE(i === 0 ? 1 : 0xffffffff, 0x4c);
  });
  return Buffer.concat([header, fat, dir]);
}

/** The smallest well-formed PDF: one empty page. */
function minimalPdf() {
  const objs = ['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>'];
  let out = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets = [];
  objs.forEach((o, i) => { offsets.push(Buffer.byteLength(out, 'latin1')); out += `${i + 1} 0 obj\n${o}\nendobj\n`; });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objs.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objs.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

const CONTENT_TYPES = '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const RELS = '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';

/**
 * A minimal zip written by hand (one deflated entry per file), so a test can lie in the headers.
 * entries: [{ name, data?: Buffer, deflated?: Buffer, size?: number, crc?: number }]
 */
function writeZip(entries) {
  const locals = [], centrals = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const deflated = e.deflated ?? deflateRawSync(e.data, { level: 9 });
    const size = e.size ?? e.data.length;
    const crc = e.crc ?? (e.data ? crc32(e.data) : 0);
    const lh = Buffer.alloc(30);
    lh.writeUInt32LE(0x04034b50, 0); lh.writeUInt16LE(20, 4); lh.writeUInt16LE(0, 6); lh.writeUInt16LE(8, 8);
    lh.writeUInt32LE(crc, 14); lh.writeUInt32LE(deflated.length, 18); lh.writeUInt32LE(size, 22);
    lh.writeUInt16LE(name.length, 26); lh.writeUInt16LE(0, 28);
    const ch = Buffer.alloc(46);
    ch.writeUInt32LE(0x02014b50, 0); ch.writeUInt16LE(20, 4); ch.writeUInt16LE(20, 6); ch.writeUInt16LE(0, 8); ch.writeUInt16LE(8, 10);
    ch.writeUInt32LE(crc, 16); ch.writeUInt32LE(deflated.length, 20); ch.writeUInt32LE(size, 24);
    ch.writeUInt16LE(name.length, 28); ch.writeUInt32LE(offset, 42);
    locals.push(lh, name, deflated);
    centrals.push(ch, name);
    offset += 30 + name.length + deflated.length;
  }
  const cd = Buffer.concat(centrals);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0); eocd.writeUInt16LE(entries.length, 8); eocd.writeUInt16LE(entries.length, 10);
  eocd.writeUInt32LE(cd.length, 12); eocd.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, eocd]);
}

let crcTable;
function crc32(buf) {
  crcTable ??= Array.from({ length: 256 }, (_, n) => { let c = n; for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1; return c >>> 0; });
  let c = 0xffffffff;
  for (let i = 0; i < buf.length; i++) c = crcTable[(c ^ buf[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/**
 * Raw deflate of `n` zero bytes without ever holding them: a literal 0 and then length-258/distance-1 matches,
 * in one dynamic-Huffman block whose codes make each match cost 2 bits (the format's best case, ~1030:1).
 * Fixed-Huffman blocks cannot get there (13 bits a match, 159:1), hence the hand-built code tables.
 */
export function deflatedZeros(n) {
  if (n < 259) return deflateRawSync(Buffer.alloc(n));
  const bytes = [];
  let acc = 0, bits = 0;
  const put = (v, len) => { acc |= v << bits; bits += len; while (bits >= 8) { bytes.push(acc & 0xff); acc >>>= 8; bits -= 8; } };
  const putCode = (code, len) => { let r = 0; for (let i = 0; i < len; i++) r |= ((code >> i) & 1) << (len - 1 - i); put(r, len); };
  // Literal/length alphabet: 0 (literal zero), 256 (end), 284 (lengths 227-258, +5 extra bits) and 285 (258) used.
  // Code lengths: 285 → 1 bit, 0 → 2 bits, 256 and 284 → 3 bits. Distance alphabet: code 0 (distance 1) → 1 bit,
  // plus a dummy code 1 so the distance tree is complete.
  const litLens = new Array(286).fill(0); litLens[285] = 1; litLens[0] = 2; litLens[256] = 3; litLens[284] = 3;
  const distLens = [1, 1];
  const canonical = (lens) => { // RFC 1951 §3.2.2
    const max = Math.max(...lens), blCount = new Array(max + 1).fill(0), next = new Array(max + 1).fill(0);
    for (const l of lens) if (l) blCount[l]++;
    for (let b = 1, code = 0; b <= max; b++) { code = (code + (b > 1 ? blCount[b - 1] : 0)) << 1; next[b] = code; }
    return lens.map((l) => (l ? next[l]++ : -1));
  };
  const litCodes = canonical(litLens), distCodes = canonical(distLens);
  // The code lengths above, sent with code-length symbols 0-3 and 17/18 (runs of zeros).
  const all = [...litLens, ...distLens];
  const symbols = []; // [symbol, extraBits, extraValue]
  for (let i = 0; i < all.length;) {
    if (all[i] === 0) {
      let run = 1; while (i + run < all.length && all[i + run] === 0 && run < 138) run++;
      if (run >= 11) symbols.push([18, 7, run - 11]);
      else if (run >= 3) symbols.push([17, 3, run - 3]);
      else { for (let k = 0; k < run; k++) symbols.push([0, 0, 0]); }
      i += run;
    } else { symbols.push([all[i], 0, 0]); i++; }
  }
  const clLens = new Array(19).fill(0);
  for (const s of [0, 1, 2, 3, 4, 5, 17, 18]) clLens[s] = 3; // eight symbols at 3 bits: a complete tree, as zlib requires
  const clCodes = canonical(clLens);
  const order = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];
  put(1, 1); put(2, 2); // final block, dynamic Huffman
  put(286 - 257, 5); put(2 - 1, 5); put(19 - 4, 4);
  for (const o of order) put(clLens[o], 3);
  for (const [s, eb, ev] of symbols) { putCode(clCodes[s], 3); if (eb) put(ev, eb); }
  putCode(litCodes[0], litLens[0]); // literal 0
  let left = n - 1;
  while (left >= 258) { putCode(litCodes[285], 1); putCode(distCodes[0], 1); left -= 258; }
  for (; left > 0; left--) putCode(litCodes[0], litLens[0]); // the tail as literals (fewer than 258)
  putCode(litCodes[256], litLens[256]);
  if (bits) bytes.push(acc & 0xff);
  return Buffer.from(bytes);
}

/** Realistic requirement prose for the huge Markdown files: mostly neutral requirements, a few naming brands. */
const NEUTRAL = [
  'The supplier shall provide a customer relationship management system that supports case handling across all service areas.',
  'The solution shall record every contact with a resident, whatever the channel, against a single customer record.',
  'Leverandøren skal levere en løsning, der understøtter sagsbehandling, journalisering og arkivering efter gældende regler.',
  'The solution shall allow authorised staff to search cases by reference, name, address and date within two seconds.',
  'All data shall be exported in an open, documented format at the end of the contract.',
  'The supplier shall provide training for up to 40 administrators and 400 end users.',
  'Løsningen skal kunne tilgås fra en almindelig browser uden installation af yderligere software.',
  'The solution shall keep an audit log of every change to a case for at least seven years.',
];
const BRANDED = [
  'The solution must be built on Salesforce Service Cloud.',
  'Reporting data shall be replicated nightly to PostgreSQL, MySQL or equivalent.',
  'Løsningen skal kunne integrere med Microsoft 365 eller tilsvarende.',
];
const SPEC_LINES = [...NEUTRAL, ...BRANDED];

function hugeMarkdown(targetBytes) {
  const parts = [];
  let size = 0, section = 0;
  while (size < targetBytes) {
    section++;
    let s = `## ${section}. Section ${section}\n\n${NEUTRAL.slice(0, 3).join(' ')}\n\n`;
    for (let i = 0; i < 20; i++) s += `- R-${section}.${i + 1} ${i === 7 ? BRANDED[section % BRANDED.length] : NEUTRAL[(section + i) % NEUTRAL.length]}\n`;
    s += '\n| ID | Requirement | Priority |\n|----|-------------|----------|\n';
    for (let i = 0; i < 5; i++) s += `| T-${section}.${i} | ${NEUTRAL[(section + i) % NEUTRAL.length]} | Mandatory |\n`;
    s += '\n';
    parts.push(s);
    size += Buffer.byteLength(s);
  }
  return parts.join('');
}

/** Writes every case; returns the manifest. `large: false` skips the multi-megabyte ones. */
export async function makeBadInputs(outDir, { large = true } = {}) {
  outDir = resolve(outDir);
  mkdirSync(outDir, { recursive: true });
  const cases = [];
  const add = (id, name, data, description, isLarge = false) => {
    const path = join(outDir, name);
    if (data !== undefined) writeFileSync(path, data);
    cases.push({ id, path, description, large: isLarge });
    return path;
  };
  const JSZip = require('jszip');

  add('empty-md', 'empty.md', Buffer.alloc(0), 'empty Markdown file');
  add('empty-docx', 'empty.docx', Buffer.alloc(0), 'empty .docx file');
  const emptyDir = join(outDir, 'no-specs');
  mkdirSync(emptyDir, { recursive: true });
  writeFileSync(join(emptyDir, 'notes.txt'), 'Not a specification.\n');
  writeFileSync(join(emptyDir, 'logo.png'), junk(64));
  cases.push({ id: 'empty-dir', path: emptyDir, description: 'directory with no specifications', large: false });
  add('missing', 'does-not-exist.md', undefined, 'missing file');
  const unreadable = add('unreadable', 'unreadable.md', BRAND_REQUIREMENT, 'file without read permission (mode 000)');
  chmodSync(unreadable, 0o000);
  // A named pipe with a spec's name: nobody writes to it, so reading it would wait forever.
  const fifo = add('fifo', 'pipe.md', undefined, 'named pipe (FIFO) named .md');
  rmSync(fifo, { force: true });
  execFileSync('mkfifo', [fifo]);
  add('binary-md', 'junk.md', junk(4096), 'binary junk named .md');
  add('invalid-utf8', 'invalid-utf8.md', Buffer.concat([Buffer.from('# Krav\n\nLøsningen skal understøtte '), Buffer.from([0xc3, 0x28, 0xff, 0xfe, 0x80]), Buffer.from(' sagsbehandling.\n')]), 'Markdown with invalid UTF-8 bytes');
  add('utf16le', 'utf16le.md', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(BRAND_REQUIREMENT, 'utf16le')]), 'UTF-16 LE Markdown with BOM holding a brand requirement');
  const be = Buffer.from(BRAND_REQUIREMENT, 'utf16le'); be.swap16();
  add('utf16be', 'utf16be.md', Buffer.concat([Buffer.from([0xfe, 0xff]), be]), 'UTF-16 BE Markdown with BOM holding a brand requirement');
  add('legacy-doc', 'legacy.doc', oleFile(false), 'legacy Word .doc (OLE2 compound file)');
  add('encrypted-docx', 'encrypted.docx', oleFile(true), 'password-protected .docx (OLE2 container with EncryptionInfo/EncryptedPackage)');
  add('not-zip-docx', 'not-a-zip.docx', 'This is plain text, saved with a .docx name.\n', '.docx that is plain text, not a zip');
  const real = readFileSync(join(root, 'examples', 'requirements-crm.docx'));
  add('truncated-docx', 'truncated.docx', real.subarray(0, Math.floor(real.length / 2)), 'truncated .docx (first half of a LibreOffice file)');
  const noDoc = new JSZip();
  noDoc.file('[Content_Types].xml', CONTENT_TYPES);
  noDoc.file('_rels/.rels', RELS);
  noDoc.file('word/styles.xml', '<?xml version="1.0"?><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>');
  add('no-document-xml', 'no-document.docx', await noDoc.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }), 'zip without word/document.xml');
  add('pdf-docx', 'renamed-pdf.docx', minimalPdf(), 'PDF renamed to .docx');

  // Zip bombs: a real 2 GB of zeros deflated to ~2 MB, declared honestly; and the same stream under a lying
  // central directory that declares 1 kB, so only the inflation itself can tell.
  const BOMB = 2 * 1024 * 1024 * 1024 - 1;
  const zeros = deflatedZeros(BOMB);
  const ct = Buffer.from(CONTENT_TYPES), rels = Buffer.from(RELS);
  add('zip-bomb', 'zip-bomb.docx', writeZip([
    { name: '[Content_Types].xml', data: ct }, { name: '_rels/.rels', data: rels },
    { name: 'word/document.xml', deflated: zeros, size: BOMB, crc: 0 },
  ]), `zip bomb: word/document.xml declares and inflates to 2 GB from ${Math.round(zeros.length / 1024)} kB`);
  add('zip-bomb-lying', 'zip-bomb-lying.docx', writeZip([
    { name: '[Content_Types].xml', data: ct }, { name: '_rels/.rels', data: rels },
    { name: 'word/document.xml', deflated: zeros, size: 1000, crc: 0 },
  ]), 'zip bomb whose central directory lies: declares 1 kB, inflates to 2 GB');

  if (large) {
    const huge = hugeMarkdown(50 * 1024 * 1024);
    add('huge-md', 'huge-50mb.md', huge, '50 MB Markdown file (repeated realistic spec text)', true);
    add('large-md', 'large-3mb.md', huge.slice(0, huge.indexOf('\n## ', 3 * 1024 * 1024) + 1), '3 MB Markdown file (the same text, under the size limit)', true);
    add('deep-list', 'deep-list.md', `# Deep\n\nThe solution must be built on Salesforce Service Cloud.\n\n${'- '.repeat(10000)}The solution must run on Oracle Database 19c.\n`, '10,000-deep nested list', true);
    add('deep-quote', 'deep-quote.md', `# Deep\n\nThe solution must be built on Salesforce Service Cloud.\n\n${'> '.repeat(10000)}The solution must run on Oracle Database 19c.\n`, '10,000-deep nested blockquote', true);
    // One level per line needs the whole prefix on every line, so these stop at 4,000/3,000 levels to stay under
    // the Markdown size limit; remark already takes minutes at 1,000 indented levels.
    const quoteLines = [];
    for (let i = 0; i < 4000; i++) quoteLines.push(`${'>'.repeat(i + 1)} level ${i + 1}`);
    add('deep-quote-lines', 'deep-quote-lines.md', `# Deep\n\n${quoteLines.join('\n')}\n`, '4,000-deep blockquotes, one level per line (8 MB)', true);
    const listLines = [];
    for (let i = 0; i < 3000; i++) listLines.push(`${' '.repeat(2 * i)}- level ${i + 1}`);
    add('deep-list-lines', 'deep-list-lines.md', `# Deep\n\n${listLines.join('\n')}\n`, '3,000-deep nested list by indentation, one level per line (9 MB)', true);
    let line = '';
    while (line.length < 1024 * 1024) line += SPEC_LINES.join(' ') + ' ';
    add('long-line', 'long-line.md', line + '\n', '1 MB single line', true);
    const cols = 10;
    let table = '# Table\n\n| ' + Array.from({ length: cols }, (_, c) => `Column ${c + 1}`).join(' | ') + ' |\n|' + '---|'.repeat(cols) + '\n';
    for (let r = 0; r < 100000 / cols - 1; r++) table += '| ' + Array.from({ length: cols }, (_, c) => (c === 1 && r % 100 === 0 ? 'Must use Microsoft Excel' : `R${r}C${c}`)).join(' | ') + ' |\n';
    add('huge-table', 'huge-table.md', table, '100,000-cell GFM table (10 columns × 10,000 rows)', true);
  }
  writeFileSync(join(outDir, 'manifest.json'), JSON.stringify(cases, null, 2));
  return cases;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const out = process.argv[2];
  if (!out) { console.error('usage: node scripts/make-bad-inputs.mjs OUT_DIR [--no-large]'); process.exit(2); }
  const cases = await makeBadInputs(out, { large: !process.argv.includes('--no-large') });
  for (const c of cases) console.log(`${c.id.padEnd(18)} ${c.path}  (${c.description})`);
}
