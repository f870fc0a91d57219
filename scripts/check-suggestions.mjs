#!/usr/bin/env node
// Audits every suggestion tenderlint makes over the lexicon entries' examples, the shipped examples and the dev corpus
// (../shared/corpus/docs/*.md; never the sealed validation set). A suggestion is bad when it
//   - nests parentheses that the original sentence did not nest ("økonomisystem (et økonomisystem (ERP), der …)"),
//   - is not one sentence (a splice left a dangling fragment, or the rewrite broke the sentence in two),
//   - says "or equivalent or later" ("Office 2019 eller tilsvarende eller nyere"), or
//   - re-linted, raises the same finding again: same rule, same lexicon entry (or term), same message kind, at the
//     same or a higher severity. A suggestion is meant to settle its finding.
// The mechanical fix is audited too: applied to the sentence, it must not write "eller tilsvarende eller nyere".
// Prints one line per bad suggestion and the count; exits 1 when the count is not 0. Needs `npm run build` first.
// Usage: node scripts/check-suggestions.mjs [--verbose] [files...]
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, dirname, basename } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The deepest nesting of round brackets in a text. */
export function parenDepth(text) {
  let depth = 0, max = 0;
  for (const c of text) {
    if (c === '(') max = Math.max(max, ++depth);
    else if (c === ')') depth = Math.max(0, depth - 1);
  }
  return max;
}

/** "or equivalent" directly followed by a version floor: the phrase the fix must never write. */
const EQUIVALENT_THEN_FLOOR = /(?:eller tilsvarende|eller likvärdigt|or equivalent)\s+(?:eller|or)\s+(?:nyere|senere|højere|høyere|senare|nyare|higher|later|newer|above)\b/i;

/**
 * The audit over a list of { name, text, lang?, format } sources. `api` supplies the linter (src for tests, dist
 * for the script): { Linter, parseMarkdown, sentenceSpans, lintFiles }. Returns the bad suggestions.
 */
export async function auditSuggestions(api, sources) {
  const problems = [];
  let suggestions = 0, findings = 0;
  const linters = new Map();
  const linterFor = (lang) => {
    const key = lang ?? '';
    if (!linters.has(key)) linters.set(key, new api.Linter(lang ? { lang } : {}));
    return linters.get(key);
  };
  // Under a heading, as in a specification's body: a lone paragraph would be the document's title, whose products
  // count as the subject-matter of the contract.
  const relint = (text, lang) => linterFor(lang).lint(api.parseMarkdown(`# 1\n\n${text}\n`, 'suggestion.md')).findings;
  for (const src of sources) {
    const result = src.result ?? linterFor(src.lang).lint(api.parseMarkdown(src.text, `${src.name}.md`));
    const lang = result.lang;
    for (const f of result.findings) {
      findings++;
      const original = f.excerpt || '';
      const where = `${src.name}${f.location?.paragraph ? ` ¶${f.location.paragraph}` : `:${f.line}`} ${f.ruleId}/${f.messageId} ${JSON.stringify(f.term)}`;
      for (const s of f.suggestions) {
        suggestions++;
        const bad = [];
        if (parenDepth(s.text) > Math.max(1, parenDepth(original))) bad.push('nested parenthesis');
        if (EQUIVALENT_THEN_FLOOR.test(s.text) && !EQUIVALENT_THEN_FLOOR.test(original)) bad.push('"or equivalent or later"');
        const spans = api.sentenceSpans(s.text, lang).filter(([a, b]) => /\p{L}/u.test(s.text.slice(a, b)));
        const originalSpans = api.sentenceSpans(original, lang).filter(([a, b]) => /\p{L}/u.test(original.slice(a, b)));
        if (original && spans.length > Math.max(1, originalSpans.length)) bad.push(`${spans.length} sentences`);
        const again = relint(s.text, lang).filter((g) => g.ruleId === f.ruleId && g.messageId === f.messageId && g.severity >= f.severity
          && (f.entryId ? g.entryId === f.entryId : g.term.toLowerCase() === f.term.toLowerCase()));
        if (again.length) bad.push(`re-lint raises ${again[0].ruleId}/${again[0].messageId} on ${JSON.stringify(again[0].term)}`);
        if (bad.length) problems.push({ where, suggestion: s.text, original, bad });
      }
      if (f.fix && src.text !== undefined && EQUIVALENT_THEN_FLOOR.test(src.text.slice(0, f.fix.range[0]) + f.fix.text + src.text.slice(f.fix.range[1]))
        && !EQUIVALENT_THEN_FLOOR.test(src.text)) {
        problems.push({ where, suggestion: `fix: insert ${JSON.stringify(f.fix.text)}`, original, bad: ['fix writes "or equivalent or later"'] });
      }
    }
  }
  return { problems, suggestions, findings };
}

