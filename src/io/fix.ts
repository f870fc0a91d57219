// --fix and --fix-dry-run: applies the mechanical fixes of Markdown findings, writing atomically.
// node:fs's promises, read on use: importing node:fs/promises loads it at every start (~2 ms of a one-page run).
import { promises as fsp } from 'node:fs';
import { writeOutput } from '../fs/write.js';
import { createTwoFilesPatch } from 'diff';
import type { Finding } from '../model/finding.js';
import { InputError } from '../parse/errors.js';

/** The source with every non-overlapping fix applied (later ranges first, so offsets stay valid). */
export function applyFixes(source: string, findings: Finding[]): { output: string; applied: number } {
  const fixes = findings.filter((f) => f.fix).map((f) => f.fix!).sort((a, b) => b.range[0] - a.range[0] || b.range[1] - a.range[1]);
  let output = source;
  let applied = 0;
  let floor = Infinity;
  const seen = new Set<string>();
  for (const fx of fixes) {
    const key = `${fx.range[0]}:${fx.range[1]}:${fx.text}`;
    // Two rules may offer the same insertion at the same place ("MySQL, MariaDB" share one): apply it once.
    if (seen.has(key) || fx.range[1] > floor) continue;
    seen.add(key);
    output = output.slice(0, fx.range[0]) + fx.text + output.slice(fx.range[1]);
    floor = fx.range[0];
    applied++;
  }
  return { output, applied };
}

export function unifiedDiff(file: string, before: string, after: string): string {
  return before === after ? '' : createTwoFilesPatch(file, file, before, after, '', '', { context: 3 });
}

/**
 * Writes `content` over `path` through the shared output module (src/fs/write.ts): a temporary file and a rename,
 * a symlinked input replaced where it points (the link stays a link), a read-only file refused.
 * `beforeRename` exists for the fault-injection test.
 */
export async function writeAtomic(path: string, content: string, hooks: { beforeRename?: () => Promise<void> | void } = {}): Promise<void> {
  await writeOutput(path, content, { what: 'the fixed text', beforeRename: hooks.beforeRename });
}

/** Reads a Markdown file, applies its fixes and writes it back (or returns the diff for a dry run). */
export async function fixFile(path: string, findings: Finding[], dryRun: boolean): Promise<{ applied: number; diff: string }> {
  const buf = await fsp.readFile(path);
  if ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff)) throw new InputError(path, '--fix writes UTF-8 Markdown only; this file is UTF-16');
  const raw = buf.toString('utf8');
  // The parser saw the text without its byte-order mark; fix offsets refer to that.
  const bom = raw.startsWith('\ufeff') ? '\ufeff' : '';
  const before = raw.slice(bom.length);
  const { output, applied } = applyFixes(before, findings);
  const diff = unifiedDiff(path, before, output);
  if (!dryRun && applied) await writeAtomic(path, bom + output);
  return { applied, diff };
}
