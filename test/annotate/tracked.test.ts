// --annotate --suggest: each suggested rewrite as a Word tracked change (w:del + w:ins by "tenderlint", dated) beside
// its comment. Read back here with tenderlint's own reader; LibreOffice accepts and rejects them in
// tracked.system.test.ts.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import JSZip from 'jszip';
import { lintFiles } from '../../src/io/lint-files.js';
import { annotateDocx, appliedSuggestion } from '../../src/annotate/index.js';
import { sentenceDiff } from '../../src/annotate/tracked.js';
import { parseXml } from '../../src/annotate/xml.js';
import { listParagraphs } from '../../src/annotate/paragraphs.js';

const root = join(import.meta.dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'tl-tracked-'));

async function documentXml(path: string): Promise<string> {
  return (await JSZip.loadAsync(readFileSync(path))).file('word/document.xml')!.async('string');
}
/** Paragraph texts as Word shows them after "Accept all" (insertions kept, deletions gone): our reader's view. */
const accepted = (xml: string): string[] => listParagraphs(xml, parseXml(xml)).map((p) => p.text);
/** After "Reject all": insertions gone, deletions back as ordinary text. */
const rejected = (xml: string): string[] => {
  const back = xml.replace(/<w:ins\b[^>]*>[\s\S]*?<\/w:ins>/g, '').replace(/<w:del\b[^>]*>([\s\S]*?)<\/w:del>/g, '$1')
    .replace(/<w:delText\b/g, '<w:t').replace(/<\/w:delText>/g, '</w:t>');
  return listParagraphs(back, parseXml(back)).map((p) => p.text);
};

describe('sentenceDiff', () => {
  it('finds the replaced words, widened to whole words', () => {
    expect(sentenceDiff('Løsningen skal anvende MySQL som database.', 'Løsningen skal anvende en relationel database.')).toEqual({ start: 23, end: 32, text: 'en relationel' });
    expect(sentenceDiff('Use Word 2019.', 'Use Word 2019 or equivalent.')).toEqual({ start: 13, end: 13, text: ' or equivalent' });
    // A shared letter at the cut does not split a word: "Excel" → "Exchange" replaces the whole word.
    expect(sentenceDiff('Use Excel now.', 'Use Exchange now.')).toEqual({ start: 4, end: 9, text: 'Exchange' });
    expect(sentenceDiff('Same.', 'Same.')).toBeUndefined();
  });
});

describe('tracked changes in the annotated copy', () => {
  for (const name of ['test/fixtures/word-terms.docx', 'examples/kravspecifikation-esdh.docx', 'examples/requirements-crm.docx']) {
    it(`rejecting all gives the original, accepting all the suggestions: ${name}`, async () => {
      const input = join(root, name);
      const [r] = await lintFiles([input], { config: false });
      const out = join(dir, `${name.replace(/\W/g, '_')}.docx`);
      const { comments, changes } = await annotateDocx({ input, output: out, findings: r!.findings, lang: r!.lang, suggest: true });
      expect(comments).toBe(r!.findings.length);
      const wanted = r!.findings.filter((f) => appliedSuggestion(f) !== undefined);
      expect(changes).toBe(wanted.length);
      expect(changes).toBeGreaterThan(1);

      const original = await documentXml(input);
      const xml = await documentXml(out);
      const before = listParagraphs(original, parseXml(original)).map((p) => p.text);
      expect(rejected(xml)).toEqual(before);
      const after = accepted(xml);
      for (const f of wanted) {
        const n = f.location.paragraph! - 1;
        expect(after[n], `${f.ruleId} ${f.term}`).toContain(appliedSuggestion(f)!);
        expect(before[n]).not.toContain(appliedSuggestion(f)!);
      }
      // Every change is by tenderlint, dated, with an id used once in the document.
      const marks = [...xml.matchAll(/<w:(ins|del) w:id="(\d+)" w:author="([^"]*)" w:date="([^"]*)">/g)];
      expect(marks.length).toBeGreaterThanOrEqual(changes);
      for (const m of marks) {
        expect(m[3]).toBe('tenderlint');
        expect(m[4]).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
      }
      const ids = [...xml.matchAll(/<w:(?:ins|del|commentRangeStart) w:id="(\d+)"/g)].map((m) => m[1]);
      expect(new Set(ids).size).toBe(ids.length);
      // The comments are still ranged on their text, one start and one end each.
      expect(xml.match(/<w:commentRangeStart /g)).toHaveLength(comments);
      expect(xml.match(/<w:commentRangeEnd /g)).toHaveLength(comments);
    });
  }

  it('keeps a justified name: no change where the suggestion records why the name stays', async () => {
    const input = join(root, 'test/fixtures/word-terms.docx');
    const [r] = await lintFiles([input], { config: false });
    const justified = r!.findings.find((f) => f.messageId === 'justified')!;
    expect(justified).toBeDefined();
    expect(appliedSuggestion(justified)).toBeUndefined();
  });

  it('writes no tracked change without --suggest', async () => {
    const input = join(root, 'test/fixtures/word-terms.docx');
    const [r] = await lintFiles([input], { config: false });
    const out = join(dir, 'plain.docx');
    const { changes } = await annotateDocx({ input, output: out, findings: r!.findings, lang: r!.lang });
    expect(changes).toBe(0);
    expect(await documentXml(out)).not.toMatch(/<w:(?:ins|del)\b/);
  });
});
