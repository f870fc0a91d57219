#!/usr/bin/env node
// Trains V8's code cache for dist/cli.bundle.cjs: compiles the bundle without a cache, lints the shipped examples
// in-process in the formats an editor and a gate use, then writes the compiled code (including the functions those
// runs compiled) to dist/cli.bundle.cjs.cache, atomically. Run by scripts/bundle.mjs as a plain `node` child, so
// that the V8 flags match those of a normal run (V8 rejects a cache made under other flags).
import { readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { loadCli, bundleStamp, CODE_CACHE } = await import('../dist/launch.js');
const { cacheStamp } = await import('../dist/code-cache-stamp.js');
const { run, script } = loadCli(false);
const examples = readdirSync(join(root, 'examples')).filter((f) => /\.(md|docx)$/.test(f)).map((f) => join('examples', f));
const md = examples.filter((f) => f.endsWith('.md'));
let out = 0;
const io = { stdout: (s) => { out += s.length; }, stderr: (s) => { out += s.length; }, cwd: root, isTTY: false, env: {} };
for (const args of [examples, ['--format', 'compact', ...md], ['--format', 'json', ...md]]) {
  const code = await run(['--no-config-lookup', ...args], io);
  if (code > 1) throw new Error(`training run failed (exit ${code}): tenderlint ${args.join(' ')}`);
}
if (!out) throw new Error('training runs printed nothing');
/** Writes a cache file atomically: the stamp of the bundle it was made from, then V8's data. */
function writeCache(file, stamp, data) {
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, Buffer.concat([stamp, data]));
  renameSync(tmp, file);
}
writeCache(CODE_CACHE, bundleStamp(), script.createCachedData());
// remark's bundle (scripts/remark-shim.mjs), compiled by the training runs that needed more than the small reader.
const remark = globalThis[Symbol.for('tenderlint.remarkScript')];
if (!remark) throw new Error('the training runs did not load remark: the code cache of dist/remark.bundle.cjs would be missing');
const remarkFile = join(root, 'dist', 'remark.bundle.cjs');
writeCache(`${remarkFile}.cache`, cacheStamp(remarkFile, readFileSync(remarkFile)), remark.createCachedData());
