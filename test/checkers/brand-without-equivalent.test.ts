import { describe, it } from 'vitest';
import { runInvalid, runValid, type Invalid, type Valid } from './cases.js';
import { lintMd } from '../helpers.js';
import { expect } from 'vitest';

const RULE = 'brand-without-equivalent';
const invalid: Invalid[] = [
  // "som database" is redundant after a description of a database; "til rapportering" is not a role and stays.
  { lang: 'da', text: 'Løsningen skal anvende Microsoft SQL Server som database.', messageId: 'required', term: 'Microsoft SQL Server', rewritten: 'Løsningen skal anvende en relationel database, der understøtter SQL-standarden (ISO/IEC 9075).' },
  { lang: 'en', text: 'The solution must use Microsoft SQL Server as the database for reporting.', messageId: 'required', term: 'Microsoft SQL Server', rewritten: 'The solution must use a relational database that supports the SQL standard (ISO/IEC 9075) for reporting.' },
  // Swedish and Norwegian get their own descriptions; the role is redundant when it heads the description's compound.
  { lang: 'sv', text: 'Lösningen ska använda Microsoft SQL Server som databas.', messageId: 'required', term: 'Microsoft SQL Server', rewritten: 'Lösningen ska använda en relationsdatabas som stöder SQL-standarden (ISO/IEC 9075).', fixed: 'Lösningen ska använda Microsoft SQL Server eller likvärdigt som databas.' },
  { lang: 'no', text: 'Løsningen skal bruke Microsoft SQL Server som database.', messageId: 'required', term: 'Microsoft SQL Server', rewritten: 'Løsningen skal bruke en relasjonsdatabase som støtter SQL-standarden (ISO/IEC 9075).', fixed: 'Løsningen skal bruke Microsoft SQL Server eller tilsvarende som database.' },
  // Swedish/Norwegian cues confirm an ambiguous name, and their generic nouns after it go with it.
  { lang: 'no', text: 'Data skal lagres i en Excel arbeidsbok.', messageId: 'required', term: 'Excel', rewritten: 'Data skal lagres i et regneark i et åpent, standardisert format (f.eks. ODS/OOXML eller CSV).' },
  { lang: 'da', text: 'Klienterne skal understøtte Microsoft Office 2019 eller nyere.', messageId: 'versionFloor', term: 'Microsoft Office 2019', rewritten: 'Klienterne skal understøtte en kontorpakke, der kan læse og gemme åbne, standardiserede dokumentformater (ODF og OOXML).' },
  // Suggestions keep the text's typography; a quoted name's quotation marks go with it in the rewrite.
  { lang: 'da', text: 'Løsningen skal anvende »SharePoint« – også på mobil.', messageId: 'required', term: 'SharePoint', fixed: 'Løsningen skal anvende »SharePoint« eller tilsvarende – også på mobil.', rewritten: 'Løsningen skal anvende et intranet og dokumentbibliotek med versionsstyring, metadata og eksport af indhold i åbne formater – også på mobil.' },
  // The functional rewrite reads as a sentence: the description's own article replaces the text's ("an Apple iPad" →
  // "a tablet"), and a generic noun after the name that the description already names goes ("workbook", "site").
  { lang: 'en', text: 'Each user shall receive an Apple iPad.', messageId: 'required', term: 'Apple iPad', rewritten: 'Each user shall receive a tablet that meets the stated screen, storage, battery life, security update period and MDM management requirements.' },
  { lang: 'da', text: 'Hver medarbejder skal have en Apple iPad.', messageId: 'required', term: 'Apple iPad', suggestion: 'skal have en tablet, der opfylder' },
  { lang: 'da', text: 'Løsningen skal anvende MySQL som database.', messageId: 'required', term: 'MySQL', severity: 2, suggestion: 'relationel database', fixed: 'Løsningen skal anvende MySQL eller tilsvarende som database.' },
  { lang: 'en', text: 'The solution must use Microsoft SQL Server for reporting.', messageId: 'required', term: 'Microsoft SQL Server', severity: 2, fixed: 'The solution must use Microsoft SQL Server or equivalent for reporting.' },
  { lang: 'da', text: 'Løsningen bør anvende SAP som økonomisystem.', messageId: 'required', term: 'SAP', severity: 1 },
  // Integration with the buyer's named system ("integreres tæt med SAP-systemet") is justified: see test/analysis/installed-base.test.ts.
  { lang: 'da', text: 'Data skal gemmes i Oracles database.', messageId: 'required', term: 'Oracle', severity: 2 },
  { lang: 'da', text: 'Klienterne skal køre Microsoft Office 2019 eller nyere.', messageId: 'versionFloor', term: 'Microsoft Office 2019', severity: 2 },
  { lang: 'en', text: 'The agency shall receive MySQL, MariaDB dumps nightly.', messageId: 'required', term: 'MySQL', fixed: 'The agency shall receive MySQL, MariaDB or equivalent dumps nightly.' },
  { lang: 'da', text: 'Videomøder bør kunne afholdes, fx i Zoom.', messageId: 'example', term: 'Zoom', severity: 0 },
  { lang: 'en', text: 'The supplier shall provide a CRM such as Salesforce.', messageId: 'example', term: 'Salesforce', severity: 0 },
  { lang: 'en', text: 'The portal must work in Chrome, Firefox, Safari and Edge.', messageId: 'broadening', term: 'Chrome', severity: 0 },
  { lang: 'da', text: 'Løsningen skal anvende MySQL eller lignende database.', messageId: 'weakEquivalent', term: 'MySQL', severity: 0 },
  { lang: 'da', text: 'Løsningen skal kunne udveksle data med kommunens eksisterende KMD Opus.', messageId: 'justified', term: 'KMD Opus', severity: 0 },
];
const valid: Valid[] = [
  { lang: 'da', text: 'Løsningen skal anvende MySQL eller tilsvarende relationel database.', why: 'or-equivalent covers it' },
  { lang: 'da', text: 'Løsningen skal anvende PostgreSQL, MariaDB eller tilsvarende.', why: 'the qualifier covers every item of the list' },
  { lang: 'en', text: 'The solution shall use PostgreSQL or an equivalent relational database.', why: 'or-equivalent with a word inside' },
  { lang: 'da', text: 'Kommunen anvender i dag KMD Opus som økonomisystem.', why: 'background, not a requirement' },
  { lang: 'en', text: 'The agency currently uses Salesforce for case management.', why: 'background' },
  { lang: 'da', text: 'Løsningen må ikke forudsætte Adobe Flash.', why: 'negation' },
  { lang: 'da', text: 'Løsningen skal understøtte login via MitID og NemLog-in.', why: 'mandated national infrastructure' },
  { lang: 'en', text: 'Project teams shall meet weekly in the Office of the Chief Executive.', why: 'generic words, not products' },
  { lang: 'en', text: 'Users must have access rights to the windows of the building.', why: 'generic words' },
  { lang: 'da', text: 'Tilsvarende gælder for Teams, der skal bemandes.', why: 'generic "teams" without a cue' },
  { lang: 'en', text: 'Payments must be accepted with Visa and Mastercard.', why: 'card schemes a payment function must accept' },
  { lang: 'da', text: '## Krav til SAP-integration', why: 'headings are titles, not requirements' },
];

