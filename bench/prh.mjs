// Baseline: writes a textlint + textlint-rule-prh configuration whose prh dictionary is generated from our lexicon.
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { out, root } from './lib.mjs';

const yamlStr = (s) => JSON.stringify(s); // a JSON string is a valid YAML double-quoted scalar
/** prh escapes "-" in literal patterns, which its own "u" flag rejects: give it a /regex/ with a u-safe escape. */
const literal = (s) => `/${s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}/`;

/**
 * One prh rule per term of every entry (terms and ambiguousTerms). prh skips a match equal to `expected`, so a
 * rule whose expected is the bare term never fires; each rule instead asks for the term followed by "eller
 * tilsvarende" ("or equivalent") and its pattern is the literal term, which therefore is flagged wherever it occurs.
 * Returns the config path and the number of rules.
 */
export async function writePrhConfig() {
  const { loadLexicon } = await import(join(root, 'dist', 'engine', 'linter.js'));
  const { entries } = loadLexicon();
  const seen = new Set();
  const lines = ['version: 1', 'rules:'];
  for (const e of entries) {
    for (const term of [...e.terms, ...(e.ambiguousTerms ?? [])]) {
      if (seen.has(term)) continue;
      seen.add(term);
      lines.push(`  - expected: ${yamlStr(`${term} eller tilsvarende`)}`, `    patterns:`, `      - ${yamlStr(literal(term))}`);
    }
  }
  const dir = join(out, 'textlint');
  mkdirSync(dir, { recursive: true });
  const prh = join(dir, 'prh.yml');
  writeFileSync(prh, lines.join('\n') + '\n');
  const rc = join(dir, '.textlintrc.json');
  writeFileSync(rc, JSON.stringify({ rules: { prh: { rulePaths: [prh] } } }, null, 2) + '\n');
  return { rc, prh, rules: seen.size, entries: entries.length };
}

/** The textlint command line for a file: its own CLI, the generated config, JSON output (exit 1 = findings). */
export function textlintArgs(rc, file) {
  return [join(root, 'node_modules', 'textlint', 'bin', 'textlint.js'), '--config', rc, '--no-color', '--format', 'json', file];
}
