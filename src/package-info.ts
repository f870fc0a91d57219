// Facts about the installed package, for --version and for the records reports keep: its version and the identity
// of the built-in lexicon (a hash of its files, stable across checkouts).
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { PKG_ROOT } from './paths.js';
import { lazyRequire } from './lazy-require.js';

/** tenderlint's version from its package.json, or "unknown". */
export function packageVersion(): string {
  try {
    return (JSON.parse(readFileSync(join(PKG_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

/** The lexicon's entry and phrase files in a folder (YAML or JSON, not the schema), as the lexicon loader lists them. */
const dataFiles = (dir: string): string[] => readdirSync(dir).filter((n) => /\.(ya?ml|json)$/i.test(n) && n !== 'schema.json').sort().map((n) => join(dir, n));

/** The built-in lexicon's identity: a SHA-256 over its files' names and contents, first 12 hex digits, or "unknown". */
export function builtinLexiconVersion(): string {
  try {
    const dir = join(PKG_ROOT, 'lexicon');
    // node:crypto is loaded on first use, not by every run's start-up.
    const h = (lazyRequire('node:crypto') as typeof import('node:crypto')).createHash('sha256');
    for (const f of [...dataFiles(dir), ...dataFiles(join(dir, 'phrases'))].sort()) h.update(basename(f)).update('\0').update(readFileSync(f)).update('\0');
    return h.digest('hex').slice(0, 12);
  } catch {
    return 'unknown';
  }
}
