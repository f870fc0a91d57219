#!/usr/bin/env node
// Bundles the CLI into dist/cli.bundle.cjs with esbuild (one file to load instead of ~200 modules), then trains
// V8's code cache for it (scripts/code-cache.mjs). dist/tenderlint.mjs (src/tenderlint.mts, with src/launch.ts
// inlined) is the executable that loads both. Libraries loaded only on demand (mammoth, yaml, ajv, yargs, jszip) stay
// external, so they cost nothing on a run that does not need them; remark has a bundle and code cache of its own
// (dist/remark.bundle.cjs), loaded when a document needs it (scripts/remark-shim.mjs).
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
// remark (unified, remark-parse, remark-gfm, and with them micromark and the mdast utilities: a third of the code)
// goes to a bundle of its own, dist/remark.bundle.cjs, that the CLI loads only when a document needs more than the
// small Markdown reader (src/parse/markdown-fast.ts) reads: in the CLI and worker bundles the three packages are
// stand-ins (scripts/remark-shim.mjs) that record the processor's plugins and load remark on its first parse.
const shim = join(root, 'scripts', 'remark-shim.mjs');
const lazyRemark = {
  name: 'lazy-remark',
  setup(b) {
    b.onResolve({ filter: /^unified$/ }, () => ({ path: shim }));
    b.onResolve({ filter: /^remark-(parse|gfm)$/ }, (a) => ({ path: a.path, namespace: 'remark-plugin' }));
    b.onLoad({ filter: /.*/, namespace: 'remark-plugin' }, (a) => ({
      contents: `import { plugin } from ${JSON.stringify(shim)}; export default plugin(${JSON.stringify(a.path === 'remark-parse' ? 'remarkParse' : 'remarkGfm')});`,
      resolveDir: root,
      loader: 'js',
    }));
  },
};
await build({
  ...common,
  stdin: { contents: "export { unified } from 'unified'; export { default as remarkParse } from 'remark-parse'; export { default as remarkGfm } from 'remark-gfm';", resolveDir: root, loader: 'js' },
  outfile: join(root, 'dist', 'remark.bundle.cjs'),
});
await build({ ...common, plugins: [lazyRemark], entryPoints: [join(root, 'dist', 'cli.js')], outfile: join(root, 'dist', 'cli.bundle.cjs') });
// The worker thread of --concurrency (src/io/worker.ts), bundled the same way: each worker loads one file.
await build({ ...common, plugins: [lazyRemark], entryPoints: [join(root, 'dist', 'io', 'worker.js')], outfile: join(root, 'dist', 'worker.bundle.cjs') });
// The executable with its launcher (dist/launch.js) inlined: one module for Node to resolve and read at start-up
// instead of two. launch.js stays for the code-cache trainer and the tests; the source is the same. Twice: as
// CommonJS, dist/tenderlint.cjs, the command package.json installs (a CommonJS main starts without Node's ES module
// loader: ~5 ms less for one page, a twentieth of the run), and as the ES module dist/tenderlint.mjs it replaces.
const executable = { bundle: true, platform: 'node', target: 'node20', packages: 'external', logLevel: 'warning', legalComments: 'none' };
await build({
  ...executable, entryPoints: [join(root, 'dist', 'tenderlint.mjs')], outfile: join(root, 'dist', 'tenderlint.cjs'), format: 'cjs',
  // The bundles' stand-in for import.meta.url; strict mode as in the ES module (a banner goes before esbuild's own).
  define: common.define, banner: { js: `'use strict';\n${common.banner.js}` },
});
await build({ ...executable, entryPoints: [join(root, 'dist', 'tenderlint.mjs')], outfile: join(root, 'dist', 'tenderlint.mjs'), allowOverwrite: true, format: 'esm' });
for (const f of ['tenderlint.cjs', 'tenderlint.mjs']) chmodSync(join(root, 'dist', f), 0o755);

const r = spawnSync(process.execPath, [join(root, 'scripts', 'code-cache.mjs')], { stdio: 'inherit', cwd: root });
if (r.status !== 0) process.exit(r.status ?? 1);
