// Reading files besides the specifications (issue 14, item 7): configuration files, lexicon files and --stdin get
// the same guards as specifications. A FIFO or a link to /dev/zero is refused with one line (it used to hang, or
// eat gigabytes), a file over its cap (configuration 1 MB, lexicon 20 MB) is refused, and standard input is read
// up to the Markdown cap (10 MB) and no further. The runs are child processes of the compiled CLI with a timeout,
// since the failure these guard against is a hang; their peak memory is measured. Cases: scripts/make-hostile-io.mjs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, openSync, closeSync, readFileSync, rmSync } from 'node:fs';
// @ts-expect-error: a plain .mjs script without type declarations
import { makeHostileIo, removeHostileIo, FIXABLE_SPEC } from '../../scripts/make-hostile-io.mjs';
import { MAX_CONFIG_BYTES, MAX_LEXICON_BYTES } from '../../src/fs/read.js';

const root = resolve(import.meta.dirname, '..', '..');
const BIN = join(root, 'dist', 'bin.js');
interface Case { id: string; path: string; description: string; skip?: string }
interface Outcome { code: number | null; stdout: string; stderr: string; maxRssMB?: number; killed: boolean }
let dir: string;
let cases: Case[];
const path = (id: string): string => cases.find((c) => c.id === id)!.path;
const skipOf = (id: string): string | undefined => cases.find((c) => c.id === id)!.skip;

/** Runs the compiled CLI (killed after `timeoutMs`) and measures its peak resident memory. */
function runCli(argv: string[], { cwd, stdin, input, timeoutMs = 20_000 }: { cwd: string; stdin?: string; input?: Buffer }): Promise<Outcome> {
  const rssFile = join(dir, `rss-${Math.random().toString(36).slice(2)}`);
  const script = `process.on('exit', () => (await_fs).writeFileSync(${JSON.stringify(rssFile)}, String(process.resourceUsage().maxRSS)));`;
  const wrapper = `import * as await_fs from 'node:fs'; ${script} process.argv.splice(1, 0, ${JSON.stringify(BIN)}); await import(${JSON.stringify(BIN)});`;
  const fd = stdin ? openSync(stdin, 'r') : undefined;
  return new Promise((done) => {
    const p = spawn(process.execPath, ['--input-type=module', '-e', wrapper, '--', ...argv], { cwd, stdio: [fd ?? 'pipe', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
    if (fd !== undefined) closeSync(fd);
    if (input && p.stdin) { p.stdin.on('error', () => undefined); p.stdin.end(input); }
    const out: Buffer[] = [], err: Buffer[] = [];
    p.stdout.on('data', (b: Buffer) => out.push(b));
    p.stderr.on('data', (b: Buffer) => err.push(b));
    let killed = false;
    const timer = setTimeout(() => { killed = true; p.kill('SIGKILL'); }, timeoutMs);
    p.on('close', (code) => {
      clearTimeout(timer);
      const rss = existsSync(rssFile) ? Number(readFileSync(rssFile, 'utf8')) / 1024 : undefined;
      rmSync(rssFile, { force: true });
      done({ code, stdout: Buffer.concat(out).toString(), stderr: Buffer.concat(err).toString(), maxRssMB: rss, killed });
    });
  });
}

/** Exactly one stderr line for the spec, naming the offending file and the reason; exit 2; a fatal JSON entry. */
function expectOneLine(r: Outcome, spec: string, offending: string, reason: RegExp): void {
  expect(r.killed, `still running after the timeout: ${r.stderr}`).toBe(false);
  const lines = r.stderr.split('\n').filter(Boolean);
  expect(lines, r.stderr).toHaveLength(1);
  expect(lines[0]!.startsWith(`tenderlint: ${spec}: `), lines[0]).toBe(true);
  expect(lines[0]).toContain(`${offending}: `);
  expect(lines[0]).toMatch(reason);
  expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
  expect(r.code).toBe(2);
  const report = JSON.parse(r.stdout) as Array<{ messages: Array<{ fatal?: boolean }> }>;
  expect(report[0]!.messages).toEqual([expect.objectContaining({ fatal: true })]);
  // Never read to the end: memory stays near the bare start-up footprint (~100 MB).
  expect(r.maxRssMB!).toBeLessThan(250);
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'tenderlint-io-read-'));
  cases = makeHostileIo(dir);
});
afterAll(() => { if (dir) removeHostileIo(dir); });

