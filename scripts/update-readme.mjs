#!/usr/bin/env node
// Regenerates the generated parts of README.md (the checker table) from the built code; test/readme.test.ts checks them.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { rulesTable } = await import('../dist/engine/rules-table.js');
const path = join(root, 'README.md');
const readme = readFileSync(path, 'utf8').replace(/<!-- rules:start -->\n[^]*?\n<!-- rules:end -->/, `<!-- rules:start -->\n${rulesTable()}\n<!-- rules:end -->`);
writeFileSync(path, readme);
