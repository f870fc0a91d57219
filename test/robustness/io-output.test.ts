// Writing files (issue 14, items 1 and 2): -o, --fix and --annotate share src/fs/write.ts, which never writes over
// an input (however it is named), writes FIFOs and devices in place instead of renaming over them, and turns every
// failure into one line `tenderlint: <path>: <reason>` with exit 2 and no temporary file left behind. The cases
// are made by scripts/make-hostile-io.mjs in a temporary directory.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, linkSync, lstatSync, mkdirSync, mkdtempSync, openSync, closeSync, readFileSync, readdirSync, readlinkSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { run, type CliIO } from '../../src/cli.js';
// @ts-expect-error: a plain .mjs script without type declarations
import { makeHostileIo, removeHostileIo } from '../../scripts/make-hostile-io.mjs';

const root = resolve(import.meta.dirname, '..', '..');
const BIN = join(root, 'dist', 'bin.js');
interface Case { id: string; path: string; description: string; skip?: string }
let dir: string;
let cases: Case[];
const path = (id: string): string => cases.find((c) => c.id === id)!.path;
const skipOf = (id: string): string | undefined => cases.find((c) => c.id === id)!.skip;
const sha = (p: string): string => createHash('sha256').update(readFileSync(p)).digest('hex');
const temps = (d: string): string[] => readdirSync(d).filter((n) => n.endsWith('.tmp'));

async function cli(argv: string[], cwd = dir): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '', stderr = '';
  const io: CliIO = { stdout: (s) => { stdout += s; }, stderr: (s) => { stderr += s; }, cwd, isTTY: false, env: {} };
  return { code: await run(argv, io), stdout, stderr };
}

/** One stderr line `tenderlint: <path>: <reason>` matching `reason`, exit 2, no stack trace. */
function expectRefusal(r: { code: number; stderr: string }, target: string, reason: RegExp): void {
  const lines = r.stderr.split('\n').filter(Boolean);
  expect(lines, r.stderr).toHaveLength(1);
  expect(lines[0]!.startsWith(`tenderlint: ${target}: `), lines[0]).toBe(true);
  expect(lines[0]).toMatch(reason);
  expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
  expect(r.code).toBe(2);
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'tenderlint-io-out-'));
  cases = makeHostileIo(dir);
});
afterAll(() => { if (dir) removeHostileIo(dir); });

describe('-o refuses to write over an input, however it is named (item 1)', () => {
  const INPUT = /: is the input file (itself|\S+ under another name); write the (report|annotated copy) to another file/;
  it('the same path, ./ and .., a symbolic link and a hard link: exit 2, the specification unchanged', async () => {
    const before = sha(path('spec'));
    for (const out of ['spec.md', './spec.md', 'sub/../spec.md', 'spec-symlink.md', 'spec-hardlink.md']) {
      const r = await cli(['--no-config-lookup', '-o', out, 'spec.md']);
      expectRefusal(r, resolve(dir, out), INPUT);
      expect(r.stdout).toBe('');
      expect(sha(path('spec')), out).toBe(before);
      expect(lstatSync(path('spec-symlink')).isSymbolicLink()).toBe(true);
    }
    expect(temps(dir)).toEqual([]);
  });

  it('one input among several, and a Word input written as an HTML report', async () => {
    const docx = join(dir, 'spec.docx');
    copyFileSync(join(root, 'examples', 'requirements-crm.docx'), docx);
    const before = sha(docx);
    expectRefusal(await cli(['--no-config-lookup', '--format', 'html', '-o', 'spec.docx', 'spec.docx']), docx, INPUT);
    expectRefusal(await cli(['--no-config-lookup', '-o', 'spec-hardlink.md', join(root, 'examples', 'requirements-crm.md'), 'spec.md']), path('spec-hardlink'), INPUT);
    expect(sha(docx)).toBe(before);
  });

  it('--annotate refuses a hard link to its input too', async () => {
    const docx = join(dir, 'ann.docx'), hard = join(dir, 'ann-hard.docx');
    copyFileSync(join(root, 'examples', 'kravspecifikation-esdh.docx'), docx);
    linkSync(docx, hard);
    const before = sha(docx);
    const r = await cli(['--no-config-lookup', '--format', 'json', 'ann.docx', '--annotate', 'ann-hard.docx']);
    expectRefusal(r, hard, INPUT);
    // The lint itself succeeded: its findings are still reported.
    expect(JSON.parse(r.stdout)[0].messages.length).toBeGreaterThan(0);
    expect(sha(docx)).toBe(before);
  });

  it('--stdin with -o naming the file standard input is redirected from', () => {
    const before = sha(path('spec'));
    const fd = openSync(path('spec'), 'r');
    try {
      const r = spawnSync(process.execPath, [BIN, '--no-config-lookup', '--stdin', '--stdin-filename', 'spec.md', '-o', 'spec.md'], { cwd: dir, stdio: [fd, 'pipe', 'pipe'], encoding: 'utf8' });
      expectRefusal({ code: r.status ?? -1, stderr: r.stderr }, path('spec'), /: is the file standard input is read from; write the report to another file/);
    } finally {
      closeSync(fd);
    }
    expect(sha(path('spec'))).toBe(before);
  });

  it('a report to a new file beside the input is still written', async () => {
    const r = await cli(['--no-config-lookup', '-o', 'report.txt', 'spec.md']);
    expect(r.code).toBe(1);
    expect(readFileSync(join(dir, 'report.txt'), 'utf8')).toContain('MySQL');
    expect(temps(dir)).toEqual([]);
  });
});

