// Replies are decisions: a reviewer's reply "tenderlint-ignore: <reason>" to a tenderlint comment in Word suppresses
// that finding on the next run, with that reason, and the reports list it. Here on a package in Word's own shape
// (threads in word/commentsExtended.xml, built by hand as Word writes them); LibreOffice's own replies are in
// replies.system.test.ts.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import JSZip from 'jszip';
import { lintFiles } from '../../src/io/lint-files.js';
import { annotateDocx } from '../../src/annotate/index.js';
import { FORMATTERS } from '../../src/report/index.js';

const root = join(import.meta.dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'tl-replies-'));
const REASON = 'kommunens driftsaftale omfatter kun Microsoft SQL Server (jf. bilag 3)';

/**
 * Adds a reply to the tenderlint comment whose text contains `about`, as Word does: a w:comment whose paragraph has a
 * w14:paraId, a w15:commentEx naming the parent's paraId, the part's relationship and content type, and (unless
 * `anchored` is false) the reply's range and reference beside the parent's.
 */
async function wordReply(input: string, output: string, about: string, text: string, anchored = true): Promise<void> {
  const zip = await JSZip.loadAsync(readFileSync(input));
  let comments = await zip.file('word/comments.xml')!.async('string');
  let doc = await zip.file('word/document.xml')!.async('string');
  const parent = [...comments.matchAll(/<w:comment w:id="(\d+)"[^>]*>([\s\S]*?)<\/w:comment>/g)].find((m) => m[2]!.includes(about))!;
  const pid = parent[1]!;
  // Word gives every comment paragraph a paraId (and declares w14).
  let k = 0;
  comments = comments.replace(/<w:comments\b([^>]*)>/, (m, a: string) => (a.includes('xmlns:w14') ? m : `<w:comments${a} xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml">`))
    .replace(/<w:p>/g, () => `<w:p w14:paraId="${(0x10000000 + ++k).toString(16).toUpperCase()}" w14:textId="77777777">`);
  const parentPara = [...comments.matchAll(new RegExp(`<w:comment w:id="${pid}"[^>]*>([\\s\\S]*?)</w:comment>`, 'g'))][0]![1]!.match(/w14:paraId="([0-9A-F]+)"/g)!.pop()!.slice(12, -1);
  const rid = '900';
  comments = comments.replace('</w:comments>', `<w:comment w:id="${rid}" w:author="Anne Jensen" w:date="2026-12-06T14:05:00Z" w:initials="AJ"><w:p w14:paraId="7E5F6A7B" w14:textId="77777777"><w:pPr><w:pStyle w:val="CommentText"/></w:pPr><w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:annotationRef/></w:r><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p></w:comment></w:comments>`);
  if (anchored) {
    doc = doc.replace(`<w:commentRangeStart w:id="${pid}"/>`, `<w:commentRangeStart w:id="${pid}"/><w:commentRangeStart w:id="${rid}"/>`)
      .replace(`<w:commentRangeEnd w:id="${pid}"/>`, `<w:commentRangeEnd w:id="${pid}"/><w:commentRangeEnd w:id="${rid}"/><w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="${rid}"/></w:r>`);
  }
  zip.file('word/comments.xml', comments);
  zip.file('word/document.xml', doc);
  zip.file('word/commentsExtended.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w15:commentsEx xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" mc:Ignorable="w15"><w15:commentEx w15:paraId="${parentPara}" w15:done="0"/><w15:commentEx w15:paraId="7E5F6A7B" w15:paraIdParent="${parentPara}" w15:done="0"/></w15:commentsEx>`);
  const rels = await zip.file('word/_rels/document.xml.rels')!.async('string');
  zip.file('word/_rels/document.xml.rels', rels.replace('</Relationships>', '<Relationship Id="rId990" Type="http://schemas.microsoft.com/office/2011/relationships/commentsExtended" Target="commentsExtended.xml"/></Relationships>'));
  const types = await zip.file('[Content_Types].xml')!.async('string');
  zip.file('[Content_Types].xml', types.replace('</Types>', '<Override PartName="/word/commentsExtended.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.commentsExtended+xml"/></Types>'));
  writeFileSync(output, await zip.generateAsync({ type: 'nodebuffer' }));
}

async function annotated(): Promise<string> {
  const input = join(root, 'test/fixtures/word-terms.docx');
  const [r] = await lintFiles([input], { config: false });
  const out = join(dir, 'annotated.docx');
  await annotateDocx({ input, output: out, findings: r!.findings, lang: r!.lang });
  return out;
}

describe('a reply in Word is a decision', () => {
  it('suppresses the finding it answers, with the reply\'s reason, and nothing else', async () => {
    const before = (await lintFiles([join(root, 'test/fixtures/word-terms.docx')], { config: false }))[0]!;
    const sql = before.findings.find((f) => f.term === 'Microsoft SQL Server')!;
    expect(sql).toBeDefined();
    const replied = join(dir, 'replied.docx');
    await wordReply(await annotated(), replied, 'Microsoft SQL Server', `tenderlint-ignore: ${REASON}`);
    const [after] = await lintFiles([replied], { config: false });
    expect(after!.suppressed.map((f) => [f.term, f.ruleId, f.suppressed?.reason, f.suppressed?.by])).toEqual([
      ['Microsoft SQL Server', sql.ruleId, REASON, 'tenderlint-ignore (reply)'],
    ]);
    expect(after!.findings.map((f) => f.term).sort()).toEqual(before.findings.filter((f) => f !== sql).map((f) => f.term).sort());

    // --report-suppressed and the HTML record list it with its reason.
    const stylish = FORMATTERS.stylish!([after!], { color: false, cwd: dir, reportSuppressed: true });
    expect(stylish).toContain(`begrundelse: ${REASON}`);
    const html = FORMATTERS.html!([after!], { color: false, cwd: dir });
    expect(html).toContain('Undertrykt med begrundelse');
    expect(html).toContain(REASON.replace(/\(/g, '(').replace(/&/g, '&amp;'));
    expect(html).toContain('tenderlint-ignore (reply)');
  });

  it('applies a threaded reply that has no place of its own where the comment it answers is', async () => {
    const replied = join(dir, 'unanchored.docx');
    await wordReply(await annotated(), replied, 'Microsoft SQL Server', `tenderlint-ignore: ${REASON}`, false);
    const [after] = await lintFiles([replied], { config: false });
    expect(after!.suppressed.map((f) => [f.term, f.suppressed?.reason])).toEqual([['Microsoft SQL Server', REASON]]);
  });

  it('treats an ordinary reply as a conversation, and a reply without a reason as a suppression to be explained', async () => {
    const chat = join(dir, 'chat.docx');
    await wordReply(await annotated(), chat, 'Microsoft SQL Server', 'Enig, vi retter kravet.');
    expect((await lintFiles([chat], { config: false }))[0]!.suppressed).toEqual([]);
    const bare = join(dir, 'bare.docx');
    await wordReply(await annotated(), bare, 'Microsoft SQL Server', 'tenderlint-ignore');
    const [r] = await lintFiles([bare], { config: false });
    expect(r!.suppressed.map((f) => f.term)).toEqual(['Microsoft SQL Server']);
    expect(r!.findings.some((f) => f.ruleId === 'suppression-without-reason')).toBe(true);
  });
});
