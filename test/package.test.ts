// The published package (npm pack): what a user needs to run the CLI and the API, and nothing else.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CHECKERS } from '../src/checkers/index.js';

const root = join(import.meta.dirname, '..');

describe('npm pack', () => {
  it('holds the executable, the API with its types, the lexicon, the rule pages and the config schema, and nothing else', () => {
    expect(existsSync(join(root, 'dist', 'tenderlint.cjs')), 'npm run build first').toBe(true);
    // --ignore-scripts: list what is there without building again.
    const r = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const files = (JSON.parse(r.stdout) as Array<{ files: Array<{ path: string }> }>)[0]!.files.map((f) => f.path);
    const needed = ['package.json', 'README.md', 'dist/tenderlint.cjs', 'dist/tenderlint.mjs', 'dist/cli.bundle.cjs', 'dist/index.js', 'dist/index.d.ts', 'dist/lexicon.json',
      'lexicon/schema.json', 'lexicon/phrases/da.yaml', 'lexicon/phrases/en.yaml', 'schema/config.schema.json', ...CHECKERS.map((c) => `docs/rules/${c.id}.md`)];
    for (const f of needed) expect(files, f).toContain(f);
    // Sources, tests, fixtures, examples, benchmarks, build scripts and developer documents stay in the repository.
    const stray = files.filter((f) => !/^(package\.json|README\.md|LICENSE(\.\w+)?|NOTICE|dist\/.+|lexicon\/.+|docs\/rules\/[a-z-]+\.md|schema\/[\w.-]+\.json)$/.test(f) || /\.(ts|mts)$/.test(f) && !/\.d\.m?ts$/.test(f));
    expect(stray).toEqual([]);
    expect(files.filter((f) => /(^|\/)(test|bench|examples|scripts|node_modules|src)\//.test(f))).toEqual([]);
  });
});
