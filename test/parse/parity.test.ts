import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { lintFiles } from '../../src/io/lint-files.js';

const root = join(import.meta.dirname, '..', '..');
const key = (f: { ruleId: string; severity: number; term: string; excerpt: string; location: { requirementId?: string } }) =>
  `${f.ruleId}|${f.severity}|${f.term}|${f.excerpt}|${f.location.requirementId ?? ''}`;

describe('Markdown and Word give the same findings apart from locations', () => {
  for (const base of ['examples/kravspecifikation-esdh', 'examples/requirements-crm', 'test/fixtures/split-runs']) {
    it(base, async () => {
      const [md, docx] = await lintFiles([join(root, `${base}.md`), join(root, `${base}.docx`)]);
      expect(md!.error).toBeUndefined();
      expect(docx!.error).toBeUndefined();
      expect(md!.findings.length).toBeGreaterThan(3);
      expect(docx!.findings.map(key)).toEqual(md!.findings.map(key));
      expect(docx!.lang).toBe(md!.lang);
    });
  }
});
