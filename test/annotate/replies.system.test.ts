// Replies are decisions, round trip through LibreOffice (npm run test:system): tenderlint annotates a Word file,
// LibreOffice opens it, the reviewer's reply is added the way LibreOffice 7.4 makes one (a comment at the same place,
// by another author, whose text starts "Reply to tenderlint (…): "), LibreOffice saves it as .docx, and the next
// run honours "tenderlint-ignore: <reason>" for the finding answered, with that reason, in --report-suppressed and HTML.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lintFiles } from '../../src/io/lint-files.js';
import { annotateDocx } from '../../src/annotate/index.js';
import { FORMATTERS } from '../../src/report/index.js';
import type { FileResult } from '../../src/model/finding.js';
import { requireTool, systemTool } from '../system-tools.js';

const root = join(import.meta.dirname, '..', '..');
const soffice = systemTool('soffice');
const REASON = 'kommunens driftsaftale omfatter kun Microsoft SQL Server (jf. bilag 3)';
let dir: string;
let before: FileResult;
let after: FileResult;

function convert(format: string, file: string): void {
  execFileSync(soffice.command!, ['--headless', '--norestore', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', format, '--outdir', dir, file], { stdio: 'pipe', timeout: 180000 });
}

describe('a reply made in LibreOffice is a decision', () => {
  beforeAll(async () => {
    if (!soffice.command) return;
    dir = mkdtempSync(join(tmpdir(), 'tl-replies-lo-'));
    const input = join(root, 'test/fixtures/word-terms.docx');
    [before] = (await lintFiles([input], { config: false })) as [FileResult];
    await annotateDocx({ input, output: join(dir, 'annotated.docx'), findings: before.findings, lang: before.lang });
    // LibreOffice opens the annotated copy; the reply goes beside the comment on "Microsoft SQL Server".
    convert('fodt', join(dir, 'annotated.docx'));
    let fodt = readFileSync(join(dir, 'annotated.fodt'), 'utf8');
    const parent = [...fodt.matchAll(/<office:annotation office:name="([^"]+)"[^>]*>([\s\S]*?)<\/office:annotation>/g)].find((m) => m[2]!.includes('Microsoft SQL Server'))!;
    const name = parent[1]!;
    const reply = `<office:annotation office:name="__Reply__1"><dc:creator>Anne Jensen</dc:creator><dc:date>2026-12-06T14:05:00</dc:date><text:p>Reply to tenderlint (06.12.2026 14:05): tenderlint-ignore: ${REASON}</text:p></office:annotation>`;
    fodt = fodt.replace(parent[0], parent[0] + reply).replace(`<office:annotation-end office:name="${name}"/>`, `<office:annotation-end office:name="${name}"/><office:annotation-end office:name="__Reply__1"/>`);
    writeFileSync(join(dir, 'replied.fodt'), fodt);
    convert('docx:MS Word 2007 XML', join(dir, 'replied.fodt'));
    [after] = (await lintFiles([join(dir, 'replied.docx')], { config: false })) as [FileResult];
  }, 400000);
  afterAll(() => { if (dir) rmSync(dir, { recursive: true, force: true }); });

  it('suppresses the finding answered, with the reason, and keeps the others', (ctx) => {
    requireTool(ctx, soffice);
    const sql = before.findings.find((f) => f.term === 'Microsoft SQL Server')!;
    expect(after.suppressed.map((f) => [f.term, f.ruleId, f.suppressed?.reason, f.suppressed?.by])).toEqual([
      ['Microsoft SQL Server', sql.ruleId, REASON, 'tenderlint-ignore (reply)'],
    ]);
    // The other findings stay (the comments LibreOffice kept are tenderlint's own, not directives).
    expect(after.findings.map((f) => `${f.ruleId} ${f.term}`).sort()).toEqual(before.findings.filter((f) => f !== sql).map((f) => `${f.ruleId} ${f.term}`).sort());
  });

  it('lists the suppression and its reason in --report-suppressed and the HTML report', (ctx) => {
    requireTool(ctx, soffice);
    const stylish = FORMATTERS.stylish!([after], { color: false, cwd: dir, reportSuppressed: true });
    expect(stylish).toContain(`begrundelse: ${REASON}`);
    const json = JSON.parse(FORMATTERS.json!([after], { color: false, cwd: dir, reportSuppressed: true }));
    expect(json[0].suppressedMessages[0].suppressions[0].justification).toBe(REASON);
    const html = FORMATTERS.html!([after], { color: false, cwd: dir });
    expect(html).toContain('Undertrykt med begrundelse');
    expect(html).toContain(REASON);
  });
});
