// LibreOffice opens the annotated copies: they convert to PDF, and read back with every comment (npm run test:system).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { annotateFixtures, type Case } from './cases.js';
import { requireTool, systemTool } from '../system-tools.js';

const soffice = systemTool('soffice');
let dir: string;
let cases: Case[] = [];

/** Runs soffice on the files with a throwaway profile (as scripts/make-docx.mjs does). Throws when it fails. */
function convert(format: string, files: string[], outdir: string): void {
  execFileSync(soffice.command!, ['--headless', '--norestore', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', format, '--outdir', outdir, ...files], { stdio: 'pipe', timeout: 180000 });
}

const base = (c: Case): string => c.output.replace(/^.*\//, '').replace(/\.docx$/, '');

describe('annotated Word files in LibreOffice', () => {
  beforeAll(async () => {
    if (!soffice.command) return; // each test below skips (or fails in CI) with the reason
    dir = mkdtempSync(join(tmpdir(), 'tenderlint-annotate-system-'));
    cases = await annotateFixtures(dir);
    convert('pdf', cases.map((c) => c.output), join(dir, 'pdf'));
    convert('fodt', cases.map((c) => c.output), join(dir, 'fodt'));
  }, 300000);
  beforeEach((ctx) => { requireTool(ctx, soffice); });
  afterAll(() => { if (dir) rmSync(dir, { recursive: true, force: true }); });

  it('converts to PDF with soffice without error', () => {
    expect(cases).toHaveLength(4);
    for (const c of cases) {
      const pdf = join(dir, 'pdf', `${base(c)}.pdf`);
      expect(existsSync(pdf), pdf).toBe(true);
      expect(readFileSync(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    }
  });

  it('reads back in LibreOffice with every comment, ranged on its text', () => {
    expect(cases).toHaveLength(4);
    for (const c of cases) {
      const fodt = readFileSync(join(dir, 'fodt', `${base(c)}.fodt`), 'utf8');
      expect((fodt.match(/<office:annotation[ >]/g) ?? []).length, c.input).toBe(c.findings.length + c.existing);
      expect((fodt.match(/<dc:creator>tenderlint<\/dc:creator>/g) ?? []).length).toBe(c.findings.length);
    }
  });
});
