// Linting a specification that arrives on a stream (--stdin): read up to the limit of the format its name gives
// (Markdown 10 MB, Word 200 MB) and no further, so an endless pipe or /dev/zero ends with one line instead of
// exhausting memory.
import { extname } from 'node:path';
import type { FileResult } from '../model/finding.js';
import { DOCX_EXTENSIONS, MAX_INPUT_BYTES, MAX_MARKDOWN_BYTES } from '../parse/index.js';
import { readStreamCapped, ReadError, tooLargeReason } from '../fs/read.js';
import { lintText } from '../io/lint-files.js';
import type { LintFilesOptions } from '../io/options.js';

export interface StreamInput {
  /** The name to report, whose extension decides the format (.md, .docx). */
  filePath: string;
  /** The stream to read (standard input) … */
  stream?: AsyncIterable<Buffer | string>;
  /** … or a function that reads all of it (tests). */
  read?: () => Promise<Buffer>;
}

/** Lints what the stream holds; a stream over its format's limit is a result with `error`, not an exception. */
export async function lintInput(input: StreamInput, options: LintFilesOptions = {}): Promise<FileResult> {
  const { filePath } = input;
  const docx = DOCX_EXTENSIONS.includes(extname(filePath).toLowerCase());
  const [maxBytes, what] = docx ? [MAX_INPUT_BYTES, 'files'] : [MAX_MARKDOWN_BYTES, 'Markdown'];
  try {
    const buf = input.read ? await input.read() : await readStreamCapped(input.stream ?? process.stdin, { maxBytes, what, name: filePath });
    if (buf.length > maxBytes) throw new ReadError(filePath, tooLargeReason(maxBytes, what, buf.length));
    return await lintText(buf, { ...options, filePath });
  } catch (e) {
    if (e instanceof ReadError) return { filePath, lang: 'en', findings: [], suppressed: [], error: e.reason };
    throw e;
  }
}
