// The one way tenderlint writes a file (-o, --fix, --annotate): never over an input, never over a read-only file,
// special files (FIFO, device, /dev/stdout) written in place, everything else through a synced temporary file in
// the same folder and a rename. Every failure is an OutputError with a one-line reason, and no temporary file stays.
import { constants as FS, promises as fsp, fstatSync, unlinkSync, write as fdWrite, type Stats } from 'node:fs';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { InputError } from '../parse/errors.js';

/** A file tenderlint was asked to write and could not: `tenderlint: <path>: <reason>`, exit 2. */
export class OutputError extends InputError {}

export interface WriteOptions {
  /**
   * Files the output must not be: the run's inputs. Compared by real path (./, .., symlinks) and by device and
   * inode (hard links); `fd` names an open descriptor instead (standard input redirected from a file).
   */
  inputs?: Array<string | { fd: number }>;
  /**
   * Other files the run reads and the output must not replace: its configuration, its own lexicon files or folders
   * (any file inside a folder counts), its cache. `what` names it in the refusal ("the configuration file").
   */
  protect?: Array<{ path: string; what: string }>;
  /** What is being written, for the refusal messages ("the report", "the annotated copy"). */
  what?: string;
  /** 'refuse': the output path may not be a symbolic link (--annotate); 'follow' (default): write where it points. */
  symlinks?: 'follow' | 'refuse';
  /** Fault injection for tests: runs after the temporary file is complete, before the rename. */
  beforeRename?: () => Promise<void> | void;
}

/** The user-facing reason for an errno code met while writing. */
export function writeReason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT': return 'cannot be written (its folder does not exist)';
    case 'ENOTDIR': return 'cannot be written (a part of the path is not a folder)';
    case 'EISDIR': return 'is a directory; give a file name';
    case 'EACCES': return 'cannot be written (permission denied)';
    case 'EPERM': return 'cannot be written (operation not permitted: the file or its folder is protected, e.g. immutable)';
    case 'EROFS': return 'cannot be written (read-only file system)';
    case 'ENOSPC': return 'cannot be written (no space left on the device)';
    case 'EDQUOT': return 'cannot be written (disk quota exceeded)';
    case 'EFBIG': return 'cannot be written (file too large for the file system)';
    case 'ENXIO': return 'cannot be written (nothing is reading from it)';
    case 'EPIPE': return 'cannot be written (the reader closed it)';
    case 'ETXTBSY': return 'cannot be written (the file is busy)';
    case 'ENAMETOOLONG': return 'cannot be written (the name is too long)';
    case 'ELOOP': return 'cannot be written (too many levels of symbolic links)';
    case 'EIO': return 'cannot be written (input/output error)';
    default: return `cannot be written (${code ?? (e as Error)?.message?.split('\n')[0] ?? 'error'})`;
  }
}

