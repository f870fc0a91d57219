#!/usr/bin/env node
// Bundles the CLI into dist/cli.bundle.cjs with esbuild (one file to load instead of ~200 modules), then trains
// V8's code cache for it (scripts/code-cache.mjs). dist/tenderlint.mjs (src/tenderlint.mts, with src/launch.ts) is
// the executable that loads both. Libraries loaded only on demand (mammoth, yaml, ajv, yargs, jszip) stay
// external, so they cost nothing on a run that does not need them.
import { build } from 'esbuild';
import { chmodSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// Shared by both bundles: CommonJS, because only a classic script can be compiled with V8's code cache on Node 20
// (vm.Script); smaller source parses faster at start-up, and identifiers stay readable for internal errors' traces.
const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['mammoth', 'yaml', 'ajv', 'yargs', 'jszip'],
  define: { 'import.meta.url': '__tenderlintUrl' },
  banner: { js: "const __tenderlintUrl = require('node:url').pathToFileURL(__filename).href;" },
  logLevel: 'warning',
  legalComments: 'none',
  minifyWhitespace: true,
  minifySyntax: true,
};
await build({ ...common, entryPoints: [join(root, 'dist', 'cli.js')], outfile: join(root, 'dist', 'cli.bundle.cjs') });
// The worker thread of --concurrency (src/io/worker.ts), bundled the same way: each worker loads one file.
await build({ ...common, entryPoints: [join(root, 'dist', 'io', 'worker.js')], outfile: join(root, 'dist', 'worker.bundle.cjs') });
// The executable with its launcher (dist/launch.js) inlined: one ES module for Node to resolve, read and link at
// start-up instead of two. launch.js stays for the code-cache trainer and the tests; the source is the same.
await build({
  entryPoints: [join(root, 'dist', 'tenderlint.mjs')], outfile: join(root, 'dist', 'tenderlint.mjs'), allowOverwrite: true,
  bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', logLevel: 'warning', legalComments: 'none',
});
chmodSync(join(root, 'dist', 'tenderlint.mjs'), 0o755);

const r = spawnSync(process.execPath, [join(root, 'scripts', 'code-cache.mjs')], { stdio: 'inherit', cwd: root });
if (r.status !== 0) process.exit(r.status ?? 1);
