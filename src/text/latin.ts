// Patterns written with Unicode properties for reading, compiled over Latin ranges without the u flag. A
// Unicode-property pattern builds its character classes when it is created (~0.2 ms each) and runs slower before it
// tiers up; a one-page run on save creates them all. The supported languages are written in Latin script.

/**
 * Letter classes: Latin letters with the Latin-1 and Latin Extended ranges, which cover the supported languages'
 * texts and the names in them.
 */
const LATIN: Record<string, string> = {
  Lu: 'A-Z\\u00C0-\\u00D6\\u00D8-\\u00DE',
  Ll: 'a-z\\u00DF-\\u00F6\\u00F8-\\u00FF',
  L: 'A-Za-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F',
  N: '0-9',
};

/** A pattern's source with \\p{Lu}, \\p{Ll}, \\p{L} and \\p{N} replaced by LATIN's ranges; any other property is an error. */
export function latinSource(src: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]!;
    if (ch === '\\') {
      const m = /^\\[pP]\{(\w+)\}/.exec(src.slice(i, i + 8));
      if (m) {
        const cls = src[i + 1] === 'p' ? LATIN[m[1]!] : undefined;
        if (!cls) throw new Error(`latinSource: \\${src[i + 1]}{${m[1]}} has no Latin range`);
        out += inClass ? cls : `[${cls}]`;
        i += m[0].length - 1;
        continue;
      }
      out += src.slice(i, i + 2);
      i++;
      continue;
    }
    if (ch === '[') inClass = true;
    else if (ch === ']') inClass = false;
    out += ch;
  }
  return out;
}

const cache = new Map<string, RegExp>();

/** The pattern compiled over LATIN's ranges, without the u flag; compiled once per source and flags. */
export function latinRegExp(source: string, flags = ''): RegExp {
  const key = `${flags}/${source}`;
  let re = cache.get(key);
  if (!re) cache.set(key, (re = new RegExp(latinSource(source), flags.replace('u', ''))));
  return re;
}

/** A regex literal written with Unicode properties, compiled over Latin ranges. */
export function latin(re: RegExp): RegExp {
  return latinRegExp(re.source, re.flags);
}