async function lstatOrUndefined(p: string): Promise<Stats | undefined> {
  try {
    return await fsp.lstat(p);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
}

/** The real path of a file that may not exist yet: its folder's real path plus its name. */
async function realTarget(abs: string): Promise<string> {
  try {
    return await fsp.realpath(abs);
  } catch {
    try {
      return join(await fsp.realpath(dirname(abs)), basename(abs));
    } catch {
      return abs;
    }
  }
}

/** Special files are written in place: renaming over a FIFO or a device node would replace it with a regular file. */
function isSpecial(st: Stats): boolean {
  return st.isFIFO() || st.isCharacterDevice() || st.isBlockDevice() || st.isSocket();
}

const READ_ONLY = 'is read-only; make it writable first (tenderlint does not replace write-protected files)';

/**
 * Why an existing file may not be replaced, if it may not: no write bit for its owner, or not writable for us per
 * access(2) (an immutable file answers EPERM there, a read-only mount EROFS). Root passes access(2) for any
 * ordinary file, so the owner's write bit is checked explicitly.
 */
async function protection(path: string, st: Stats): Promise<string | undefined> {
  if ((st.mode & 0o200) === 0) return READ_ONLY;
  try {
    await fsp.access(path, FS.W_OK);
    return undefined;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EACCES' ? READ_ONLY : writeReason(e);
  }
}

/**
 * The descriptor a path stands for, if it is one of this process's own: /dev/stdout, /dev/fd/N, /proc/self/fd/N or
 * a symbolic link to one. Such a path is written through the descriptor, as a shell does: opening it anew fails
 * when the descriptor is a socket, and renaming over it would replace the link.
 */
async function ownDescriptor(abs: string): Promise<number | undefined> {
  let p = abs;
  for (let hop = 0; hop < 40; hop++) {
    const m = /^\/(?:proc\/(?:self|(\d+))\/fd|dev\/fd)\/(\d+)$/.exec(p);
    if (m && (m[1] === undefined || Number(m[1]) === process.pid)) return Number(m[2]);
    let st: Stats;
    try { st = await fsp.lstat(p); } catch { return undefined; }
    if (!st.isSymbolicLink()) return undefined;
    p = resolve(dirname(p), await fsp.readlink(p));
  }
  return undefined;
}

/** Writes all of `data` to an open descriptor, waiting when a non-blocking pipe is full. */
async function writeToDescriptor(fd: number, data: Uint8Array): Promise<void> {
  for (let off = 0; off < data.length;) {
    try {
      off += await new Promise<number>((done, fail) => fdWrite(fd, data, off, data.length - off, null, (err, n) => (err ? fail(err) : done(n))));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EAGAIN') throw e;
      await new Promise((r) => setTimeout(r, 5));
    }
  }
}

/** Where and how `path` is to be written; throws OutputError for a path that must not be written. */
export async function checkTarget(path: string, opts: WriteOptions = {}): Promise<{ target: string; special: boolean; existing?: Stats; fd?: number }> {
  const abs = resolve(path);
  if (opts.symlinks !== 'refuse') {
    const fd = await ownDescriptor(abs);
    if (fd !== undefined) return { target: abs, special: true, fd };
  }
  const what = opts.what ?? 'the output';
  const fail = (reason: string): never => { throw new OutputError(path, reason); };
  let link: Stats | undefined;
  try {
    link = await lstatOrUndefined(abs);
  } catch (e) {
    fail(writeReason(e));
  }
  if (link?.isSymbolicLink() && opts.symlinks === 'refuse') fail(`is a symbolic link; refusing to write ${what} through it`);
  let st: Stats | undefined;
  try {
    st = link ? await fsp.stat(abs) : undefined;
  } catch (e) {
    fail((e as NodeJS.ErrnoException).code === 'ENOENT' ? 'is a symbolic link to a file that does not exist' : writeReason(e));
  }
  const target = await realTarget(abs);
  // Inputs: the same real path, or the same file under another name (a hard link).
  for (const input of opts.inputs ?? []) {
    if (typeof input === 'string') {
      let same = (await realTarget(resolve(input))) === target;
      if (!same && st) {
        const ist = await fsp.stat(input).catch(() => undefined);
        same = ist !== undefined && ist.dev === st.dev && ist.ino === st.ino;
      }
      if (same) fail(`${resolve(input) === abs ? 'is the input file itself' : `is the input file ${input} under another name`}; write ${what} to another file (tenderlint never overwrites a specification)`);
    } else if (st?.isFile()) {
      let ist: Stats | undefined;
      try { ist = fstatSync(input.fd); } catch { ist = undefined; } // no such descriptor: nothing to compare
      if (ist?.isFile() && ist.dev === st.dev && ist.ino === st.ino) fail(`is the file standard input is read from; write ${what} to another file (tenderlint never overwrites a specification)`);
    }
  }
  for (const p of opts.protect ?? []) {
    const real = await realTarget(resolve(p.path));
    const pst = await fsp.stat(p.path).catch(() => undefined);
    const same = real === target || (st !== undefined && pst !== undefined && pst.dev === st.dev && pst.ino === st.ino);
    const inside = pst?.isDirectory() && (target + sep).startsWith(real + sep) && target !== real;
    if (same || inside) fail(`is ${inside ? `inside ${p.what} ${p.path}` : p.what} this run reads; write ${what} to another file`);
  }
  if (st?.isDirectory()) fail(`is a directory; give a file name for ${what}`);
  // A FIFO or device (directly or through a link) is written in place; a regular file anywhere, even under /dev/shm,
  // is replaced atomically.
  if (st && isSpecial(st)) return { target: abs, special: true, existing: st };
  if (st && !st.isFile()) fail('is not a regular file');
  const refused = st && (await protection(target, st));
  if (refused) fail(refused);
  if (!st) {
    // A missing target: its folder must exist and be a folder.
    const dir = dirname(target);
    const dst = await fsp.stat(dir).catch((e: NodeJS.ErrnoException) => e);
    if (dst instanceof Error) fail(dst.code === 'ENOENT' ? `cannot be written (the folder ${dirname(abs)} does not exist)` : writeReason(dst));
    else if (!dst.isDirectory()) fail(`cannot be written (${dirname(abs)} is not a folder)`);
  }
  return { target, special: false, existing: st };
}

/**
 * Writes `data` to `path` as described at the top of this file. A special file is opened and written in place;
 * any other target gets a temporary file beside it (same mode and, where allowed, owner as the file it replaces),
 * flushed to disk and renamed over it, so a crash leaves the old content or the new, never half of either.
 */
export async function writeOutput(path: string, data: string | Uint8Array, opts: WriteOptions = {}): Promise<void> {
  const { target, special, existing, fd } = await checkTarget(path, opts);
  if (fd !== undefined) {
    try {
      await writeToDescriptor(fd, typeof data === 'string' ? Buffer.from(data) : data);
    } catch (e) {
      throw new OutputError(path, writeReason(e));
    }
    return;
  }
  if (special) {
    let fh: fsp.FileHandle | undefined;
    try {
      // No O_CREAT: a special file that vanished is not silently replaced by a regular one.
      fh = await fsp.open(target, FS.O_WRONLY);
      await fh.writeFile(data);
    } catch (e) {
      throw new OutputError(path, writeReason(e));
    } finally {
      await fh?.close().catch(() => undefined);
    }
    return;
  }
  const tmp = join(dirname(target), `.${basename(target)}.tenderlint-${process.pid}-${Math.random().toString(36).slice(2, 10)}.tmp`);
  let created = false;
  try {
    const fh = await fsp.open(tmp, 'wx', 0o666);
    created = true;
    liveTemps.track(tmp);
    try {
      if (existing) {
        await fh.chmod(existing.mode & 0o7777);
        if (existing.uid !== process.getuid?.() || existing.gid !== process.getgid?.()) await fh.chown(existing.uid, existing.gid).catch(() => undefined);
      }
      await fh.writeFile(data);
      await fh.sync();
    } finally {
      await fh.close();
    }
    await opts.beforeRename?.();
    await fsp.rename(tmp, target);
    created = false;
    liveTemps.untrack(tmp);
    await syncFolder(dirname(target));
  } catch (e) {
    if (created) await fsp.unlink(tmp).catch(() => undefined);
    liveTemps.untrack(tmp);
    if (e instanceof InputError || !(e as NodeJS.ErrnoException)?.code) throw e;
    throw new OutputError(path, writeReason(e));
  }
}

/**
 * Temporary files being written. Interrupted (Ctrl-C, SIGTERM, process.exit) while one exists, the process removes
 * it before it ends the way the signal would have ended it; the handlers are there only while a write is under way.
 */
const liveTemps = (() => {
  const live = new Set<string>();
  const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
  const removeAll = (): void => {
    for (const t of live) { try { unlinkSync(t); } catch { /* already gone */ } }
    live.clear();
  };
  const onSignal = (signal: NodeJS.Signals): void => {
    removeAll();
    uninstall();
    // Ended as the signal would have ended it (unless someone else handles it).
    if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
  };
  const uninstall = (): void => {
    for (const s of SIGNALS) process.off(s, onSignal);
    process.off('exit', removeAll);
  };
  return {
    track(tmp: string): void {
      if (live.size === 0) { for (const s of SIGNALS) process.on(s, onSignal); process.on('exit', removeAll); }
      live.add(tmp);
    },
    untrack(tmp: string): void {
      if (!live.delete(tmp) || live.size > 0) return;
      uninstall();
    },
  };
})();

/** Makes the rename durable; some file systems cannot sync a folder, which is harmless. */
async function syncFolder(dir: string): Promise<void> {
  let fh: fsp.FileHandle | undefined;
  try {
    fh = await fsp.open(dir, 'r');
    await fh.sync();
  } catch {
    // best effort
  } finally {
    await fh?.close().catch(() => undefined);
  }
}
