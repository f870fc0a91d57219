// The HTML record in real headless Chromium: at desktop width (screenshot) and printed to PDF, where the record
// (verdict, versions, hashes, signature block) must come out as text on its own first page (npm run test:system).
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lintFiles } from '../../src/io/lint-files.js';
import { FORMATTERS } from '../../src/report/index.js';
import { requireTool, systemTool } from '../system-tools.js';

const root = join(import.meta.dirname, '..', '..');
const chromium = systemTool('chromium');

/** Chromium with a throw-away profile and no network. */
function chrome(cmd: string, dir: string, args: string[]): void {
  execFileSync(cmd, ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run',
    '--disable-component-update', '--disable-sync', '--disable-extensions', `--user-data-dir=${join(dir, 'profile')}`, ...args], { stdio: 'pipe', timeout: 90000 });
}

describe('html record in Chromium', () => {
  it('renders the record at desktop width and prints it as the first page of a PDF', async (ctx) => {
    const cmd = requireTool(ctx, chromium);
    const dir = mkdtempSync(join(tmpdir(), 'tl-record-'));
    try {
      const docx = join(dir, 'word-terms.docx');
      copyFileSync(join(root, 'test/fixtures/word-terms.docx'), docx);
      const no = join(dir, 'krav-no.md');
      writeFileSync(no, '# Kravspesifikasjon\n\n## 1 Krav\n\nLøsningen skal bruke Microsoft SQL Server som database.\n');
      const results = await lintFiles([docx, no], { config: false });
      const html = join(dir, 'report.html');
      writeFileSync(html, FORMATTERS.html!(results, { color: false, cwd: dir, reviewer: 'Anne Jensen', gate: () => ({ failOn: 'error' }) }));

      const png = join(dir, 'report.png');
      chrome(cmd, dir, ['--window-size=1400,2200', `--screenshot=${png}`, `file://${html}`]);
      expect(readFileSync(png).subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
      expect(statSync(png).size).toBeGreaterThan(50000);

      const pdf = join(dir, 'report.pdf');
      chrome(cmd, dir, ['--no-pdf-header-footer', `--print-to-pdf=${pdf}`, `file://${html}`]);
      expect(existsSync(pdf)).toBe(true);
      // Page 1 is the record alone (it breaks after itself in print); the documents follow on later pages.
      const page1 = execFileSync('pdftotext', ['-f', '1', '-l', '1', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
      expect(page1).toMatch(/Resultat: IKKE GODKENDT/);
      expect(page1).toContain('Gennemgået af Anne Jensen');
      expect(page1).toMatch(/Underskrift/);
      const sha = createHash('sha256').update(readFileSync(docx)).digest('hex');
      // Long hashes may wrap in the printed table: compare without the spaces a wrap leaves.
      expect(page1.replace(/ /g, '')).toContain(sha);
      expect(page1).not.toContain('Kravspecifikation for sagsbehandling');
      const all = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
      expect(all).toContain('Rettsgrunnlag');
      expect(all).toContain('Retsgrundlag');
      // And a rendered page to look at: pdftoppm makes PNGs of the printed pages.
      execFileSync('pdftoppm', ['-r', '50', '-png', '-f', '1', '-l', '2', pdf, join(dir, 'page')], { stdio: 'pipe' });
      const pages = readdirSync(dir).filter((n) => /^page-\d+\.png$/.test(n));
      expect(pages.length).toBe(2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
