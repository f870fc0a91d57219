#!/usr/bin/env node
// Developer aid: prints the blocks, mentions and context the linter sees on given lines of a Markdown file.
// Usage: node scripts/debug-line.mjs FILE LINE [LINE...]
import { readFileSync } from 'node:fs';
import { parseMarkdown } from '../dist/parse/markdown.js';
import { Linter } from '../dist/engine/linter.js';
import { Phrases } from '../dist/text/phrases.js';
import { DocContext } from '../dist/analysis/context.js';
import { findMentions } from '../dist/analysis/mentions.js';

const [file, ...lines] = process.argv.slice(2);
const doc = parseMarkdown(readFileSync(file, 'utf8'), file);
const linter = new Linter();
const lang = linter.languageOf(doc);
const ctx = new DocContext(doc, lang, new Phrases(linter.lexicon.phrases, lang));
const mentions = findMentions(ctx, linter.lexicon.matcher);
for (const l of lines.map(Number)) {
  for (const b of doc.blocks.filter((x) => x.segments.some((s) => s.line === l))) {
    console.log(`block ${b.index} ${b.kind}${b.table ? ` table ${b.table.table} r${b.table.row} c${b.table.column} header=${JSON.stringify(b.table.header)}` : ''}: ${b.text.slice(0, 160)}`);
    console.log('  lead-in:', ctx.leadIn(b).map((p) => p.text.slice(0, 80)));
    for (const m of mentions.filter((x) => x.block === b)) {
      const { block, ...c } = m.ctx;
      console.log(`  mention ${m.term} [${m.entry.id}] pattern=${m.pattern} just=${JSON.stringify(m.justification)}`, JSON.stringify({ ...c, sentenceText: c.sentenceText.slice(0, 100) }));
    }
  }
}
