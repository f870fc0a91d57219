// Stands in for 'unified', 'remark-parse' and 'remark-gfm' in the bundles (scripts/bundle.mjs): remark, micromark
// and their helpers are a third of the CLI's code, and most specifications are read by the small Markdown reader
// alone (src/parse/markdown-fast.ts). They live in dist/remark.bundle.cjs, loaded (through its own V8 code cache)
// the first time a processor parses. A processor records its plugins until then and then is the real one.
import { Script } from 'node:vm';
import { readFileSync } from 'node:fs';
import { cachedDataFor } from '../dist/code-cache-stamp.js';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/** Where the compiled remark bundle is kept for the code-cache trainer (scripts/code-cache.mjs). */
const SCRIPT = Symbol.for('tenderlint.remarkScript');
/** The plugins of the remark bundle, by the name a stand-in carries. */
let remark;

function loadRemark() {
  if (remark) return remark;
  // This code runs inside dist/cli.bundle.cjs or dist/worker.bundle.cjs: __dirname is dist/.
  const file = join(__dirname, 'remark.bundle.cjs');
  const bytes = readFileSync(file);
  const source = `(function (exports, require, module, __filename, __dirname) {${bytes.toString('utf8')}\n})`;
  // The cache file starts with a stamp of the bundle it was made from, as dist/cli.bundle.cjs.cache does.
  const cachedData = cachedDataFor(file, bytes, `${file}.cache`);
  const script = new Script(source, { filename: file, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(file), module, file, __dirname);
  globalThis[SCRIPT] = script;
  remark = module.exports;
  return remark;
}

/** A plugin of the remark bundle, named until it is loaded. */
export const plugin = (name) => ({ remarkPlugin: name });

/** unified(): records `use` calls; any other use of the processor loads remark and goes to the real one. */
export function unified() {
  const plugins = [];
  let real;
  const proxy = new Proxy({}, {
    get(_, prop) {
      if (prop === 'use' && !real) return (p, ...options) => { plugins.push([p, options]); return proxy; };
      if (!real) {
        const r = loadRemark();
        real = r.unified();
        for (const [p, options] of plugins) real = real.use(p && p.remarkPlugin ? r[p.remarkPlugin] : p, ...options);
      }
      const value = real[prop];
      return typeof value === 'function' ? value.bind(real) : value;
    },
  });
  return proxy;
}
