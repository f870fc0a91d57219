// Annotated copies of real LibreOffice-made .docx files: comments on the flagged terms, everything else untouched.
// (That LibreOffice itself opens the copies is checked by annotate.system.test.ts, in `npm run test:system`.)
//
// Fixtures (test/fixtures/annotate/), regenerate with LibreOffice:
//   tables-lists.docx, split-brand.docx:  node scripts/make-docx.mjs test/fixtures/annotate/NAME.md test/fixtures/annotate/NAME.docx
//   existing-comments.docx:  soffice --headless --convert-to docx existing-comments.fodt
//     (an OpenDocument text with two reviewer comments, one ranged, and tracked changes: one insertion, one deletion)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import JSZip from 'jszip';
import { lintFiles } from '../../src/io/lint-files.js';
import { annotateDocx } from '../../src/annotate/index.js';
import { annotateFixtures, type Case } from './cases.js';
import { listParagraphs } from '../../src/annotate/paragraphs.js';
import { parseXml, decodeXml } from '../../src/annotate/xml.js';
import { parseDocx } from '../../src/parse/docx.js';
import { InputError } from '../../src/parse/errors.js';
import { normalizeText } from '../../src/text/normalize.js';

const mammoth = createRequire(import.meta.url)('mammoth') as { extractRawText(i: { path: string }): Promise<{ value: string }> };
const root = join(import.meta.dirname, '..', '..');
const CHANGED = new Set(['word/document.xml', 'word/comments.xml', 'word/_rels/document.xml.rels', '[Content_Types].xml']);

const sha = (p: string): string => createHash('sha256').update(readFileSync(p)).digest('hex');
let dir: string;
let cases: Case[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'tenderlint-annotate-'));
  mkdirSync(join(dir, 'sub'));
  cases = await annotateFixtures(dir);
}, 300000);

afterAll(() => { if (dir) rmSync(dir, { recursive: true, force: true }); });

async function parts(file: string): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const out = new Map<string, Buffer>();
  for (const [name, entry] of Object.entries(zip.files)) if (!entry.dir) out.set(name, await entry.async('nodebuffer'));
  return out;
}

/** Visible text between a comment's range start and end (deleted text left out), normalised as findings are. */
function rangeText(xml: string, id: string): string {
  const start = xml.indexOf(`<w:commentRangeStart w:id="${id}"/>`);
  const end = xml.indexOf(`<w:commentRangeEnd w:id="${id}"/>`);
  expect(start, `range start ${id}`).toBeGreaterThanOrEqual(0);
  expect(end, `range end ${id}`).toBeGreaterThan(start);
  const inner = xml.slice(start, end).replace(/<w:del\b[^>]*>[^]*?<\/w:del>/g, '');
  return normalizeText([...inner.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => decodeXml(m[1]!)).join(''));
}

interface WordComment { id: string; author: string; text: string; xml: string }
function commentsOf(xml: string): WordComment[] {
  return [...xml.matchAll(/<w:comment\b[^>]*?w:id="(\d+)"[^>]*>[^]*?<\/w:comment>/g)].map((m) => ({
    id: m[1]!, xml: m[0], author: /w:author="([^"]*)"/.exec(m[0])?.[1] ?? '',
    text: [...m[0].matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((t) => decodeXml(t[1]!)).join('\n'),
  }));
}

