// The HTML report as a record a reviewer can sign: verdict and gate, versions, configuration and its hash, each
// document's SHA-256 and modification time, the run's time, a signature block, labels in the document's language.
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, statSync, writeFileSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { lintFiles } from '../../src/io/lint-files.js';
import { FORMATTERS } from '../../src/report/index.js';
import type { FormatContext } from '../../src/report/types.js';
import { run } from '../../src/cli.js';

const root = join(import.meta.dirname, '..', '..');
const sha = (p: string): string => createHash('sha256').update(readFileSync(p)).digest('hex');
/** The page's visible text (no markup, style or entities), for checking wording. */
const visible = (page: string): string => page.replace(/<style>[\s\S]*?<\/style>/, '').replace(/<[^>]+>/g, ' ').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&').replace(/\s+/g, ' ');

const dir = mkdtempSync(join(tmpdir(), 'tl-record-'));
const docx = join(dir, 'word-terms.docx');
copyFileSync(join(root, 'test/fixtures/word-terms.docx'), docx);
const no = join(dir, 'krav-no.md');
writeFileSync(no, '# Kravspesifikasjon for saksbehandling\n\n## 1 Krav\n\nLøsningen skal bruke Microsoft SQL Server som database.\n');
const config = join(dir, 'tenderlint.config.json');
writeFileSync(config, JSON.stringify({ failOn: 'warning', maxWarnings: 3 }));
const now = new Date('2026-12-06T14:05:00Z');

describe('html record', () => {
  it('states verdict, gate, versions, configuration, document hashes and times, and the reviewer', async () => {
    const results = await lintFiles([docx], { config: 'search' });
    const ctx: FormatContext = { color: false, cwd: dir, gate: () => ({ failOn: 'warning', maxWarnings: 3 }), configOf: () => config, reviewer: 'Anne <Jensen>', now };
    const page = FORMATTERS.html!(results, ctx);
    const text = visible(page);
    expect(text).toMatch(/Resultat: IKKE GODKENDT – 2 fejl, 1 advarsel, 1 bemærkning \(fejler ved: advarsler og fejl; maks\. advarsler: 3\)/);
    const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
    expect(text).toContain(`tenderlint-version ${version}`);
    expect(text).toMatch(/Leksikon [0-9a-f]{12}/);
    expect(text).toContain(`Konfiguration tenderlint.config.json SHA-256: ${sha(config)}`);
    expect(text).toContain(`word-terms.docx ${sha(docx)} ${statSync(docx).mtime.toISOString().replace('T', ' ').replace(/\.\d+Z$/, ' UTC')} da`);
    expect(text).toContain('Kørt 2026-12-06 14:05:00 UTC');
    expect(page).toContain('Anne &lt;Jensen&gt;');
    expect(text).toMatch(/Godkendelse Gennemgået af Anne <Jensen> Dato Underskrift/);
    // One file: its summary once, not an overall table as well; the header agrees in number and language.
    expect(page.match(/<div class="summary">/g)).toHaveLength(1);
    expect(text).toContain('1 fil ·');
    expect(text).not.toMatch(/\b1 files?\b/);
  });

  it('passes when the gate passes', async () => {
    const clean = join(dir, 'ren.md');
    writeFileSync(clean, '# Krav\n\nLøsningen skal kunne eksportere alle data i CSV.\n');
    const results = await lintFiles([clean], { config: false });
    const page = FORMATTERS.html!(results, { color: false, cwd: dir, now });
    expect(visible(page)).toMatch(/Resultat: GODKENDT – 0 fejl, 0 advarsler, 0 bemærkninger \(fejler ved: fejl; maks\. advarsler: ingen grænse\)/);
    expect(visible(page)).toContain('Konfiguration ingen (indbyggede standardindstillinger)');
    // Without --reviewer the signature block is there, with blank lines to fill in.
    expect(page).toMatch(/<th>Gennemgået af<\/th><td class="line"><\/td>/);
  });

  it('gives each language its own labels, one page per language, and never "line" for a Word document', async () => {
    const results = await lintFiles([docx, no], { config: false });
    const page = FORMATTERS.html!(results, { color: false, cwd: dir, now });
    const pages = page.split('<div class="lang-page');
    expect(pages).toHaveLength(3);
    const [, first, second] = pages;
    const da = first!.includes('word-terms.docx') ? first! : second!;
    const nb = da === first ? second! : first!;
    expect(nb).toContain('lang="no"');
    expect(visible(nb)).toContain('Rettsgrunnlag:');
    expect(visible(nb)).toContain('Funn');
    expect(visible(nb)).not.toContain('Retsgrundlag');
    expect(visible(da)).toContain('Retsgrundlag:');
    // Word findings by paragraph, section and requirement id; the cross-reference names a section, not a line.
    expect(visible(da)).toMatch(/¶8 · Afsnit: 2 Krav · Krav: K-1/);
    expect(visible(da)).toContain('(se afsnit 1 Baggrund, ¶3)');
    expect(visible(da)).not.toMatch(/\blinje\b/);
    // Two files: one summary each and one overall per page only where a page holds several.
    expect(page.match(/<div class="summary">/g)).toHaveLength(2);
    expect(visible(page)).toContain('2 filer ·');
  });

  it('shows paths relative to the working directory, and absolute ones outside it (never "../../..")', async () => {
    const results = await lintFiles([docx], { config: false });
    const inside = FORMATTERS.html!(results, { color: false, cwd: dir, now });
    expect(inside).toContain('<h2>word-terms.docx</h2>');
    const outside = FORMATTERS.html!(results, { color: false, cwd: join(root, 'test', 'fixtures'), now });
    expect(outside).toContain(`<h2>${docx}</h2>`);
    expect(outside).not.toContain('../');
  });

  it('takes --reviewer and the configuration\'s gate from the command line', async () => {
    const out = join(dir, 'record.html');
    let stderr = '';
    const code = await run([docx, '--format', 'html', '--reviewer', 'Per Hansen', '-o', out], { stdout: () => undefined, stderr: (s) => { stderr += s; }, cwd: dir, isTTY: false, env: {} });
    expect(code, stderr).toBe(1);
    const text = visible(readFileSync(out, 'utf8'));
    expect(text).toContain('Gennemgået af Per Hansen');
    // The configuration found beside the file sets the gate and is recorded with its hash.
    expect(text).toContain('fejler ved: advarsler og fejl; maks. advarsler: 3');
    expect(text).toContain(`SHA-256: ${sha(config)}`);
  });
});
