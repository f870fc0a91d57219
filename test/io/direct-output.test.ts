// Standard output written to its descriptor directly (guardDescriptor, what the executables use on POSIX systems so
// that a short run does not load Node's stream modules): every byte arrives through a full, non-blocking pipe; a
// reader that went away ends quietly; a full disk ends with one line and exit 2.
import { afterAll, describe, expect, it } from 'vitest';
import { closeSync, constants, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { spawn, spawnSync } from 'node:child_process';
import { guardDescriptor, isTerminal } from '../../src/io/stdout.js';

const posix = process.platform !== 'win32';
const dir = mkdtempSync(join(tmpdir(), 'tl-direct-output-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Opens the write end of a FIFO without blocking, once its reader has opened it. */
async function openWriter(fifo: string): Promise<number> {
  for (let i = 0; ; i++) {
    try {
      return openSync(fifo, constants.O_WRONLY | constants.O_NONBLOCK);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENXIO' || i > 500) throw e;
      await new Promise((r) => setTimeout(r, 10));
    }
  }
}

describe.runIf(posix)('guardDescriptor', () => {
  it('writes everything through a non-blocking pipe whose reader is slower than the writer', async () => {
    const fifo = join(dir, 'slow');
    spawnSync('mkfifo', [fifo]);
    const out = join(dir, 'slow.out');
    // The reader starts late and reads in small pieces: the 64 KB pipe is full most of the time (EAGAIN).
    const reader = spawn('sh', ['-c', `sleep 0.3; dd if="${fifo}" of="${out}" bs=512 2>/dev/null`]);
    const done = new Promise((r) => reader.on('exit', r));
    const fd = await openWriter(fifo);
    const errors: string[] = [];
    const g = guardDescriptor(fd, (s) => errors.push(s));
    const text = Array.from({ length: 20_000 }, (_, i) => `line ${i} æøå €\n`).join('');
    g.write(text.slice(0, 100_000));
    g.write(text.slice(100_000));
    closeSync(fd);
    await done;
    expect(readFileSync(out, 'utf8')).toBe(text);
    expect(await g.finish(1)).toBe(1);
    expect(errors).toEqual([]);
  });

  it('ends quietly with the run\'s exit code when the reader went away (EPIPE)', async () => {
    const fifo = join(dir, 'gone');
    spawnSync('mkfifo', [fifo]);
    const reader = spawn('sh', ['-c', `head -c 10 "${fifo}" > /dev/null`]);
    const done = new Promise((r) => reader.on('exit', r));
    const fd = await openWriter(fifo);
    const errors: string[] = [];
    const g = guardDescriptor(fd, (s) => errors.push(s));
    g.write('0123456789');
    await done;
    let aborted = false;
    g.closed.addEventListener('abort', () => { aborted = true; });
    for (let i = 0; i < 10 && !aborted; i++) g.write('x'.repeat(100_000));
    closeSync(fd);
    expect(aborted).toBe(true);
    expect(await g.finish(1)).toBe(1);
    expect(errors).toEqual([]);
  });

  it('ends with one line and exit 2 on a full disk', async () => {
    const fd = openSync('/dev/full', 'w');
    const errors: string[] = [];
    const g = guardDescriptor(fd, (s) => errors.push(s));
    g.write('report\n');
    g.write('more\n');
    closeSync(fd);
    expect(await g.finish(0)).toBe(2);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^tenderlint: .+: cannot be written \(no space left on the device\)\n$/);
  });

  it('tells a terminal from a file or pipe without opening a stream', () => {
    const fd = openSync(join(dir, 'file'), 'w');
    try {
      expect(isTerminal(fd)).toBe(false);
    } finally {
      closeSync(fd);
    }
    const nul = openSync('/dev/null', 'r'); // a character device, but no terminal
    try {
      expect(isTerminal(nul)).toBe(false);
    } finally {
      closeSync(nul);
    }
    expect(isTerminal(987654)).toBe(false);
    // /dev/null is answered without Node's tty module (which loads net): checked in a fresh process.
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', `
      import { openSync } from 'node:fs';
      const { isTerminal } = await import(${JSON.stringify(new URL('../../dist/io/stdout.js', import.meta.url).href)});
      const before = process.moduleLoadList.includes('NativeModule tty');
      const answer = isTerminal(openSync('/dev/null', 'w'));
      process.stdout.write(JSON.stringify([before, answer, process.moduleLoadList.includes('NativeModule tty')]));`], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    expect(r.stdout, r.stderr).toBe('[false,false,false]');
  });
});