describe('annotateDocx on Word files made by LibreOffice', () => {
  it('lints every fixture into findings in tables, lists and split runs', () => {
    const terms = cases.flatMap((c) => c.findings.map((f) => f.term));
    expect(terms).toEqual(expect.arrayContaining(['Oracle Database 19c', 'Cisco Gold Partner', 'Microsoft SQL Server', 'Microsoft SharePoint', 'Unit4 ERP']));
    expect(cases.some((c) => c.findings.some((f) => !f.term))).toBe(true); // a document-level finding
  });

  it('numbers paragraphs exactly as the parser does (¶n)', async () => {
    for (const c of cases) {
      const buf = readFileSync(c.input);
      const doc = await parseDocx(buf, c.input);
      const xml = await (await JSZip.loadAsync(buf)).file('word/document.xml')!.async('string');
      const paras = listParagraphs(xml, parseXml(xml));
      for (const b of doc.blocks) expect(normalizeText(paras[b.paragraph! - 1]!.text).trim(), `${c.input} ¶${b.paragraph}`).toBe(b.text.trim());
    }
  });

  it('keeps the text mammoth reads', async () => {
    for (const c of cases) {
      const [a, b] = await Promise.all([mammoth.extractRawText({ path: c.input }), mammoth.extractRawText({ path: c.output })]);
      expect(b.value, c.input).toBe(a.value);
    }
  });

  it('adds one comment per finding, anchored on exactly its term, and keeps existing comments', async () => {
    for (const c of cases) {
      const after = await parts(c.output);
      const before = await parts(c.input);
      const xml = after.get('word/document.xml')!.toString('utf8');
      const comments = commentsOf(after.get('word/comments.xml')!.toString('utf8'));
      expect(comments, c.input).toHaveLength(c.findings.length + c.existing);
      expect(new Set(comments.map((k) => k.id)).size).toBe(comments.length);
      const old = commentsOf(before.get('word/comments.xml')?.toString('utf8') ?? '');
      for (const o of old) expect(comments.find((k) => k.id === o.id)?.xml).toBe(o.xml);
      const ours = comments.filter((k) => k.author === 'tenderlint');
      expect(ours).toHaveLength(c.findings.length);
      const paras = listParagraphs(xml, parseXml(xml));
      const firstText = normalizeText(paras.find((p) => p.text.trim())!.text).trim();
      ours.forEach((k, i) => {
        const f = c.findings[i]!;
        expect(rangeText(xml, k.id), `${c.input} ${f.ruleId} ¶${f.location.paragraph}`).toBe(f.term || firstText);
        expect(xml.split(`<w:commentReference w:id="${k.id}"/>`)).toHaveLength(2);
        expect(k.text).toContain(f.message);
        expect(k.text).toContain(c.lang === 'da' ? `Retsgrundlag: ${f.legalBasis}` : `Legal basis: ${f.legalBasis}`);
        expect(k.text).toContain(`${c.lang === 'da' ? 'Regel' : 'Rule'}: ${f.ruleId}`);
        if (f.suggestions[0]) expect(k.text).toContain(`${c.lang === 'da' ? 'Forslag' : 'Suggestion'}: ${f.suggestions[0].text}`);
      });
      expect(ours[0]!.xml).toMatch(/w:initials="TL"/);
      expect(ours[0]!.xml).toMatch(/w:date="\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ"/);
    }
  });

  it('splits runs at the term edges and keeps their formatting', async () => {
    const c = cases.find((k) => k.input.endsWith('split-brand.docx'))!;
    const xml = (await parts(c.output)).get('word/document.xml')!.toString('utf8');
    // "Ora*cle* Database, og data skal kunne flyttes fra Ora**cle** Database": both occurrences, each with its own comment.
    const oracle = c.findings.filter((f) => f.term === 'Oracle Database');
    expect(oracle).toHaveLength(2);
    expect(xml).toMatch(/<w:commentRangeStart w:id="\d+"\/><w:r><w:rPr><\/w:rPr><w:t xml:space="preserve">Ora<\/w:t><\/w:r><w:r><w:rPr><w:rStyle w:val="StrongEmphasis"\/><\/w:rPr><w:t>cle<\/w:t>/);
    expect(xml).toMatch(/<w:t xml:space="preserve"> Database<\/w:t><\/w:r><w:commentRangeEnd w:id="\d+"\/><w:r><w:rPr><w:rStyle w:val="CommentReference"\/>/);
  });

  it('keeps every other part byte for byte, and the tracked changes', async () => {
    for (const c of cases) {
      const before = await parts(c.input);
      const after = await parts(c.output);
      expect([...after.keys()].sort()).toEqual([...new Set([...before.keys(), 'word/comments.xml'])].sort());
      for (const [name, data] of before) if (!CHANGED.has(name)) expect(after.get(name)!.equals(data), name).toBe(true);
      const doc = (m: Map<string, Buffer>): string => m.get('word/document.xml')!.toString('utf8');
      for (const tag of ['<w:ins ', '<w:del ', '<w:delText']) expect(doc(after).split(tag).length, tag).toBe(doc(before).split(tag).length);
      expect(after.get('[Content_Types].xml')!.toString()).toContain('PartName="/word/comments.xml"');
      expect(after.get('word/_rels/document.xml.rels')!.toString()).toMatch(/relationships\/comments" Target="comments.xml"/);
    }
    const tracked = (await parts(cases[2]!.output)).get('word/document.xml')!.toString('utf8');
    expect(tracked).toContain('<w:delText xml:space="preserve">gammel </w:delText>');
  });

  it('never modifies the original', () => {
    for (const c of cases) expect(sha(c.input), c.input).toBe(c.hashBefore);
  });

  it('uses the author and initials given', async () => {
    const c = cases[0]!;
    const output = join(dir, 'author.docx');
    await annotateDocx({ input: c.input, output, findings: c.findings.slice(0, 1), lang: 'en', author: 'Jane <Q> & Co', initials: 'JQ' });
    const xml = (await parts(output)).get('word/comments.xml')!.toString('utf8');
    expect(xml).toContain('w:author="Jane &lt;Q&gt; &amp; Co" w:date=');
    expect(xml).toContain('w:initials="JQ"');
    expect(xml).toContain('Legal basis: ');
  });
});

describe('annotateDocx refuses unsafe or unsupported paths', () => {
  const fixture = join(root, 'test/fixtures/annotate/split-brand.docx');
  const refusal = async (input: string, output: string): Promise<InputError> => {
    const e = await annotateDocx({ input, output, findings: [], lang: 'da' }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(InputError);
    return e as InputError;
  };

  it('refuses to write over the input, however the path is spelled', async () => {
    const copy = join(dir, 'same.docx');
    copyFileSync(fixture, copy);
    const hash = sha(copy);
    expect((await refusal(copy, copy)).reason).toMatch(/is the input file itself/);
    expect((await refusal(copy, join(dir, '.', 'sub', '..', 'same.docx'))).reason).toMatch(/is the input file itself/);
    const link = join(dir, 'link.docx');
    symlinkSync(copy, link);
    expect((await refusal(copy, link)).reason).toMatch(/input file itself|symbolic link/);
    expect(sha(copy)).toBe(hash);
  });

  it('refuses an output that is a symbolic link', async () => {
    const link = join(dir, 'elsewhere.docx');
    symlinkSync(join(dir, 'does-not-exist.docx'), link);
    expect((await refusal(fixture, link)).reason).toMatch(/symbolic link/);
    expect(existsSync(join(dir, 'does-not-exist.docx'))).toBe(false);
  });

  it('refuses inputs that are not .docx zip files', async () => {
    expect((await refusal(join(root, 'test/fixtures/annotate/split-brand.md'), join(dir, 'x.docx'))).reason).toMatch(/not a Word \.docx file/);
    const fake = join(dir, 'fake.docx');
    writeFileSync(fake, 'just text');
    expect((await refusal(fake, join(dir, 'y.docx'))).reason).toMatch(/not a zip archive/);
    expect((await refusal(join(dir, 'missing.docx'), join(dir, 'z.docx'))).reason).toMatch(/does not exist/);
    expect(existsSync(join(dir, 'x.docx')) || existsSync(join(dir, 'y.docx'))).toBe(false);
  });
});

describe('annotateDocx on Word constructs LibreOffice does not write', () => {
  // Word's own markup, put into a LibreOffice-made package by hand: a hyperlink with spell-check marks inside a
  // brand, a tracked insertion, a deleted paragraph mark (mammoth joins that paragraph to the next), a VML text box
  // (mammoth lists its paragraphs after the one holding it) and a DrawingML choice with a VML fallback.
  const body = [
    '<w:p><w:r><w:t xml:space="preserve">Løsningen skal anvende </w:t></w:r><w:hyperlink w:anchor="x"><w:r><w:t>Micro</w:t></w:r><w:proofErr w:type="spellStart"/><w:r><w:rPr><w:i/></w:rPr><w:t>soft</w:t></w:r><w:proofErr w:type="spellEnd"/><w:r><w:t xml:space="preserve"> SQL Server</w:t></w:r></w:hyperlink><w:r><w:t xml:space="preserve"> &amp; </w:t></w:r><w:ins w:id="90" w:author="A" w:date="2026-01-01T00:00:00Z"><w:r><w:t>Oracle Database</w:t></w:r></w:ins><w:r><w:t>.</w:t></w:r></w:p>',
    '<w:p><w:pPr><w:rPr><w:del w:id="91" w:author="A" w:date="2026-01-01T00:00:00Z"/></w:rPr></w:pPr><w:r><w:t xml:space="preserve">Leverandøren skal være </w:t></w:r></w:p>',
    '<w:p><w:r><w:t xml:space="preserve">Cisco Gold Partner og bruge </w:t></w:r><w:r><w:pict><v:shape><v:textbox><w:txbxContent><w:p><w:r><w:t>Tekstboks: Løsningen skal anvende Salesforce.</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r><w:r><w:t>SAP Business One.</w:t></w:r></w:p>',
    '<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData><wps:wsp><wps:txbx><w:txbxContent><w:p><w:r><w:t>Skjult: Oracle Database</w:t></w:r></w:p></w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent><w:p><w:r><w:t>Reserve: Løsningen skal anvende Cognos.</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r><w:r><w:t>Løsningen skal kunne læse Excel-filer.</w:t></w:r></w:p>',
    '<w:tbl><w:tr><w:trPr><w:del w:id="92" w:author="A" w:date="2026-01-01T00:00:00Z"/></w:trPr><w:tc><w:p><w:r><w:t>Slettet række med Oracle Database</w:t></w:r></w:p></w:tc></w:tr><w:tr><w:tc><w:p><w:r><w:t>Løsningen skal anvende Microsoft Exchange.</w:t></w:r></w:p></w:tc></w:tr></w:tbl>',
  ].join('');

  it('numbers and anchors as mammoth reads them', async () => {
    const zip = await JSZip.loadAsync(readFileSync(join(root, 'test/fixtures/annotate/split-brand.docx')));
    const xml = await zip.file('word/document.xml')!.async('string');
    const ns = ' xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"';
    const crafted = xml.replace(/<w:document\b([^>]*)>/, (m, a: string) => (a.includes('xmlns:v=') ? m : `<w:document${a}${ns}>`))
      .replace(/<w:body>[^]*?(<w:sectPr)/, `<w:body>${body}$1`);
    zip.file('word/document.xml', crafted);
    const input = join(dir, 'crafted.docx');
    writeFileSync(input, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));

    const doc = await parseDocx(readFileSync(input), input);
    const paras = listParagraphs(crafted, parseXml(crafted));
    for (const b of doc.blocks) expect(normalizeText(paras[b.paragraph! - 1]!.text).trim(), `¶${b.paragraph}`).toBe(b.text.trim());

    const [result] = await lintFiles([input]);
    const findings = result!.findings.filter((f) => f.term);
    expect(findings.map((f) => f.term)).toEqual(expect.arrayContaining(['Microsoft SQL Server', 'Oracle Database', 'Cisco Gold Partner', 'Salesforce', 'Cognos', 'Microsoft Exchange']));
    const output = join(dir, 'crafted-annotated.docx');
    await annotateDocx({ input, output, findings, lang: result!.lang });
    const out = (await parts(output)).get('word/document.xml')!.toString('utf8');
    const ours = commentsOf((await parts(output)).get('word/comments.xml')!.toString('utf8'));
    ours.forEach((k, i) => expect(rangeText(out, k.id), findings[i]!.term).toBe(findings[i]!.term));
    // The reference run sits outside the hyperlink and the insertion, not inside them.
    expect(out).not.toMatch(/<w:commentReference[^>]*\/><\/w:r>(?:<w:r>[^]*?)?<\/w:hyperlink>/);
    expect(out).toMatch(/<\/w:ins><w:r><w:rPr><w:rStyle w:val="CommentReference"\/><\/w:rPr><w:commentReference/);
    const raw = await Promise.all([input, output].map((p) => mammoth.extractRawText({ path: p })));
    expect(raw[1]!.value).toBe(raw[0]!.value);
  });
});
