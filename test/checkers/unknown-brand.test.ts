// unknown-brand: names the lexicon lacks, told from ordinary words by the language's word list (built from the
// Hunspell dictionaries by `npm run build`) and by their shape. Every name here is invented.
import { describe, expect, it } from 'vitest';
import { describeRule, type Invalid, type Valid } from './cases.js';
import { lintMd } from '../helpers.js';
import type { Lang } from '../../src/model/document.js';

const RULE = 'unknown-brand';
const invalid: Invalid[] = [
  // CamelCase: an advisory only (on real tenders such words were the buyer's own systems, never a vendor's product)
  { lang: 'da', text: 'Løsningen skal bygges i QuickFlowz.', messageId: 'unknown', term: 'QuickFlowz', severity: 0, fixed: 'Løsningen skal bygges i QuickFlowz eller tilsvarende.' },
  { lang: 'en', text: 'The solution must use FormStackPro 2021 for forms.', messageId: 'unknown', term: 'FormStackPro 2021' },
  { lang: 'sv', text: 'Lösningen ska byggas i QuickFlowz.', messageId: 'unknown', term: 'QuickFlowz', suggestion: 'QuickFlowz eller likvärdigt' },
  // a company with its legal form
  { lang: 'en', text: 'The scanners must be supplied by Nordic Imaging A/S.', messageId: 'unknown', term: 'Nordic Imaging A/S', severity: 1 },
  // the source of a product: "<product noun> from <Name>"
  { lang: 'en', text: 'The solution must include software from Zandorix.', messageId: 'unknown', term: 'Zandorix', severity: 1 },
  { lang: 'da', text: 'Leverandøren skal levere et system fra Quembel og Varnok.', messageId: 'unknown', term: 'Quembel' },
  { lang: 'sv', text: 'Konsulten ska ha djup kunskap om HSM:er från Trivanta och Oskelor.', messageId: 'unknown', term: 'Trivanta' },
  { lang: 'sv', text: 'Konsulten ska ha installerat CA-mjukvara från TRIVANTA.', messageId: 'unknown', term: 'TRIVANTA' },
  { lang: 'sv', text: 'Lösningen ska fungera med elektroniska dörrlås från Zentrix och Lockwave.', messageId: 'unknown', term: 'Zentrix' },
  { lang: 'da', text: 'Løsningen skal fungere med kameraer fra Zentrix.', messageId: 'unknown', term: 'Zentrix' },
  // a versioned name
  { lang: 'en', text: 'The servers must run Zentrix 12.', messageId: 'unknown', term: 'Zentrix 12', severity: 1 },
  { lang: 'da', text: 'Serverne skal køre Zentrix v3.2.', messageId: 'unknown', term: 'Zentrix v3.2' },
  { lang: 'sv', text: 'Servrarna ska köra QVRM 2012.', messageId: 'unknown', term: 'QVRM 2012' },
  // an abbreviation or a proper noun in a list with other names
  { lang: 'sv', text: 'Konsulten ska ha erfarenhet av Windows/QVRM/Active Directory.', messageId: 'unknown', term: 'QVRM' },
  { lang: 'en', text: 'The service must send alerts to Prometheus and NimbusWatch.', messageId: 'unknown', term: 'Prometheus' },
];
const valid: Valid[] = [
  { lang: 'da', text: 'Løsningen skal bygges i QuickFlowz eller tilsvarende.', why: 'or-equivalent' },
  { lang: 'en', text: 'The agency currently uses QuickFlowz.', why: 'background' },
  { lang: 'en', text: 'The solution should support QuickFlowz.', why: 'only mandatory requirements for a guess' },
  { lang: 'sv', text: 'Konsulten bör ha kunskap om HSM:er från Trivanta.', why: 'a wish, not a mandatory requirement' },
  { lang: 'en', text: 'The solution must support DevOps practices and OpenAPI.', why: 'not brands' },
  { lang: 'en', text: 'The contractor must deliver a PoC and a SaaS.', why: 'short mixed-case abbreviations are abbreviations' },
  { lang: 'en', text: 'The contract must be signed by John McAllister.', why: 'a surname with a capitalised prefix' },
  // ordinary words after "from": places, roles, the language's own nouns
  { lang: 'en', text: 'The solution must include software from Denmark.', why: 'a place the dictionary knows' },
  { lang: 'en', text: 'The system must include software from Contractor.', why: 'a role written with a capital' },
  { lang: 'da', text: 'Leverandøren skal levere et system fra Ordregiveren.', why: 'a Danish role noun with its definite ending' },
  { lang: 'sv', text: 'Konsulten ska ha erfarenhet av system från Sverige och Norge.', why: 'places the dictionary knows' },
  { lang: 'sv', text: 'Leverantören ska leverera en lösning från Beställaren.', why: 'a Swedish role noun' },
  // ordinary words with a number
  { lang: 'da', text: 'Bilag 3 skal udfyldes af leverandøren.', why: 'a numbered annex' },
  { lang: 'sv', text: 'Leverantören ska följa Bilaga 4 och Fas 2.', why: 'a numbered annex and phase' },
  { lang: 'en', text: 'Phase 2 must be delivered by the Contractor in Release 3.', why: 'numbered phase and release' },
  { lang: 'en', text: 'In the event of a Sev 2 issue the supplier must respond within an hour.', why: 'an abbreviated word with a number' },
  // abbreviations: alone, defined by the document, or known
  { lang: 'da', text: 'Leverandøren skal rapportere til QVRM hver måned.', why: 'a bare abbreviation is most often the buyer\'s or a programme\'s' },
  { lang: 'en', text: 'The Department of Motor Vehicles (DMV) issues licences. Reports must go to Microsoft, DMV and Oracle.', why: 'an abbreviation the document defines' },
  { lang: 'en', text: 'The Bureau of Land Records, hereinafter BLR, buys a platform. The platform must export to Oracle, BLR and SAP.', why: 'an abbreviation defined by "hereinafter"' },
  { lang: 'sv', text: 'Konsulten ska ha erfarenhet av Windows/SSO/Active Directory.', why: 'a generic abbreviation in a list of names' },
  { lang: 'en', text: 'THE CONTRACTOR MUST USE WINDOWS AND QVRM TOOLS.', why: 'a sentence in capitals says nothing about names' },
  // the document's own: installed base, the buyer's systems, its channels
  { lang: 'da', text: 'Kunden anvender i dag ZenDocs.\n\nLøsningen skal integrere med ZenDocs.', why: 'installed base, named as the present set-up' },
  { lang: 'en', text: 'The Agency for Digital Records (ADR) runs the archive.\n\nThe solution must support ADR SecureVault.', why: 'the buyer\'s own system' },
  { lang: 'da', text: 'Spørgsmål skal stilles via ProcuraHub.', why: 'the buyer\'s channel' },
  { lang: 'en', text: 'This contract is for further development of the ZenVault platform.\n\nThe solution must integrate with ZenVault.', why: 'the subject-matter, introduced as such at the opening' },
  { lang: 'en', text: 'The contractor must provide support and maintenance of the following systems:\n\n- ZenVault\n- DocuFlowz', why: 'a list announced as work on the subject' },
];

