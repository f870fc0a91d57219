import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { lintFiles, lintText } from '../../src/io/lint-files.js';
import { FORMATTERS } from '../../src/report/index.js';

const root = join(import.meta.dirname, '..', '..');
const md = [
  '# Krav', '',
  '<!-- tenderlint-disable-next-line brand-without-equivalent -- kommunens fælles databaseplatform -->',
  'Løsningen skal anvende MySQL.', '',
  'Løsningen skal anvende Oracle Database.', '',
  '<!-- tenderlint-disable standard-without-equivalent -- ISO-kravene følger af koncernpolitikken -->',
  'Leverandøren skal være certificeret efter ISO 9001.', '',
  'Leverandøren skal være certificeret efter ISO 14001.', '',
  '<!-- tenderlint-enable standard-without-equivalent -->',
  'Leverandøren skal være certificeret efter ISO 27001.', '',
  'Løsningen skal anvende SAP. <!-- tenderlint-disable-line -->', '',
  'Alle data skal kunne eksporteres, og leverandøren yder ophørsbistand.',
].join('\n');

describe('suppressions', () => {
  it('applies next-line, range and same-line directives and keeps their reasons', async () => {
    const r = await lintText(md, { lang: 'da' });
    const kept = r.findings.map((f) => `${f.ruleId}:${f.term}`);
    expect(kept).toContain('brand-without-equivalent:Oracle Database');
    expect(kept).toContain('standard-without-equivalent:ISO 27001');
    expect(kept).not.toContain('brand-without-equivalent:MySQL');
    expect(kept).not.toContain('standard-without-equivalent:ISO 9001');
    expect(kept).not.toContain('brand-without-equivalent:SAP');
    expect(r.suppressed.map((f) => [f.term, f.suppressed?.reason])).toEqual([
      ['MySQL', 'kommunens fælles databaseplatform'],
      ['ISO 9001', 'ISO-kravene følger af koncernpolitikken'],
      ['ISO 14001', 'ISO-kravene følger af koncernpolitikken'],
      ['SAP', undefined],
    ]);
  });

  it('reports a suppression without a reason at the directive', async () => {
    const r = await lintText(md, { lang: 'da' });
    const f = r.findings.find((x) => x.ruleId === 'suppression-without-reason')!;
    expect(f).toMatchObject({ line: 16, severity: 1 });
  });

  it('reads Word comments "tenderlint-ignore rule: reason" made in a real word processor', async () => {
    const [r] = await lintFiles([join(root, 'test/fixtures/suppressed-comment.docx')]);
    expect(r!.suppressed.map((f) => [f.term, f.suppressed?.reason])).toEqual([['Microsoft SQL Server', 'kommunens fælles databaseplatform, jf. it-strategien 2025']]);
    // The second comment names another rule and gives no reason: the finding stays and the missing reason is reported.
    expect(r!.findings.map((f) => f.ruleId)).toEqual(['suppression-without-reason', 'brand-without-equivalent', 'brand-without-equivalent']);
  });

  it('lists suppressed findings with their reasons on request (--report-suppressed)', async () => {
    const r = await lintText(md, { lang: 'da' });
    const out = FORMATTERS.stylish!([r], { color: false, cwd: root, reportSuppressed: true });
    expect(out).toContain('begrundelse: kommunens fælles databaseplatform');
    expect(out).toMatch(/4 undertrykt/);
    const json = JSON.parse(FORMATTERS.json!([r], { color: false, cwd: root, reportSuppressed: true }));
    expect(json[0].suppressedCount).toBe(4);
    expect(json[0].suppressedMessages[0].suppressions[0].justification).toBe('kommunens fælles databaseplatform');
  });
});
