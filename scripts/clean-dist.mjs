#!/usr/bin/env node
// Removes compiled files in dist/ whose TypeScript source is gone (a moved or deleted module), so that a build after
// file moves does not ship stale modules that `npm pack` would include and that nothing imports. Generated data
// (lexicon.json, word lists, phrase indexes, bundles, code cache) is left alone: the build steps after tsc rewrite it.
import { existsSync, readdirSync, rmSync, rmdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

// The package root (a test passes another one).
const root = process.argv[2] ?? join(fileURLToPath(new URL('.', import.meta.url)), '..');
const dist = join(root, 'dist');
const src = join(root, 'src');
/** dist/a/b.js (.d.ts, .js.map, .mjs, .d.mts) → the src/a/b.ts or .mts it was compiled from. */
const COMPILED = /^(.*?)\.(js|mjs|d\.ts|d\.mts|js\.map|mjs\.map|d\.ts\.map)$/;

let removed = 0;
function walk(dir) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) {
      walk(p);
      if (!readdirSync(p).length) rmdirSync(p);
      continue;
    }
    const m = COMPILED.exec(relative(dist, p));
    if (!m) continue;
    const base = join(src, m[1]);
    if (!existsSync(`${base}.ts`) && !existsSync(`${base}.mts`)) { rmSync(p); removed++; }
  }
}
if (existsSync(dist)) walk(dist);
if (removed) console.log(`clean-dist: removed ${removed} compiled file(s) without a source`);
