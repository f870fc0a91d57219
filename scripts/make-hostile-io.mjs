#!/usr/bin/env node
// Generates the hostile file-system cases of issue 14 into a directory: outputs that are the input under another
// name, special files, missing folders, read-only and immutable targets, FIFOs and endless devices where lexicon
// and configuration files are expected, oversized files, and line-ending and byte-order oddities. Nothing is
// committed; test/robustness/io-*.test.ts call this into a temporary directory.
// Usage: node scripts/make-hostile-io.mjs OUT_DIR
// Prints (and writes to OUT_DIR/manifest.json) the cases: { id, path, description, skip? } (skip: why the system
// cannot make it, e.g. mknod or chattr not permitted).
import { mkdirSync, writeFileSync, symlinkSync, linkSync, chmodSync, rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** A Danish requirement that every reading of tenderlint flags, with a mechanical fix ("eller tilsvarende"). */
export const FIXABLE_SPEC = '# Krav\n\nLøsningen skal anvende MySQL som database.\n\nLeverandøren skal være certificeret efter ISO/IEC 27001.\n';

function tryRun(cmd, args) {
  try {
    execFileSync(cmd, args, { stdio: 'pipe' });
    return undefined;
  } catch (e) {
    return `${cmd} ${args.join(' ')}: ${String(e.stderr || e.message).trim().split('\n')[0]}`;
  }
}

/**
 * A minimal .docx (stored, not deflated, so no zip library is needed) whose body nests `depth` tables, the innermost
 * holding a brand requirement. Word's own shape is the point here, so it is written by hand.
 */
function nestedTablesDocx(depth) {
  const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
  const p = '<w:p><w:r><w:t>Løsningen skal anvende MySQL.</w:t></w:r></w:p>';
  const body = p + '<w:tbl><w:tr><w:tc>'.repeat(depth) + p + '</w:tc></w:tr></w:tbl>'.repeat(depth);
  return storedZip([
    ['[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'],
    ['_rels/.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'],
    ['word/document.xml', `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`],
  ]);
}

/** A zip of stored entries: [name, text] pairs. */
function storedZip(entries) {
  const crcTable = Array.from({ length: 256 }, (_, n) => { let c = n; for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1; return c >>> 0; });
  const crc32 = (b) => { let c = 0xffffffff; for (const x of b) c = crcTable[(c ^ x) & 0xff] ^ (c >>> 8); return (c ^ 0xffffffff) >>> 0; };
  const locals = [], centrals = [];
  let offset = 0;
  for (const [name, text] of entries) {
    const data = Buffer.from(text), nm = Buffer.from(name), crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0); local.writeUInt16LE(20, 4); local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18); local.writeUInt32LE(data.length, 22); local.writeUInt16LE(nm.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0); central.writeUInt16LE(20, 4); central.writeUInt16LE(20, 6); central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20); central.writeUInt32LE(data.length, 24); central.writeUInt16LE(nm.length, 28); central.writeUInt32LE(offset, 42);
    locals.push(local, nm, data);
    centrals.push(central, nm);
    offset += 30 + nm.length + data.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0); end.writeUInt16LE(entries.length, 8); end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12); end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

