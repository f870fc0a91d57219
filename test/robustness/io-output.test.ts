// Writing files (issue 14, items 1 and 2): -o, --fix and --annotate share src/io/write.ts, which never writes over
// an input (however it is named), writes FIFOs and devices in place instead of renaming over them, and turns every
// failure into one line `tenderlint: <path>: <reason>` with exit 2 and no temporary file left behind. The cases
// are made by scripts/make-hostile-io.mjs in a temporary directory.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { spawnSync } from 'node:child_process';
import { copyFileSync, linkSync, lstatSync, mkdtempSync, openSync, closeSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { run, type CliIO } from '../../src/cli.js';
// @ts-expect-error: a plain .mjs script without type declarations
import { makeHostileIo } from '../../scripts/make-hostile-io.mjs';

const root = resolve(import.meta.dirname, '..', '..');
const BIN = join(root, 'dist', 'bin.js');
interface Case { id: string; path: string; description: string; skip?: string }
let dir: string;
let cases: Case[];
const path = (id: string): string => cases.find((c) => c.id === id)!.path;
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
afterAll(() => { if (dir) rmSync(dir, { recursive: true, force: true }); });

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