describe('-o onto special files and impossible targets (item 2)', () => {
  const report = async (): Promise<string> => (await cli(['--no-config-lookup', 'spec.md'])).stdout;

  it('a FIFO, directly and through a symbolic link: written in place, still a FIFO', async (ctx) => {
    if (skipOf('fifo')) ctx.skip(skipOf('fifo'));
    const expected = await report();
    for (const id of ['fifo', 'fifo-link']) {
      const reader = spawn('cat', [path('fifo')], { stdio: ['ignore', 'pipe', 'inherit'] });
      let got = '';
      reader.stdout.on('data', (d) => { got += d; });
      const closed = new Promise((done) => reader.on('close', done));
      const r = await cli(['--no-config-lookup', '-o', path(id), 'spec.md']);
      await closed;
      expect(r.code, r.stderr).toBe(1);
      expect(got).toBe(expected);
      expect(lstatSync(path('fifo')).isFIFO()).toBe(true);
      if (id === 'fifo-link') expect(lstatSync(path(id)).isSymbolicLink()).toBe(true);
    }
    expect(temps(dir)).toEqual([]);
  });

  it('a character device node is written, not replaced by a regular file', async (ctx) => {
    if (skipOf('char-device')) ctx.skip(skipOf('char-device'));
    const r = await cli(['--no-config-lookup', '-o', path('char-device'), 'spec.md']);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toBe('');
    expect(lstatSync(path('char-device')).isCharacterDevice()).toBe(true);
    expect(temps(dir)).toEqual([]);
  });

  it('a link to /dev/full: one line "no space left", exit 2, the link and the device untouched', async () => {
    const r = await cli(['--no-config-lookup', '-o', path('full-link'), 'spec.md']);
    expectRefusal(r, path('full-link'), /: cannot be written \(no space left on the device\)$/);
    expect(readlinkSync(path('full-link'))).toBe('/dev/full');
    expect(statSync('/dev/full').isCharacterDevice()).toBe(true);
    expect(temps(dir)).toEqual([]);
  });

  it('a link to /proc/self/fd/1 (/dev/stdout) writes the report to standard output and stays a link', () => {
    const r = spawnSync(process.execPath, [BIN, '--no-config-lookup', '-o', path('stdout-link'), 'spec.md'], { cwd: dir, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('MySQL');
    expect(readlinkSync(path('stdout-link'))).toBe('/proc/self/fd/1');
    expect(temps(dir)).toEqual([]);
  });

  it('a directory, and a file in a missing folder: one line each, exit 2, no temporary file', async () => {
    expectRefusal(await cli(['--no-config-lookup', '-o', path('dir'), 'spec.md']), path('dir'), /: is a directory; give a file name for the report$/);
    expect(statSync(path('dir')).isDirectory()).toBe(true);
    expect(readdirSync(path('dir'))).toEqual([]);
    expectRefusal(await cli(['--no-config-lookup', '-o', path('missing-dir'), 'spec.md']), path('missing-dir'), /: cannot be written \(the folder \S+no-such-folder does not exist\)$/);
    expect(temps(dir)).toEqual([]);
  });
});

describe('no temporary file outlives an interrupted write', () => {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    it(`${signal} between writing the temporary file and the rename: the original intact, the temporary file gone`, async () => {
      const target = join(dir, `interrupted-${signal}.md`);
      copyFileSync(path('spec'), target);
      const before = sha(target);
      const mod = join(root, 'dist', 'fs', 'write.js');
      const script = `const { writeOutput } = await import(${JSON.stringify(mod)});
await writeOutput(${JSON.stringify(target)}, 'HALF', { beforeRename: () => { process.stdout.write('ready'); return new Promise((r) => setTimeout(r, 20000)); } });`;
      const child = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
      const ended = new Promise<NodeJS.Signals | null>((done) => child.on('close', (_code, sig) => done(sig)));
      await new Promise<void>((ready) => child.stdout.on('data', () => ready()));
      expect(temps(dir).length).toBe(1); // the temporary file exists while the write is under way
      child.kill(signal);
      expect(await ended).toBe(signal);
      expect(sha(target)).toBe(before);
      expect(temps(dir)).toEqual([]);
    });
  }
});

describe('-o refuses to write over the other files the run reads', () => {
  let d: string;
  const READS = /: is (?:inside )?the (configuration file|lexicon|cache file)\b.* this run reads; write the report to another file/;
  beforeAll(() => {
    d = mkdtempSync(join(tmpdir(), 'tenderlint-io-protect-'));
    copyFileSync(join(root, 'examples', 'kravspecifikation-esdh.md'), join(d, 'spec.md'));
    mkdirSync(join(d, 'my-lexicon'));
    writeFileSync(join(d, 'my-lexicon', 'own.yaml'), 'category: other\nentries:\n  - id: own-widget\n    terms: [Widgetor Pro]\n    kind: product\n    neutral: { da: et værktøj, en: a tool }\n    examples: { flag: [Løsningen skal anvende Widgetor Pro.], pass: [Løsningen skal anvende Widgetor Pro eller tilsvarende.] }\n');
    writeFileSync(join(d, 'tenderlint.config.json'), JSON.stringify({ lexicon: ['my-lexicon'] }));
  });
  afterAll(() => { if (d) rmSync(d, { recursive: true, force: true }); });

  it('the configuration file found for the specification, its lexicon folder and a file in it, the cache: exit 2, each unchanged', async () => {
    await cli(['--cache', '--cache-location', 'lint.cache', 'spec.md'], d); // writes the cache
    for (const out of ['tenderlint.config.json', 'my-lexicon', 'my-lexicon/own.yaml', 'my-lexicon/new-report.txt', 'lint.cache']) {
      const target = resolve(d, out);
      const before = statSync(target, { throwIfNoEntry: false }) ? (lstatSync(target).isDirectory() ? 'dir' : sha(target)) : undefined;
      const r = await cli(['--cache', '--cache-location', 'lint.cache', '-o', out, 'spec.md'], d);
      if (out === 'my-lexicon') expect(r.code).toBe(2); // a folder is refused either way
      else expectRefusal(r, target, READS);
      const after = statSync(target, { throwIfNoEntry: false }) ? (lstatSync(target).isDirectory() ? 'dir' : sha(target)) : undefined;
      expect(after, out).toBe(before);
    }
    expect(temps(d)).toEqual([]);
  });

  it('an explicit --config file too, while a report beside them is written', async () => {
    const r = await cli(['--config', 'tenderlint.config.json', '-o', 'tenderlint.config.json', 'spec.md'], d);
    expectRefusal(r, resolve(d, 'tenderlint.config.json'), READS);
    const ok = await cli(['--config', 'tenderlint.config.json', '-o', 'report.txt', 'spec.md'], d);
    expect(ok.code).toBe(1);
    expect(readFileSync(join(d, 'report.txt'), 'utf8')).toContain('spec.md');
  });
});
