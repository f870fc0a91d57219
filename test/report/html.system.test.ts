// The HTML report renders in real headless Chromium (npm run test:system).
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lintFiles } from '../../src/io/lint-files.js';
import { FORMATTERS } from '../../src/report/index.js';
import { requireTool, systemTool } from '../system-tools.js';

const root = join(import.meta.dirname, '..', '..');
const chromium = systemTool('chromium');

describe('html report in Chromium', () => {
  it('renders in headless Chromium (screenshot)', async (ctx) => {
    requireTool(ctx, chromium);
    const results = await lintFiles([join(root, 'examples/kravspecifikation-esdh.docx'), join(root, 'examples/requirements-crm.md')]);
    const dir = mkdtempSync(join(tmpdir(), 'tl-html-'));
    try {
      const html = join(dir, 'report.html'), png = join(dir, 'report.png');
      writeFileSync(html, FORMATTERS.html!(results, { color: false, cwd: root }));
      execFileSync(join(root, 'scripts', 'screenshot.sh'), [html, png], { stdio: 'pipe', timeout: 90000 });
      expect(existsSync(png)).toBe(true);
      expect(statSync(png).size).toBeGreaterThan(50000);
      expect(readFileSync(png).subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
