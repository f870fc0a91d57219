// The error type for a user's input problem: one line naming the file and the reason, exit code 2.

export class InputError extends Error {
  constructor(readonly filePath: string, readonly reason: string) {
    super(`${filePath}: ${reason}`);
  }
}

/** A file system error as a reason a user can act on (the file's name goes before it). */
export function fsErrorReason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return 'does not exist';
  if (code === 'EACCES' || code === 'EPERM') return 'cannot be read (permission denied)';
  if (code === 'ELOOP') return 'cannot be read (too many levels of symbolic links)';
  if (code === 'EISDIR') return 'is a directory';
  return `cannot be read (${code ?? 'error'})`;
}
