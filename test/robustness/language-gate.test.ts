// The gate cannot be bypassed by language (issue 14, item 3): a Danish specification with a longer English annex,
// a big table of codes, or Danish requirements between English paragraphs still fails with its Danish errors.
// The files come from scripts/make-mixed-language.mjs.
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run, type CliIO } from '../../src/cli.js';
// @ts-expect-error: a plain .mjs script without type declarations
import { makeMixedLanguage } from '../../scripts/make-mixed-language.mjs';

let files: string[];
beforeAll(() => { files = makeMixedLanguage(mkdtempSync(join(tmpdir(), 'tl-lang-'))); });

async function lint(file: string): Promise<{ code: number; terms: string[] }> {
  let stdout = '';
  const io: CliIO = { stdout: (s) => { stdout += s; }, stderr: () => {}, cwd: tmpdir(), isTTY: false, env: {} };
  const code = await run(['--format', 'json', '--no-config-lookup', file], io);
  const terms = (JSON.parse(stdout) as Array<{ messages: Array<{ severity: number; term?: string }> }>)[0]!.messages.filter((m) => m.severity === 2).map((m) => m.term ?? '');
  return { code, terms };
}

describe('language cannot switch the gate off', () => {
  it.each([
    ['english-annex.md', 'MySQL'],
    ['code-table.md', 'Oracle Database'],
    ['short-danish-items.md', 'Excel'],
  ])('%s fails with its Danish error on %s', async (name, term) => {
    const r = await lint(files.find((f) => f.endsWith(name))!);
    expect(r.code).toBe(1);
    expect(r.terms.join(' ')).toContain(term);
  });
});
