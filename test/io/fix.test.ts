import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync, readFileSync, symlinkSync, lstatSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { spawnSync } from 'node:child_process';
import { run, type CliIO } from '../../src/cli.js';
import { writeAtomic } from '../../src/io/fix.js';
import { lintFiles } from '../../src/io/lint-files.js';

async function cli(cwd: string, ...argv: string[]) {
  let stdout = '', stderr = '';
  const io: CliIO = { stdout: (s) => { stdout += s; }, stderr: (s) => { stderr += s; }, cwd, isTTY: false, env: {} };
  return { code: await run(argv, io), stdout, stderr };
}
const SPEC = '# Krav\n\nLøsningen skal anvende MySQL, MariaDB som database.\n\nLeverandøren skal være certificeret efter ISO/IEC 27001.\n\nBrug gerne Word-skabeloner.\n\nAlle data skal kunne eksporteres, og leverandøren yder ophørsbistand.\n';

describe('--fix', () => {
  it('inserts the or-equivalent phrase, once per list, and a re-lint finds nothing fixable', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tl-fix-'));
    const f = join(dir, 'spec.md');
    writeFileSync(f, SPEC);
    const r = await cli(dir, '--fix', '--no-config-lookup', 'spec.md');
    expect(readFileSync(f, 'utf8')).toBe(SPEC
      .replace('MySQL, MariaDB som', 'MySQL, MariaDB eller tilsvarende som')
      .replace('ISO/IEC 27001.', 'ISO/IEC 27001 eller tilsvarende.')
      .replace('Word-skabeloner.', 'Word-skabeloner eller tilsvarende.'));
    expect(r.stderr).toMatch(/3 fixes applied/);
    const [again] = await lintFiles([f]);
    expect(again!.findings.filter((x) => x.fix)).toEqual([]);
    // Idempotent: a second --fix changes nothing.
    await cli(dir, '--fix', '--no-config-lookup', 'spec.md');
    expect(readFileSync(f, 'utf8')).toContain('MariaDB eller tilsvarende som');
    expect(readFileSync(f, 'utf8').match(/eller tilsvarende/g)).toHaveLength(3);
  });

  it('--fix-dry-run prints a unified diff and leaves the file alone', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tl-fix-'));
    writeFileSync(join(dir, 'spec.md'), SPEC);
    const r = await cli(dir, '--fix-dry-run', '--no-config-lookup', 'spec.md');
    expect(readFileSync(join(dir, 'spec.md'), 'utf8')).toBe(SPEC);
    expect(r.stdout).toMatch(/^-Løsningen skal anvende MySQL, MariaDB som database\.$/m);
    expect(r.stdout).toMatch(/^\+Løsningen skal anvende MySQL, MariaDB eller tilsvarende som database\.$/m);
    expect(r.stdout).toMatch(/^@@ /m);
  });

  it('replaces the file a symlink points to and keeps the link', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tl-fix-'));
    writeFileSync(join(dir, 'real.md'), SPEC);
    symlinkSync(join(dir, 'real.md'), join(dir, 'link.md'));
    await cli(dir, '--fix', '--no-config-lookup', 'link.md');
    expect(lstatSync(join(dir, 'link.md')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'real.md'), 'utf8')).toContain('eller tilsvarende');
  });

  it('leaves the original intact when interrupted between write and rename', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tl-fix-'));
    const f = join(dir, 'spec.md');
    writeFileSync(f, SPEC);
    await expect(writeAtomic(f, 'HALF', { beforeRename: () => { throw new Error('killed'); } })).rejects.toThrow('killed');
    expect(readFileSync(f, 'utf8')).toBe(SPEC);
    expect(readdirSync(dir)).toEqual(['spec.md']);
  });

  it('a process killed before the rename leaves the original intact (real SIGKILL)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tl-fix-'));
    const f = join(dir, 'spec.md');
    writeFileSync(f, SPEC);
    const mod = join(import.meta.dirname, '..', '..', 'dist', 'io', 'fix.js');
    const script = `import(${JSON.stringify(mod)}).then(m => m.writeAtomic(${JSON.stringify(f)}, 'HALF', { beforeRename: () => process.kill(process.pid, 'SIGKILL') }))`;
    const r = spawnSync(process.execPath, ['-e', script]);
    expect(r.signal).toBe('SIGKILL');
    expect(readFileSync(f, 'utf8')).toBe(SPEC);
  });

  it('refuses Word files with a pointer to --annotate and keeps checking', async () => {
    const r = await cli(join(import.meta.dirname, '..', '..'), '--fix', '--no-config-lookup', 'test/fixtures/split-runs.docx');
    expect(r.stderr).toMatch(/--fix rewrites Markdown only; for Word use --annotate/);
  });
});
