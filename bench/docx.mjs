// .docx inputs: made once by LibreOffice (scripts/make-docx.mjs) and cached in bench/out/docx by Markdown content hash.
import { existsSync, mkdirSync, readFileSync, copyFileSync, writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { out, hash } from './lib.mjs';

const cache = join(out, 'docx');

/** LibreOffice is installed? */
export function haveSoffice() {
  try { execFileSync('soffice', ['--version'], { stdio: 'ignore', timeout: 60000 }); return true; } catch { return false; }
}

/**
 * Returns { path, cached, ms } for the .docx version of a Markdown file, or { error }. The conversion is keyed by
 * the Markdown's hash, so reruns reuse it; a failed conversion is remembered too (delete bench/out/docx to retry).
 */
export async function docxFor(mdPath) {
  mkdirSync(cache, { recursive: true });
  const key = hash(readFileSync(mdPath));
  const path = join(cache, `${key}.docx`), failed = join(cache, `${key}.failed`);
  if (existsSync(path)) return { path, cached: true, ms: 0 };
  if (existsSync(failed)) return { error: `earlier conversion failed: ${readFileSync(failed, 'utf8')}` };
  const { markdownToDocx } = await import('../scripts/make-docx.mjs');
  const tmp = `${path}.tmp`;
  const t0 = Date.now();
  try {
    // make-docx gives soffice 120 s, within the ~5 minutes allowed; 1,000 pages take ~15-25 s here.
    await markdownToDocx(mdPath, tmp);
    copyFileSync(tmp, path);
    return { path, cached: false, ms: Date.now() - t0 };
  } catch (e) {
    const msg = String(e.message).split('\n')[0];
    writeFileSync(failed, msg);
    return { error: msg };
  } finally {
    rmSync(tmp, { force: true });
  }
}

/** A one-process mammoth.extractRawText of the file, the way tenderlint's own process would read it. */
export function mammothArgs(root, docx) {
  const m = JSON.stringify(join(root, 'node_modules', 'mammoth'));
  return ['-e', `require(${m}).extractRawText({path:${JSON.stringify(docx)}}).then(r=>{if(!r.value.length)process.exit(3)})`];
}
