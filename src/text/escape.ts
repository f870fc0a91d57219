/** `s` as a literal inside a regular expression ("C++" → "C\+\+"); "/" too, so the result fits a regex literal. */
export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
