import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { linkSync, symlinkSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { lintFiles, lintStream, type BatchStats } from '../../src/io/lint-files.js';
import { FORMATTERS } from '../../src/report/index.js';
import { formatStreamed } from '../../src/report/stream.js';
import { Progress } from '../../src/io/progress.js';
import { cli, specFolder } from './helpers.js';
import { ruleCatalog } from '../../src/api/report.js';

const root = join(import.meta.dirname, '..', '..');
const fx = (n: string) => join(root, 'test', 'fixtures', n);

describe('streamed reports', () => {
  it('add up to the whole-batch report: json, compact and stylish byte for byte, sarif the same log', async () => {
    const results = await lintFiles([fx('split-runs.md'), fx('split-runs.docx'), fx('nope.md'), fx('clean.md'), fx('warnings-only.md')]);
    for (const reportSuppressed of [false, true]) {
      const ctx = { color: false, cwd: root, reportSuppressed, rules: ruleCatalog() }; // the catalogue the API's reports carry
      for (const name of ['json', 'compact', 'stylish']) expect(formatStreamed(name, results, ctx), name).toBe(FORMATTERS[name]!(results, ctx));
      const sarif = formatStreamed('sarif', results, ctx);
      expect(JSON.parse(sarif)).toEqual(JSON.parse(FORMATTERS.sarif!(results, ctx)));
      // Laid out as JSON.stringify(…, null, 2) would lay it out.
      expect(sarif).toBe(JSON.stringify(JSON.parse(sarif), null, 2) + '\n');
    }
    expect(formatStreamed('stylish', results, { color: true, cwd: root })).toBe(FORMATTERS.stylish!(results, { color: true, cwd: root }));
    expect(formatStreamed('json', [], { color: false, cwd: root })).toBe('[]\n');
    expect(JSON.parse(formatStreamed('sarif', [], { color: false, cwd: root })).runs[0].results).toEqual([]);
  });

  it('the CLI writes the JSON report piece by piece, and the pieces are one JSON array', async () => {
    const { dir } = specFolder(6, 1);
    const chunks: string[] = [];
    let code = 0;
    const { run } = await import('../../src/cli.js');
    code = await run(['--format', 'json', '.'], { stdout: (s) => chunks.push(s), stderr: () => undefined, cwd: dir, isTTY: false, env: {} });
    expect(code).toBe(1);
    expect(chunks.length).toBeGreaterThan(6); // "[", one per file, "]"
    const all = chunks.join('');
    const parsed = JSON.parse(all) as Array<{ filePath: string }>;
    expect(parsed).toHaveLength(6);
    expect(parsed.map((r) => r.filePath)).toEqual(parsed.map((r) => r.filePath).sort());
  });
});

describe('--concurrency', () => {
  // The built executable on both sides: workers always run the build (dist/worker.bundle.cjs), so comparing them with
  // this test's in-process TypeScript would compare two versions of the code while the sources are being edited.
  const bin = join(root, 'dist', 'tenderlint.mjs');
  const exe = (cwd: string, args: string[]) => spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', maxBuffer: 1 << 26 });

  it('gives the same report byte for byte as off, in every format, with workers really used', () => {
    const { dir } = specFolder(6, 1);
    for (const format of ['json', 'stylish', 'sarif']) {
      const off = exe(dir, ['--format', format, '--concurrency', 'off', '.']);
      const two = exe(dir, ['--format', format, '--concurrency', '2', '.']);
      expect(off.stdout.length, format).toBeGreaterThan(100);
      expect(two.stdout, format).toBe(off.stdout);
      expect(two.status).toBe(off.status);
      expect(two.stderr).toBe(off.stderr);
    }
  }, 180_000);

  it('runs on the worker threads it was asked for, in path order', async () => {
    const { dir } = specFolder(5, 1);
    const stats: BatchStats = { files: 0, linted: 0, cached: 0, threads: 0 };
    const threaded: string[] = [];
    for await (const r of lintStream([dir], { concurrency: 2, stats })) { expect(r.error).toBeUndefined(); threaded.push(r.filePath); }
    expect(stats).toMatchObject({ files: 5, linted: 5, threads: 2 });
    expect(threaded).toEqual((await lintFiles([dir])).map((r) => r.filePath).sort());
  }, 120_000);

  it('auto stays in this thread for a small batch', async () => {
    const { dir } = specFolder(2, 1);
    const stats: BatchStats = { files: 0, linted: 0, cached: 0, threads: 0 };
    for await (const _ of lintStream([dir], { concurrency: 'auto', stats })) void _;
    expect(stats).toMatchObject({ files: 2, threads: 0 });
  });

  it('a bad file in a worker is a result with an error, exit 2, and the others are still checked', async () => {
    const { dir } = specFolder(4, 1);
    const r = await cli(dir, ['--format', 'json', '--concurrency', '2', '.', 'missing.md']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^tenderlint: .*missing\.md: does not exist\n$/);
    expect(JSON.parse(r.stdout)).toHaveLength(5);
  }, 120_000);
});

describe('each file once', () => {
  it('a file named several times, under other spellings and through links, is linted and reported once', async () => {
    const { dir, files } = specFolder(2, 1);
    symlinkSync(files[0]!, join(dir, 'link.md'));
    linkSync(files[0]!, join(dir, 'hard.md'));
    const r = await cli(dir, ['--format', 'json', 'spec-00.md', './spec-00.md', files[0]!, `../${join(dir).split('/').pop()}/spec-00.md`, 'sub/../spec-00.md', 'link.md', 'hard.md', '.']);
    const names = (JSON.parse(r.stdout) as Array<{ filePath: string }>).map((x) => x.filePath);
    expect(names).toEqual([join(dir, 'hard.md'), join(dir, 'spec-01.md')]);
  });
});

describe('progress', () => {
  it('says nothing on stderr when stderr is not a terminal, unless --progress', async () => {
    const { dir } = specFolder(6, 1);
    const quiet = await cli(dir, ['--format', 'json', '.']);
    expect(quiet.stderr).toBe('');
    const shown = await cli(dir, ['--format', 'json', '--progress', '.']);
    expect(shown.stdout).toBe(quiet.stdout);
    expect(shown.stderr).toMatch(/^tenderlint: 6\/6 files · \d+ findings · \d+\.\d s$/m);
    const tty = await cli(dir, ['--format', 'json', '.'], { stderrIsTTY: true });
    expect(tty.stdout).toBe(quiet.stdout);
    expect(tty.stderr).toMatch(/\r\u001b\[K6\/6 files · \d+ findings · \d+\.\d s\n$/);
    expect((await cli(dir, ['--format', 'json', '--no-progress', '.'], { stderrIsTTY: true })).stderr).toBe('');
  });

  it('rewrites one line on a terminal at most every 100 ms, and always shows the last file', () => {
    let out = '';
    let now = 0;
    const p = new Progress({ write: (s) => { out += s; }, tty: true, now: () => now });
    p.start(3);
    p.file(2); now = 50; p.file(1); now = 2000; p.file(0);
    expect(out).toBe('\r\u001b[K1/3 files · 2 findings · 0.0 s\r\u001b[K3/3 files · 3 findings · 2.0 s');
    p.clear(); p.end();
    expect(out.endsWith('\r\u001b[K')).toBe(true);
  });
});