const NOT_REGULAR = /: is not a regular file \(a FIFO, device or socket is never read/;

describe('configuration files get the guards of specifications (item 7)', () => {
  for (const [id, reason] of [['config-fifo', NOT_REGULAR], ['config-zero', NOT_REGULAR], ['config-big', /: is too large \(1\.5 MB; tenderlint reads configuration files up to 1 MB\)$/]] as const) {
    it(`${id}: one line naming the configuration file, exit 2, within the timeout`, async (ctx) => {
      if (skipOf(id)) ctx.skip(skipOf(id));
      const folder = path(id);
      const r = await runCli(['--format', 'json', 'spec.md'], { cwd: folder });
      expectOneLine(r, join(folder, 'spec.md'), join(folder, 'tenderlint.config.json'), reason);
      expect(r.stderr).toContain(': invalid configuration ');
    });
  }

  it('--config naming a FIFO: the same line', async (ctx) => {
    if (skipOf('config-fifo')) ctx.skip(skipOf('config-fifo'));
    const folder = path('config-fifo');
    const r = await runCli(['--format', 'json', '--config', 'tenderlint.config.json', 'spec.md'], { cwd: folder });
    expectOneLine(r, join(folder, 'spec.md'), join(folder, 'tenderlint.config.json'), NOT_REGULAR);
  });
});

describe('lexicon files get the guards of specifications (item 7)', () => {
  for (const [id, name, reason] of [['lexicon-fifo', 'own.yaml', NOT_REGULAR], ['lexicon-zero', 'own.yaml', NOT_REGULAR], ['lexicon-big', 'own.json', /: is too large \(21\.0 MB; tenderlint reads lexicon files up to 20 MB\)$/]] as const) {
    it(`${id}: one line naming the lexicon file, exit 2, within the timeout`, async (ctx) => {
      if (skipOf(id)) ctx.skip(skipOf(id));
      const folder = path(id);
      const r = await runCli(['--format', 'json', 'spec.md'], { cwd: folder });
      expectOneLine(r, join(folder, 'spec.md'), join(folder, name), reason);
      expect(r.stderr).toContain(': invalid lexicon ');
    });
  }
});

describe('--stdin is read up to the Markdown cap and no further (item 7)', () => {
  it('standard input from /dev/zero: refused at 10 MB, memory bounded', async () => {
    const r = await runCli(['--format', 'json', '--stdin', '--stdin-filename', 'bilag.md'], { cwd: dir, stdin: '/dev/zero' });
    expectOneLine(r, join(dir, 'bilag.md'), join(dir, 'bilag.md'), /: is too large \(more than 10 MB; tenderlint reads Markdown up to 10 MB\)$/);
  });

  it('an 11 MB pipe is refused; a small one is linted', async () => {
    const big = Buffer.alloc(11 * 1024 * 1024, 'Løsningen skal understøtte sagsbehandling.\n');
    const r = await runCli(['--format', 'json', '--stdin'], { cwd: dir, input: big });
    expectOneLine(r, join(dir, 'stdin.md'), join(dir, 'stdin.md'), /: is too large \(more than 10 MB; tenderlint reads Markdown up to 10 MB\)$/);
    const ok = await runCli(['--format', 'json', '--stdin', '--no-config-lookup'], { cwd: dir, input: Buffer.from(FIXABLE_SPEC) });
    expect(ok.stderr).toBe('');
    expect([0, 1]).toContain(ok.code);
    expect(JSON.parse(ok.stdout)[0].messages.map((m: { term: string }) => m.term)).toContain('MySQL');
  });

  it('the caps are the ones the README states', () => {
    expect(MAX_CONFIG_BYTES).toBe(1024 * 1024);
    expect(MAX_LEXICON_BYTES).toBe(20 * 1024 * 1024);
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    expect(readme).toMatch(/configuration files 1 MB/);
    expect(readme).toMatch(/lexicon files 20 MB/);
    expect(readme).toMatch(/standard input as much as\s+its format \(Markdown 10 MB/);
  });
});
