import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync, readFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { spawn } from 'node:child_process';
import { run, type CliIO } from '../../src/cli.js';

const root = join(import.meta.dirname, '..', '..');
async function cli(cwd: string, argv: string[], stdin?: string) {
  let stdout = '', stderr = '';
  const io: CliIO = { stdout: (s) => { stdout += s; }, stderr: (s) => { stderr += s; }, cwd, isTTY: false, env: {}, readStdin: async () => Buffer.from(stdin ?? '') };
  return { code: await run(argv, io), stdout, stderr };
}

/** examples/vscode/tasks.json, read as VS Code reads it (JSON with comments). */
const tasks = JSON.parse(readFileSync(join(root, 'examples/vscode/tasks.json'), 'utf8').replace(/^\s*\/\/.*$/gm, ''));
const bg = tasks.tasks.find((t: { isBackground?: boolean }) => t.isBackground);
const pattern = new RegExp(bg.problemMatcher.pattern.regexp);
const begins = new RegExp(bg.problemMatcher.background.beginsPattern, 'm');
const ends = new RegExp(bg.problemMatcher.background.endsPattern, 'm');

describe('--watch for VS Code', () => {
  it('re-lints on save and prints begin/end markers and lines the tasks.json matcher reads', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tl-watch-'));
    const spec = join(dir, 'spec.md');
    writeFileSync(spec, '# Krav\n\nAlle data skal kunne eksporteres, og leverandøren yder ophørsbistand.\n');
    const child = spawn(process.execPath, [join(root, 'dist/bin.js'), '--watch', '--format', 'compact', dir], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => { out += d; });
    const waitFor = async (re: RegExp, ms = 15000): Promise<void> => {
      const t0 = Date.now();
      while (!re.test(out)) {
        if (Date.now() - t0 > ms) throw new Error(`timed out waiting for ${re}; got:\n${out}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    };
    try {
      await waitFor(ends);
      expect(out).toMatch(begins);
      expect(out).not.toMatch(/MySQL/);
      out = '';
      writeFileSync(spec, '# Krav\n\nLøsningen skal anvende MySQL.\n\nAlle data skal kunne eksporteres, og leverandøren yder ophørsbistand.\n');
      await waitFor(/tenderlint: done/);
      const lines = out.split('\n').filter((l) => l.includes('MySQL'));
      expect(lines).toHaveLength(1);
      const m = pattern.exec(lines[0]!)!;
      expect(m).not.toBeNull();
      expect(m[1]).toBe(spec);
      expect([m[2], m[3], m[4], m[6]]).toEqual(['3', '24', 'Error', 'brand-without-equivalent']);
    } finally {
      child.kill();
    }
  });

  it('re-lints when a configuration or lexicon file in the folder changes, reading both afresh', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tl-watch-cfg-'));
    const lexicon = (terms: string[]) => `category: other\nentries:\n${terms.map((t, i) => `  - id: own-${i}\n    terms: [${t}]\n    kind: product\n    neutral: { da: et workflowværktøj, en: a workflow tool }\n    examples: { flag: [], pass: [] }\n`).join('')}`;
    writeFileSync(join(dir, 'own.yaml'), lexicon(['Zyxflow Suite']));
    writeFileSync(join(dir, 'tenderlint.config.json'), JSON.stringify({ root: true, lexicon: ['own.yaml'] }));
    writeFileSync(join(dir, 'spec.md'), '# Krav\n\nLøsningen skal anvende AcmeFlow.\n\nAlle data skal kunne eksporteres, og leverandøren yder ophørsbistand.\n');
    const child = spawn(process.execPath, [join(root, 'dist/bin.js'), '--watch', '--format', 'compact', dir], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => { out += d; });
    const cycle = async (): Promise<string> => {
      const t0 = Date.now();
      while (!/tenderlint: done/.test(out)) {
        if (Date.now() - t0 > 15000) throw new Error(`timed out; got:\n${out}`);
        await new Promise((r) => setTimeout(r, 50));
      }
      const got = out; out = '';
      return got;
    };
    const acme = (s: string) => s.split('\n').filter((l) => l.includes('AcmeFlow') && l.includes('brand-without-equivalent'));
    try {
      expect(acme(await cycle())).toHaveLength(0);
      writeFileSync(join(dir, 'own.yaml'), lexicon(['Zyxflow Suite', 'AcmeFlow']));
      expect(acme(await cycle())).toHaveLength(1);
      writeFileSync(join(dir, 'tenderlint.config.json'), JSON.stringify({ root: true, lexicon: ['own.yaml'], disableEntries: ['own-1'] }));
      expect(acme(await cycle())).toHaveLength(0);
    } finally {
      child.kill();
    }
  });

  it('the one-off task uses the built-in $eslint-compact matcher', () => {
    expect(tasks.tasks.find((t: { isBackground?: boolean }) => !t.isBackground).problemMatcher).toBe('$eslint-compact');
  });
});

describe('--stdin and globs', () => {
  it('lints standard input under the name given', async () => {
    const r = await cli(root, ['--stdin', '--stdin-filename', 'bilag.md', '--format', 'json', '--no-config-lookup'], 'Løsningen skal anvende MySQL.\n');
    const [res] = JSON.parse(r.stdout);
    expect(res.filePath).toBe(join(root, 'bilag.md'));
    expect(res.messages.map((m: { term: string }) => m.term)).toContain('MySQL');
  });
  it('expands quoted globs', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tl-glob-'));
    mkdirSync(join(dir, 'a', 'b'), { recursive: true });
    for (const f of ['a/one.md', 'a/b/two.md', 'a/b/skip.txt']) writeFileSync(join(dir, f), 'Løsningen skal anvende MySQL.\n');
    const r = await cli(dir, ['--format', 'json', '--no-config-lookup', 'a/**/*.md']);
    expect(JSON.parse(r.stdout).map((x: { filePath: string }) => x.filePath.slice(dir.length))).toEqual(['/a/b/two.md', '/a/one.md']);
  });
});

describe('--annotate', () => {
  it('writes a reviewed copy with one comment per finding and leaves the original alone', async () => {
    const { default: JSZip } = await import('jszip');
    const { createHash } = await import('node:crypto');
    const input = join(root, 'examples/kravspecifikation-esdh.docx');
    const before = createHash('sha256').update(readFileSync(input)).digest('hex');
    const out = join(mkdtempSync(join(tmpdir(), 'tl-ann-')), 'reviewed.docx');
    const r = await cli(root, ['--format', 'json', '--no-config-lookup', 'examples/kravspecifikation-esdh.docx', '--annotate', out]);
    const n = JSON.parse(r.stdout)[0].messages.length;
    expect(r.stderr).toContain(`with ${n} comments`);
    const zip = await JSZip.loadAsync(readFileSync(out));
    const comments = await zip.file('word/comments.xml')!.async('string');
    expect(comments.match(/<w:comment /g)).toHaveLength(n);
    expect(comments).toContain('w:author="tenderlint"');
    expect(createHash('sha256').update(readFileSync(input)).digest('hex')).toBe(before);
  });
  it('refuses an output equal to the input, a Markdown input and several inputs (exit 2, one line)', async () => {
    for (const argv of [['examples/kravspecifikation-esdh.docx', '--annotate', 'examples/kravspecifikation-esdh.docx'], ['examples/requirements-crm.md', '--annotate', '/tmp/x.docx'], ['examples/kravspecifikation-esdh.docx', 'examples/requirements-crm.docx', '--annotate', '/tmp/x.docx']]) {
      const r = await cli(root, ['--no-config-lookup', ...argv]);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.stderr.trim().split('\n'), r.stderr).toHaveLength(1);
    }
  });
});
