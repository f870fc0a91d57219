import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { parseShard, shardOf, selectShard } from '../../src/io/shard.js';
import { cli, specFolder } from './helpers.js';

describe('--shard partition', () => {
  it('parses i/n and refuses what is not a share', () => {
    expect(parseShard('2/4')).toEqual({ index: 2, count: 4 });
    for (const bad of ['0/2', '3/2', '1/0', '1-2', 'a/b', '']) expect(typeof parseShard(bad)).toBe('string');
  });

  it('puts every path in exactly one share, the same one every time, and spreads them', () => {
    const cwd = '/repo';
    const paths = Array.from({ length: 400 }, (_, i) => join(cwd, 'specs', `tender-${i}.md`));
    for (const n of [1, 2, 3, 7]) {
      const shares = Array.from({ length: n }, (_, i) => selectShard(paths, (p) => p, { index: i + 1, count: n }, cwd));
      const all = shares.flat();
      expect(all).toHaveLength(paths.length); // complete …
      expect(new Set(all).size).toBe(paths.length); // … and disjoint
      for (const s of shares) expect(s.length).toBeGreaterThan(paths.length / n / 2); // no share is starved
    }
    // Stable: by the path relative to the working folder, wherever the checkout is.
    expect(shardOf('/a/specs/x.md', '/a', 5)).toBe(shardOf('/b/c/specs/x.md', '/b/c', 5));
  });

  it('the CLI shards of a folder add up to the whole report, each file exactly once', async () => {
    const { dir } = specFolder(9, 1);
    const whole = JSON.parse((await cli(dir, ['--format', 'json', '.'])).stdout) as Array<{ filePath: string }>;
    const parts = [];
    for (const i of [1, 2, 3]) parts.push(JSON.parse((await cli(dir, ['--format', 'json', '--shard', `${i}/3`, '.'])).stdout) as Array<{ filePath: string }>);
    const names = parts.flat().map((r) => r.filePath);
    expect(new Set(names).size).toBe(names.length);
    expect([...names].sort()).toEqual(whole.map((r) => r.filePath));
    // The merge step in the README (jq -s 'add | sort_by(.filePath)') gives back the unsharded report.
    const merged = parts.flat().sort((a, b) => (a.filePath < b.filePath ? -1 : 1));
    expect(merged).toEqual(whole);
  });

  it('refuses a malformed --shard with exit 2 and one line', async () => {
    const { dir } = specFolder(1, 1);
    const r = await cli(dir, ['--shard', '3/2', '.']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stdout).toBe('');
  });
});
