// tenderlint's results through ESLint's formatter ecosystem: json-with-metadata, ESLint's own formatters loaded by
// path, and third-party formatter packages (eslint-formatter-junit, -checkstyle, -html) loaded by name, as ESLint does.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lintFiles } from '../../src/io/lint-files.js';
import { FORMATTERS } from '../../src/report/index.js';
import { formatterPackageName, loadFormatter, FormatterError } from '../../src/report/load.js';
import { formatResults, ruleCatalog } from '../../src/api/report.js';
import { CHECKERS } from '../../src/checkers/index.js';
import { run, type CliIO } from '../../src/cli.js';
import type { FileResult } from '../../src/model/finding.js';

const root = join(import.meta.dirname, '..', '..');
const results: FileResult[] = await lintFiles([join(root, 'examples/requirements-crm.md'), join(root, 'test/fixtures/split-runs.docx'), join(root, 'test/fixtures/nope.md')]);
const ctx = { color: false, cwd: root };
const findings = results.flatMap((r) => r.findings.map((f) => ({ ...f, filePath: r.filePath })));
const errors = findings.filter((f) => f.severity === 2).length;
const warnings = findings.filter((f) => f.severity === 1).length;

async function cli(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '', stderr = '';
  const io: CliIO = { stdout: (s) => { stdout += s; }, stderr: (s) => { stderr += s; }, cwd: root, isTTY: false, env: {} };
  const code = await run(argv, io);
  return { code, stdout, stderr };
}

describe('ESLint result fields', () => {
  it('has the fields ESLint consumers read on every result', () => {
    const parsed = JSON.parse(FORMATTERS.json!(results, ctx)) as Array<Record<string, unknown>>;
    for (const r of parsed) {
      for (const k of ['filePath', 'messages', 'suppressedMessages', 'errorCount', 'fatalErrorCount', 'warningCount', 'fixableErrorCount', 'fixableWarningCount', 'usedDeprecatedRules']) expect(r, k).toHaveProperty(k);
    }
    expect(parsed.map((r) => r.fatalErrorCount)).toEqual([0, 0, 1]);
  });
});

describe('json-with-metadata', () => {
  const out = FORMATTERS['json-with-metadata']!(results, { ...ctx, rules: ruleCatalog() });
  const parsed = JSON.parse(out) as { results: unknown[]; metadata: { cwd: string; rulesMeta: Record<string, { type: string; docs: { url: string; description: string } }> } };
  it('is the json report plus metadata, as ESLint writes it', () => {
    expect(parsed.results).toEqual(JSON.parse(FORMATTERS.json!(results, ctx)));
    expect(parsed.metadata.cwd).toBe(root);
  });
  it('carries every rule with its docs link, description and type', () => {
    expect(Object.keys(parsed.metadata.rulesMeta).sort()).toEqual(CHECKERS.map((c) => c.id).sort());
    for (const c of CHECKERS) {
      const m = parsed.metadata.rulesMeta[c.id]!;
      expect(m.docs.url).toMatch(new RegExp(`docs/rules/${c.id}\\.md$`));
      expect(m.docs.description).toBe(c.meta.description);
      expect(m.type).toBe(c.meta.defaultSeverity === 2 ? 'problem' : 'suggestion');
    }
  });
  it('lists the rules of the findings when called without the catalogue', () => {
    const bare = JSON.parse(FORMATTERS['json-with-metadata']!(results, ctx)).metadata.rulesMeta;
    expect(Object.keys(bare).sort()).toEqual([...new Set(findings.map((f) => f.ruleId))].sort());
  });
  it('is a --format choice of the CLI', async () => {
    const r = await cli(['--format', 'json-with-metadata', 'examples/requirements-crm.md']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).metadata.rulesMeta['brand-without-equivalent'].docs.url).toMatch(/brand-without-equivalent\.md$/);
  });
});

describe('ESLint\'s own formatters, loaded by path', () => {
  const formatters = join(root, 'node_modules/eslint/lib/cli-engine/formatters');
  it('stylish lists every finding with its rule and the problem count', async () => {
    const out = await formatResults(join(formatters, 'stylish.js'), results, ctx);
    for (const f of findings) expect(out).toContain(f.ruleId);
    expect(out).toContain(`${errors + warnings + 1} problems (${errors + 1} errors, ${warnings} warnings)`);
  });
  it('html renders a page with a row per finding and the rules\' docs links from rulesMeta', async () => {
    const out = await formatResults(join(formatters, 'html.js'), results, ctx);
    expect(out).toMatch(/^<!DOCTYPE html>/i);
    expect(out.match(/<tr style="display: none;" class="f-\d+">/g)?.length).toBe(findings.length + 1); // + the fatal message
    expect(out).toContain('docs/rules/brand-without-equivalent.md');
  });
  it('json-with-metadata gets the same metadata as ours', async () => {
    const theirs = JSON.parse(await formatResults(join(formatters, 'json-with-metadata.js'), results, ctx));
    const ours = JSON.parse(FORMATTERS['json-with-metadata']!(results, { ...ctx, rules: ruleCatalog() }));
    expect(theirs.metadata.rulesMeta).toEqual(ours.metadata.rulesMeta);
    expect(theirs.results).toHaveLength(3);
  });
});

