#!/usr/bin/env node
// npm run bench: whole-process times of the built CLI on generated specifications, with MB/s and the machine's
// noise (min/median/max). A benchmark, not a test: it asserts nothing, it prints figures to compare side by side.
import { mkdirSync, writeFileSync, statSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync, execFileSync } from 'node:child_process';
import { generateSpec } from './generate.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'bench', 'out');
mkdirSync(out, { recursive: true });
const bin = join(root, 'dist', 'bin.js');
const runs = Number(process.env.BENCH_RUNS ?? 5);

function time(cmd, args) {
  const ts = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    const r = spawnSync(cmd, args, { stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 28 });
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    if (r.status !== 0 && r.status !== 1) throw new Error(`${cmd} ${args.join(' ')} failed: ${r.stderr}`);
    ts.push(ms);
  }
  ts.sort((a, b) => a - b);
  return { min: ts[0], median: ts[Math.floor(ts.length / 2)], max: ts[ts.length - 1] };
}
const fmt = (t) => `${t.median.toFixed(0).padStart(6)} ms (min ${t.min.toFixed(0)}, max ${t.max.toFixed(0)})`;

const files = [];
for (const pages of [1, 10, 100, 1000]) {
  const p = join(out, `spec-${pages}p.md`);
  writeFileSync(p, generateSpec(pages, pages));
  files.push({ pages, path: p, bytes: statSync(p).size });
}

console.log(`tenderlint benchmark, ${runs} runs each, node ${process.version}`);
const base = time(process.execPath, ['-e', '0']);
console.log(`node -e 0                       ${fmt(base)}`);
for (const f of files) {
  const t = time(process.execPath, [bin, '--format', 'json', f.path]);
  const mbs = f.bytes / 1e6 / (t.median / 1000);
  console.log(`${String(f.pages).padStart(5)} pages  ${(f.bytes / 1e6).toFixed(2).padStart(6)} MB  ${fmt(t)}  ${mbs.toFixed(2)} MB/s whole process${f.pages === 1 ? `  (cold start ${(t.median / base.median).toFixed(1)}× node -e 0)` : ''}`);
}

// Word: the 10- and 100-page specs as real .docx made by LibreOffice, if soffice is here.
try {
  execFileSync('soffice', ['--version'], { stdio: 'ignore' });
  const { markdownToDocx } = await import('../scripts/make-docx.mjs');
  for (const pages of [10, 100]) {
    const md = join(out, `spec-${pages}p.md`), docx = join(out, `spec-${pages}p.docx`);
    await markdownToDocx(md, docx);
    const t = time(process.execPath, [bin, '--format', 'json', docx]);
    const raw = time(process.execPath, ['-e', `require(${JSON.stringify(join(root, 'node_modules', 'mammoth'))}).extractRawText({path:${JSON.stringify(docx)}}).then(()=>{})`]);
    console.log(`${String(pages).padStart(5)} pages .docx ${fmt(t)}; mammoth.extractRawText alone ${fmt(raw)}; ratio ${(t.median / raw.median).toFixed(2)}`);
  }
} catch (e) {
  console.log(`.docx benchmark skipped (${String(e.message).split('\n')[0]})`);
}
