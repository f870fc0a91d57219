/** The number of words (runs of letters and digits) in `s`: the distance measure of the reading layer's cues. */
export const wordCount = (s: string): number => s.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