/** Writes every case; returns the manifest. */
export function makeHostileIo(outDir) {
  outDir = resolve(outDir);
  mkdirSync(outDir, { recursive: true });
  const cases = [];
  const add = (id, name, description, make) => {
    const path = join(outDir, name);
    rmSync(path, { force: true, recursive: true });
    const skip = make(path);
    cases.push({ id, path, description, ...(skip ? { skip } : {}) });
    return path;
  };

  // Item 1: the output path is the input, spelled another way.
  const spec = add('spec', 'spec.md', 'a Markdown specification with fixable findings', (p) => { writeFileSync(p, FIXABLE_SPEC); });
  add('spec-hardlink', 'spec-hardlink.md', 'a hard link to spec.md', (p) => { linkSync(spec, p); });
  add('spec-symlink', 'spec-symlink.md', 'a symbolic link to spec.md', (p) => { symlinkSync('spec.md', p); });
  add('spec-dotdot', 'sub', 'a folder, so that sub/../spec.md names spec.md', (p) => { mkdirSync(p); });

  // Item 2: special files and impossible targets.
  add('fifo', 'report.fifo', 'a named pipe (FIFO)', (p) => tryRun('mkfifo', [p]));
  add('fifo-link', 'report-link.fifo', 'a symbolic link to the FIFO', (p) => { symlinkSync('report.fifo', p); });
  add('char-device', 'null-device', 'a character device node (a copy of /dev/null made with mknod)', (p) => tryRun('mknod', [p, 'c', '1', '3']));
  add('full-link', 'full.txt', 'a symbolic link to /dev/full (every write fails with ENOSPC)', (p) => { symlinkSync('/dev/full', p); });
  add('stdout-link', 'stdout.txt', 'a symbolic link to /proc/self/fd/1 (what /dev/stdout is)', (p) => { symlinkSync('/proc/self/fd/1', p); });
  add('dir', 'a-folder', 'a directory where a report file is expected', (p) => { mkdirSync(p); });
  add('missing-dir', 'no-such-folder/report.txt', 'a report path in a folder that does not exist', () => undefined);

  // Item 11: --fix on write-protected files (chown works as root only; the mode alone is what the test needs).
  add('readonly-spec', 'readonly.md', 'a specification with mode 0444, owned by another user where possible', (p) => {
    writeFileSync(p, FIXABLE_SPEC);
    chmodSync(p, 0o444);
    tryRun('chown', ['65534:65534', p]);
  });
  add('other-owner-spec', 'other-owner.md', 'a writable (0644) specification owned by another user (uid 65534)', (p) => {
    writeFileSync(p, FIXABLE_SPEC);
    chmodSync(p, 0o644);
    return tryRun('chown', ['65534:65534', p]);
  });
  add('immutable-spec', 'immutable.md', 'a specification marked immutable (chattr +i): even root gets EPERM', (p) => {
    writeFileSync(p, FIXABLE_SPEC);
    return tryRun('chattr', ['+i', p]);
  });

  // Item 7: configuration and lexicon files that are not regular files, or too large; each case is a folder with
  // spec.md and what tenderlint finds beside it.
  const folder = (id, description, make) => add(id, id, description, (p) => {
    mkdirSync(p);
    writeFileSync(join(p, 'spec.md'), FIXABLE_SPEC);
    return make(p);
  });
  const ownLexicon = (p, name) => writeFileSync(join(p, 'tenderlint.config.json'), JSON.stringify({ root: true, lexicon: [name] }));
  folder('config-fifo', 'tenderlint.config.json is a FIFO nobody writes to', (p) => tryRun('mkfifo', [join(p, 'tenderlint.config.json')]));
  folder('config-zero', 'tenderlint.config.json is a symbolic link to /dev/zero', (p) => { symlinkSync('/dev/zero', join(p, 'tenderlint.config.json')); });
  folder('config-big', 'tenderlint.config.json is valid JSON padded to 1.5 MB', (p) => {
    writeFileSync(join(p, 'tenderlint.config.json'), `{"root": true${' '.repeat(1.5 * 1024 * 1024)}}`);
  });
  folder('lexicon-fifo', 'the configuration names a lexicon file that is a FIFO', (p) => { ownLexicon(p, 'own.yaml'); return tryRun('mkfifo', [join(p, 'own.yaml')]); });
  folder('lexicon-zero', 'the configuration names a lexicon file that links to /dev/zero', (p) => { ownLexicon(p, 'own.yaml'); symlinkSync('/dev/zero', join(p, 'own.yaml')); });
  folder('lexicon-big', 'the configuration names a 21 MB JSON lexicon file (valid, padded)', (p) => {
    ownLexicon(p, 'own.json');
    writeFileSync(join(p, 'own.json'), `{"category": "other", "entries": []${' '.repeat(21 * 1024 * 1024)}}`);
  });

  // Item 12: a configuration saved by Notepad (UTF-8 with a byte-order mark), a report too big for a pipe's buffer
  // (for `| head -1`), and a .docx nested deeper than a recursive XML reader's stack.
  folder('config-bom', 'tenderlint.config.json with a UTF-8 byte-order mark, turning brand-without-equivalent off', (p) => {
    writeFileSync(join(p, 'tenderlint.config.json'), '\uFEFF' + JSON.stringify({ root: true, rules: { 'brand-without-equivalent': 'off' } }, null, 2));
  });
  add('many-findings', 'many-findings.md', 'a specification with 3,000 brand requirements (a report of several hundred kB)', (p) => {
    const lines = ['# Krav', ''];
    for (let i = 1; i <= 3000; i++) lines.push(`K-${i}. Løsningen skal anvende MySQL som database i modul ${i}.`, '');
    writeFileSync(p, lines.join('\n'));
  });
  add('deep-docx', 'deep-tables.docx', 'a .docx whose body nests 20,000 tables inside each other', (p) => {
    writeFileSync(p, nestedTablesDocx(20000));
  });

  // Item 13: line endings --fix must keep (and find its places in): classic Mac OS CR, and Windows CR LF.
  add('cr-spec', 'classic-mac.md', 'a specification with CR line endings only (classic Mac OS)', (p) => { writeFileSync(p, FIXABLE_SPEC.replace(/\n/g, '\r')); });
  add('crlf-spec', 'windows.md', 'a specification with CR LF line endings', (p) => { writeFileSync(p, FIXABLE_SPEC.replace(/\n/g, '\r\n')); });

  writeFileSync(join(outDir, 'manifest.json'), JSON.stringify(cases, null, 2));
  return cases;
}

/** Removes what makeHostileIo made (an immutable file must lose its flag before it can be deleted). */
export function removeHostileIo(outDir) {
  tryRun('chattr', ['-i', join(resolve(outDir), 'immutable.md')]);
  rmSync(outDir, { recursive: true, force: true });
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const out = process.argv[2];
  if (!out) { console.error('usage: node scripts/make-hostile-io.mjs OUT_DIR'); process.exit(2); }
  for (const c of makeHostileIo(out)) console.log(`${c.id.padEnd(16)} ${c.path}  (${c.description})${c.skip ? `  [skipped: ${c.skip}]` : ''}`);
}
