// Jaro-Winkler similarity (1 for equal strings, 0 for nothing in common), exactly as natural 8.1 computes it (MIT
// licence, © 2012 Adam Phillabaum, Chris Umbel), ported so that tenderlint does not install natural. test/lexicon
// compares it with natural's function on random strings.

/** Jaro similarity: characters matching within half the longer length, less half the transpositions. */
function jaro(s1: string, s2: string): number {
  if (s1.length === 0 || s2.length === 0) return 0;
  const window = Math.floor(Math.max(s1.length, s2.length) / 2) - 1;
  const matched1 = new Array<boolean>(s1.length).fill(false);
  const matched2 = new Array<boolean>(s2.length).fill(false);
  let m = 0;
  for (let i = 0; i < s1.length; i++) {
    const end = Math.min(i + window + 1, s2.length);
    for (let k = Math.max(0, i - window); k < end; k++) {
      if (matched2[k] || s1[i] !== s2[k]) continue;
      matched1[i] = matched2[k] = true;
      m++;
      break;
    }
  }
  if (m === 0) return 0;
  let t = 0;
  for (let i = 0, k = 0; i < s1.length; i++) {
    if (!matched1[i]) continue;
    while (!matched2[k]) k++;
    if (s1[i] !== s2[k]) t++;
    k++;
  }
  t /= 2;
  return (m / s1.length + m / s2.length + (m - t) / m) / 3;
}

/** Jaro-Winkler: Jaro raised by a common prefix of up to four characters (scaling factor 0.1). */
export function jaroWinkler(s1: string, s2: string): number {
  if (s1 === s2) return 1;
  const j = jaro(s1, s2);
  let l = 0;
  while (s1[l] === s2[l] && l < 4) l++;
  return j + l * 0.1 * (1 - j);
}
