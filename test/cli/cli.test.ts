import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, mkdtempSync, copyFileSync, writeFileSync, rmSync } from 'node:fs';
import { run, type CliIO } from '../../src/cli.js';

const root = join(import.meta.dirname, '..', '..');
const fx = (n: string) => join(root, 'test', 'fixtures', n);

async function cli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '', stderr = '';
  const io: CliIO = { stdout: (s) => { stdout += s; }, stderr: (s) => { stderr += s; }, cwd: root, isTTY: false, env: {} };
  const code = await run(argv, io);
  return { code, stdout, stderr };
}

describe('exit codes and streams', () => {
  const table: Array<[string, string[], number]> = [
    ['clean file', [fx('clean.md')], 0],
    ['errors', [fx('split-runs.md')], 1],
    ['warnings only', [fx('warnings-only.md')], 0],
    ['warnings with --fail-on warning', ['--fail-on', 'warning', fx('warnings-only.md')], 1],
    ['warnings over --max-warnings 0', ['--max-warnings', '0', fx('warnings-only.md')], 1],
    ['warnings within --max-warnings 5', ['--max-warnings', '5', fx('warnings-only.md')], 0],
    ['missing file', [fx('nope.md')], 2],
    ['legacy .doc', [fx('legacy.doc')], 2],
    ['unknown option', ['--frobnicate', fx('clean.md')], 2],
    ['unknown language', ['--lang', 'xx', fx('clean.md')], 2],
    ['no files', [], 2],
  ];
  for (const [name, argv, code] of table) {
    it(`${name} → exit ${code}`, async () => expect((await cli(...argv)).code).toBe(code));
  }

  it('names a bad file on one stderr line, with no stack trace, and still checks the others', async () => {
    const r = await cli('--format', 'json', fx('nope.md'), fx('legacy.doc'), fx('split-runs.md'));
    expect(r.code).toBe(2);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(2);
    // Files are reported in path order (legacy.doc before nope.md), whatever the order of the arguments.
    expect(lines[1]).toMatch(/nope\.md: does not exist$/);
    expect(lines[0]).toMatch(/legacy\.doc: is a legacy Word \.doc file; open it in Word or LibreOffice and save it as \.docx$/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    const json = JSON.parse(r.stdout);
    expect(json).toHaveLength(3);
    expect(json[2].messages.length).toBeGreaterThan(0);
    expect(json[0].messages[0]).toMatchObject({ fatal: true, severity: 2 });
  });

  it('prints exactly one JSON document in --format json for clean, findings and bad files alike', async () => {
    for (const f of [fx('clean.md'), fx('split-runs.md'), fx('nope.md')]) {
      const r = await cli('--format', 'json', f);
      expect(() => JSON.parse(r.stdout), f).not.toThrow();
      expect(Array.isArray(JSON.parse(r.stdout))).toBe(true);
    }
  });

  it('--quiet keeps only errors', async () => {
    const r = await cli('--quiet', '--format', 'json', fx('split-runs.md'));
    expect(JSON.parse(r.stdout)[0].messages.every((m: { severity: number }) => m.severity === 2)).toBe(true);
  });

  it('lints every specification in a directory, and says so when there is none', async () => {
    const r = await cli('--format', 'json', join(root, 'examples'));
    const files = JSON.parse(r.stdout).map((x: { filePath: string }) => x.filePath.split('/').pop());
    expect(files).toEqual(['kravspecifikation-esdh.docx', 'kravspecifikation-esdh.md', 'requirements-crm.docx', 'requirements-crm.md']);
    const empty = await cli(join(root, 'src', 'model'));
    expect(empty.code).toBe(2);
    expect(empty.stderr).toMatch(/is a directory with no specifications/);
  });
});

describe('sub-commands', () => {
  it('rules lists every checker', async () => {
    const r = await cli('rules');
    expect(r.code).toBe(0);
    for (const id of ['brand-without-equivalent', 'proprietary-format', 'missing-exit-terms']) expect(r.stdout).toContain(id);
  });
  it('explain prints a rule\'s page and refuses an unknown rule', async () => {
    expect((await cli('explain', 'brand-without-equivalent')).stdout).toMatch(/^# brand-without-equivalent/m);
    const bad = await cli('explain', 'no-such-rule');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/unknown rule "no-such-rule"/);
  });
  it('lexicon search shows what an entry knows and why it flags', async () => {
    const r = await cli('lexicon', 'search', 'mysql');
    expect(r.stdout).toMatch(/^mysql {2}\(database, product, Oracle\)/m);
    expect(r.stdout).toContain('flagged when required without "or equivalent"');
    expect((await cli('lexicon', 'search', 'mitid')).stdout).toContain('never flagged');
  });
});

describe('the built binary', () => {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const launcher = join(root, pkg.bin.tenderlint);
  const lint = (exe: string, ...args: string[]) => spawnSync(process.execPath, [exe, ...args], { encoding: 'utf8' });

  it('is the code-cached launcher dist/tenderlint.cjs named in package.json', () => {
    expect(pkg.bin.tenderlint).toBe('dist/tenderlint.cjs');
    const r = lint(launcher, '--format', 'json', fx('split-runs.md'));
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout)[0].messages.length).toBeGreaterThan(3);
    expect(r.stderr).toBe('');
  });
  it('gives the same report as the unbundled CLI', () => {
    const files = [fx('split-runs.md'), fx('warnings-only.md'), join(root, 'examples', 'kravspecifikation-esdh.docx')];
    const a = lint(launcher, '--format', 'json', ...files), b = lint(join(root, 'dist', 'bin.js'), '--format', 'json', ...files);
    expect(a.stdout).toBe(b.stdout);
    expect(a.status).toBe(b.status);
  });
  it('loads the bundle from the code cache the build wrote', () => {
    const launch = pathToFileURL(join(root, 'dist', 'launch.js')).href;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', `process.stdout.write(String((await import(${JSON.stringify(launch)})).loadCli().cacheUsed))`], { encoding: 'utf8' });
    expect(r.stdout).toBe('true');
  });
  it('still works, with the same output, when the cache is missing or damaged', () => {
    // A copy of the launcher and bundle beside a garbage cache (inside the package, so that packages resolve).
    const dir = mkdtempSync(join(root, 'dist', 'launcher-test-'));
    try {
      for (const f of ['tenderlint.cjs', 'tenderlint.mjs', 'launch.js', 'code-cache-stamp.js']) copyFileSync(join(root, 'dist', f), join(dir, f));
      copyFileSync(join(root, 'dist', 'cli.bundle.cjs'), join(dir, 'cli.bundle.cjs'));
      // remark's bundle, loaded when a document needs it (scripts/remark-shim.mjs), here without its code cache.
      copyFileSync(join(root, 'dist', 'remark.bundle.cjs'), join(dir, 'remark.bundle.cjs'));
      const expected = lint(launcher, '--format', 'json', fx('split-runs.md')).stdout;
      for (const exe of ['tenderlint.cjs', 'tenderlint.mjs']) expect(lint(join(dir, exe), '--format', 'json', fx('split-runs.md')).stdout, exe).toBe(expected);
      writeFileSync(join(dir, 'cli.bundle.cjs.cache'), Buffer.alloc(4096, 7));
      const r = lint(join(dir, 'tenderlint.cjs'), '--format', 'json', fx('split-runs.md'));
      expect(r.stdout).toBe(expected);
      expect(r.stderr).toBe('');
      // The real cache beside a bundle of the same length but other content (V8 alone would accept it): not used.
      copyFileSync(join(root, 'dist', 'cli.bundle.cjs.cache'), join(dir, 'cli.bundle.cjs.cache'));
      const bundle = readFileSync(join(dir, 'cli.bundle.cjs'), 'utf8');
      writeFileSync(join(dir, 'cli.bundle.cjs'), bundle.replace('unexpected failure in tenderlint', 'UNEXPECTED failure in tenderlint'));
      const launch = pathToFileURL(join(dir, 'launch.js')).href;
      const used = spawnSync(process.execPath, ['--input-type=module', '-e', `process.stdout.write(String((await import(${JSON.stringify(launch)})).loadCli().cacheUsed))`], { encoding: 'utf8' });
      expect(used.stdout).toBe('false');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  it('prints help through the cached code (yargs is an ES module loaded on demand)', () => {
    const r = lint(launcher, '--help');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('--max-warnings');
    expect(r.stderr).toBe('');
  });
  const bin = join(root, 'dist', 'bin.js');
  it('runs as a real process (smoke test)', () => {
    expect(existsSync(bin), 'dist/bin.js is built by npm ci (prepare)').toBe(true);
    const r = spawnSync(process.execPath, [bin, '--format', 'json', fx('split-runs.md'), fx('nope.md')], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(JSON.parse(r.stdout)).toHaveLength(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('help and version', () => {
  it('--help prints usage with every option and exits 0', async () => {
    const r = await cli('--help');
    expect(r.code).toBe(0);
    for (const o of ['--format', '--fail-on', '--max-warnings', '--lang', '--output-file']) expect(r.stdout).toContain(o);
    expect(r.stderr).toBe('');
  });
  it('--version prints the package version', async () => {
    expect((await cli('--version')).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
