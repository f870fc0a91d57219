#!/usr/bin/env node
// Developer aid: per-rule accuracy on a labelled corpus (which rule found each gold flag, which rule raised each
// false alarm, how many unjudged findings each rule makes). Usage: node scripts/score-by-rule.mjs LABELS DOCS
import { readFileSync, readdirSync } from 'node:fs';
import { join, basename } from 'node:path';
import { execFileSync } from 'node:child_process';

const [labelsPath = '../shared/corpus/labels-dev.jsonl', docsDir = '../shared/corpus/docs'] = process.argv.slice(2);
const labels = readFileSync(labelsPath, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const docs = [...new Set(labels.map((l) => `${l.doc}.md`))].filter((d) => readdirSync(docsDir).includes(d));
let raw;
try { raw = execFileSync(process.execPath, ['dist/bin.js', '--format', 'json', '--no-config-lookup', ...docs.map((d) => join(docsDir, d))], { encoding: 'utf8', maxBuffer: 1 << 28 }); }
catch (e) { raw = e.stdout; }
const results = JSON.parse(raw);
const norm = (s) => String(s ?? '').toLowerCase().replace(/\s+/g, ' ').trim();
const byRule = {};
const row = (r) => (byRule[r] ??= { tp: 0, fp: 0, unjudged: 0, advisories: 0 });
const labelled = new Set(labels.map((l) => `${l.doc}.md:${l.line}`));
for (const r of results) {
  const doc = basename(r.filePath);
  for (const m of r.messages) {
    if (m.fatal) continue;
    if (m.severity === 0) { row(m.ruleId).advisories++; continue; }
    const ls = !m.term ? [] : labels.filter((l) => `${l.doc}.md` === doc && l.line === m.line && (norm(m.term).includes(norm(l.term)) || norm(l.term).includes(norm(m.term))));
    if (ls.some((l) => l.label === 'flag' || l.label === 'standard-no-equivalent')) row(m.ruleId).tp++;
    else if (ls.some((l) => l.label !== 'example')) row(m.ruleId).fp++;
    else if (!labelled.has(`${doc}:${m.line}`)) row(m.ruleId).unjudged++;
  }
}
console.log('rule                          tp   fp  unjudged  advisories');
for (const [k, v] of Object.entries(byRule).sort()) console.log(`${k.padEnd(28)} ${String(v.tp).padStart(4)} ${String(v.fp).padStart(4)} ${String(v.unjudged).padStart(9)} ${String(v.advisories).padStart(11)}`);
