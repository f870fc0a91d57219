// `explain` in the reader's language, citations only of what was verified, and number agreement in every summary.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { run } from '../../src/cli.js';
import { CHECKERS } from '../../src/checkers/index.js';
import { basisText } from '../../src/engine/legal.js';
import { EXPLAINED_RULES } from '../../src/engine/explain.js';
import { lintText } from '../../src/io/lint-files.js';
import { FORMATTERS } from '../../src/report/index.js';
import type { FileResult } from '../../src/model/finding.js';

const root = join(import.meta.dirname, '..', '..');

async function cli(args: string[], env: Record<string, string | undefined> = {}): Promise<{ code: number; out: string; err: string }> {
  let out = '', err = '';
  const code = await run(args, { stdout: (s) => { out += s; }, stderr: (s) => { err += s; }, cwd: root, isTTY: false, env });
  return { code, out, err };
}

describe('explain', () => {
  it('has a Danish, Norwegian and Swedish page for every rule', () => {
    expect([...EXPLAINED_RULES].sort()).toEqual(CHECKERS.map((c) => c.id).sort());
  });

  for (const [lang, heading, basisLabel] of [['da', 'Hvad reglen finder', 'Retsgrundlag'], ['no', 'Hva regelen finner', 'Rettsgrunnlag'], ['sv', 'Vad regeln hittar', 'Rättslig grund']] as const) {
    it(`speaks ${lang} with --lang ${lang}, citing the legal basis the findings cite`, async () => {
      for (const c of CHECKERS) {
        const { code, out } = await cli(['explain', c.id, '--lang', lang]);
        expect(code).toBe(0);
        expect(out).toContain(`## ${heading}`);
        expect(out).toContain(`## ${basisLabel}`);
        expect(out).toContain(basisText(c.meta.basis, lang));
        expect(out, c.id).not.toMatch(/\bthe\b|\bshall\b/);
      }
    });
  }

  it('follows the locale when --lang is not given, and English gets the full page', async () => {
    expect((await cli(['explain', 'model-number'], { LANG: 'sv_SE.UTF-8' })).out).toContain('## Vad regeln hittar');
    expect((await cli(['explain', 'model-number'], { LANG: 'nb_NO.UTF-8' })).out).toContain('## Hva regelen finner');
    const en = await cli(['explain', 'model-number'], { LANG: 'C.UTF-8' });
    expect(en.out).toBe(readFileSync(join(root, 'docs/rules/model-number.md'), 'utf8'));
    expect((await cli(['explain', 'model-number', '--lang', 'da'], { LANG: 'sv_SE.UTF-8' })).out).toContain('## Hvad reglen finder');
  });

  it('rejects an unknown --lang in one line', async () => {
    const r = await cli(['explain', 'model-number', '--lang', 'xx']);
    expect(r.code).toBe(2);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toMatch(/^tenderlint: .*"xx"/);
  });

  it('never tells the reader that a cited source was not read', () => {
    for (const f of readdirSync(join(root, 'docs/rules'))) {
      const text = readFileSync(join(root, 'docs/rules', f), 'utf8');
      expect(text, f).not.toMatch(/not been read|has not been verified|unverified|as reported in the trade press/i);
    }
  });
});

describe('number agreement', () => {
  const clean = async (lang: 'da' | 'en' | 'sv' | 'no', name: string): Promise<FileResult> =>
    lintText({ da: '# Krav\n\nLøsningen skal kunne udskrive rapporter.\n', en: '# Requirements\n\nThe system shall print reports.\n', sv: '# Krav\n\nLösningen ska kunna skriva ut rapporter.\n', no: '# Krav\n\nLøsningen skal kunne skrive ut rapporter.\n' }[lang], { lang, filePath: `/x/${name}.md` });
  const ctx = { color: false, cwd: '/x' };
  const last = (s: string): string => s.trim().split('\n').pop()!;

  it('says "1 fil"/"2 filer", "1 file"/"2 files" in the stylish summary', async () => {
    expect(last(FORMATTERS.stylish!([await clean('da', 'a')], ctx))).toBe('Ingen fund af leverandørbinding – 1 fil');
    expect(last(FORMATTERS.stylish!([await clean('da', 'a'), await clean('da', 'b')], ctx))).toBe('Ingen fund af leverandørbinding – 2 filer');
    expect(last(FORMATTERS.stylish!([await clean('en', 'a')], ctx))).toBe('No lock-in findings – 1 file');
    expect(last(FORMATTERS.stylish!([await clean('en', 'a'), await clean('en', 'b')], ctx))).toBe('No lock-in findings – 2 files');
    expect(last(FORMATTERS.stylish!([await clean('sv', 'a')], ctx))).toBe('Inga fynd av leverantörsinlåsning – 1 fil');
    expect(last(FORMATTERS.stylish!([await clean('no', 'a'), await clean('no', 'b')], ctx))).toBe('Ingen funn av leverandørbinding – 2 filer');
  });

  it('counts suppressed findings in words of the right number', async () => {
    const one = await lintText('# Krav\n\n<!-- tenderlint-disable-next-line brand-without-equivalent -- kundens eksisterende platform -->\nLøsningen skal anvende MySQL.\n', { lang: 'da', filePath: '/x/s.md' });
    expect(one.suppressed).toHaveLength(1);
    const clean1 = { ...one, findings: [] };
    expect(last(FORMATTERS.stylish!([clean1], ctx))).toBe('Ingen fund af leverandørbinding (1 undertrykt) – 1 fil');
    const two = { ...clean1, suppressed: [...one.suppressed, ...one.suppressed] };
    expect(last(FORMATTERS.stylish!([two], ctx))).toBe('Ingen fund af leverandørbinding (2 undertrykte) – 1 fil');
  });

  it('says "1 problem"/"2 problems" in compact and "1 fil" in the HTML header', async () => {
    const r = await lintText('# Requirements\n\nThe solution shall use MySQL.\n', { lang: 'en', filePath: '/x/one.md' });
    const one = { ...r, findings: r.findings.filter((f) => f.ruleId === 'brand-without-equivalent') };
    expect(one.findings).toHaveLength(1);
    expect(last(FORMATTERS.compact!([one], ctx))).toBe('1 problem');
    expect(last(FORMATTERS.compact!([one, { ...one, filePath: '/x/two.md' }], ctx))).toBe('2 problems');
    expect(FORMATTERS.html!([await clean('da', 'a')], ctx)).toMatch(/<p>1 fil · /);
    expect(FORMATTERS.html!([await clean('en', 'a')], ctx)).toMatch(/<p>1 file · /);
    expect(FORMATTERS.html!([await clean('en', 'a'), await clean('en', 'b')], ctx)).toMatch(/<p>2 files · /);
  });
});
