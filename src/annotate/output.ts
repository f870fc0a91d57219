// Guards the annotated copy's path (never the input, never through a symlink) and writes it through the shared
// output module (src/fs/write.ts): atomically for a file, in place for a FIFO or device, never over a read-only file.
import { checkTarget, writeOutput, type WriteOptions } from '../fs/write.js';

const OPTIONS: WriteOptions = { symlinks: 'refuse', what: 'the annotated copy' };

/** Throws an InputError (an OutputError) when writing `output` could touch the input or follow a symlink. */
export async function checkOutputPath(input: string, output: string): Promise<void> {
  await checkTarget(output, { ...OPTIONS, inputs: [input] });
}

/** Writes the annotated copy: a temporary file beside `output`, then a rename (see writeOutput). */
export async function writeAtomically(output: string, data: Buffer): Promise<void> {
  await writeOutput(output, data, OPTIONS);
}
