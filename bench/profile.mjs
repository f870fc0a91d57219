// Where tenderlint's time goes: one `node --cpu-prof` run of the CLI, summarised as time by stage (inclusive), and
// self time by module and by function.
// Usage: node bench/profile.mjs FILE [TOP] — prints the summary (run.mjs calls profile() on the 1,000-page spec).
// The run is of dist/bin.js, the unbundled CLI: the same code as the installed executable (dist/tenderlint.mjs, one
// bundle), but with each module in its own file, so time can be told by module and by line.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { root, out, bin, node } from './lib.mjs';

const unbundled = join(root, 'dist', 'bin.js');

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

/** Stages of a run: a function of dist/ (by name and file) whose inclusive time is reported. */
const STAGES = [
  ['parse: Markdown to blocks', 'parseMarkdown', 'dist/parse/markdown.js'],
  ['  of which remark (micromark + mdast)', 'parse', 'node_modules/unified/'],
  ['lint: everything after parsing', 'lint', 'dist/engine/linter.js'],
  ['  languages of the blocks', 'languagesOf', 'dist/engine/linter.js'],
  ['  lexicon names and their context', 'findMentions', 'dist/analysis/mentions.js'],
  ['    the buyer\'s names (once)', 'BuyerFacts', 'dist/analysis/buyer.js'],
  ['    sentence context of a span', 'at', 'dist/analysis/context.js'],
  ['  rules (all checkers)', 'check', 'dist/checkers/'],
  ['  findings (messages, locations)', 'stamp', 'dist/engine/linter.js'],
  ['report: JSON of the findings', 'toJsonResults', 'dist/report/json.js'],
];

export function profile(file, top = 12, entry = existsSync(unbundled) ? unbundled : bin) {
  const dir = join(out, 'prof');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const t0 = Date.now();
  const r = spawnSync(node, ['--cpu-prof', '--cpu-prof-dir', dir, entry, '--format', 'json', file], { stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 28, cwd: root });
  const wall = Date.now() - t0;
  if (r.status !== 0 && r.status !== 1) throw new Error(`profiled run failed: ${r.stderr}`);
  const prof = JSON.parse(readFileSync(join(dir, readdirSync(dir).find((f) => f.endsWith('.cpuprofile'))), 'utf8'));
  const byId = new Map(prof.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map();
  prof.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (prof.timeDeltas[i] ?? 0) / 1000));
  const fns = new Map(), mods = new Map(), stages = new Map();
  let total = 0;
  const path = (url) => (url.startsWith('node:') ? url : relative(root, url.replace(/^file:\/\//, '')));
  for (const [id, t] of self) {
    const { functionName, url, lineNumber } = byId.get(id).callFrame;
    const mod = moduleOf(url, functionName);
    const key = url ? `${functionName || '(anonymous)'}  ${path(url)}:${lineNumber + 1}` : functionName.slice(0, 90);
    fns.set(key, (fns.get(key) ?? 0) + t);
    mods.set(mod, (mods.get(mod) ?? 0) + t);
    total += t;
    // Inclusive: a sample counts once for each stage on its stack (recursion counted once).
    const on = new Set();
    for (let x = id; x !== undefined; x = parent.get(x)) {
      const f = byId.get(x).callFrame;
      for (const [label, name, where] of STAGES) if (f.functionName === name && (path(f.url).startsWith(where) || f.url.includes(`/${where}`))) on.add(label);
    }
    for (const label of on) stages.set(label, (stages.get(label) ?? 0) + t);
  }
  const line = (k, t) => `  ${(t / 1000).toFixed(2).padStart(6)} s ${(100 * t / total).toFixed(1).padStart(5)}%  ${k}`;
  const rows = (m) => [...m].sort((a, b) => b[1] - a[1]).slice(0, top).map(([k, t]) => line(k, t));
  return [
    `profile of one run on ${relative(root, file)} (${relative(root, entry)}): ${(wall / 1000).toFixed(1)} s wall (with profiler), ${(total / 1000).toFixed(1)} s sampled`,
    'time by stage (inclusive):', ...STAGES.filter(([label]) => stages.has(label)).map(([label]) => line(label, stages.get(label))),
    'self time by module:', ...rows(mods), 'self time by function:', ...rows(fns),
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(profile(process.argv[2], Number(process.argv[3] ?? 12)));
