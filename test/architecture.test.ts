// The import graph of src/ against the plan in docs/architecture.md: every import between parts follows an allowed
// arrow, and no module imports itself through others (no cycles, type-only imports included).
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const SRC = join(import.meta.dirname, '..', 'src');

/** The part a module belongs to: its folder under src/, or for a file directly in src/ the role it plays. */
export function partOf(file: string): string {
  if (file.includes('/')) return file.split('/')[0]!;
  if (file === 'index.ts') return 'api';
  if (file === 'cli.ts') return 'cli';
  if (['bin.ts', 'launch.ts', 'tenderlint.mts'].includes(file)) return 'entry';
  if (['lazy-require.ts', 'dynamic-import.ts', 'paths.ts', 'package-info.ts', 'code-cache-stamp.ts', 'read-capped.ts'].includes(file)) return 'util';
  return `unplaced:${file}`;
}

/** Which parts each part may import (besides itself). `util` (lazy loading, the package root) is open to all but cli. */
export const ALLOWED: Record<string, string[]> = {
  entry: ['cli', 'util'],
  cli: ['api'],
  api: ['annotate', 'report', 'io', 'engine', 'checkers', 'analysis', 'lexicon', 'parse', 'text', 'model', 'fs', 'util'],
  annotate: ['fs', 'parse', 'text', 'model', 'util'],
  report: ['model', 'util'],
  io: ['engine', 'checkers', 'lexicon', 'parse', 'text', 'model', 'fs', 'util'],
  engine: ['checkers', 'analysis', 'lexicon', 'parse', 'text', 'model', 'util'],
  checkers: ['analysis', 'lexicon', 'text', 'model', 'util'],
  analysis: ['lexicon', 'text', 'model', 'util'],
  lexicon: ['text', 'model', 'fs', 'util'],
  parse: ['text', 'model', 'util'],
  fs: ['parse', 'util'],
  text: ['model', 'util'],
  model: [],
  util: [],
};

function sourceFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) sourceFiles(p, out);
    else if (/\.m?ts$/.test(name) && !name.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

/** Relative module specifiers of a source text: static imports and re-exports (type-only too) and import(). */
export function specifiers(source: string): string[] {
  const code = source.replace(/\/\*[^]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  const out: string[] = [];
  for (const m of code.matchAll(/(?:^|[\n;])\s*(?:import|export)\b[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]|(?:^|[\n;])\s*import\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)) {
    const spec = m[1] ?? m[2] ?? m[3]!;
    if (spec.startsWith('.')) out.push(spec);
  }
  return out;
}

/** module → modules it imports, paths relative to src/ (".js" in a specifier is the ".ts" source). */
export function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sourceFiles(SRC)) {
    const from = relative(SRC, file);
    graph.set(from, specifiers(readFileSync(file, 'utf8')).map((s) => relative(SRC, resolve(dirname(file), s)).replace(/\.js$/, '.ts').replace(/\.mjs$/, '.mts')));
  }
  return graph;
}

/** Imports that cross parts against the arrows, as "from -> to (part -> part)". */
export function forbidden(graph: Map<string, string[]>): string[] {
  const out: string[] = [];
  for (const [from, tos] of graph) {
    for (const to of tos) {
      const a = partOf(from), b = partOf(to);
      if (a === b) continue;
      if (!(ALLOWED[a] ?? []).includes(b)) out.push(`${from} -> ${to} (${a} -> ${b})`);
    }
  }
  return out;
}

