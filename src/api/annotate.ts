// The Word annotator behind the API, loaded on first use: a run that annotates nothing does not load it.
import type { AnnotateOptions } from '../annotate/index.js';

export type { AnnotateOptions } from '../annotate/index.js';

/** Writes a copy of a .docx with a Word comment on every finding, and with `suggest` tracked changes (annotate/index.ts). */
export async function annotateDocx(opts: AnnotateOptions): Promise<{ comments: number; changes: number }> {
  const { annotateDocx: annotate } = await import('../annotate/index.js');
  return annotate(opts);
}
