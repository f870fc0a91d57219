// --fix on files it must not or cannot rewrite (issue 14, item 11), and on line endings other than LF (item 13): a read-only file is refused with one line
// (checked from the mode bits, since tests run as root and root passes access(2)), an immutable file's EPERM becomes
// `cannot be written (…)`, and in both cases the file's findings are still reported, exit 2, no temporary file.
// The cases are made by scripts/make-hostile-io.mjs in a temporary directory.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { mkdtempSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { run, type CliIO } from '../../src/cli.js';
// @ts-expect-error: a plain .mjs script without type declarations
import { makeHostileIo, removeHostileIo, FIXABLE_SPEC } from '../../scripts/make-hostile-io.mjs';

interface Case { id: string; path: string; description: string; skip?: string }
let dir: string;
let cases: Case[];
const path = (id: string): string => cases.find((c) => c.id === id)!.path;
const skipOf = (id: string): string | undefined => cases.find((c) => c.id === id)!.skip;
const temps = (): string[] => readdirSync(dir).filter((n) => n.endsWith('.tmp'));

async function cli(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '', stderr = '';
  const io: CliIO = { stdout: (s) => { stdout += s; }, stderr: (s) => { stderr += s; }, cwd: dir, isTTY: false, env: {} };
  return { code: await run(argv, io), stdout, stderr };
}

/** --fix on one file: exit 2, one stderr line for it, the file unchanged, its findings still in the JSON report. */
async function expectNotFixed(id: string, reason: RegExp): Promise<void> {
  const r = await cli(['--no-config-lookup', '--fix', '--format', 'json', path(id)]);
  const lines = r.stderr.split('\n').filter(Boolean);
  expect(lines, r.stderr).toHaveLength(1);
  expect(lines[0]!.startsWith(`tenderlint: ${path(id)}: `), lines[0]).toBe(true);
  expect(lines[0]).toMatch(reason);
  expect(r.stderr).not.toMatch(/internal error|\n\s+at |EPERM:/);
  expect(r.code).toBe(2);
  expect(readFileSync(path(id), 'utf8')).toBe(FIXABLE_SPEC);
  const report = JSON.parse(r.stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string | null; term?: string; fatal?: boolean }> }>;
  expect(report).toHaveLength(1);
  expect(report[0]!.messages.some((m) => m.fatal)).toBe(false);
  expect(report[0]!.messages.map((m) => m.term)).toEqual(expect.arrayContaining(['MySQL', 'ISO/IEC 27001']));
  expect(temps()).toEqual([]);
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'tenderlint-io-fix-'));
  cases = makeHostileIo(dir);
});
afterAll(() => { if (dir) removeHostileIo(dir); });

describe('--fix and write protection (item 11)', () => {
  it('a read-only (0444) file is refused with one line, even as root, and its findings are still reported', async () => {
    expect(statSync(path('readonly-spec')).mode & 0o222).toBe(0);
    await expectNotFixed('readonly-spec', /: is read-only; make it writable first/);
    expect(statSync(path('readonly-spec')).mode & 0o777).toBe(0o444);
  });

  it('an immutable file: "cannot be written (operation not permitted …)", findings kept', async (ctx) => {
    if (skipOf('immutable-spec')) ctx.skip(skipOf('immutable-spec'));
    await expectNotFixed('immutable-spec', /: cannot be written \(operation not permitted: the file or its folder is protected, e\.g\. immutable\)$/);
  });

  it('a writable file owned by another user is fixed and keeps its owner and mode', async (ctx) => {
    if (skipOf('other-owner-spec')) ctx.skip(skipOf('other-owner-spec'));
    const before = statSync(path('other-owner-spec'));
    const r = await cli(['--no-config-lookup', '--fix', path('other-owner-spec')]);
    expect(r.stderr).toMatch(/2 fixes applied/);
    expect(readFileSync(path('other-owner-spec'), 'utf8')).toContain('MySQL eller tilsvarende');
    const after = statSync(path('other-owner-spec'));
    expect([after.uid, after.gid, after.mode & 0o7777]).toEqual([before.uid, before.gid, before.mode & 0o7777]);
    expect(after.ino).not.toBe(before.ino); // replaced through a rename, not rewritten in place
    expect(temps()).toEqual([]);
  });
});

describe('--fix and line endings (item 13)', () => {
  /** What --fix makes of the LF original, in the line endings of the case. */
  let fixedLf: string;
  beforeAll(async () => {
    const r = await cli(['--no-config-lookup', '--fix', path('spec')]);
    expect(r.stderr).toMatch(/2 fixes applied/);
    fixedLf = readFileSync(path('spec'), 'utf8');
    expect(fixedLf).toContain('MySQL eller tilsvarende som database');
    expect(fixedLf).toContain('ISO/IEC 27001 eller tilsvarende');
  });

  for (const [id, eol] of [['cr-spec', '\r'], ['crlf-spec', '\r\n']] as const) {
    it(`${id}: the same fixes as with LF, in place, and the line endings kept`, async () => {
      const r = await cli(['--no-config-lookup', '--fix', '--format', 'json', path(id)]);
      expect(r.stderr).toMatch(/2 fixes applied/);
      expect(readFileSync(path(id), 'utf8')).toBe(fixedLf.replace(/\n/g, eol));
      // What is left after fixing is reported at the lines the editor shows.
      const left = (JSON.parse(r.stdout) as Array<{ messages: Array<{ term: string; line: number; ruleId: string }> }>)[0]!.messages;
      expect(left.length).toBeGreaterThan(0);
      expect(left.every((m) => (m.term === 'MySQL' && m.line === 3) || (m.term === 'ISO/IEC 27001' && m.line === 5)), JSON.stringify(left)).toBe(true);
      expect(left.some((m) => m.ruleId === 'brand-without-equivalent')).toBe(false);
    });
  }
});