/** Groups of modules that import each other, directly or through others (strongly connected components). */
export function cycles(graph: Map<string, string[]>): string[][] {
  const index = new Map<string, number>(), low = new Map<string, number>(), stack: string[] = [], on = new Set<string>();
  const found: string[][] = [];
  let n = 0;
  const visit = (v: string): void => {
    index.set(v, n); low.set(v, n); n++; stack.push(v); on.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!graph.has(w)) continue;
      if (!index.has(w)) { visit(w); low.set(v, Math.min(low.get(v)!, low.get(w)!)); } else if (on.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const group: string[] = [];
      let w: string;
      do { w = stack.pop()!; on.delete(w); group.push(w); } while (w !== v);
      if (group.length > 1 || (graph.get(v) ?? []).includes(v)) found.push(group.sort());
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return found;
}

const graph = importGraph();

describe('architecture (docs/architecture.md)', () => {
  it('reads the import graph of src/', () => {
    expect(graph.size).toBeGreaterThan(50);
    // Every import resolves to a module of src/ (a typo or a moved file would otherwise hide an arrow).
    const missing = [...graph].flatMap(([from, tos]) => tos.filter((t) => !graph.has(t)).map((t) => `${from} -> ${t}`));
    expect(missing).toEqual([]);
    expect([...graph.keys()].map(partOf).filter((p) => p.startsWith('unplaced:'))).toEqual([]);
  });

  it('has no import against the allowed arrows', () => {
    expect(forbidden(graph)).toEqual([]);
  });

  it('has no import cycle', () => {
    expect(cycles(graph)).toEqual([]);
  });

  it('the CLI imports only the API (and packages and Node built-ins)', () => {
    expect([...new Set(graph.get('cli.ts'))]).toEqual(['index.ts']);
  });

  it('would fail on each of the cycles and back-up imports issue 16 found', () => {
    const withEdge = (from: string, to: string): Map<string, string[]> => {
      const g = new Map([...graph].map(([k, v]) => [k, [...v]]));
      g.get(from)!.push(to);
      return g;
    };
    const cases: Array<[string, string]> = [
      ['io/watch.ts', 'cli.ts'], // watch imported CliIO from the CLI
      ['report/sarif.ts', 'checkers/index.ts'], // SARIF read the checker registry …
      ['report/sarif.ts', 'engine/linter.ts'], // … and docsUrl from the engine
      ['cli.ts', 'io/lint-files.ts'], // the CLI reached past the API
    ];
    for (const [from, to] of cases) expect(forbidden(withEdge(from, to)), `${from} -> ${to}`).not.toEqual([]);
    expect(cycles(withEdge('io/watch.ts', 'cli.ts'))).not.toEqual([]); // and that made a cycle
    expect(forbidden(withEdge('model/location.ts', 'text/normalize.ts'))).not.toEqual([]); // model/builder.ts read text/
    expect(forbidden(withEdge('text/phrases.ts', 'lexicon/types.ts'))).not.toEqual([]); // the text <-> lexicon type cycle
    expect(cycles(withEdge('lexicon/fuzzy.ts', 'lexicon/matcher.ts'))).not.toEqual([]); // fuzzy <-> matcher (one part)
    expect(cycles(withEdge('io/pool.ts', 'io/lint-files.ts'))).not.toEqual([]); // pool <-> lint-files
    expect(forbidden(withEdge('engine/linter.ts', 'io/lint-files.ts'))).not.toEqual([]); // the engine walking files
  });
});

describe('the import reader', () => {
  it('finds imports, re-exports, type-only imports and import() and skips comments and packages', () => {
    const src = "import a from './a.js';\nimport type { B } from '../b/b.js';\nexport { c } from './c.js';\nexport type {\n  D,\n} from './d.js';\nimport './side.js';\n// import x from './commented.js';\n/* import y from './block.js'; */\nimport z from 'node:fs';\nconst m = await import('./lazy.js');\n";
    expect(specifiers(src)).toEqual(['./a.js', '../b/b.js', './c.js', './d.js', './side.js', './lazy.js']);
  });
  it('finds a cycle through three modules and a module importing itself', () => {
    expect(cycles(new Map([['a', ['b']], ['b', ['c']], ['c', ['a']], ['d', ['a']]]))).toEqual([['a', 'b', 'c']]);
    expect(cycles(new Map([['a', ['a']]]))).toEqual([['a']]);
  });
});
