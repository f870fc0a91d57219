// A package installed from the registry has every file dated npm's fixed 1985 date, so the build's modification
// times are gone. The compiled lexicon and the V8 code cache must still be used (their contents are checked instead),
// or every run would parse and validate the YAML lexicon again (about a second) and compile the bundle from source.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';

const root = join(import.meta.dirname, '..', '..');
const NPM_DATE = new Date('1985-10-26T08:15:00Z');
let pkg: string;

function touchAll(dir: string): void {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) touchAll(p);
    else utimesSync(p, NPM_DATE, NPM_DATE);
  }
}
const inCopy = (code: string): string => spawnSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8', cwd: pkg }).stdout;

beforeAll(() => {
  pkg = mkdtempSync(join(tmpdir(), 'tenderlint-installed-'));
  for (const d of ['dist', 'lexicon', 'package.json']) cpSync(join(root, d), join(pkg, d), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(pkg, 'node_modules'));
  touchAll(join(pkg, 'dist'));
  touchAll(join(pkg, 'lexicon'));
});
afterAll(() => { if (pkg) rmSync(pkg, { recursive: true, force: true }); });

describe('a copy whose files all carry npm\'s date', () => {
  it('uses the compiled lexicon (no examples: the YAML would bring them) and the code cache', () => {
    expect(statSync(join(pkg, 'lexicon', 'database.yaml')).mtimeMs).toBe(NPM_DATE.getTime());
    const load = pathToFileURL(join(pkg, 'dist', 'lexicon', 'load.js')).href;
    expect(inCopy(`const { loadBuiltin } = await import(${JSON.stringify(load)}); process.stdout.write(String(loadBuiltin().entries.every((e) => !e.examples.flag.length)))`)).toBe('true');
    const launch = pathToFileURL(join(pkg, 'dist', 'launch.js')).href;
    expect(inCopy(`process.stdout.write(String((await import(${JSON.stringify(launch)})).loadCli().cacheUsed))`)).toBe('true');
  });

  it('an edited lexicon file is read from the YAML, not from the stale compiled file', () => {
    const f = join(pkg, 'lexicon', 'database.yaml');
    writeFileSync(f, readFileSync(f, 'utf8').replace('terms: [MySQL', 'terms: [Mysqlzz, MySQL'));
    utimesSync(f, NPM_DATE, NPM_DATE);
    const load = pathToFileURL(join(pkg, 'dist', 'lexicon', 'load.js')).href;
    expect(inCopy(`const { loadBuiltin } = await import(${JSON.stringify(load)}); process.stdout.write(String(loadBuiltin().entries.find((e) => e.id === 'mysql').terms[0]))`)).toBe('Mysqlzz');
  });
});
