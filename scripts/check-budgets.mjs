#!/usr/bin/env node
// Checks the time and memory budgets the README states (section "Reliability"): for adversarial inputs at several
// sizes (deep inline nesting, long paragraphs, wide and long tables, many mentions, long words; Markdown and .docx,
// made by scripts/make-hostile-parse.mjs and scripts/make-docx.mjs) it runs the CLI once per input under GNU time and
// fails when CPU time, wall time or peak memory exceed the budget for that input's size. Not a unit test: CI runs it
// once after the tests (--quick: 0.25 and 1 MB; without it 2.5 MB too).
// Usage: node scripts/check-budgets.mjs [--quick] [--no-docx] [--json]
import { mkdtempSync, writeFileSync, rmSync, statSync, readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { tmpdir } from 'node:os';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import * as gen from './make-hostile-parse.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const CLI = join(root, 'dist', 'tenderlint.mjs');
const MB = 1024 * 1024;

/**
 * The budgets (README, "Reliability"): per MB of Markdown, or of a .docx's word/document.xml, plus a fixed base.
 * Time is CPU time (user + system) so a busy machine does not fail it; wall time gets a generous multiple of it.
 */
export const BUDGET = {
  markdown: { baseSeconds: 2, secondsPerMB: 12, baseMB: 200, mbPerMB: 450 },
  docx: { baseSeconds: 3, secondsPerMB: 12, baseMB: 200, mbPerMB: 450 },
  wallFactor: 6,
};

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const withDocx = !args.includes('--no-docx');
const sizes = quick ? [0.25, 1] : [0.25, 1, 2.5];

/** The adversarial Markdown inputs, each a function of the size in bytes. */
const MARKDOWN = {
  'nested-inline': (n) => gen.nestedInline(Math.floor(n / 4)),
  'nested-stars': (n) => gen.nestedInline(Math.floor(n / 2), '*', '*'),
  'nested-brackets': (n) => gen.nestedInline(Math.floor(n / 2), '[', ']'),
  'long-paragraph': (n) => gen.longParagraph(n),
  'long-table': (n) => gen.pipeTable(n),
  'wide-table': (n) => gen.pipeTable(n, 60),
  'many-mentions': (n) => gen.manyMentions(n),
  'long-line': (n) => gen.longLine(n),
  'long-word': (n) => `# Krav\n\nLøsningen skal anvende ${'a-'.repeat(Math.floor(n / 2))}Oracle Database.\n`,
  'dense-links': (n) => `# Krav\n\n${'[Oracle Database](http://x.dk) '.repeat(Math.floor(n / 31))}\n`,
};

/** The .docx inputs: the same shapes through LibreOffice (smaller: conversion itself is slow). */
const DOCX = {
  'long-paragraph': (n) => gen.longParagraph(n),
  'long-table': (n) => gen.pipeTable(n),
  'many-mentions': (n) => gen.manyMentions(n),
};

function run(file) {
  const r = spawnSync('/usr/bin/time', ['-f', '%e %U %S %M', process.execPath, CLI, '--format', 'json', '--no-config-lookup', file], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const last = r.stderr.trim().split('\n').at(-1) ?? '';
  const [wall, user, sys, kb] = last.split(' ').map(Number);
  const reason = r.stderr.trim().split('\n').slice(0, -1).join(' ').slice(0, 200);
  return { status: r.status, wall, cpu: user + sys, peakMB: kb / 1024, reason, stdoutOk: r.status === 2 || (() => { try { JSON.parse(r.stdout); return true; } catch { return false; } })() };
}

async function docxTextMB(file) {
  const JSZip = require('jszip');
  const zip = await JSZip.loadAsync(readFileSync(file));
  return (await zip.file('word/document.xml').async('uint8array')).length / MB;
}

const dir = mkdtempSync(join(tmpdir(), 'tl-budgets-'));
const rows = [];
let failed = 0;
try {
  const cases = [];
  for (const [name, make] of Object.entries(MARKDOWN)) for (const s of sizes) cases.push({ kind: 'markdown', name, size: s, make });
  if (withDocx) for (const [name, make] of Object.entries(DOCX)) cases.push({ kind: 'docx', name, size: 0.25, make });
  for (const c of cases) {
    let file = join(dir, `${c.name}-${c.size}.md`);
    writeFileSync(file, c.make(Math.round(c.size * MB)));
    let mb = statSync(file).size / MB;
    if (c.kind === 'docx') {
      const { markdownToDocx } = await import('./make-docx.mjs');
      const out = file.replace(/\.md$/, '.docx');
      await markdownToDocx(file, out);
      file = out;
      mb = await docxTextMB(file);
    }
    const b = BUDGET[c.kind];
    const maxCpu = b.baseSeconds + b.secondsPerMB * mb, maxMem = b.baseMB + b.mbPerMB * mb;
    const r = run(file);
    // Exit 0/1 with a report, or 2 with one reason line (a refused file): never a crash.
    const problems = [];
    if (![0, 1, 2].includes(r.status)) problems.push(`exit ${r.status}`);
    if (!r.stdoutOk) problems.push('stdout is not one JSON document');
    if (/\n\s+at /.test(r.reason)) problems.push('stack trace');
    if (r.cpu > maxCpu) problems.push(`CPU ${r.cpu.toFixed(1)} s > ${maxCpu.toFixed(1)} s`);
    if (r.wall > maxCpu * BUDGET.wallFactor) problems.push(`wall ${r.wall.toFixed(1)} s > ${(maxCpu * BUDGET.wallFactor).toFixed(1)} s`);
    if (r.peakMB > maxMem) problems.push(`memory ${Math.round(r.peakMB)} MB > ${Math.round(maxMem)} MB`);
    if (problems.length) failed++;
    const row = { kind: c.kind, input: c.name, MB: Number(mb.toFixed(2)), exit: r.status, cpu: Number(r.cpu.toFixed(2)), wall: Number(r.wall.toFixed(2)), peakMB: Math.round(r.peakMB), budgetCpu: Number(maxCpu.toFixed(1)), budgetMB: Math.round(maxMem), ok: !problems.length, problems };
    rows.push(row);
    if (!args.includes('--json')) console.log(`${row.ok ? 'ok  ' : 'FAIL'} ${c.kind.padEnd(8)} ${c.name.padEnd(16)} ${row.MB.toFixed(2).padStart(5)} MB  exit ${r.status}  cpu ${row.cpu.toFixed(1).padStart(5)} s (budget ${row.budgetCpu})  wall ${row.wall.toFixed(1).padStart(5)} s  peak ${String(row.peakMB).padStart(4)} MB (budget ${row.budgetMB})${problems.length ? '  ' + problems.join('; ') : ''}${r.status === 2 ? '  [' + r.reason + ']' : ''}`);
    rmSync(file, { force: true });
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
if (args.includes('--json')) console.log(JSON.stringify(rows, null, 2));
console.log(failed ? `${failed} of ${rows.length} inputs over budget` : `all ${rows.length} inputs within budget`);
process.exit(failed ? 1 : 0);