describe('third-party formatter packages, loaded by name as ESLint names them', () => {
  it('maps names to packages as ESLint does', () => {
    expect(formatterPackageName('junit')).toBe('eslint-formatter-junit');
    expect(formatterPackageName('eslint-formatter-junit')).toBe('eslint-formatter-junit');
    expect(formatterPackageName('@acme')).toBe('@acme/eslint-formatter');
    expect(formatterPackageName('@acme/gitlab')).toBe('@acme/eslint-formatter-gitlab');
    expect(formatterPackageName('@acme/eslint-formatter-x')).toBe('@acme/eslint-formatter-x');
  });

  it('junit: one test case per finding, named by rule, with line and column', async () => {
    const r = await cli(['--format', 'junit', 'examples/requirements-crm.md', 'test/fixtures/split-runs.docx']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    const cases = [...r.stdout.matchAll(/<testcase time="0" name="org\.eslint\.([a-z-]+)"[^>]*><failure message="[^"]*"><!\[CDATA\[line (\d+), col (\d+), (Error|Warning) - /g)];
    const expected = findings.filter((f) => !f.filePath.endsWith('nope.md'));
    expect(cases.map((m) => `${m[1]}:${m[2]}:${m[3]}`).sort()).toEqual(expected.map((f) => `${f.ruleId}:${f.line}:${f.column}`).sort());
  });

  it('checkstyle: one error element per finding with severity and source rule', async () => {
    const out = await formatResults('checkstyle', results, ctx);
    const errs = [...out.matchAll(/<error line="(\d+)" column="(\d+)" severity="(error|warning|info)" message="[^"]*" source="eslint\.rules\.([a-z-]+)"/g)];
    expect(errs.map((m) => `${m[4]}:${m[1]}`).sort()).toEqual(findings.map((f) => `${f.ruleId}:${f.line}`).sort());
    expect(out).toContain('nope.md');
  });

  it('eslint-formatter-html: the page carries every finding and the rules\' metadata (it needs rulesMeta)', async () => {
    // "html" is tenderlint's own page; the package is reached by its full name.
    const page = await formatResults('eslint-formatter-html', results, ctx);
    const pako = createRequire(join(root, 'node_modules/eslint-formatter-html/index.js'))('pako') as { inflateRaw(d: Uint8Array, o: { to: 'string' }): string };
    const data = (name: string): unknown => JSON.parse(pako.inflateRaw(Uint8Array.from(new RegExp(`window\\.${name} = '([\\d,]+)'`).exec(page)![1]!.split(',').map(Number)), { to: 'string' }));
    const shown = data('EslintResults') as Array<{ filePath: string; messages: Array<{ ruleId: string | null; line: number; message: string }> }>;
    expect(shown.flatMap((r) => r.messages.filter((m) => m.ruleId).map((m) => `${m.ruleId}:${m.line}:${m.message}`)).sort())
      .toEqual(findings.map((f) => `${f.ruleId}:${f.line}:${f.message}`).sort());
    const meta = data('EslintRulesMeta') as Record<string, { docs: { url: string } }>;
    expect(Object.keys(meta).sort()).toEqual([...new Set(findings.map((f) => f.ruleId))].sort());
    expect(meta['brand-without-equivalent']!.docs.url).toMatch(/brand-without-equivalent\.md$/);
  });
});

describe('formatters from a path', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tl-formatter-'));
  it('loads an async ES module formatter and gives it ESLint\'s context', async () => {
    const file = join(dir, 'count.mjs');
    writeFileSync(file, 'export default async (results, context) => `${results.length} files, ${results.reduce((a, r) => a + r.messages.length, 0)} messages, ${Object.keys(context.rulesMeta).length} rules, cwd ${context.cwd}\\n`;\n');
    const out = await formatResults(file, results, ctx);
    expect(out).toBe(`3 files, ${findings.length + 1} messages, ${CHECKERS.length} rules, cwd ${root}\n`);
  });
  it('hands results over sorted by path, as ESLint does', async () => {
    const file = join(dir, 'paths.cjs');
    writeFileSync(file, 'module.exports = (results) => results.map((r) => r.filePath).join("\\n");\n');
    const f = await loadFormatter(file, root);
    const out = await f.format([...results].reverse(), ctx);
    expect(out.split('\n')).toEqual(results.map((r) => r.filePath).sort());
  });
  it('refuses a missing package, a missing file and a module without a function, in one line, exit 2', async () => {
    const notFn = join(dir, 'object.cjs');
    writeFileSync(notFn, 'module.exports = { format: 1 };\n');
    await expect(loadFormatter(notFn, root)).rejects.toThrow(FormatterError);
    for (const [name, reason] of [['no-such-thing', /eslint-formatter-no-such-thing is not installed/], ['./no/such/file.js', /could not be loaded: does not exist/], [notFn, /does not export a function/]] as const) {
      const r = await cli(['--format', name, 'examples/requirements-crm.md']);
      expect(r.code, name).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(reason);
    }
    rmSync(dir, { recursive: true, force: true });
  });
});
