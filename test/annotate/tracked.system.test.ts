// --annotate --suggest in real LibreOffice (npm run test:system): "Reject all" gives back the original text exactly,
// "Accept all" gives the rewritten specification, for each shipped example; and the annotated copy, comments and
// tracked changes together, renders to PDF.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lintFiles } from '../../src/io/lint-files.js';
import { annotateDocx, appliedSuggestion } from '../../src/annotate/index.js';
import type { Finding } from '../../src/model/finding.js';
import { requireTool, systemTool } from '../system-tools.js';

const root = join(import.meta.dirname, '..', '..');
const soffice = systemTool('soffice');
const NAMES = ['kravspecifikation-esdh', 'requirements-crm'];
let dir: string;
const applied = new Map<string, Finding[]>();

/** Text of a LibreOffice export, with the byte-order mark and line-end differences set aside. */
const read = (name: string): string => readFileSync(join(dir, 'txt', name), 'utf8').replace(/^\uFEFF/, '');

describe('tracked changes in LibreOffice', () => {
  beforeAll(async () => {
    if (!soffice.command) return;
    dir = mkdtempSync(join(tmpdir(), 'tl-tracked-system-'));
    execFileSync('mkdir', ['-p', join(dir, 'txt'), join(dir, 'pdf')]);
    for (const n of NAMES) {
      const input = join(dir, `${n}.docx`);
      copyFileSync(join(root, 'examples', `${n}.docx`), input);
      const [r] = await lintFiles([input], { config: false });
      await annotateDocx({ input, output: join(dir, `${n}.suggest.docx`), findings: r!.findings, lang: r!.lang, suggest: true });
      applied.set(n, r!.findings.filter((f) => appliedSuggestion(f) !== undefined));
    }
    // One soffice for all: the original as it is, the annotated copy with every change accepted and rejected.
    const jobs = NAMES.flatMap((n) => [`none:${join(dir, `${n}.docx`)}`, `accept:${join(dir, `${n}.suggest.docx`)}`, `reject:${join(dir, `${n}.suggest.docx`)}`]);
    execFileSync('/usr/bin/python3', [join(root, 'scripts', 'lo-tracked-changes.py'), join(dir, 'txt'), ...jobs], { stdio: 'pipe', timeout: 300000 });
  }, 400000);
  afterAll(() => { if (dir) rmSync(dir, { recursive: true, force: true }); });

  for (const n of NAMES) {
    it(`"Reject all" gives back the original text exactly: ${n}`, (ctx) => {
      requireTool(ctx, soffice);
      expect(applied.get(n)!.length).toBeGreaterThan(3);
      expect(read(`${n}.suggest.reject.txt`)).toBe(read(`${n}.none.txt`));
    });

    it(`"Accept all" gives the rewritten specification: ${n}`, (ctx) => {
      requireTool(ctx, soffice);
      const original = read(`${n}.none.txt`).split('\n');
      const accepted = read(`${n}.suggest.accept.txt`).split('\n');
      expect(accepted).toHaveLength(original.length);
      for (const f of applied.get(n)!) {
        const s = appliedSuggestion(f)!;
        expect(accepted.some((l) => l.includes(s)), `${f.ruleId} ${f.term}: ${s}`).toBe(true);
        expect(original.some((l) => l.includes(s))).toBe(false);
      }
      // Only the paragraphs with a change differ.
      const changed = original.filter((l, i) => l !== accepted[i]).length;
      expect(changed).toBeGreaterThan(0);
      expect(changed).toBeLessThanOrEqual(applied.get(n)!.length);
    });
  }

  it('renders the annotated copy, comments and tracked changes together, as PDF pages', (ctx) => {
    requireTool(ctx, soffice);
    const file = join(dir, `${NAMES[0]}.suggest.docx`);
    execFileSync(soffice.command!, ['--headless', '--norestore', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', 'pdf', '--outdir', join(dir, 'pdf'), file], { stdio: 'pipe', timeout: 180000 });
    const pdf = join(dir, 'pdf', `${NAMES[0]}.suggest.pdf`);
    expect(existsSync(pdf)).toBe(true);
    execFileSync('pdftoppm', ['-r', '60', '-png', '-f', '1', '-l', '3', pdf, join(dir, 'pdf', 'page')], { stdio: 'pipe' });
    const pages = readdirSync(join(dir, 'pdf')).filter((f) => /^page-\d+\.png$/.test(f));
    expect(pages.length).toBe(3);
    for (const p of pages) expect(statSync(join(dir, 'pdf', p)).size).toBeGreaterThan(5000);
    // The printed text shows both the deleted and the inserted words (LibreOffice prints changes as marked).
    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('Microsoft SQL Server');
    expect(text).toContain('relationel database');
  });
});
