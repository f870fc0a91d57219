// remark lives in a bundle of its own (dist/remark.bundle.cjs, scripts/bundle.mjs and scripts/remark-shim.mjs) that
// the installed executable loads only when a document needs more than the small Markdown reader: a plain document
// never loads it, a richer one loads it through its code cache, and the output is the same as the unbundled CLI's
// either way, with the cache or without it. Needs a build.
import { describe, expect, it } from 'vitest';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { spawnSync } from 'node:child_process';

const root = join(import.meta.dirname, '..', '..');
const plain = '# Krav\n\nLøsningen skal understøtte SAP S/4HANA og eksport til PDF/A.\n';
const rich = '# Krav\n\n1. Løsningen **skal** understøtte [SAP S/4HANA](https://www.sap.com) og *Microsoft Word*.\n   - med undtagelser\n';

/** Lints `text` in a fresh process with the bundle in `dist`, and tells whether remark was loaded, and how. */
function probe(dist: string, text: string): { out: string; remark: boolean; cacheRejected?: boolean } {
  const dir = mkdtempSync(join(root, 'dist', 'lazy-remark-doc-'));
  try {
    const file = join(dir, 'spec.md');
    writeFileSync(file, text);
    const code = `
      const { loadCli } = await import(${JSON.stringify(pathToFileURL(join(dist, 'launch.js')).href)});
      let out = '';
      await loadCli().run(['--no-config-lookup', '--format', 'json', ${JSON.stringify(file)}], { stdout: (s) => { out += s; }, stderr: (s) => { out += s; }, cwd: ${JSON.stringify(dir)}, isTTY: false, env: {} });
      const script = globalThis[Symbol.for('tenderlint.remarkScript')];
      process.stdout.write(JSON.stringify({ out: out.replaceAll(${JSON.stringify(dir)}, 'DIR'), remark: !!script, cacheRejected: script?.cachedDataRejected }));`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    return JSON.parse(r.stdout);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The unbundled CLI's report on `text` (dist/bin.js: remark imported as usual). */
function unbundled(text: string): string {
  const dir = mkdtempSync(join(root, 'dist', 'lazy-remark-doc-'));
  try {
    writeFileSync(join(dir, 'spec.md'), text);
    const r = spawnSync(process.execPath, [join(root, 'dist', 'bin.js'), '--no-config-lookup', '--format', 'json', join(dir, 'spec.md')], { encoding: 'utf8', cwd: dir });
    return r.stdout.replaceAll(dir, 'DIR');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('remark loaded on demand by the installed executable', () => {
  const dist = join(root, 'dist');

  it('a plain document is read without loading remark; a richer one loads it through its code cache', () => {
    const a = probe(dist, plain);
    expect(a.remark).toBe(false);
    expect(a.out).toBe(unbundled(plain));
    const b = probe(dist, rich);
    expect(b.remark).toBe(true);
    expect(b.cacheRejected).toBe(false);
    expect(b.out).toBe(unbundled(rich));
    expect(JSON.parse(b.out)[0].messages.length).toBeGreaterThan(0);
  });

  it('without remark\'s code cache, or with a damaged one, the output is the same', () => {
    const copy = mkdtempSync(join(root, 'dist', 'lazy-remark-'));
    try {
      for (const f of ['launch.js', 'code-cache-stamp.js', 'cli.bundle.cjs', 'cli.bundle.cjs.cache', 'remark.bundle.cjs']) copyFileSync(join(dist, f), join(copy, f));
      const none = probe(copy, rich);
      expect(none.remark).toBe(true);
      expect(none.out).toBe(unbundled(rich));
      writeFileSync(join(copy, 'remark.bundle.cjs.cache'), Buffer.alloc(4096, 7));
      expect(probe(copy, rich).out).toBe(unbundled(rich));
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});