describeRule(RULE, invalid, valid, () => {
  const terms = (text: string, lang: Lang): string[] => lintMd(text, lang).filter((f) => f.ruleId === RULE).map((f) => f.term);
  it('reports a name in a list item under a mandatory lead-in, not under a wish', () => {
    expect(terms('Løsningen skal:\n\n- integrere med QuickFlowz', 'da')).toEqual(['QuickFlowz']);
    expect(terms('Offererad konsult ska ha:\n\n- kunskap om HSM:er från Trivanta', 'sv')).toEqual(['Trivanta']);
    expect(terms('Løsningen bør:\n\n- integrere med QuickFlowz', 'da')).toEqual([]);
  });
  it('reports every name of a coordination after "fra"/"från"/"from"', () => {
    expect(terms('Leverandøren skal levere et system fra Quembel og Varnok.', 'da')).toEqual(['Quembel', 'Varnok']);
    expect(terms('The solution must include software from Zandorix and Quembel.', 'en')).toEqual(['Zandorix', 'Quembel']);
  });
  it('reports a word the language knows beside a name after "från", but not one alone', () => {
    // "nexus" is a Swedish word; beside an unknown name it is a second name.
    expect(terms('Konsulten ska ha kunskap om CA-mjukvara från Nexus och Oskelor.', 'sv')).toEqual(['Nexus', 'Oskelor']);
    expect(terms('Konsulten ska ha kunskap om CA-mjukvara från Nexus.', 'sv')).toEqual([]);
  });
  it('reports each unknown abbreviation of a list of names, and not the lexicon\'s names', () => {
    expect(terms('Konsulten ska ha erfarenhet av Windows/QVRM/ZKM/Active Directory.', 'sv')).toEqual(['QVRM', 'ZKM']);
  });
  it('judges a word by its language\'s own list: a Swedish word after "fra" is a name in Danish', () => {
    expect(terms('Leverandøren skal levere en løsning fra Utrustning.', 'da')).toEqual(['Utrustning']);
    expect(terms('Leverantören ska leverera en lösning från Utrustning.', 'sv')).toEqual([]);
  });
});

describe('unknown-brand word lists', () => {
  it('are built (npm run build) for Danish, Swedish and English', async () => {
    const { wordList } = await import('../../src/text/wordlist.js');
    for (const lang of ['da', 'sv', 'en'] as const) expect(wordList(lang).size, lang).toBeGreaterThan(1000);
  });
});

describe('unknown names the document makes the buyer\'s', () => {
  it('a tool the buyer runs ("Kommunen använder Quembel") justifies a later demand on it, as it does a lexicon name', () => {
    const md = (intro: string): string => `# Avrop\n\n${intro}\n\nKonsulten ska ha erfarenhet av ärendesystem från Quembel.\n`;
    const unknownOf = (text: string): string[] => lintMd(text, 'sv').filter((f) => f.ruleId === 'unknown-brand' && f.severity >= 1).map((f) => f.term ?? '');
    expect(unknownOf(md('Kommunen använder Quembel för ärendehantering.'))).toEqual([]);
    expect(unknownOf(md('Kommunen vill förbättra sin ärendehantering.'))).toEqual(['Quembel']);
  });
});
