#!/usr/bin/env node
// Bundles the CLI into dist/tenderlint.mjs with esbuild: one file to load instead of ~200 modules, which is most
// of the start-up time. Libraries loaded only on demand (mammoth, natural, yaml, ajv, yargs, jszip) stay external.
import { build } from 'esbuild';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
await build({
  entryPoints: [join(root, 'dist', 'bin.js')],
  outfile: join(root, 'dist', 'tenderlint.mjs'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: ['mammoth', 'natural', 'yaml', 'ajv', 'yargs', 'jszip'],
  banner: { js: "import { createRequire as __tenderlintRequire } from 'node:module'; const require = __tenderlintRequire(import.meta.url);" },
  logLevel: 'warning',
  legalComments: 'none',
  // Smaller source parses faster at start-up; identifiers stay readable for stack traces of internal errors.
  minifyWhitespace: true,
  minifySyntax: true,
});
