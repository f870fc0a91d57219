// Issue 14, item 8: an allowed term suppresses its whole span. With "KMD Opus" allowed, "KMD" (a vendor) and
// "Opus" must not be matched separately (2 findings had become 4); the same for "Oracle Database". Inputs:
// scripts/make-hostile-parse.mjs (allowedSpans).
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { spawnSync } from 'node:child_process';
import { lintMd } from '../helpers.js';
import { Matcher } from '../../src/lexicon/matcher.js';
import type { LexiconEntry } from '../../src/lexicon/types.js';
// @ts-expect-error: a plain .mjs script without type declarations
import { allowedSpans } from '../../scripts/make-hostile-parse.mjs';

const root = resolve(import.meta.dirname, '..', '..');
const { config, markdown } = allowedSpans() as { config: { allow: Array<{ term: string; reason: string }> }; markdown: string };
/** Lines of the generated document holding the allowed terms. */
const LINES = [3, 5, 7];

describe('allowed terms', () => {
  it('the document flags the terms and their parts when nothing is allowed', () => {
    const f = lintMd(markdown, 'da').filter((x) => LINES.includes(x.line) && x.severity >= 1);
    expect(f.length).toBeGreaterThanOrEqual(3);
  });

  it('report nothing inside an allowed span: neither the term nor the names within it', () => {
    const f = lintMd(markdown, 'da', { allow: config.allow });
    expect(f.filter((x) => LINES.includes(x.line)).map((x) => `${x.line}:${x.column} ${x.ruleId} ${x.entryId ?? ''}`)).toEqual([]);
  });

  it('is case-insensitive and still reports other names beside an allowed one', () => {
    const f = lintMd('# Krav\n\nLøsningen skal anvende kmd opus og Salesforce.\n', 'da', { allow: [{ term: 'KMD Opus', reason: 'eksisterende' }] });
    expect(f.filter((x) => x.line === 3).map((x) => x.entryId)).toEqual(['salesforce']);
  });

  it('the matcher passes over an allowed span, its sub-terms and regex hits inside it', () => {
    const entry = (id: string, terms: string[], regex?: string): LexiconEntry => ({
      id, terms, regex, kind: 'product', neutral: { da: 'x', en: 'x' }, examples: { flag: [], pass: [] }, category: 'other', source: 't:1',
    });
    const m = new Matcher([entry('kmd', ['KMD']), entry('opus', ['Opus']), entry('code', ['Zeta'], 'Opus \\d+')], ['KMD Opus 7']);
    const text = 'Brug KMD Opus 7 og KMD og Opus 8.';
    // "Opus 7" (the regex) lies inside the allowed span; "Opus 8" overlaps the term "Opus", which wins.
    expect(m.scan(text).map((x) => [x.entry.id, x.term])).toEqual([['kmd', 'KMD'], ['opus', 'Opus']]);
    expect(m.allowedSpans(text)).toEqual([[5, 15]]);
  });

  it('the CLI with the README\'s configuration reports no finding on those lines', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tl-allow-'));
    writeFileSync(join(dir, 'cfg.json'), JSON.stringify(config));
    writeFileSync(join(dir, 'spec.md'), markdown);
    const r = spawnSync(process.execPath, [join(root, 'dist', 'bin.js'), '--format', 'json', '-c', join(dir, 'cfg.json'), join(dir, 'spec.md')], { encoding: 'utf8', timeout: 60_000 });
    expect(r.stderr).toBe('');
    const msgs = (JSON.parse(r.stdout) as Array<{ messages: Array<{ line: number; ruleId: string }> }>)[0]!.messages;
    expect(msgs.filter((x) => LINES.includes(x.line))).toEqual([]);
  });
});
