// Loads the bundled CLI (dist/cli.bundle.cjs) through V8's code cache (dist/cli.bundle.cjs.cache, written at build
// time by scripts/code-cache.mjs), so that a run on save does not pay for parsing and compiling ~400 KB of
// JavaScript again. The cache is an optimisation only: V8 checks it against the source, its own version and its
// flags, and when it is missing or rejected the bundle is compiled as usual, with the same behaviour.
import { createRequire } from 'node:module';
import { cacheStamp, cachedDataFor } from './code-cache-stamp.js';

// Node's built-ins are required, not imported: an ES module import of one makes an ES facade of all its exports at
// start-up (for node:fs that loads its streams), which the bundle, being CommonJS, never needs.
const nodeRequire = createRequire(import.meta.url);
const { Script } = nodeRequire('node:vm') as typeof import('node:vm');
const { readFileSync } = nodeRequire('node:fs') as typeof import('node:fs');
const { dirname, join } = nodeRequire('node:path') as typeof import('node:path');
const { fileURLToPath } = nodeRequire('node:url') as typeof import('node:url');

type Cli = typeof import('./cli.js');

export interface LoadedCli {
  run: Cli['run'];
  processIO: Cli['processIO'];
  /** The compiled bundle, for writing a fresh code cache after a training run. */
  script: import('node:vm').Script;
  /** The cache was present and V8 used it. */
  cacheUsed: boolean;
}

const DIST = dirname(fileURLToPath(import.meta.url));
export const BUNDLE = join(DIST, 'cli.bundle.cjs');
export const CODE_CACHE = `${BUNDLE}.cache`;

/** The stamp line a fresh cache file for the current bundle starts with (see code-cache-stamp.ts). */
export function bundleStamp(): Buffer {
  return cacheStamp(BUNDLE, readFileSync(BUNDLE));
}

/** Compiles and evaluates the bundle, with the code cache when V8 accepts it. */
export function loadCli(useCache = true): LoadedCli {
  // The bundle is CommonJS; wrap it the way Node does, so that require/module/__filename mean the same.
  const bytes = readFileSync(BUNDLE);
  const source = `(function (exports, require, module, __filename, __dirname) {${bytes.toString('utf8')}\n})`;
  const cachedData = useCache ? cachedDataFor(BUNDLE, bytes, CODE_CACHE) : undefined;
  const script = new Script(source, { filename: BUNDLE, cachedData });
  const module = { exports: {} as Partial<Cli> };
  (script.runInThisContext() as (...a: unknown[]) => void)(module.exports, createRequire(BUNDLE), module, BUNDLE, DIST);
  const { run, processIO, setModuleImporter } = module.exports;
  if (typeof run !== 'function' || typeof processIO !== 'function' || typeof setModuleImporter !== 'function') throw new Error(`${BUNDLE} is not the tenderlint CLI bundle`);
  // `import()` inside cached code cannot resolve on Node 20; this module's own import() can (yargs for --help).
  setModuleImporter((specifier) => import(specifier));
  return { run, processIO, script, cacheUsed: cachedData !== undefined && !script.cachedDataRejected };
}
