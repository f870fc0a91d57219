// Locates the package's own files (lexicon, docs, schema) from wherever the code runs: dist/ modules or the bundle.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function findRoot(start: string): string {
  for (let dir = start; ; dir = dirname(dir)) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg)) {
      try {
        if ((JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'tenderlint') return dir;
      } catch {
        // not ours: keep looking
      }
    }
    if (dirname(dir) === dir) return start;
  }
}

/** The package root: the folder of tenderlint's package.json. */
export const PKG_ROOT = findRoot(dirname(fileURLToPath(import.meta.url)));
