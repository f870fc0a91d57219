// The annotate tests' shared cases: each fixture linted and annotated into a folder, with what it held before.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { lintFiles } from '../../src/io/lint-files.js';
import { annotateDocx } from '../../src/annotate/index.js';
import type { Finding } from '../../src/model/finding.js';

const root = join(import.meta.dirname, '..', '..');

/** Real Word files made by LibreOffice (and one example), with the number of comments they already carry. */
export const FIXTURES = [
  { file: 'test/fixtures/annotate/tables-lists.docx', existing: 0 },
  { file: 'test/fixtures/annotate/split-brand.docx', existing: 0 },
  { file: 'test/fixtures/annotate/existing-comments.docx', existing: 2 },
  { file: 'examples/requirements-crm.docx', existing: 0 },
];

export interface Case { input: string; output: string; findings: Finding[]; existing: number; hashBefore: string; lang: string }

const sha = (p: string): string => createHash('sha256').update(readFileSync(p)).digest('hex');

/** Lints every fixture and writes its annotated copy into `dir` (one comment per finding, checked). */
export async function annotateFixtures(dir: string): Promise<Case[]> {
  const cases: Case[] = [];
  for (const f of FIXTURES) {
    const input = join(root, f.file);
    const hashBefore = sha(input);
    const [result] = await lintFiles([input]);
    expect(result!.error).toBeUndefined();
    const output = join(dir, `annotated-${f.file.replace(/^.*\//, '')}`);
    const r = await annotateDocx({ input, output, findings: result!.findings, lang: result!.lang });
    expect(r.comments).toBe(result!.findings.length);
    cases.push({ input, output, findings: result!.findings, existing: f.existing, hashBefore, lang: result!.lang });
  }
  return cases;
}
