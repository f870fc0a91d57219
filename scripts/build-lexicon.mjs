#!/usr/bin/env node
// Compiles lexicon/*.yaml and lexicon/phrases/*.yaml into dist/lexicon.json after validating them, so the CLI
// starts without parsing YAML. The runtime checks the recorded file sizes and times and falls back to YAML when
// a source changed since.
import { writeFileSync, mkdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { loadEntries, loadPhrases, BUILTIN_LEXICON_DIR, lexiconStamp } = await import('../dist/lexicon/load.js');
try {
  // Examples are for the tests; the CLI does not need them at run time.
  const entries = loadEntries([BUILTIN_LEXICON_DIR]).map(({ examples, ...e }) => ({ ...e, examples: { flag: [], pass: [] } }));
  const phrases = [...loadPhrases().values()];
  mkdirSync(join(root, 'dist'), { recursive: true });
  writeFileSync(join(root, 'dist', 'lexicon.json'), JSON.stringify({ stamp: lexiconStamp(), entries, phrases }));
} catch (e) {
  console.error(`tenderlint: lexicon: ${e.message}`);
  process.exit(2);
}
