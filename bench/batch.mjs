#!/usr/bin/env node
// Batch bench (issue 15): N ten-page specs generated into a temporary folder, linted by the installed executable with
// --concurrency off / 1 / 2 / auto and with a cold and a warm --cache; wall time, peak resident memory (GNU time's
// %M: the whole process, worker threads included), specs per hour, and whether every report is byte-identical.
// Run alone with `npm run bench -- batch` (BENCH_BATCH_FILES, BENCH_BATCH_PAGES change the size).
import { mkdirSync, writeFileSync, readFileSync, rmSync, existsSync, readdirSync, cpSync, symlinkSync } from 'node:fs';
import { join, relative } from 'node:path';
import { tmpdir, cpus, availableParallelism } from 'node:os';
import { spawnSync } from 'node:child_process';
import { generateSpec } from './generate.mjs';
import { root, bin, node, hash, pad, lpad, ms } from './lib.mjs';

const TIME = '/usr/bin/time';

/** A folder of `n` generated specs (kept between bench runs: generating is deterministic). */
function folder(n, pages) {
  const dir = join(tmpdir(), `tenderlint-bench-batch-${n}x${pages}`);
  if (!existsSync(dir) || readdirSync(dir).filter((f) => f.endsWith('.md')).length !== n) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    for (let i = 0; i < n; i++) writeFileSync(join(dir, `spec-${String(i).padStart(5, '0')}.md`), generateSpec(pages, i + 1));
  }
  return dir;
}

/**
 * A copy of the built package (dist, lexicon, docs, schema, package.json; node_modules linked) taken when the bench
 * starts: the working tree is shared, and a rebuild during the minutes the batch cases take would otherwise mix two
 * builds into one table.
 */
function snapshot() {
  const snap = join(tmpdir(), `tenderlint-bench-snapshot-${process.pid}`);
  rmSync(snap, { recursive: true, force: true });
  mkdirSync(snap, { recursive: true });
  for (const d of ['dist', 'lexicon', 'docs', 'schema', 'package.json']) if (existsSync(join(root, d))) cpSync(join(root, d), join(snap, d), { recursive: true, preserveTimestamps: true });
  symlinkSync(join(root, 'node_modules'), join(snap, 'node_modules'));
  return snap;
}

let exe = bin;

/** One whole-process run: wall ms, peak RSS (MB) and a hash of stdout (the report). */
function runOnce(dir, args) {
  const stats = join(dir, '..', `tenderlint-bench-time-${process.pid}.txt`);
  const cmd = existsSync(TIME) ? [TIME, ['-f', '%e %M %U %S', '-o', stats, node, exe, ...args]] : [node, [exe, ...args]];
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd[0], cmd[1], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 30 });
  const wall = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0 && r.status !== 1) throw new Error(`tenderlint ${args.join(' ')} exited ${r.status}: ${String(r.stderr).slice(0, 500)}`);
  // GNU time's last line (warnings such as "exited with non-zero status" come before it).
  const [, kb, user, sys] = existsSync(TIME) ? readFileSync(stats, 'utf8').trim().split('\n').pop().split(/\s+/).map(Number) : [];
  rmSync(stats, { force: true });
  return { wall, rss: kb / 1024, cpu: (user + sys) * 1000, hash: hash(r.stdout), bytes: r.stdout.length, files: JSON.parse(r.stdout).length };
}

/**
 * What this machine gives two independent single-thread processes of the same work: shards 1/2 and 2/2 with
 * --concurrency off, started together; the wall time until both end. No shared heap, no pool, no messages: the
 * ceiling for any in-process use of two cores (memory bandwidth, caches and V8's own helper threads are shared).
 */
function twoProcesses(dir) {
  const args = (i) => [exe, '--format', 'json', '--concurrency', 'off', '--shard', `${i}/2`, '.'];
  const script = `const { spawn } = require('node:child_process');
    const t0 = process.hrtime.bigint(); let left = 2;
    for (const a of ${JSON.stringify([args(1), args(2)])}) spawn(${JSON.stringify(node)}, a, { cwd: ${JSON.stringify(dir)}, stdio: 'ignore' })
      .on('exit', () => { if (--left === 0) process.stdout.write(String(Number(process.hrtime.bigint() - t0) / 1e6)); });`;
  return Number(spawnSync(node, ['-e', script], { encoding: 'utf8' }).stdout);
}

