import { describe, expect, it } from 'vitest';
import { severityByTerm, sharedLinter } from '../helpers.js';
import { parseMarkdown } from '../../src/parse/markdown.js';
import { describeRule, type Invalid, type Valid } from './cases.js';

const RULE = 'proprietary-format';
const invalid: Invalid[] = [
  // The description already says "format": the text's own "-format"/"format" goes with the name.
  { lang: 'da', text: 'Rapporterne skal leveres i Excel-format.', messageId: 'format', term: 'Excel', rewritten: 'Rapporterne skal leveres i et regneark i et åbent, standardiseret format (fx ODS/OOXML eller CSV).' },
  { lang: 'en', text: 'The pricing form shall be in MS Excel Format.', messageId: 'format', term: 'MS Excel', rewritten: 'The pricing form shall be in a spreadsheet in an open, standardised format (e.g. ODS/OOXML or CSV).' },
  { lang: 'da', text: 'Månedlige rapporter skal leveres i Excel-format.', messageId: 'format', term: 'Excel', severity: 2, suggestion: 'regneark' },
  { lang: 'en', text: 'The pricing form shall be in MS Excel format.', messageId: 'format', term: 'MS Excel', severity: 2 },
  { lang: 'da', text: 'Procesdiagrammer skal afleveres som .vsdx-filer.', messageId: 'format', term: '.vsdx' },
  { lang: 'da', text: 'PowerPoint slides med nedenstående indhold.', messageId: 'format', term: 'PowerPoint', severity: 1 },
  // A workbook is a file format: the generic noun after the name goes with it in the rewrite.
  { lang: 'sv', text: 'Data ska lagras i en Excel-arbetsbok.', messageId: 'format', term: 'Excel', rewritten: 'Data ska lagras i ett kalkylblad i ett öppet, standardiserat format (t.ex. ODS/OOXML eller CSV).' },
  { lang: 'en', text: 'Data shall be stored in an Excel workbook.', messageId: 'format', term: 'Excel', rewritten: 'Data shall be stored in a spreadsheet in an open, standardised format (e.g. ODS/OOXML or CSV).' },
  // An open format demanded as well, or only the product's own extension, leaves the product demanded.
  { lang: 'en', text: 'The transition plan shall be delivered as PDF and as an editable Microsoft Word document.', messageId: 'format', term: 'Microsoft Word', severity: 2 },
  { lang: 'sv', text: 'Teknisk dokumentation ska levereras i Microsoft Word-format (.docx).', messageId: 'format', term: 'Microsoft Word', severity: 2 },
];
const valid: Valid[] = [
  { lang: 'da', text: 'Statistik skal kunne eksporteres til Excel eller CSV.', why: 'an open format offered alongside' },
  { lang: 'en', text: 'Statistics shall be exported as CSV or Excel files.', why: 'an open format offered first' },
  { lang: 'sv', text: 'Statistik ska kunna exporteras till Excel/CSV.', why: 'alternatives joined by a slash' },
  { lang: 'en', text: 'Reports shall be delivered in ODF or OOXML format.', why: 'open formats' },
  { lang: 'da', text: 'Mange skemaer er i dag i PDF- eller Word-format.', why: 'background' },
  { lang: 'en', text: 'Older letters in the archive are stored as .doc files.', why: 'a description, not a requirement' },
  { lang: 'da', text: 'Vedhæftede filer kan uploades i ulike formater (f.eks. Word, PDF, billeder).', why: 'examples' },
  { lang: 'en', text: 'Reports shall be delivered in Microsoft Excel format or an equivalent open format.', why: 'or-equivalent' },
];

describeRule(RULE, invalid, valid);

describe('format named in a table cell', () => {
  it('a bare cell in a deliverables table specifies the format; a cell that is a descriptive sentence does not', () => {
    const table = (cell: string): string => `# Leverancer\n\n| Leverance | Beskrivelse |\n|---|---|\n| Månedsrapport | ${cell} |\n`;
    expect(severityByTerm(table('Excel-format'))['Excel']).toBe(1);
    // A sentence with its own verb and no modal in a cell describes, like the same sentence in a paragraph.
    expect(severityByTerm(table('Salgstallene samles af controlleren i Excel-format og gennemgås på månedens opfølgningsmøde.'))['Excel'] ?? 0).toBe(0);
  });
});

describe("any product's own files demanded as the format", () => {
  const rules = (md: string): string[] => sharedLinter().lint(parseMarkdown(md, 'x.md')).findings.filter((f) => f.term.startsWith('Tableau')).map((f) => f.ruleId);
  it('"levereras som Tableau-filer" and "delivered as Tableau files" demand the product\'s format; experience of the tool is a competence', () => {
    expect(rules('# Krav\n\nRapporterna ska levereras som Tableau-filer.\n')).toContain('proprietary-format');
    expect(rules('# Requirements\n\nDashboards shall be delivered as Tableau files.\n')).toContain('proprietary-format');
    expect(rules('# Requirements\n\nThe analyst shall have experience with Tableau files and dashboards.\n')).toEqual(['brand-without-equivalent']);
  });
});

describe('format columns and negations of another predicate', () => {
  it('a long cell in a column headed "Format and delivery" specifies the format', () => {
    const md = '# Deliverables\n\n| Deliverable | Frequency | Format and delivery |\n|---|---|---|\n| Monthly report | Monthly | Microsoft PowerPoint briefing plus a data appendix uploaded to the agency library |\n';
    expect(severityByTerm(md)['Microsoft PowerPoint']).toBeGreaterThan(0);
  });
  it('"returneras i Excel-format och får inte låsas" demands Excel; "Excel-format får inte användas" forbids it', () => {
    expect(severityByTerm('# Pris\n\nPrisbilagan ska returneras i Excel-format och får inte låsas eller omvandlas.\n')['Excel']).toBe(2);
    expect(severityByTerm('# Pris\n\nPrisbilagan ska vara öppen; Excel-format får inte användas.\n')['Excel'] ?? 0).toBe(0);
  });
});
