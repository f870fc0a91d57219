import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { CHECKERS } from '../../src/checkers/index.js';
import { lintMd } from '../helpers.js';
import type { Lang } from '../../src/model/document.js';

const dir = join(import.meta.dirname, '..', '..', 'docs', 'rules');

/** The examples under "## Bad" or "## Good": "- da: sentence" bullets or ```md fences (whole documents). */
function examples(page: string, heading: 'Bad' | 'Good'): Array<{ lang: Lang; text: string }> {
  const start = page.indexOf(`## ${heading}\n`);
  if (start < 0) return [];
  const rest = page.slice(start + heading.length + 4);
  const section = rest.slice(0, rest.search(/^## /m) >= 0 ? rest.search(/^## /m) : undefined);
  const out: Array<{ lang: Lang; text: string }> = [];
  for (const m of section.matchAll(/^- (da|en|no|sv): (.+)$/gm)) out.push({ lang: m[1] as Lang, text: m[2]! });
  for (const m of section.matchAll(/```md\n([^]*?)```/g)) out.push({ lang: /\b(the|shall|must)\b/i.test(m[1]!) ? 'en' : 'da', text: m[1]! });
  return out;
}

describe('docs/rules', () => {
  it('has exactly one page per checker', () => {
    expect(readdirSync(dir).filter((f) => f.endsWith('.md')).map((f) => f.replace(/\.md$/, '')).sort()).toEqual(CHECKERS.map((c) => c.id).sort());
  });
  for (const c of CHECKERS) {
    describe(c.id, () => {
      const page = readFileSync(join(dir, `${c.id}.md`), 'utf8');
      it('has the sections a reviewer needs', () => {
        expect(page.startsWith(`# ${c.id}\n`)).toBe(true);
        for (const h of ['## Why', '## Severity', '## What it does not flag', '## Bad', '## Good', '## Options']) expect(page).toContain(h);
      });
      const advisory = c.meta.defaultSeverity === 0 || c.id === 'equivalent-without-criteria';
      const bad = examples(page, 'Bad');
      const good = examples(page, 'Good');
      it('has Danish and English bad and good examples', () => {
        for (const list of [bad, good]) {
          expect(list.some((e) => e.lang === 'da')).toBe(true);
          expect(list.some((e) => e.lang === 'en')).toBe(true);
        }
      });
      for (const e of bad) it(`flags (${e.lang}) ${e.text.slice(0, 70)}`, () => {
        const f = lintMd(e.text, e.lang).filter((x) => x.ruleId === c.id && (advisory || x.severity >= 1));
        expect(f.length, e.text).toBeGreaterThan(0);
      });
      for (const e of good) it(`does not flag (${e.lang}) ${e.text.slice(0, 70)}`, () => {
        const f = lintMd(e.text, e.lang).filter((x) => x.ruleId === c.id && (advisory ? true : x.severity >= 1));
        expect(f.map((x) => x.message), e.text).toEqual([]);
      });
    });
  }
});
