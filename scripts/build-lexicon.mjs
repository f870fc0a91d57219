#!/usr/bin/env node
// Compiles lexicon/*.yaml and lexicon/phrases/*.yaml into dist/lexicon.json after validating them, so the CLI
// starts without parsing YAML or building the near-miss index (src/lexicon/load.ts, CompiledLexicon), and writes
// the phrase matcher's index for the usual sets of languages into dist/phrase-index (src/text/phrase-index.ts). The
// runtime checks the recorded file sizes and times (the stamp) and falls back to YAML, or to building the index,
// when a source changed since.
import { writeFileSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { loadEntries, loadPhrases, BUILTIN_LEXICON_DIR, lexiconStamp, lexiconContentHash, compileLexicon, COMPILED_LEXICON } = await import('../dist/lexicon/load.js');
const { Phrases } = await import('../dist/text/phrases.js');
const { PHRASE_INDEX_DIR, phraseIndexFile, storePhraseIndex } = await import('../dist/text/phrase-index.js');

/**
 * Writes JSON atomically (a run starting meanwhile reads the old file or the new one, never half of one), with every
 * character beyond ASCII escaped: the same JSON, but pure ASCII, which the runtime reads as Latin-1, a plain copy of
 * the bytes (text/phrase-index.ts, readBuiltText), instead of decoding the Danish, Swedish and Norwegian texts of the
 * 1.4 MB lexicon as UTF-8.
 */
function writeAtomic(file, json) {
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, json.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
  renameSync(tmp, file);
}

try {
  const stamp = lexiconStamp();
  // compileLexicon leaves out the examples: they are for the tests, the CLI does not need them at run time.
  const entries = loadEntries([BUILTIN_LEXICON_DIR]);
  const sets = loadPhrases();
  mkdirSync(join(root, 'dist'), { recursive: true });
  writeAtomic(COMPILED_LEXICON, JSON.stringify(compileLexicon(entries, [...sets.values()], stamp, lexiconContentHash())));
  // The phrase index of each language read alone and of English with it (the languages a document's paragraphs are
  // in decide the set: other sets are built at run time). `sets` is not the runtime's built-in object, so these are
  // built afresh here, never read back from an earlier build.
  rmSync(PHRASE_INDEX_DIR, { recursive: true, force: true });
  mkdirSync(PHRASE_INDEX_DIR, { recursive: true });
  const done = new Set();
  for (const lang of sets.keys()) {
    for (const p of [new Phrases(sets, lang), new Phrases(sets, 'en', [lang])]) {
      const key = p.languages.join(',');
      if (done.has(key)) continue;
      done.add(key);
      writeAtomic(phraseIndexFile(p.languages), storePhraseIndex(p.index, p.languages, stamp));
    }
  }
} catch (e) {
  console.error(`tenderlint: lexicon: ${e.message}`);
  process.exit(2);
}