export function batchBench({ files = Number(process.env.BENCH_BATCH_FILES ?? 1000), pages = Number(process.env.BENCH_BATCH_PAGES ?? 10) } = {}) {
  const small = Math.max(1, Math.round(files / 10));
  const started = Date.now();
  const snap = snapshot();
  const big = folder(files, pages), little = folder(small, pages);
  exe = join(snap, relative(root, bin));
  console.log(`batch: ${files} and ${small} generated ${pages}-page Markdown specs (${tmpdir()}), --format json to a pipe; ${cpus().length} cores, availableParallelism ${availableParallelism()}; one run per case`);
  const rows = [];
  const row = (label, dir, n, args) => {
    const r = runOnce(dir, ['--format', 'json', ...args, '.']);
    rows.push({ label, n, ...r });
    console.log(`${pad(label, 26)}${lpad(n, 6)} files  ${lpad(ms(r.wall), 8)}  ${lpad(ms(r.cpu), 8)} CPU  ${lpad(r.rss.toFixed(0), 5)} MB peak  ${lpad(Math.round(n / (r.wall / 3.6e6)).toLocaleString('en'), 9)} specs/h  report ${r.hash}`);
    return r;
  };
  console.log(`${pad('case', 26)}${lpad('n', 6)}        ${lpad('wall', 8)}  ${lpad('user+sys', 8)}      ${lpad('RSS', 5)}          ${lpad('throughput', 9)}`);
  const off100 = row('--concurrency off', little, small, ['--concurrency', 'off']);
  const off = row('--concurrency off', big, files, ['--concurrency', 'off']);
  const two = row('--concurrency 2', big, files, ['--concurrency', '2']);
  const auto = row('--concurrency auto', big, files, ['--concurrency', 'auto']);
  const pair = twoProcesses(big);
  console.log(`${pad('2 processes, shards 1/2+2/2', 26)}${lpad(files, 6)} files  ${lpad(ms(pair), 8)}  (two independent --concurrency off processes at once: the machine's ceiling)`);
  const cacheFile = join(big, '.tenderlintcache');
  rmSync(cacheFile, { force: true });
  const cold = row('--cache, cold (auto)', big, files, ['--cache', '--concurrency', 'auto']);
  const warm = row('--cache, warm (auto)', big, files, ['--cache', '--concurrency', 'auto']);
  const cacheMB = existsSync(cacheFile) ? readFileSync(cacheFile).length / 1e6 : 0;
  rmSync(cacheFile, { force: true });
  const same = new Set([off, two, auto, cold, warm].map((r) => r.hash)).size === 1;
  const verdict = (ok) => (ok ? 'met    ' : 'NOT met');
  const peak = Math.max(off.rss, two.rss, auto.rss, cold.rss, warm.rss);
  console.log(`reports identical across off, 2, auto, cold and warm cache: ${same ? 'yes' : 'NO'}; every report has ${off.files} files; cache file ${cacheMB.toFixed(1)} MB`);
  console.log('targets (issue 15)');
  console.log(`  ${verdict(peak <= 400)}  peak RSS ≤ 400 MB for ${files} files: ${peak.toFixed(0)} MB (highest of all cases; off ${off.rss.toFixed(0)} MB, 2 threads ${two.rss.toFixed(0)} MB)`);
  console.log(`  ${verdict(off.rss <= off100.rss * 1.25)}  flat from ${small} to ${files} files (off): ${off100.rss.toFixed(0)} → ${off.rss.toFixed(0)} MB (${(off.rss / off100.rss).toFixed(2)}×)`);
  console.log(`  ${verdict(off.wall / two.wall >= 1.6)}  --concurrency 2 ≥ 1.6× faster than 1 (off): ${(off.wall / two.wall).toFixed(2)}× (${ms(off.wall)} → ${ms(two.wall)}; auto ${(off.wall / auto.wall).toFixed(2)}×); two independent processes reach ${(off.wall / pair).toFixed(2)}× on this machine`);
  console.log(`  ${verdict(warm.wall <= cold.wall * 0.15)}  warm --cache ≤ 15 % of cold: ${((warm.wall / cold.wall) * 100).toFixed(1)} % (${ms(cold.wall)} → ${ms(warm.wall)})`);
  rmSync(snap, { recursive: true, force: true });
  // On a shared machine the wall-clock speed-up of threads depends on what else runs; CPU time shows what threads cost.
  console.log(`CPU time (user + sys) for ${files} files: off ${ms(off.cpu)}, 2 threads ${ms(two.cpu)} (${(two.cpu / off.cpu).toFixed(2)}×); on an otherwise idle 2-core machine 2 threads can be at most ${((2 * off.cpu) / two.cpu).toFixed(2)}× faster than off`);
  console.log(`batch bench time ${ms(Date.now() - started)}`);
  return { rows, same };
}

if (import.meta.url === `file://${process.argv[1]}`) batchBench();