/** Every lexicon entry's examples (flag and pass), one source each. */
export function lexiconSources(entries) {
  const out = [];
  for (const e of entries) for (const kind of ['flag', 'pass']) {
    (e.examples?.[kind] ?? []).forEach((text, i) => out.push({ name: `lexicon ${e.id} ${kind}[${i}]`, text: `# 1\n\n${text}\n` }));
  }
  return out;
}

/** The shipped Markdown examples and the dev corpus documents. */
export function documentSources(root = ROOT) {
  const out = [];
  const ex = join(root, 'examples');
  for (const f of readdirSync(ex).filter((n) => n.endsWith('.md')).sort()) out.push({ name: `examples/${f}`, text: readFileSync(join(ex, f), 'utf8') });
  const corpus = join(root, '..', 'shared', 'corpus', 'docs');
  if (existsSync(corpus)) for (const f of readdirSync(corpus).filter((n) => n.endsWith('.md')).sort()) out.push({ name: `corpus/${f}`, text: readFileSync(join(corpus, f), 'utf8') });
  return out;
}

async function main() {
  const args = process.argv.slice(2);
  const verbose = args.includes('--verbose');
  const files = args.filter((a) => !a.startsWith('--'));
  const dist = (p) => import(pathToFileURL(join(ROOT, 'dist', p)).href);
  const [{ Linter }, { parseMarkdown }, { sentenceSpans }, { loadEntries }, { lintFiles }] = await Promise.all([
    dist('engine/linter.js'), dist('parse/markdown.js'), dist('text/sentences.js'), dist('lexicon/load.js'), dist('io/lint-files.js'),
  ]);
  const api = { Linter, parseMarkdown, sentenceSpans };
  let sources;
  if (files.length) sources = files.map((f) => ({ name: basename(f), text: readFileSync(f, 'utf8') }));
  else {
    // The compiled lexicon drops the examples: read the YAML files.
    sources = [...lexiconSources(loadEntries([join(ROOT, 'lexicon')])), ...documentSources()];
    // The shipped Word examples, as the CLI reads them.
    const docx = readdirSync(join(ROOT, 'examples')).filter((n) => n.endsWith('.docx')).sort();
    const results = await lintFiles(docx.map((n) => join(ROOT, 'examples', n)), { config: false });
    results.forEach((r, i) => { if (!r.error) sources.push({ name: `examples/${docx[i]}`, result: r }); });
  }
  const { problems, suggestions, findings } = await auditSuggestions(api, sources);
  for (const p of problems) {
    console.log(`${p.where}: ${p.bad.join('; ')}`);
    if (verbose) console.log(`    was:  ${p.original}\n    now:  ${p.suggestion}`);
  }
  console.log(`${problems.length} bad suggestion${problems.length === 1 ? '' : 's'} of ${suggestions} (${findings} finding${findings === 1 ? '' : 's'}, ${sources.length} source${sources.length === 1 ? '' : 's'})`);
  process.exitCode = problems.length ? 1 : 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
