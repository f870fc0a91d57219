import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync, writeFileSync, appendFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { lintStream, parseCount, type BatchOptions, type BatchStats } from '../../src/io/lint-files.js';
import type { FileResult } from '../../src/model/finding.js';
import { cli, specFolder } from './helpers.js';

const root = join(import.meta.dirname, '..', '..');

async function lint(paths: string[], options: BatchOptions): Promise<{ results: FileResult[]; stats: BatchStats; parsed: number; warnings: string[] }> {
  const stats: BatchStats = { files: 0, linted: 0, cached: 0, threads: 0 };
  const warnings: string[] = [];
  const before = parseCount();
  const results: FileResult[] = [];
  for await (const r of lintStream(paths, { ...options, stats, onWarning: (m) => warnings.push(m) })) results.push(r);
  return { results, stats, parsed: parseCount() - before, warnings };
}

describe('--cache', () => {
  it('does not parse an unchanged file again, and gives the same results', async () => {
    const { dir, files } = specFolder(4);
    const cache = join(dir, '.tenderlintcache');
    const cold = await lint(files, { cache });
    expect(cold.parsed).toBe(4);
    expect(existsSync(cache)).toBe(true);
    const warm = await lint(files, { cache });
    expect(warm.parsed).toBe(0);
    expect(warm.stats).toMatchObject({ linted: 0, cached: 4 });
    expect(warm.results).toEqual(cold.results);
    expect(cold.results.every((r) => r.doc === undefined)).toBe(true);
  });

  it('with worker threads too: a cold run lints on them, a warm run starts none', async () => {
    const { dir, files } = specFolder(4, 1);
    const cache = join(dir, '.tenderlintcache');
    const cold = await lint(files, { cache, concurrency: 2 });
    expect(cold.stats).toMatchObject({ linted: 4, threads: 2 });
    const warm = await lint(files, { cache, concurrency: 2 });
    expect(warm.stats).toMatchObject({ linted: 0, cached: 4, threads: 0 });
    expect(warm.results).toEqual(cold.results);
    // The cache a threaded run wrote serves a run in this thread, and the other way round.
    expect((await lint(files, { cache })).parsed).toBe(0);
  }, 120_000);

  it('a hit really comes from the cache file: an entry edited on disk (key kept) is what is reported', async () => {
    const { dir, files } = specFolder(1);
    const cache = join(dir, '.tenderlintcache');
    const cold = await lint(files, { cache });
    const message = cold.results[0]!.findings[0]!.message;
    // Entries are deflated JSON in base64: unpack the one entry, edit it, pack it again, key untouched.
    const data = JSON.parse(readFileSync(cache, 'utf8')) as { entries: Record<string, [string, string]> };
    const [key, packed] = data.entries[files[0]!]!;
    const json = inflateRawSync(Buffer.from(packed, 'base64')).toString('utf8');
    expect(json).toContain(JSON.stringify(message));
    data.entries[files[0]!] = [key, deflateRawSync(json.split(JSON.stringify(message)).join('"EDITED IN THE CACHE"')).toString('base64')];
    writeFileSync(cache, JSON.stringify(data));
    const warm = await lint(files, { cache });
    expect(warm.parsed).toBe(0);
    expect(warm.results[0]!.findings[0]!.message).toBe('EDITED IN THE CACHE');
  });

  it('re-lints a file whose content changed, and only that file', async () => {
    const { dir, files } = specFolder(3);
    const cache = join(dir, '.tenderlintcache');
    await lint(files, { cache });
    appendFileSync(files[1]!, '\nLøsningen skal anvende Oracle Database.\n');
    const again = await lint(files, { cache });
    expect(again.parsed).toBe(1);
    expect(again.stats.cached).toBe(2);
  });

  it('re-lints when the configuration changes', async () => {
    const { dir, files } = specFolder(2);
    const cache = join(dir, '.tenderlintcache');
    const cfg = join(dir, 'tenderlint.config.json');
    writeFileSync(cfg, JSON.stringify({ rules: {} }));
    const first = await lint(files, { cache, config: 'search' });
    expect((await lint(files, { cache, config: 'search' })).parsed).toBe(0);
    writeFileSync(cfg, JSON.stringify({ rules: { 'brand-without-equivalent': 'off' } }));
    const { clearConfigCache } = await import('../../src/io/config.js');
    clearConfigCache();
    const changed = await lint(files, { cache, config: 'search' });
    expect(changed.parsed).toBe(2);
    expect(changed.results[0]!.findings.some((f) => f.ruleId === 'brand-without-equivalent')).toBe(false);
    expect(first.results[0]!.findings.some((f) => f.ruleId === 'brand-without-equivalent')).toBe(true);
  });

  it('re-lints when an extra lexicon file changes, even at the same size and time', async () => {
    const { dir, files } = specFolder(2);
    const cache = join(dir, '.tenderlintcache');
    const lexDir = join(dir, 'lex');
    mkdirSync(lexDir);
    const lex = join(lexDir, 'own.yaml');
    const entry = (term: string) => `category: other\nentries:\n  - id: own-system\n    terms: [${term}]\n    vendor: Own Vendor\n    kind: product\n    neutral: { da: et system, en: a system, sv: ett system, no: et system }\n    examples:\n      flag: [Løsningen skal anvende ${term}.]\n      pass: [Løsningen skal anvende ${term} eller tilsvarende.]\n`;
    writeFileSync(lex, entry('Zyxwvu'));
    const first = await lint(files, { cache, lexicon: [lex] });
    expect(first.results.map((r) => r.error)).toEqual([undefined, undefined]);
    expect((await lint(files, { cache, lexicon: [lex] })).parsed).toBe(0);
    writeFileSync(lex, entry('Qwerty'));
    expect((await lint(files, { cache, lexicon: [lex] })).parsed).toBe(2);
  });

  it('a corrupt cache gives one warning on stderr, is ignored, and the report and exit code are as without it', async () => {
    const { dir } = specFolder(3);
    const plain = await cli(dir, ['--format', 'json', '.']);
    writeFileSync(join(dir, '.tenderlintcache'), '{"tenderlint-cache":1,"entries":{"x":[1,');
    const r = await cli(dir, ['--format', 'json', '--cache', '.']);
    expect(r.stdout).toBe(plain.stdout);
    expect(r.code).toBe(plain.code);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^tenderlint: .*\.tenderlintcache: the cache is corrupt; it is ignored/);
    // Rewritten whole: the next run uses it without a word.
    const again = await cli(dir, ['--format', 'json', '--cache', '.']);
    expect(again.stderr).toBe('');
    expect(again.stdout).toBe(plain.stdout);
  });

  it('a cache of another tenderlint version is replaced without a warning', async () => {
    const { dir } = specFolder(2, 1);
    writeFileSync(join(dir, '.tenderlintcache'), JSON.stringify({ 'tenderlint-cache': 1, entries: { [join(dir, 'spec-00.md')]: ['k', '{}'] } }));
    const r = await cli(dir, ['--format', 'json', '--cache', '.']);
    expect(r.stderr).toBe('');
    const data = JSON.parse(readFileSync(join(dir, '.tenderlintcache'), 'utf8'));
    expect(data['tenderlint-cache']).not.toBe(1);
    expect(Object.keys(data.entries)).toHaveLength(2);
  });

  it('--cache-location takes a file or a folder, and the cache never replaces a specification', async () => {
    const { dir, files } = specFolder(1);
    mkdirSync(join(dir, 'c'));
    await cli(dir, ['--cache', '--cache-location', 'c', files[0]!]);
    expect(existsSync(join(dir, 'c', '.tenderlintcache'))).toBe(true);
    await cli(dir, ['--cache', '--cache-location', 'my.cache', files[0]!]);
    expect(existsSync(join(dir, 'my.cache'))).toBe(true);
    const spec = readFileSync(files[0]!, 'utf8');
    const r = await cli(dir, ['--cache', '--cache-location', files[0]!, files[0]!]);
    expect(readFileSync(files[0]!, 'utf8')).toBe(spec);
    expect(r.stderr).toMatch(/cache/);
  });

  it('two runs sharing one cache leave a whole, valid cache file and no temporary files', async () => {
    const { dir } = specFolder(6, 1);
    const bin = join(root, 'dist', 'tenderlint.mjs');
    const once = (): Promise<number> => new Promise((done) => {
      const p = spawn(process.execPath, [bin, '--format', 'json', '--cache', '.'], { cwd: dir, stdio: 'ignore' });
      p.on('exit', (code) => done(code ?? -1));
    });
    const codes = await Promise.all([once(), once(), once()]);
    expect(codes.every((c) => c === 0 || c === 1)).toBe(true);
    const data = JSON.parse(readFileSync(join(dir, '.tenderlintcache'), 'utf8'));
    expect(Object.keys(data.entries)).toHaveLength(6);
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  }, 120_000);
});
