#!/usr/bin/env node
// Cold start alone (issue 15: one page ≤ 2× `node -e 0`): section 1's measurement with more runs, and where the time
// goes inside the process. `node bench/cold-start.mjs [runs]` (default 21). Whole-process times, alternating
// `node -e 0` and the installed executable on the one-page spec run by run, stdout to /dev/null as in section 1.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { generateSpec } from './generate.mjs';
import { out, bin, node, timeSide, pairedRatio, fmtRatio, fmt } from './lib.mjs';

const runs = Number(process.argv[2] ?? 21);
const spec = join(out, 'cold-1-page.md');
writeFileSync(spec, generateSpec(1, 1));
const [base, cold] = timeSide([[node, ['-e', '0']], [node, [bin, '--format', 'json', spec]]], runs);
console.log(`node -e 0            ${fmt(base)}`);
console.log(`tenderlint, 1 page   ${fmt(cold)}`);
console.log(`paired ratio         ${fmtRatio(pairedRatio(cold, base))}; ratio of minima ${(cold.min / base.min).toFixed(2)}×`);

// Inside one process: loading the bundle through the code cache, then the run (lexicon, parse, rules, report).
const probe = `
  const t0 = performance.now();
  const { loadCli } = await import(${JSON.stringify(new URL('../dist/launch.js', import.meta.url).href)});
  const cli = loadCli();
  const t1 = performance.now();
  let n = 0;
  await cli.run(['--format', 'json', ${JSON.stringify(spec)}], { stdout: (s) => { n += s.length; }, stderr: () => {}, cwd: process.cwd(), isTTY: false, env: {} });
  const t2 = performance.now();
  process.stdout.write(JSON.stringify({ boot: t0, load: t1 - t0, run: t2 - t1, cacheUsed: cli.cacheUsed }));`;
const phases = Array.from({ length: Math.min(runs, 11) }, () => JSON.parse(spawnSync(node, ['--input-type=module', '-e', probe], { encoding: 'utf8' }).stdout));
const med = (k) => phases.map((p) => p[k]).sort((a, b) => a - b)[phases.length >> 1];
console.log(`in-process medians   node start to first line ${med('boot').toFixed(0)} ms, bundle load ${med('load').toFixed(1)} ms (code cache used: ${phases.every((p) => p.cacheUsed)}), lint + report ${med('run').toFixed(1)} ms`);
