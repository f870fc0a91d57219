// Issue 14, item 6: a user's lexicon regex cannot hang a run. Patterns that backtrack catastrophically on
// JavaScript's engine (`((a)+)+b`, `(a|a)*b`, `(?:a|aa)+b`) run on RE2 (re2js) in time linear in the text; patterns
// RE2 cannot run are refused with one line naming the file, the entry and why. Inputs: scripts/make-hostile-parse.mjs.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { spawnSync } from 'node:child_process';
import { checkSafeRegex, compileUserRegex, LexiconError, loadEntries } from '../../src/lexicon/load.js';
import { Matcher } from '../../src/lexicon/matcher.js';
// @ts-expect-error: a plain .mjs script without type declarations
import { redosLexicon } from '../../scripts/make-hostile-parse.mjs';

const root = resolve(import.meta.dirname, '..', '..');
const CLI = join(root, 'dist', 'bin.js');

describe('user lexicon regexes', () => {
  const { lexicon, patterns, markdown } = redosLexicon() as { lexicon: string; patterns: string[]; markdown: string };

  it('accepts the catastrophic-on-backtracking patterns and matches them like JavaScript on short text', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tl-redos-'));
    writeFileSync(join(dir, 'redos.yaml'), lexicon);
    const entries = loadEntries([join(dir, 'redos.yaml')]);
    expect(entries.map((e) => e.regex)).toEqual(patterns);
    const m = new Matcher(entries);
    const text = 'Der står aaab og xy her.';
    const hits = m.scan(text).filter((h) => h.entry.id.startsWith('redos-'));
    // Leftmost hits, one per span (the first entry that matches a span wins): the same spans JavaScript finds.
    for (const p of patterns) expect([...text.matchAll(new RegExp(p, 'gu'))].map((x) => [x.index, x.index + x[0].length])).toEqual([[9, 13]]);
    expect(hits.map((h) => [h.start, h.end, h.entry.id])).toEqual([[9, 13, 'redos-1']]);
  });

  it('scans a hostile word with every such pattern and finishes (the CLI ends with a report)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tl-redos-'));
    writeFileSync(join(dir, 'redos.yaml'), lexicon);
    writeFileSync(join(dir, 'cfg.json'), JSON.stringify({ lexicon: ['redos.yaml'] }));
    writeFileSync(join(dir, 'spec.md'), markdown);
    // Without a linear-time engine, `(a|a)*b` on 36 a's takes 2^36 steps: this run would be killed at the timeout.
    const r = spawnSync(process.execPath, [CLI, '--format', 'json', '-c', join(dir, 'cfg.json'), join(dir, 'spec.md')], { encoding: 'utf8', timeout: 60_000 });
    expect(r.signal, r.stderr).toBeNull();
    expect(r.stderr).toBe('');
    const report = JSON.parse(r.stdout) as Array<{ messages: Array<{ entryId?: string; line: number }> }>;
    const redos = report[0]!.messages.filter((m) => m.entryId?.startsWith('redos-'));
    expect(redos.map((m) => m.line)).toEqual([5]); // "aaab" on line 5; the long runs of a have no b
  });

  it('refuses what RE2 cannot run with the file, the entry and the reason', () => {
    expect(() => checkSafeRegex('(?<=x)a', 'own.yaml', 3, 'my-entry')).toThrowError(/^own\.yaml:3: entry "my-entry": regex "\(\?<=x\)a" is not allowed/);
    expect(() => checkSafeRegex('a{2000}', 'own.yaml', 3, 'my-entry')).toThrowError(/own\.yaml:3: entry "my-entry": regex "a\{2000\}" is not supported by the linear-time regex engine \(invalid repeat count/);
    expect(() => checkSafeRegex('\\p{Lu}\\w+ \\u00e6\\u{f8}', 'own.yaml', 3)).not.toThrow();
    expect(compileUserRegex('\\u00e6\\u{f8}').matcher('xæø').find()).toBe(true);

    const dir = mkdtempSync(join(tmpdir(), 'tl-redos-'));
    writeFileSync(join(dir, 'bad.yaml'), 'category: other\nentries:\n  - id: needs-lookbehind\n    terms: [Foo Bar]\n    regex: \'(?<=x)a\'\n    kind: product\n    neutral: { da: et system, en: a system }\n    examples: { flag: [], pass: [] }\n');
    expect(() => loadEntries([join(dir, 'bad.yaml')])).toThrowError(LexiconError);
    writeFileSync(join(dir, 'cfg.json'), JSON.stringify({ lexicon: ['bad.yaml'] }));
    writeFileSync(join(dir, 'spec.md'), '# Krav\n\nTekst.\n');
    const r = spawnSync(process.execPath, [CLI, '-c', join(dir, 'cfg.json'), join(dir, 'spec.md')], { encoding: 'utf8', timeout: 60_000 });
    expect(r.status).toBe(2);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^tenderlint: .*bad\.yaml:3: entry "needs-lookbehind": regex "\(\?<=x\)a" is not allowed/);
  });
});
