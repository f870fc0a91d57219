#!/usr/bin/env node
// npm run bench: tenderlint side by side with textlint + prh (same dictionary), mammoth, a larger lexicon and `node -e 0`.
// A benchmark, not a test: whole-process times with the machine's noise (min/median/max), ratios, and the issue-4 targets.
import { writeFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { cpus, loadavg } from 'node:os';
import { spawnSync } from 'node:child_process';
import { generateSpec } from './generate.mjs';
import { root, out, bin, node, runsFor, timeSide, pairedRatio, fmtRatio, output, fmt, mbs, ms, pad, lpad, gnuTime } from './lib.mjs';
import { writePrhConfig, textlintArgs } from './prh.mjs';
import { haveSoffice, docxFor, mammothArgs } from './docx.mjs';
import { profile } from './profile.mjs';

// `npm run bench -- batch`: only the batch cases (bench/batch.mjs).
if (process.argv[2] === 'batch') {
  const { batchBench } = await import('./batch.mjs');
  batchBench();
  process.exit(0);
}

const x = (r) => `${r.toFixed(2)}×`;
const tl = (file, extra = []) => [bin, ...extra, '--format', 'json', file];
const started = Date.now();
const files = {};
for (const pages of [1, 10, 100, 1000]) {
  const path = join(out, `spec-${pages}p.md`);
  writeFileSync(path, generateSpec(pages, pages));
  files[pages] = { pages, path, bytes: statSync(path).size };
}
const prh = await writePrhConfig();
console.log(`tenderlint benchmark — node ${process.version}, ${cpus().length} cores; runs: ${process.env.BENCH_RUNS ?? '5 (3 at 1,000 pages)'}; times are median (min–max)`);
console.log(`baseline: textlint + textlint-rule-prh, ${prh.rules} prh rules generated from ${prh.entries} lexicon entries (bench/out/textlint/)`);

// 1. Markdown: tenderlint and textlint + prh alternating on each spec; cold start against `node -e 0`.
console.log('\n1. Markdown, whole process');
console.log(`${pad('pages', 6)}${lpad('KB', 6)}  ${pad('tenderlint', 26)}${lpad('MB/s', 6)}  ${pad('textlint + prh', 26)}${lpad('MB/s', 6)}  tenderlint faster (run-by-run pairs)`);
const md = {};
for (const f of Object.values(files)) {
  const [t, b] = timeSide([[node, tl(f.path)], [node, textlintArgs(prh.rc, f.path)]], runsFor(f.pages));
  md[f.pages] = { t, b };
  console.log(`${pad(f.pages, 6)}${lpad((f.bytes / 1e3).toFixed(0), 6)}  ${pad(fmt(t), 26)}${lpad(mbs(f.bytes, t).toFixed(2), 6)}  ${pad(fmt(b), 26)}${lpad(mbs(f.bytes, b).toFixed(2), 6)}  ${fmtRatio(pairedRatio(b, t))}`);
}
const findingsTl = JSON.parse(output(node, tl(files[10].path)))[0]?.messages?.length;
const findingsPrh = JSON.parse(output(node, textlintArgs(prh.rc, files[10].path)))[0]?.messages?.length;
console.log(`findings on 10 pages: tenderlint ${findingsTl}, textlint + prh ${findingsPrh} (prh flags every occurrence of every term, with no context)`);
const [base, cold] = timeSide([[node, ['-e', '0']], [node, tl(files[1].path)]], Math.max(runsFor(1), 11));
console.log(`cold start: node -e 0 ${fmt(base)}; tenderlint on 1 page ${fmt(cold)} = ${fmtRatio(pairedRatio(cold, base))} node -e 0`);
// CPU time and peak memory of the 1,000-page run (GNU time), where the wall time above may hide a second core's work.
const gnu = gnuTime([node, ...tl(files[1000].path)]);
if (gnu) console.log(`1,000 pages under GNU time: ${gnu.wall.toFixed(2)} s wall, ${(gnu.user + gnu.sys).toFixed(2)} s CPU (user ${gnu.user.toFixed(2)} + sys ${gnu.sys.toFixed(2)}), ${(gnu.rssKb / 1024).toFixed(0)} MB peak RSS; load average ${loadavg().map((l) => l.toFixed(2)).join(', ')}`);

// 2. Word: the same specs as .docx (LibreOffice, cached by content hash), tenderlint beside mammoth.extractRawText.
console.log('\n2. .docx, whole process (tenderlint vs a process that only runs mammoth.extractRawText)');
const docx = {};
if (!haveSoffice()) console.log('skipped: LibreOffice (soffice) is not installed');
else {
  console.log(`${pad('pages', 6)}${lpad('KB', 6)}  ${pad('tenderlint', 26)}${pad('mammoth.extractRawText', 26)}ratio (target ≤ 1.5×)`);
  for (const pages of [10, 100, 1000]) {
    const d = await docxFor(files[pages].path);
    if (d.error) { console.log(`${pad(pages, 6)}  no .docx: ${d.error}`); continue; }
    const [t, m] = timeSide([[node, tl(d.path)], [node, mammothArgs(root, d.path)]], runsFor(pages));
    docx[pages] = { t, m };
    const note = d.cached ? '' : `  (converted in ${ms(d.ms)}, now cached)`;
    console.log(`${pad(pages, 6)}${lpad((statSync(d.path).size / 1e3).toFixed(0), 6)}  ${pad(fmt(t), 26)}${pad(fmt(m), 26)}${fmtRatio(pairedRatio(t, m))}${note}`);
  }
}

// 3. Lexicon scaling on the 1,000-page spec: in-process matcher and pipeline, then the CLI through --config.
console.log('\n3. Lexicon scaling, 1,000-page spec (600 real entries vs the real lexicon + synthetic = 6,000)');
const sr = spawnSync(node, [join(root, 'bench', 'scaling.mjs'), files[1000].path, String(process.env.BENCH_RUNS ? Math.max(3, Number(process.env.BENCH_RUNS)) : 7)], { encoding: 'utf8', maxBuffer: 1 << 26, cwd: root });
if (sr.status !== 0) throw new Error(`scaling failed: ${sr.stderr}`);
const s = JSON.parse(sr.stdout);
console.log(`document: ${s.blocks} blocks, ${(s.chars / 1e6).toFixed(2)} M chars (parsed once in ${ms(s.parseMs)}); terms ${s.terms.e600} vs ${s.terms.e6000}; mentions ${s.mentions.m600} vs ${s.mentions.m6000}; findings ${s.findings.m600} vs ${s.findings.m6000}`);
console.log(`${pad('', 34)}${pad('600 entries', 26)}${pad('6,000 entries', 26)}ratio (target ≤ 1.2×)`);
const row = (label, a, b) => console.log(`${pad(label, 34)}${pad(fmt(a), 26)}${pad(fmt(b), 26)}${fmtRatio(pairedRatio(b, a))}`);
// Branches of the trie are built when a text first uses their first token, so most of the build is inside scan.
console.log(`${pad('Matcher construction (once)', 34)}${pad(ms(s.build.m600), 26)}${pad(ms(s.build.m6000), 26)}(branches are built during the first scan)`);
row('matcher.scan over all blocks', s.scan.m600, s.scan.m6000);
if (s.fuzzy) row('scan + scanFuzzy (pipeline)', s.fuzzy.m600, s.fuzzy.m6000);
row('Linter.lint (parsed doc, in-proc)', s.lint.m600, s.lint.m6000);
const cliRuns = Number(process.env.BENCH_SCALING_CLI_RUNS ?? 3);
const cli = (cfg) => [node, tl(files[1000].path, ['--config', cfg])];
const [w600, w6000, w6000json] = timeSide([cli(s.configs.c600), cli(s.configs.c6000), cli(s.configs.c6000json)], cliRuns);
row(`whole CLI, extra lexicon as YAML`, w600, w6000);
row(`whole CLI, extra lexicon as JSON`, w600, w6000json);
console.log(`(the whole CLI at 6,000 also reads and validates the ${s.entries.e6000 - s.realEntries} synthetic entries on every run: ${ms(s.synLoadMs)} from YAML, ${ms(s.synJsonLoadMs)} from JSON, in-process; ${cliRuns} runs, selected with a configuration file's "lexicon" and "disableEntries")`);

// 4. Where tenderlint's time goes on 1,000 pages.
if (process.env.BENCH_PROFILE !== '0') console.log('\n4. ' + profile(files[1000].path));

// Targets of issue 4.
const verdict = (ok) => (ok ? 'met    ' : 'NOT met');
const thr = pairedRatio(md[1000].b, md[1000].t).median;
const paired = (v) => pairedRatio(v.m6000, v.m600).median;
const sc = paired(s.scan), fz = s.fuzzy ? paired(s.fuzzy) : 1, li = paired(s.lint);
const cs = pairedRatio(cold, base).median;
const dx = Object.entries(docx).map(([p, d]) => [p, pairedRatio(d.t, d.m).median]);
console.log('\ntargets (issue 4; ratios are medians of run-by-run pairs)');
console.log(`  ${verdict(thr >= 10)}  1,000-page Markdown throughput ≥ 10× textlint + prh: ${x(thr)} (tenderlint ${fmt(md[1000].t)}, ${mbs(files[1000].bytes, md[1000].t).toFixed(2)} MB/s; textlint + prh ${fmt(md[1000].b)})`);
console.log(`  ${verdict(sc <= 1.2 && fz <= 1.2 && li <= 1.2)}  6,000 entries ≤ 1.2× 600: matcher.scan ${x(sc)}, scan + scanFuzzy ${s.fuzzy ? x(fz) : 'n/a'}, Linter.lint ${x(li)} (whole CLI, loading the extra entries each run: from YAML ${x(pairedRatio(w6000, w600).median)}, from JSON ${x(pairedRatio(w6000json, w600).median)})`);
console.log(`  ${verdict(cs <= 3)}  cold start on one page ≤ 3× node -e 0: ${x(cs)} (${ms(cold.median)} vs ${ms(base.median)})`);
console.log('targets (issue 15)');
console.log(`  ${verdict(md[1000].t.median <= 1500)}  1,000-page Markdown ≤ 1.5 s whole process: ${fmt(md[1000].t)}`);
console.log(`  ${verdict(thr >= 10)}  1,000-page Markdown ≥ 10× faster than textlint + prh in the same run: ${x(thr)}`);
console.log(`  ${verdict(cs <= 2)}  cold start on one page ≤ 2× node -e 0: ${x(cs)}`);
console.log(dx.length ? `  ${verdict(dx.every(([, r]) => r <= 1.5))}  .docx ≤ 1.5× mammoth.extractRawText: ${dx.map(([p, r]) => `${p} pages ${x(r)}`).join(', ')}` : '  n/a      .docx: not measured (no LibreOffice)');
// 5. Batches (issue 15): threads, cache, memory. BENCH_BATCH=0 skips them (they take minutes).
if (process.env.BENCH_BATCH !== '0') {
  console.log('\n5. Batch');
  (await import('./batch.mjs')).batchBench();
}
console.log(`\ntotal bench time ${ms(Date.now() - started)}`);
