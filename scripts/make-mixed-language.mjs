#!/usr/bin/env node
// Generates specifications that once bypassed the gate by language (issue 14, item 3): a Danish specification with
// a longer English annex, one with a large table of codes, and one whose Danish requirements sit in short list items
// between English paragraphs. Each holds Danish mandatory requirements that name products without "or equivalent".
//   node scripts/make-mixed-language.mjs DIR   → writes the files and prints their paths as JSON
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const annex = (n) => Array.from({ length: n }, (_, i) => `The supplier will provide the service described in annex ${i + 1}. This annex is written in English and describes the scope of the services to be delivered by the contractor, the reporting that is expected and the way the work is organised.`).join('\n\n');

export function makeMixedLanguage(dir) {
  mkdirSync(dir, { recursive: true });
  const files = {
    'english-annex.md': `# Kravspecifikation\n\nLøsningen skal anvende MySQL som database.\n\n## Annex A\n\n${annex(12)}\n`,
    'code-table.md': `# Kravspecifikation\n\nLøsningen skal anvende Oracle Database.\n\n| Code | Description |\n|---|---|\n${Array.from({ length: 2000 }, (_, i) => `| A${String(i).padStart(5, '0')} | The item code and the unit of the order form |`).join('\n')}\n`,
    'short-danish-items.md': `${annex(6)}\n\nLeverandøren skal levere følgende:\n\n- Rapporter i Excel-format\n- Integration til SAP S/4HANA\n\n${annex(6)}\n`,
  };
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return Object.keys(files).map((n) => join(dir, n));
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(JSON.stringify(makeMixedLanguage(process.argv[2] ?? 'mixed-language')));
