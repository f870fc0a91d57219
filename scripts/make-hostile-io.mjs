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
