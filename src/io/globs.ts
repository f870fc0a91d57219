// Expands quoted glob patterns ("specs/**/*.md") for shells that do not, with *, ** and ? only; other paths pass through.
// node:fs's promises, read on use: importing node:fs/promises loads it at every start (~2 ms of a one-page run).
import { promises as fsp } from 'node:fs';
import { join, resolve, sep } from 'node:path';

const SKIP = new Set(['node_modules', '.git']);

function toRegex(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*' && glob[i + 1] === '*') { re += '.*'; i++; if (glob[i + 1] === '/') i++; }
    else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

/** Paths as given, with glob patterns replaced by the matching files (sorted); a pattern with no match is kept so it is reported. */
export async function expandGlobs(patterns: string[], cwd: string): Promise<string[]> {
  const out: string[] = [];
  for (const p of patterns) {
    if (!/[*?]/.test(p)) { out.push(resolve(cwd, p)); continue; }
    const abs = resolve(cwd, p).split(sep).join('/');
    const staticPart = abs.slice(0, abs.search(/[*?]/)).replace(/\/[^/]*$/, '') || '/';
    const re = toRegex(abs);
    const found: string[] = [];
    const walk = async (dir: string): Promise<void> => {
      let entries;
      try { entries = await fsp.readdir(dir, { withFileTypes: true }); } catch { return; }
      for (const e of entries) {
        if (SKIP.has(e.name)) continue;
        const full = join(dir, e.name).split(sep).join('/');
        if (e.isDirectory()) await walk(full);
        else if (re.test(full)) found.push(full);
      }
    };
    await walk(staticPart);
    if (found.length) out.push(...found.sort()); else out.push(resolve(cwd, p));
  }
  return out;
}
