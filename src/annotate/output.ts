// Guards the annotated copy's path (never the input, never through a symlink) and writes it atomically.
import { lstat, realpath, rename, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { lazyRequire } from '../lazy-require.js';
import { InputError } from '../parse/errors.js';

/** The real path of a file that may not exist yet: its directory's real path plus its name. */
async function realTarget(path: string): Promise<string> {
  const abs = resolve(path);
  try {
    return await realpath(abs);
  } catch {
    try {
      return join(await realpath(dirname(abs)), basename(abs));
    } catch {
      return abs;
    }
  }
}

/** Throws an InputError when writing `output` could touch the input or follow a symlink. */
export async function checkOutputPath(input: string, output: string): Promise<void> {
  if ((await realTarget(input)) === (await realTarget(output))) {
    throw new InputError(output, 'is the input file itself; write the annotated copy to another file (the original is never modified)');
  }
  let st;
  try {
    st = await lstat(output);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw new InputError(output, `cannot be written (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  if (st.isSymbolicLink()) throw new InputError(output, 'is a symbolic link; refusing to write the annotated copy through it');
  if (st.isDirectory()) throw new InputError(output, 'is a directory; give a file name for the annotated copy');
}

/** Writes `data` to a temporary file beside `output`, then renames it into place. */
export async function writeAtomically(output: string, data: Buffer): Promise<void> {
  const abs = resolve(output);
  const temp = join(dirname(abs), `.${basename(abs)}.${process.pid}.${(lazyRequire('node:crypto') as typeof import('node:crypto')).randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(temp, data, { flag: 'wx' });
    await rename(temp, abs);
  } catch (e) {
    await unlink(temp).catch(() => undefined);
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError(output, 'cannot be written (its directory does not exist)');
    if (code === 'EACCES' || code === 'EPERM') throw new InputError(output, 'cannot be written (permission denied)');
    throw e;
  }
}
