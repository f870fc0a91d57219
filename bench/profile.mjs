// Where tenderlint's time goes: one `node --cpu-prof` run of the CLI, summarised as self time by function and module.
// Usage: node bench/profile.mjs FILE — prints the summary (run.mjs calls profile() on the 1,000-page spec).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { root, out, bin, node } from './lib.mjs';

/** A module name for a script URL: the npm package, dist/<dir>, or node's own internals. */
function moduleOf(url, name) {
  if (!url) return name.startsWith('(') ? name : '(V8 builtins and natives)';
  if (url.startsWith('node:')) return 'node internals';
  const p = url.replace(/^file:\/\//, '');
  const nm = p.lastIndexOf('node_modules/');
  if (nm >= 0) { const rest = p.slice(nm + 13).split('/'); return rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]; }
  const rel = relative(root, p);
  return rel.startsWith('dist/') ? rel.split('/').slice(0, 2).join('/') : rel;
}

export function profile(file, top = 12, entry = bin) {
  const dir = join(out, 'prof');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const t0 = Date.now();
  const r = spawnSync(node, ["--cpu-prof", "--cpu-prof-dir", dir, entry, '--format', 'json', file], { stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 28, cwd: root });
  const wall = Date.now() - t0;
  if (r.status !== 0 && r.status !== 1) throw new Error(`profiled run failed: ${r.stderr}`);
  const prof = JSON.parse(readFileSync(join(dir, readdirSync(dir).find((f) => f.endsWith('.cpuprofile'))), 'utf8'));
  const byId = new Map(prof.nodes.map((n) => [n.id, n]));
  const self = new Map();
  prof.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (prof.timeDeltas[i] ?? 0) / 1000));
  const fns = new Map(), mods = new Map();
  let total = 0;
  for (const [id, t] of self) {
    const { functionName, url, lineNumber } = byId.get(id).callFrame;
    const mod = moduleOf(url, functionName);
    const key = url ? `${functionName || '(anonymous)'}  ${url.startsWith('node:') ? url : relative(root, url.replace(/^file:\/\//, ''))}:${lineNumber + 1}` : functionName.slice(0, 90);
    fns.set(key, (fns.get(key) ?? 0) + t);
    mods.set(mod, (mods.get(mod) ?? 0) + t);
    total += t;
  }
  const rows = (m) => [...m].sort((a, b) => b[1] - a[1]).slice(0, top).map(([k, t]) => `  ${(t / 1000).toFixed(2).padStart(6)} s ${(100 * t / total).toFixed(1).padStart(5)}%  ${k}`);
  return [
    `profile of one run on ${relative(root, file)}: ${(wall / 1000).toFixed(1)} s wall (with profiler), ${(total / 1000).toFixed(1)} s sampled`,
    'self time by module:', ...rows(mods), 'self time by function:', ...rows(fns),
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(profile(process.argv[2]));
