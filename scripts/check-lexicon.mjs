#!/usr/bin/env node
// Validates lexicon/*.yaml against lexicon/schema.json and checks that ids and terms are unique across files.
// A quick check for lexicon authors; the test suite runs the same checks plus every entry's examples.
import { readFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocument, LineCounter } from 'yaml';
import Ajv from 'ajv';

const dir = join(dirname(fileURLToPath(import.meta.url)), '..', 'lexicon');
const ajv = new Ajv({ allErrors: true });
const validate = ajv.compile(JSON.parse(readFileSync(join(dir, 'schema.json'), 'utf8')));
const ids = new Map(), terms = new Map();
let errors = 0, count = 0;
const perCat = {};
for (const f of readdirSync(dir).filter((n) => n.endsWith('.yaml')).sort()) {
  const lc = new LineCounter();
  const doc = parseDocument(readFileSync(join(dir, f), 'utf8'), { lineCounter: lc });
  if (doc.errors.length) { for (const e of doc.errors) console.error(`${f}: ${e.message}`); errors++; continue; }
  const data = doc.toJS();
  if (!validate(data)) {
    for (const e of validate.errors) console.error(`${f}: ${e.instancePath} ${e.message} ${JSON.stringify(e.params)}`);
    errors++;
  }
  for (const [i, e] of (data.entries ?? []).entries()) {
    const line = lc.linePos(doc.get('entries').items[i].range[0]).line;
    count++;
    perCat[data.category] = (perCat[data.category] ?? 0) + 1;
    if (ids.has(e.id)) { console.error(`${f}:${line}: duplicate id ${e.id} (also ${ids.get(e.id)})`); errors++; }
    ids.set(e.id, `${f}:${line}`);
    for (const t of [...(e.terms ?? []), ...(e.ambiguousTerms ?? [])]) {
      const k = t.toLowerCase().replace(/[\s\u00a0]+/g, ' ').trim();
      if (terms.has(k) && terms.get(k) !== e.id) { console.error(`${f}:${line}: term "${t}" of ${e.id} is also in ${terms.get(k)}`); errors++; }
      terms.set(k, e.id);
    }
  }
}
console.log(`${count} entries in ${Object.keys(perCat).length} categories: ${JSON.stringify(perCat)}`);
if (errors) { console.error(`${errors} problem(s)`); process.exit(1); }
