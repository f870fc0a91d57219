#!/usr/bin/env node
// Prints the README's accuracy table: precision and recall per corpus set and per language (from the scorer's
// per-document counts), for the Markdown text and the Word originals. Needs ../shared beside the repository.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const corpus = join(root, '..', 'shared', 'corpus');
const score = join(root, '..', 'shared', 'tools', 'score.mjs');
if (!existsSync(score)) { console.error('accuracy-table: ../shared not found'); process.exit(2); }
const cli = `node ${join(root, 'dist', 'bin.js')}`;
const LANG = { da: 'Danish', no: 'Norwegian', sv: 'Swedish', us: 'English', en: 'English' };

function run(args) {
  let out;
  try { out = execFileSync(process.execPath, [score, ...args, '--cli', cli, '--per-doc'], { encoding: 'utf8', maxBuffer: 1 << 26 }); }
  catch (e) { out = String(e.stdout ?? ''); }
  const rows = [...out.matchAll(/^(\S+\.md)\s+(\d+)\s+(\d+)\s+(\d+)/gm)].map((m) => ({ doc: m[1], tp: +m[2], fn: +m[3], fp: +m[4] }));
  const total = /tp=(\d+) fn=(\d+) fp=(\d+)/.exec(out);
  return { rows, total: total ? { tp: +total[1], fn: +total[2], fp: +total[3] } : undefined };
}
const pct = (a, b) => (b ? `${(100 * a / b).toFixed(1)} %` : '–');
const line = (name, docs, c) => `| ${name} | ${docs} | ${pct(c.tp, c.tp + c.fp)} | ${pct(c.tp, c.tp + c.fn)} | ${c.tp} | ${c.fn} | ${c.fp} |`;

const sets = [
  ['dev, Markdown', ['--labels', join(corpus, 'labels-dev.jsonl'), '--docs', join(corpus, 'docs')]],
  ['dev, Word originals', ['--labels', join(corpus, 'labels-dev.jsonl'), '--docs', join(corpus, 'docx'), '--ext', '.docx', '--text-of', join(corpus, 'docs')]],
  ['validation (sealed), Markdown', ['--labels', join(corpus, 'val', 'labels-val.sealed'), '--docs', join(corpus, 'val', 'docs')]],
  ['validation (sealed), Word originals', ['--labels', join(corpus, 'val', 'labels-val.sealed'), '--docs', join(corpus, 'val', 'docx'), '--ext', '.docx', '--text-of', join(corpus, 'val', 'docs')]],
  ['invented call-offs, batch A (bench/invented)', ['--labels', join(root, 'bench', 'invented', 'labels.jsonl'), '--docs', join(root, 'bench', 'invented', 'docs')]],
  ['invented call-offs, batch B (bench/invented-b)', ['--labels', join(root, 'bench', 'invented-b', 'labels.jsonl'), '--docs', join(root, 'bench', 'invented-b', 'docs')]],
  ['invented call-offs, batch D (bench/invented-d)', ['--labels', join(root, 'bench', 'invented-d', 'labels.jsonl'), '--docs', join(root, 'bench', 'invented-d', 'docs')]],
  ['invented call-offs, batch E (bench/invented-e)', ['--labels', join(root, 'bench', 'invented-e', 'labels.jsonl'), '--docs', join(root, 'bench', 'invented-e', 'docs')]],
];
console.log('| set | documents with scored labels | precision | recall | tp | fn | fp |');
console.log('|---|---:|---:|---:|---:|---:|---:|');
for (const [name, args] of sets) {
  const r = run(args);
  if (!r.total) { console.log(`| ${name} | – | no score | | | | |`); continue; }
  console.log(line(`**${name}**`, r.rows.length, r.total));
  const by = new Map();
  for (const row of r.rows) {
    const l = LANG[row.doc.slice(0, 2)] ?? 'other';
    const c = by.get(l) ?? { n: 0, tp: 0, fn: 0, fp: 0 };
    c.n++; c.tp += row.tp; c.fn += row.fn; c.fp += row.fp;
    by.set(l, c);
  }
  for (const [l, c] of [...by].sort()) console.log(line(`&nbsp;&nbsp;${l}`, c.n, c));
}
