// The build first removes compiled modules whose source is gone, so a build after moving files ships no stale ones.
import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { spawnSync } from 'node:child_process';

const script = join(import.meta.dirname, '..', 'scripts', 'clean-dist.mjs');

describe('scripts/clean-dist.mjs', () => {
  it('removes dist files without a source and keeps compiled modules with one and generated data', () => {
    const root = mkdtempSync(join(tmpdir(), 'tenderlint-clean-'));
    try {
      mkdirSync(join(root, 'src', 'io'), { recursive: true });
      mkdirSync(join(root, 'dist', 'io'), { recursive: true });
      mkdirSync(join(root, 'dist', 'moved'), { recursive: true });
      mkdirSync(join(root, 'dist', 'wordlists'), { recursive: true });
      writeFileSync(join(root, 'src', 'io', 'kept.ts'), '');
      writeFileSync(join(root, 'src', 'tenderlint.mts'), '');
      for (const f of ['io/kept.js', 'io/kept.d.ts', 'io/gone.js', 'io/gone.d.ts', 'moved/old.js', 'tenderlint.mjs', 'lexicon.json', 'cli.bundle.cjs', 'wordlists/da.txt']) writeFileSync(join(root, 'dist', f), '');
      const r = spawnSync(process.execPath, [script, root], { encoding: 'utf8' });
      expect(r.status).toBe(0);
      expect(r.stdout).toContain('removed 3');
      for (const f of ['io/kept.js', 'io/kept.d.ts', 'tenderlint.mjs', 'lexicon.json', 'cli.bundle.cjs', 'wordlists/da.txt']) expect(existsSync(join(root, 'dist', f)), f).toBe(true);
      for (const f of ['io/gone.js', 'io/gone.d.ts', 'moved']) expect(existsSync(join(root, 'dist', f)), f).toBe(false);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
