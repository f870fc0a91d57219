// The error type for a user's input problem: one line naming the file and the reason, exit code 2.

export class InputError extends Error {
  constructor(readonly filePath: string, readonly reason: string) {
    super(`${filePath}: ${reason}`);
  }
}
