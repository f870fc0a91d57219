#!/usr/bin/env node
// Compiles lexicon/*.yaml and lexicon/phrases/*.yaml into dist/lexicon.json after validating them, so the CLI
// starts without parsing YAML or building the near-miss index (src/lexicon/load.ts, CompiledLexicon). The runtime
// checks the recorded file sizes and times and falls back to YAML when a source changed since.
import { writeFileSync, mkdirSync, renameSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { loadEntries, loadPhrases, BUILTIN_LEXICON_DIR, lexiconStamp, compileLexicon, COMPILED_LEXICON } = await import('../dist/lexicon/load.js');
try {
  // Examples are for the tests; the CLI does not need them at run time.
  const entries = loadEntries([BUILTIN_LEXICON_DIR]).map(({ examples, ...e }) => ({ ...e, examples: { flag: [], pass: [] } }));
  const phrases = [...loadPhrases().values()];
  mkdirSync(join(root, 'dist'), { recursive: true });
  // Atomically: a run starting meanwhile reads the old file or the new one, never half of one.
  const tmp = `${COMPILED_LEXICON}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(compileLexicon(entries, phrases, lexiconStamp())));
  renameSync(tmp, COMPILED_LEXICON);
} catch (e) {
  console.error(`tenderlint: lexicon: ${e.message}`);
  process.exit(2);
}
