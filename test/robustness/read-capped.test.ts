// The bounded read shared by specifications and everything else (src/read-capped.ts): through the open descriptor,
// never past its limit even when the file's size lies, and a FIFO is refused without waiting for a writer.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { spawnSync } from 'node:child_process';
import { readCapped, NotReadable } from '../../src/read-capped.js';

describe('readCapped', () => {
  it('reads a regular file whole, and refuses one over the limit by its size', () => {
    const d = mkdtempSync(join(tmpdir(), 'tenderlint-capped-'));
    try {
      writeFileSync(join(d, 'a.md'), 'x'.repeat(3000));
      expect(readCapped(join(d, 'a.md'), 3000).length).toBe(3000);
      const e = (() => { try { readCapped(join(d, 'a.md'), 2999); } catch (x) { return x; } })();
      expect(e).toBeInstanceOf(NotReadable);
      expect((e as NotReadable).why).toBe('too-large');
      expect((e as NotReadable).size).toBe(3000);
    } finally {
      rmSync(d, { recursive: true, force: true });
    }
  });

  it('a file whose size says 0 (/proc) is read up to the limit and then refused, not read whole', () => {
    if (process.platform !== 'linux') return;
    expect(readCapped('/proc/self/status', 1 << 20).toString()).toContain('Name:');
    const e = (() => { try { readCapped('/proc/self/status', 16); } catch (x) { return x; } })();
    expect((e as NotReadable).why).toBe('too-large');
    expect((e as NotReadable).size).toBeUndefined();
  });

  it('a FIFO is refused at once, without a writer', () => {
    if (process.platform === 'win32') return;
    const d = mkdtempSync(join(tmpdir(), 'tenderlint-capped-'));
    try {
      expect(spawnSync('mkfifo', [join(d, 'f.md')]).status).toBe(0);
      const e = (() => { try { readCapped(join(d, 'f.md'), 1000); } catch (x) { return x; } })();
      expect((e as NotReadable).why).toBe('special');
    } finally {
      rmSync(d, { recursive: true, force: true });
    }
  });
});
