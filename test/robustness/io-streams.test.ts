// Ordinary faults end on one clear line, never a stack trace (issue 14, item 12): standard output on a full disk
// (exit 2), standard output into `| head -1` (quiet, the run's own exit code), a stack overflow in a parser (a
// reason, not "Maximum call stack size exceeded"), a failure that is tenderlint's own (one line, no stack), and a
// configuration saved with a UTF-8 byte-order mark (read, not "invalid JSON"). Cases: scripts/make-hostile-io.mjs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync } from 'node:fs';
import { run, type CliIO } from '../../src/cli.js';
// @ts-expect-error: a plain .mjs script without type declarations
import { makeHostileIo, removeHostileIo } from '../../scripts/make-hostile-io.mjs';

const root = resolve(import.meta.dirname, '..', '..');
/** The development executable and the installed one (the bundle loaded through the code cache). */
const EXECUTABLES = [join(root, 'dist', 'bin.js'), join(root, 'dist', 'tenderlint.cjs'), join(root, 'dist', 'tenderlint.mjs')];
interface Case { id: string; path: string; description: string; skip?: string }
let dir: string;
let cases: Case[];
const path = (id: string): string => cases.find((c) => c.id === id)!.path;

async function cli(argv: string[], io: Partial<CliIO> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '', stderr = '';
  const base: CliIO = { stdout: (s) => { stdout += s; }, stderr: (s) => { stderr += s; }, cwd: dir, isTTY: false, env: {} };
  return { code: await run(argv, { ...base, ...io }), stdout, stderr };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'tenderlint-io-streams-'));
  cases = makeHostileIo(dir);
});
afterAll(() => { if (dir) removeHostileIo(dir); });

describe('standard output that fails (item 12)', () => {
  for (const exe of EXECUTABLES) {
    const name = exe.endsWith('.mjs') ? 'installed executable' : 'dist/bin.js';
    it(`${name}: stdout on a full disk (> /dev/full) ends with one line and exit 2`, () => {
      expect(existsSync(exe), `${exe} is built by npm run build`).toBe(true);
      const fd = openSync('/dev/full', 'w');
      try {
        const r = spawnSync(process.execPath, [exe, '--no-config-lookup', path('spec')], { cwd: dir, stdio: ['ignore', fd, 'pipe'], encoding: 'utf8' });
        expect(r.stderr.split('\n').filter(Boolean), r.stderr).toEqual(['tenderlint: /dev/full: cannot be written (no space left on the device)']);
        expect(r.status).toBe(2);
      } finally {
        closeSync(fd);
      }
    });

    it(`${name}: stdout into "| head -1" ends quietly with the run's exit code`, () => {
      const script = `"${process.execPath}" "${exe}" --no-config-lookup "${path('many-findings')}" "${path('many-findings')}" | head -1 > /dev/null; exit \${PIPESTATUS[0]}`;
      const r = spawnSync('bash', ['-c', script], { cwd: dir, encoding: 'utf8' });
      expect(r.stderr).toBe('');
      expect(r.status).toBe(1); // the findings' exit code, not a crash's
    });
  }

  it('--watch stops when nobody reads its output any more', async () => {
    const closed = new AbortController();
    let writes = 0;
    const started = Date.now();
    // The reader goes away after the first cycle's first line.
    const r = await cli(['--watch', '--no-config-lookup', path('spec')], { stdout: () => { writes++; closed.abort(); }, stdoutClosed: closed.signal });
    expect(r.code).toBe(0);
    expect(writes).toBeGreaterThan(0);
    expect(Date.now() - started).toBeLessThan(20_000);
  });
});

describe('no raw reasons or stack traces for ordinary faults (item 12)', () => {
  it('a .docx nested 20,000 tables deep: a reason instead of "Maximum call stack size exceeded"', async () => {
    const r = await cli(['--no-config-lookup', path('deep-docx')]);
    expect(r.stderr.split('\n').filter(Boolean)).toEqual([`tenderlint: ${path('deep-docx')}: cannot be read as a Word document (its XML is nested too deeply to read)`]);
    expect(r.code).toBe(2);
  });

  it('a failure that is tenderlint\'s own: one line saying so, no stack trace (TENDERLINT_DEBUG=1 adds it)', async () => {
    const broken = (): void => { throw new TypeError('cannot read properties of undefined'); };
    const r = await cli(['--no-config-lookup', path('spec')], { stdout: broken });
    const lines = r.stderr.split('\n').filter(Boolean);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^tenderlint: unexpected failure in tenderlint \(TypeError: cannot read properties of undefined\); this is a bug, not a problem with your files/);
    expect(r.stderr).not.toMatch(/\n\s+at |internal error/);
    expect(r.code).toBe(2);
    const debug = await cli(['--no-config-lookup', path('spec')], { stdout: broken, env: { TENDERLINT_DEBUG: '1' } });
    expect(debug.stderr).toMatch(/\n\s+at /);
  });

  it('a configuration saved with a UTF-8 byte-order mark (Notepad) is read and applied', async () => {
    const folder = path('config-bom');
    const r = await cli(['--format', 'json', join(folder, 'spec.md')]);
    expect(r.stderr).toBe('');
    const messages = (JSON.parse(r.stdout) as Array<{ messages: Array<{ ruleId: string | null }> }>)[0]!.messages;
    expect(messages.some((m) => m.ruleId === null)).toBe(false);
    // The configuration turns brand-without-equivalent off: MySQL is no longer reported by it.
    expect(messages.filter((m) => m.ruleId === 'brand-without-equivalent')).toEqual([]);
    const without = await cli(['--format', 'json', '--no-config-lookup', join(folder, 'spec.md')]);
    expect((JSON.parse(without.stdout) as Array<{ messages: Array<{ ruleId: string }> }>)[0]!.messages.some((m) => m.ruleId === 'brand-without-equivalent')).toBe(true);
  });
});
