// Shared bench helpers: paths, whole-process timing with min/median/max, formatting and content hashing.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const out = join(root, 'bench', 'out');
mkdirSync(out, { recursive: true });
/** The executable users run: package.json's bin (the bundled CLI). */
export const bin = join(root, JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).bin.tenderlint);
export const node = process.execPath;
/** BENCH_RUNS overrides the default number of runs (5 for small inputs, 3 for 1,000 pages). */
export const runsFor = (pages) => Number(process.env.BENCH_RUNS ?? (pages >= 1000 ? 3 : 5));

export function stats(ts) {
  const s = [...ts].sort((a, b) => a - b);
  return { min: s[0], median: s[Math.floor(s.length / 2)], max: s[s.length - 1], n: s.length, runs: [...ts] };
}

/** Runs a command `runs` times; exit codes 0 and 1 are success (1 = findings). Returns ms stats. */
export function time(cmd, args, runs, opts = {}) {
  const ts = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    const r = spawnSync(cmd, args, { stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 28, cwd: root, ...opts });
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    if (r.status !== 0 && r.status !== 1) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status ?? r.signal}: ${String(r.stderr).slice(0, 500)}`);
    ts.push(ms);
  }
  return stats(ts);
}

/** Times several commands side by side, alternating them run by run so the machine's drift hits each alike. */
export function timeSide(cmds, runs) {
  const ts = cmds.map(() => []);
  for (let i = 0; i < runs; i++) cmds.forEach(([cmd, args], k) => ts[k].push(time(cmd, args, 1).median));
  return ts.map(stats);
}

/**
 * The ratio num/den of two commands timed side by side, run by run: each pair ran back to back, so a slow spell of a
 * shared machine slows both and cancels out, where a ratio of two medians would not. Median (min-max) of the pairs.
 */
export function pairedRatio(num, den) {
  return stats(num.runs.map((t, i) => t / den.runs[i]));
}
export const fmtRatio = (r) => `${r.median.toFixed(2)}× (${r.min.toFixed(2)}–${r.max.toFixed(2)})`;

/** Runs once and returns stdout (for checking what a tool reported). */
export function output(cmd, args) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 1 << 30, cwd: root });
  if (r.status !== 0 && r.status !== 1) throw new Error(`${cmd} exited ${r.status}: ${String(r.stderr).slice(0, 500)}`);
  return r.stdout;
}

/** One run under GNU time (/usr/bin/time): wall and CPU seconds, peak resident KB; undefined without GNU time. */
export function gnuTime(cmd) {
  const r = spawnSync('/usr/bin/time', ['-f', '%e %U %S %M', ...cmd], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', maxBuffer: 1 << 28, cwd: root });
  const m = /(\d+\.\d+) (\d+\.\d+) (\d+\.\d+) (\d+)\s*$/.exec(r.stderr ?? '');
  return m ? { wall: Number(m[1]), user: Number(m[2]), sys: Number(m[3]), rssKb: Number(m[4]) } : undefined;
}

export const ms = (t) => (t >= 10000 ? `${(t / 1000).toFixed(1)} s` : `${t.toFixed(0)} ms`);
/** "median (min–max)" */
export const fmt = (t) => `${ms(t.median)} (${ms(t.min)}–${ms(t.max)})`;
export const mbs = (bytes, t) => bytes / 1e6 / (t.median / 1000);
export const hash = (data) => createHash('sha256').update(data).digest('hex').slice(0, 16);
export const pad = (s, n) => String(s).padEnd(n);
export const lpad = (s, n) => String(s).padStart(n);