describe(RULE, () => {
  for (const c of invalid) it(`reports (${c.lang}) ${c.text}`, () => runInvalid(RULE, c));
  for (const c of valid) it(`does not report (${c.lang}) ${c.text} — ${c.why}`, () => runValid(RULE, c));

  it('uses the installed base stated elsewhere in the document as a justification, citing its line', () => {
    const md = 'Kommunen anvender i dag SBSYS.\n\nLøsningen skal overføre sager til SBSYS.\n';
    const f = lintMd(md, 'da').find((x) => x.ruleId === RULE)!;
    expect(f).toMatchObject({ severity: 0, messageId: 'justified', line: 3 });
    expect(f.message).toContain('linje 1');
  });

  it('writes messages in the document language with the legal basis', () => {
    const [da] = lintMd('Løsningen skal anvende MySQL.', 'da');
    const [en] = lintMd('The solution shall use MySQL.', 'en');
    const [no] = lintMd('Løsningen skal bruke MySQL.', 'no');
    const [sv] = lintMd('Lösningen ska använda MySQL.', 'sv');
    expect(da!.message).toContain('kræves uden "eller tilsvarende"');
    expect(da!.legalBasis).toContain('§ 42');
    expect(en!.message).toContain('required without "or equivalent"');
    expect(en!.legalBasis).toContain('art. 42(4)');
    expect(no!.legalBasis).toContain('Anskaffelsesforskriften');
    expect(sv!.message).toContain('eller likvärdigt');
  });
});
