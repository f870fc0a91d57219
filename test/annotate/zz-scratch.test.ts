import { it } from 'vitest';
import { lintFiles } from '../../src/engine/lint-files.js';
import { annotateDocx } from '../../src/annotate/index.js';
import JSZip from 'jszip';
import { readFileSync } from 'node:fs';
it('scratch', async () => {
for (const name of ['test/fixtures/annotate/tables-lists.docx', 'test/fixtures/annotate/split-brand.docx', 'test/fixtures/annotate/existing-comments.docx', 'examples/kravspecifikation-esdh.docx', 'examples/requirements-crm.docx']) {
  const [r] = await lintFiles([name]);
  console.log(name, r!.lang, r!.error ?? '', r!.findings.map((f) => `${f.ruleId} ¶${f.location.paragraph} L${f.line} c${f.column} "${f.term}"`));
  const out = `/tmp/ann/${name.split('/').pop()}`;
  console.log(await annotateDocx({ input: name, output: out, findings: r!.findings, lang: r!.lang }));
  const zip = await JSZip.loadAsync(readFileSync(out));
  const xml = await zip.file('word/document.xml')!.async('string');
  for (const m of xml.matchAll(/<w:commentRangeStart w:id="(\d+)"\/>([^]*?)<w:commentRangeEnd w:id="\1"\/>/g)) console.log(m[1], JSON.stringify([...m[2]!.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((x) => x[1]).join('')));
}
}, 60000);
