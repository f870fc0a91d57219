// Lexicon scaling, in one process: Matcher.scan and the full Linter.lint with 600 vs 6,000 entries on one document.
// Usage: node bench/scaling.mjs SPEC.md [runs] — prints one JSON object (run.mjs spawns it for a clean heap).
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { root, out, stats } from './lib.mjs';
import { syntheticEntries, writeSyntheticLexicon } from './synthetic.mjs';

const dist = (p) => import(join(root, 'dist', p));
const { loadEntries, BUILTIN_LEXICON_DIR } = await dist('lexicon/load.js');
const { Matcher } = await dist('lexicon/matcher.js');
const { parseMarkdown } = await dist('parse/markdown.js');
const { Linter } = await dist('engine/linter.js');
const { tokenize } = await dist('text/tokens.js');

const now = () => Number(process.hrtime.bigint()) / 1e6;
const timed = (f) => { const t0 = now(); const v = f(); return [now() - t0, v]; };

/**
 * Interleaves the variants run by run, so drift of the machine hits both alike. Stops after the first round when the
 * second variant already takes over 3× the first (clearly off target; each such run can take a minute).
 */
function race(variants, runs, warm = true) {
  if (warm) for (const v of variants) v.fn(); // warm-up (JIT, caches)
  const ts = variants.map(() => []);
  for (let i = 0; i < runs; i++) {
    variants.forEach((v, k) => ts[k].push(timed(v.fn)[0]));
    if (ts[1][0] > 3 * ts[0][0]) break;
  }
  return ts.map(stats);
}

export async function scaling(specPath, runs = 7) {
  const dir = join(out, 'scaling');
  mkdirSync(dir, { recursive: true });
  const [loadMs, real] = timed(() => loadEntries([BUILTIN_LEXICON_DIR]));
  const source = readFileSync(specPath, 'utf8');
  const [parseMs, doc] = timed(() => parseMarkdown(source, specPath));
  const texts = doc.blocks.map((b) => b.text);
  const scanAll = (m) => { let n = 0; for (const t of texts) n += m.scan(t).length; return n; };

  // 600 real entries: every entry the document mentions, then a spread over the rest (sorted by id), so both sets
  // find the same mentions and only the lexicon's size differs.
  const mentioned = new Set();
  const full = new Matcher(real);
  for (const t of texts) for (const m of full.scan(t)) mentioned.add(m.entry.id);
  const rest = real.filter((e) => !mentioned.has(e.id)).sort((a, b) => a.id.localeCompare(b.id));
  const need = 600 - mentioned.size, step = rest.length / need;
  const fill = Array.from({ length: need }, (_, i) => rest[Math.floor(i * step)]);
  const e600 = [...real.filter((e) => mentioned.has(e.id)), ...fill];

  // 6,000: the real lexicon plus synthetic entries, written as a lexicon directory and loaded (validated) like any.
  const synthetic = syntheticEntries(6000 - real.length, real);
  const synDir = writeSyntheticLexicon(join(dir, 'lexicon-synthetic'), synthetic);
  const synJsonDir = writeSyntheticLexicon(join(dir, 'lexicon-synthetic-json'), synthetic, 'json');
  const [synLoadMs, syn] = timed(() => loadEntries([synDir], real));
  const [synJsonLoadMs, synJson] = timed(() => loadEntries([synJsonDir], real));
  if (synJson.length !== syn.length) throw new Error(`the JSON lexicon loaded ${synJson.length} entries, the YAML ${syn.length}`);
  const e6000 = [...real, ...syn];

  const [build600, m600] = timed(() => new Matcher(e600));
  const [build6000, m6000] = timed(() => new Matcher(e6000));
  const mentions = { m600: scanAll(m600), m6000: scanAll(m6000) };
  const [scan600, scan6000] = race([{ fn: () => scanAll(m600) }, { fn: () => scanAll(m6000) }], runs);
  // The exact scan plus the fuzzy near-miss pass, on the blocks where the pipeline runs it (requirement wording).
  const REQ = /skal|shall|must|ska|should|bør|krav|required/i;
  const both = (m) => () => { let n = 0; for (const t of texts) { const tok = tokenize(t); const ex = m.scan(t, tok); n += ex.length + (REQ.test(t) ? m.scanFuzzy(t, tok, ex).length : 0); } return n; };
  for (const m of [m600, m6000]) m.scanFuzzy?.('', [], []); // builds the lazy fuzzy index outside the timing
  const fuzzy = typeof m600.scanFuzzy === 'function' ? race([{ fn: both(m600) }, { fn: both(m6000) }], Math.max(3, Math.ceil(runs / 2)), false) : undefined;

  // The full pipeline (mentions, context, all checkers) with each matcher: a Linter whose lexicon is swapped in.
  const linter = new Linter({});
  const phrases = linter.lexicon.phrases;
  const lintWith = (entries, matcher) => () => { linter.lexicon = { entries, matcher, phrases }; return linter.lint(doc).findings.length; };
  const findings = { m600: lintWith(e600, m600)(), m6000: lintWith(e6000, m6000)() };
  const [lint600, lint6000] = race([{ fn: lintWith(e600, m600) }, { fn: lintWith(e6000, m6000) }], 5, false); // the runs above warmed up

  // Configurations for the whole-process comparison: the lexicon is chosen in a configuration file, as users do.
  const keep = new Set(e600.map((e) => e.id));
  const cfg600 = join(dir, 'tenderlint-600.json'), cfg6000 = join(dir, 'tenderlint-6000.json'), cfg6000json = join(dir, 'tenderlint-6000-json.json');
  writeFileSync(cfg600, JSON.stringify({ root: true, disableEntries: real.filter((e) => !keep.has(e.id)).map((e) => e.id) }));
  writeFileSync(cfg6000, JSON.stringify({ root: true, lexicon: [synDir] }));
  writeFileSync(cfg6000json, JSON.stringify({ root: true, lexicon: [synJsonDir] }));

  const terms = (es) => es.reduce((n, e) => n + e.terms.length + (e.ambiguousTerms?.length ?? 0), 0);
  return {
    blocks: texts.length, chars: texts.reduce((n, t) => n + t.length, 0), parseMs, loadMs, synLoadMs, synJsonLoadMs, realEntries: real.length,
    entries: { e600: e600.length, e6000: e6000.length }, terms: { e600: terms(e600), e6000: terms(e6000) }, matcherSize: { m600: m600.size, m6000: m6000.size },
    build: { m600: build600, m6000: build6000 }, mentions, scan: { m600: scan600, m6000: scan6000 },
    fuzzy: fuzzy && { m600: fuzzy[0], m6000: fuzzy[1] },
    findings, lint: { m600: lint600, m6000: lint6000 }, configs: { c600: cfg600, c6000: cfg6000, c6000json: cfg6000json }, synDir,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [spec, runs] = process.argv.slice(2);
  console.log(JSON.stringify(await scaling(spec, Number(runs ?? 7))));
}
