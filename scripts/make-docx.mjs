#!/usr/bin/env node
// Makes real Word files from Markdown with LibreOffice: Markdown → HTML (remark/rehype) → soffice --convert-to docx.
// Used for examples/*.docx and the test fixtures, so the .docx and .md versions hold the same text.
// Usage: node scripts/make-docx.mjs IN.md [OUT.docx]
import { readFileSync, writeFileSync, mkdtempSync, copyFileSync, rmSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { execFileSync } from 'node:child_process';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';

export async function markdownToDocx(input, output) {
  const md = readFileSync(input, 'utf8');
  const body = String(await unified().use(remarkParse).use(remarkGfm).use(remarkRehype).use(rehypeStringify).process(md));
  const title = md.match(/^#\s+(.+)$/m)?.[1] ?? basename(input);
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${title.replace(/</g, '&lt;')}</title></head><body>${body}</body></html>`;
  const dir = mkdtempSync(join(tmpdir(), 'tenderlint-docx-'));
  try {
    const name = basename(input).replace(/\.[^.]+$/, '');
    const htmlPath = join(dir, `${name}.html`);
    writeFileSync(htmlPath, html);
    // "HTML (StarWriter)" imports into Writer proper (not Writer/Web), so headings get Heading n styles.
    execFileSync('soffice', ['--headless', '--norestore', `-env:UserInstallation=file://${dir}/profile`, '--infilter=HTML (StarWriter)', '--convert-to', 'docx:MS Word 2007 XML', '--outdir', dir, htmlPath], { stdio: 'pipe', timeout: 120000 });
    copyFileSync(join(dir, `${name}.docx`), output);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [input, out] = process.argv.slice(2);
  if (!input) { console.error('usage: make-docx.mjs IN.md [OUT.docx]'); process.exit(2); }
  await markdownToDocx(resolve(input), resolve(out ?? input.replace(/\.md$/, '.docx')));
}
