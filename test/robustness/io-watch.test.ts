// --watch keeps seeing a file saved by rename (issue 14, item 10): editors write a temporary file and rename it
// over the old one; Node 20's recursive watcher on Linux followed the old inode, so the folder watch of the VS Code
// task saw the first such save and never the file again. Each save below is by rename, several times over, in the
// watched folder, in a sub-folder, and in a sub-folder made after the watch began. Runs the compiled CLI.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';

const root = resolve(import.meta.dirname, '..', '..');
const NEUTRAL = '# Krav\n\nAlle data skal kunne eksporteres, og leverandøren yder ophørsbistand.\n';
const withBrand = (brand: string): string => `${NEUTRAL}\nLøsningen skal anvende ${brand} som database.\n`;
const BRANDS = ['MySQL', 'MongoDB', 'MariaDB', 'PostgreSQL'];

let dir: string;
let child: ChildProcess;
let out = '';

/** Saves as an editor that writes a temporary file and renames it over the original. */
function saveByRename(path: string, text: string): void {
  const tmp = `${path}.${Math.random().toString(36).slice(2)}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, path);
}

/** The output of the next complete cycle that mentions `term`, or a timeout naming what was seen. */
async function cycleWith(term: string, ms = 15_000): Promise<string> {
  const t0 = Date.now();
  for (;;) {
    const cycles = out.split('tenderlint: checking').slice(1).filter((c) => c.includes('tenderlint: done'));
    const hit = cycles.find((c) => c.includes(term));
    if (hit) { out = ''; return hit; }
    if (Date.now() - t0 > ms) throw new Error(`no cycle mentioning ${term} within ${ms} ms; output:\n${out}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'tenderlint-io-watch-'));
  mkdirSync(join(dir, 'annexes'));
  writeFileSync(join(dir, 'spec.md'), NEUTRAL);
  writeFileSync(join(dir, 'annexes', 'annex.md'), NEUTRAL);
  child = spawn(process.execPath, [join(root, 'dist', 'bin.js'), '--watch', '--no-config-lookup', '--format', 'compact', dir], { stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout!.on('data', (d) => { out += d; });
  const t0 = Date.now();
  while (!out.includes('tenderlint: done')) {
    if (Date.now() - t0 > 15_000) throw new Error(`--watch did not start: ${out}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  out = '';
}, 30_000);

afterAll(() => {
  child?.kill();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('--watch and saves by rename (item 10)', () => {
  it('a file in the watched folder is seen on every save by rename, not only the first', async () => {
    for (const brand of BRANDS) {
      saveByRename(join(dir, 'spec.md'), withBrand(brand));
      const cycle = await cycleWith(brand);
      expect(cycle.split('\n').filter((l) => l.includes(brand)).every((l) => l.startsWith(join(dir, 'spec.md')))).toBe(true);
    }
  }, 90_000);

  it('a file in a sub-folder, and in a sub-folder made after the watch began', async () => {
    for (const brand of BRANDS.slice(0, 3)) {
      saveByRename(join(dir, 'annexes', 'annex.md'), withBrand(brand));
      await cycleWith(brand);
    }
    mkdirSync(join(dir, 'later'));
    await new Promise((r) => setTimeout(r, 300)); // the new folder's own watch is set up on its creation event
    for (const brand of BRANDS.slice(1)) {
      saveByRename(join(dir, 'later', 'new.md'), withBrand(brand));
      const cycle = await cycleWith(brand);
      expect(cycle).toContain(join(dir, 'later', 'new.md'));
    }
  }, 90_000);
});
