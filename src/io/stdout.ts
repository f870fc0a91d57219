// The process's standard output and error as the CLI writes them: a write that fails (a full disk, a reader that
// went away) is caught here instead of surfacing as an unhandled 'error' event with a stack trace. The run then
// ends on one line and exit 2, or quietly when the reader closed the pipe (`tenderlint … | head -1`).
import { fstatSync, readlinkSync, statSync, writeSync } from 'node:fs';
import { writeReason } from '../fs/write.js';
import { lazyRequire } from '../lazy-require.js';

export interface GuardedOutput {
  /** Writes unless an earlier write failed (then the text is dropped: there is nowhere to put it). */
  write: (s: string) => void;
  /** Aborts on the first failed write, so that a long-running mode (--watch) can stop. */
  closed: AbortSignal;
  /**
   * Waits until every write has completed, then settles the exit code: unchanged when all went well or the reader
   * closed the pipe (EPIPE, which is how `| head` ends a run), 2 with one line on stderr for any other failure.
   */
  finish: (code: number) => Promise<number>;
}

/** What to call standard output in the one line: the file it is redirected to, if the system says. */
function stdoutName(): string {
  try {
    const target = readlinkSync('/proc/self/fd/1');
    if (target.startsWith('/')) return target;
  } catch {
    // no /proc: fall through
  }
  return 'standard output';
}

/** Guards `stream` (process.stdout); `stderr` receives the one line a failure ends with. */
export function guardOutput(stream: NodeJS.WritableStream, stderr: (s: string) => void): GuardedOutput {
  const controller = new AbortController();
  let failure: NodeJS.ErrnoException | undefined;
  let pending = 0;
  let drained: (() => void) | undefined;
  const fail = (e: NodeJS.ErrnoException): void => {
    if (failure) return;
    failure = e;
    controller.abort();
  };
  const settled = (): void => {
    if (pending === 0 && drained) { const d = drained; drained = undefined; d(); }
  };
  stream.on('error', fail);
  return {
    closed: controller.signal,
    write: (s) => {
      if (failure || !s) return;
      pending++;
      try {
        stream.write(s, (err) => {
          pending--;
          if (err) fail(err as NodeJS.ErrnoException);
          settled();
        });
      } catch (e) {
        pending--;
        fail(e as NodeJS.ErrnoException);
      }
    },
    finish: async (code) => {
      if (pending > 0) await new Promise<void>((done) => { drained = done; settled(); });
      // An error event can follow its failed write's callback by a tick.
      await new Promise((r) => setImmediate(r));
      if (!failure || failure.code === 'EPIPE') return code;
      stderr(`tenderlint: ${stdoutName()}: ${writeReason(failure)}\n`);
      return 2;
    },
  };
}

/** Standard error: a failure there cannot be reported anywhere, so it is only kept from crashing the process. */
export function guardErrors(stream: NodeJS.WritableStream): (s: string) => void {
  let broken = false;
  stream.on('error', () => { broken = true; });
  return (s) => {
    if (broken) return;
    try {
      stream.write(s);
    } catch {
      broken = true;
    }
  };
}

/**
 * Guards a file descriptor (1, standard output) written synchronously, as Node writes its own standard output to
 * files, terminals and (on Linux) pipes, but without Node's stream machinery: a short run never loads it. A reader
 * that is slow or a descriptor left non-blocking (EAGAIN) is waited for; any other failure is handled as
 * guardOutput does (EPIPE ends quietly, anything else with one line and exit 2).
 */
export function guardDescriptor(fd: number, stderr: (s: string) => void): GuardedOutput {
  const controller = new AbortController();
  let failure: NodeJS.ErrnoException | undefined;
  let pause: Int32Array | undefined;
  return {
    closed: controller.signal,
    write: (s) => {
      if (failure || !s) return;
      const buf = Buffer.from(s, 'utf8');
      for (let off = 0; off < buf.length;) {
        try {
          off += writeSync(fd, buf, off, buf.length - off);
        } catch (e) {
          if ((e as NodeJS.ErrnoException).code === 'EAGAIN') {
            Atomics.wait((pause ??= new Int32Array(new SharedArrayBuffer(4))), 0, 0, 2); // the reader is behind: 2 ms
            continue;
          }
          failure = e as NodeJS.ErrnoException;
          controller.abort();
          return;
        }
      }
    },
    finish: async (code) => {
      if (!failure || failure.code === 'EPIPE') return code;
      stderr(`tenderlint: ${stdoutName()}: ${writeReason(failure)}\n`);
      return 2;
    },
  };
}

/**
 * Is the descriptor a terminal? Only a character device can be one, and /dev/null (where benchmarks and scripts send
 * output) is none: for those Node's tty module (which loads its network and stream modules) is not loaded.
 */
export function isTerminal(fd: number): boolean {
  try {
    const st = fstatSync(fd);
    if (!st.isCharacterDevice()) return false;
    if (process.platform !== 'win32' && st.rdev === statSync('/dev/null').rdev) return false;
    return (lazyRequire('node:tty') as typeof import('node:tty')).isatty(fd);
  } catch {
    return false;
  }
}
