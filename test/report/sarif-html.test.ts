// SARIF against the official schema and the HTML page's escaping (rendering it in Chromium: html.system.test.ts).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AjvDraft04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { lintFiles, lintText } from '../../src/io/lint-files.js';
import { FORMATTERS } from '../../src/report/index.js';

const root = join(import.meta.dirname, '..', '..');
const results = await lintFiles([join(root, 'examples/kravspecifikation-esdh.docx'), join(root, 'examples/requirements-crm.md'), join(root, 'test/fixtures/nope.md')]);

describe('sarif', () => {
  const log = JSON.parse(FORMATTERS.sarif!(results, { color: false, cwd: root }));
  it('validates against the official SARIF 2.1.0 schema', () => {
    const schema = JSON.parse(readFileSync(join(root, 'test/fixtures/sarif-schema-2.1.0.json'), 'utf8'));
    // The OASIS file is a draft-04 schema: validate with ajv's draft-04 build.
    const ajv = new AjvDraft04({ strict: false, allErrors: true });
    (addFormats as unknown as (a: AjvDraft04) => void)(ajv);
    const validate = ajv.compile(schema);
    expect(validate(log), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  });
  it('carries rules with help links, results with fingerprints and the unreadable file as a notification', () => {
    const run = log.runs[0];
    expect(run.tool.driver.rules.map((r: { id: string }) => r.id)).toContain('brand-without-equivalent');
    expect(run.tool.driver.rules[0].helpUri).toMatch(/^file:.*docs\/rules\/.+\.md$/);
    expect(run.results.length).toBe(results.reduce((a, r) => a + r.findings.length, 0));
    expect(run.results[0].partialFingerprints['tenderlint/v1']).toMatch(/^[0-9a-f]{32}$/);
    expect(run.invocations[0].toolExecutionNotifications[0].message.text).toMatch(/nope\.md: does not exist/);
    expect(run.results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('examples/kravspecifikation-esdh.docx');
  });
});

describe('html', () => {
  it('is one self-contained page: no scripts, no external resources, every document text escaped', async () => {
    const r = await lintText('# Krav \\<script>alert(1)\\</script>\n\nLøsningen skal anvende MySQL \\<img src=x onerror=alert(2)> og "Oracle".\n', { lang: 'da', filePath: '/x/<evil>.md' });
    const page = FORMATTERS.html!([r], { color: false, cwd: '/' });
    expect(page).not.toMatch(/<script/i);
    expect(page).not.toMatch(/<img/i);
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(page).toContain('&lt;evil&gt;.md');
    expect(page).not.toMatch(/(?:src|href)=["']?(?:https?:|\/\/)/i);
    expect(page).toContain("default-src 'none'");
  });
  it('highlights each finding in place and lists message, legal basis and suggestion', () => {
    const page = FORMATTERS.html!(results, { color: false, cwd: root });
    const n = results.reduce((a, r) => a + r.findings.length, 0);
    expect(page.match(/<mark class="s\d" id="m-/g)).toHaveLength(n);
    expect(page).toContain('<b>Retsgrundlag:</b> Udbudslovens § 42');
    expect(page).toContain('<b>Suggestion:</b>');
    expect(page).toMatch(/<mark class="s2" id="m-\d+" title="[^"]*">Microsoft SQL Server<sup>/);
  });
});
