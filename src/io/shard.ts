// --shard i/n: a deterministic partition of the expanded file list, so n machines each lint one share.
import { lazyRequire } from '../lazy-require.js';
import { relative, sep } from 'node:path';

export interface Shard {
  /** 1-based index of this share. */
  index: number;
  /** Number of shares. */
  count: number;
}

/** Parses "i/n" (1 ≤ i ≤ n); returns a reason string when the value is not one. */
export function parseShard(value: string): Shard | string {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(value);
  if (!m) return `--shard needs the form <index>/<count>, e.g. 1/4 (got "${value}")`;
  const index = Number(m[1]), count = Number(m[2]);
  if (count < 1 || index < 1 || index > count) return `--shard ${value}: the index must be between 1 and the count`;
  return { index, count };
}

/**
 * The share (0-based) a file belongs to: the first four bytes of the SHA-1 of its path relative to `cwd`, written
 * with forward slashes, modulo `count`. The same checkout on any machine (Linux, macOS, Windows) gives the same
 * partition, and adding or removing a file never moves another file to a different share.
 */
export function shardOf(filePath: string, cwd: string, count: number): number {
  const rel = relative(cwd, filePath).split(sep).join('/') || '.';
  const { createHash } = lazyRequire('node:crypto') as typeof import('node:crypto');
  return createHash('sha1').update(rel, 'utf8').digest().readUInt32BE(0) % count;
}

/** The files of one share, in their original order. */
export function selectShard<T>(items: T[], pathOf: (item: T) => string, shard: Shard, cwd: string): T[] {
  return items.filter((it) => shardOf(pathOf(it), cwd, shard.count) === shard.index - 1);
}
