// Shared helpers for the batch tests: a folder of generated specifications and the CLI run in-process.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { onTestFinished } from 'vitest';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run, type CliIO } from '../../src/cli.js';
// @ts-expect-error: a plain ES module without types (the bench's spec generator)
import { generateSpec } from '../../bench/generate.mjs';

/**
 * A temporary folder with `n` generated two-page Markdown specifications (spec-00.md …), each different; removed
 * when the test that asked for it has finished.
 */
export function specFolder(n: number, pages = 2): { dir: string; files: string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'tenderlint-batch-'));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  const files: string[] = [];
  for (let i = 0; i < n; i++) {
    const f = join(dir, `spec-${String(i).padStart(2, '0')}.md`);
    writeFileSync(f, (generateSpec as (pages: number, seed: number) => string)(pages, i + 1));
    files.push(f);
  }
  return { dir, files };
}

export async function cli(cwd: string, argv: string[], extra: Partial<CliIO> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '', stderr = '';
  const io: CliIO = { stdout: (s) => { stdout += s; }, stderr: (s) => { stderr += s; }, cwd, isTTY: false, env: {}, ...extra };
  const code = await run(argv, io);
  return { code, stdout, stderr };
}
