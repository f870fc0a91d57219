#!/usr/bin/env node
// Accuracy ratchet: scores the CLI on each labelled set and fails when a figure drops below its committed floor.
//
//   node .ci/accuracy.mjs            check every set against .ci/accuracy-floors.json (exit 1 on a drop)
//   node .ci/accuracy.mjs --update   also raise the floors to today's figures (never lowers one)
//
// Floors are what was measured, not targets: they only ever go up, so an improvement, once landed, is kept.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync, renameSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const shared = join(root, '..', 'shared');
const floorsPath = join(here, 'accuracy-floors.json');
const update = process.argv.includes('--update');
const score = join(shared, 'tools', 'score.mjs');
if (!existsSync(score)) {
  console.log('../shared not found: accuracy ratchet skipped');
  process.exit(0);
}
const corpus = join(shared, 'corpus');
const SETS = {
  'dev-md': ['--labels', join(corpus, 'labels-dev.jsonl'), '--docs', join(corpus, 'docs')],
  'dev-docx': ['--labels', join(corpus, 'labels-dev.jsonl'), '--docs', join(corpus, 'docx'), '--ext', '.docx', '--text-of', join(corpus, 'docs')],
  validation: ['--labels', join(corpus, 'val', 'labels-val.sealed'), '--docs', join(corpus, 'val', 'docs')],
  'validation-docx': ['--labels', join(corpus, 'val', 'labels-val.sealed'), '--docs', join(corpus, 'val', 'docx'), '--ext', '.docx', '--text-of', join(corpus, 'val', 'docs')],
  // Invented call-offs written and labelled by sessions that never saw the tool (bench/invented/README.md).
  invented: ['--labels', join(root, 'bench', 'invented', 'labels.jsonl'), '--docs', join(root, 'bench', 'invented', 'docs')],
  'invented-b': ['--labels', join(root, 'bench', 'invented-b', 'labels.jsonl'), '--docs', join(root, 'bench', 'invented-b', 'docs')],
  'invented-d': ['--labels', join(root, 'bench', 'invented-d', 'labels.jsonl'), '--docs', join(root, 'bench', 'invented-d', 'docs')],
  'invented-e': ['--labels', join(root, 'bench', 'invented-e', 'labels.jsonl'), '--docs', join(root, 'bench', 'invented-e', 'docs')],
};
const floors = JSON.parse(readFileSync(floorsPath, 'utf8'));
let failed = false;
const next = structuredClone(floors);
for (const [name, args] of Object.entries(SETS)) {
  let out;
  try {
    out = execFileSync(process.execPath, [score, ...args, '--cli', `node ${join(root, 'dist', 'bin.js')}`], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 26 });
  } catch (e) {
    out = String(e.stdout ?? '');
  }
  const m = /score: precision ([\d.]+)% recall ([\d.]+)%/.exec(out);
  if (!m) {
    console.log(`${name}: the scorer gave no score\n${out.slice(-800)}`);
    failed = true;
    continue;
  }
  const got = { precision: Number(m[1]), recall: Number(m[2]) };
  const floor = floors[name] ?? { precision: 0, recall: 0 };
  const drops = ['precision', 'recall'].filter((k) => got[k] < floor[k]);
  const status = drops.length ? `BELOW FLOOR (${drops.join(', ')})` : 'ok';
  console.log(`accuracy ${name.padEnd(10)} precision ${got.precision.toFixed(1)}% (floor ${floor.precision.toFixed(1)}%)  recall ${got.recall.toFixed(1)}% (floor ${floor.recall.toFixed(1)}%)  ${status}`);
  if (drops.length) failed = true;
  next[name] = { precision: Math.max(floor.precision, got.precision), recall: Math.max(floor.recall, got.recall) };
}
if (update) {
  const tmp = `${floorsPath}.tmp`;
  writeFileSync(tmp, JSON.stringify(next, null, 2) + '\n');
  renameSync(tmp, floorsPath);
  console.log('floors raised where the figures improved (never lowered)');
}
process.exit(failed ? 1 : 0);
