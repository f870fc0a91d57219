// Which pattern a mention is: a skill in an office product is a brand requirement, not a demanded file format.
import { describe, expect, it } from 'vitest';
import { lintMd, severityByTerm } from '../helpers.js';

const rulesFor = (md: string, term: string): string[] => lintMd(md, 'sv').filter((f) => f.term === term).map((f) => f.ruleId);

describe('format or skill', () => {
  it('"kunskaper i Excel … för att leverera dokument" asks for a skill (brand rule), not a format', () => {
    expect(rulesFor('# Krav\n\nKonsulten ska ha goda kunskaper i Excel och Power BI för att leverera dokument.\n', 'Excel')).toEqual(['brand-without-equivalent']);
  });

  it('"Rapporter ska levereras som Excel-fil" demands the format', () => {
    expect(rulesFor('# Krav\n\nRapporter ska levereras som Excel-fil.\n', 'Excel')).toEqual(['proprietary-format']);
  });
});

describe('an ambiguous name confirmed by a product of its kind beside it', () => {
  it('"React og Fluent UI": the UI framework beside it makes React the library', () => {
    const s = severityByTerm('# Krav\n\nKonsulenten skal have erfaring med React og Fluent UI.\n');
    expect(s['React']).toBe(2);
    expect(s['Fluent UI']).toBe(2);
  });

  it('without a product of its kind beside it, the word stays a word', () => {
    expect(severityByTerm('# Krav\n\nThe portal shall react and Scrum teams shall adapt.\n')['React']).toBeUndefined();
    expect(severityByTerm('# Krav\n\nKonsulenten skal kunne reagere; React og Scrum nævnes i bilaget.\n')['React']).toBeUndefined();
  });

  it('the capitalised object of a competence is the product ("erfaring med React og Scrum"); a generic noun after it is not', () => {
    expect(severityByTerm('# Krav\n\nKonsulenten skal have erfaring med React og Scrum.\n')['React']).toBe(2);
    expect(severityByTerm('# Krav\n\nKonsulten ska ha erfarenhet av Snowflake.\n')['Snowflake']).toBe(2);
    expect(severityByTerm('# Krav\n\nKonsulten ska ha erfarenhet av Snowflake schema design.\n')['Snowflake']).toBeUndefined();
    expect(severityByTerm('# Krav\n\nKonsulten ska ha erfarenhet av snowflake-modellering.\n')['Snowflake']).toBeUndefined();
  });
});

describe('a vendor\'s other product confirms an ambiguous name only of its kind or in one list with it', () => {
  it('"Access" beside "Azure Lighthouse" is the word; "Word, Excel" after "Microsoft Office" are the products', () => {
    const s = severityByTerm('# Krav\n\nAccess to the tenants shall be delegated with Azure Lighthouse.\n');
    expect(s['Access']).toBeUndefined();
    expect(s['Azure Lighthouse']).toBe(2);
    expect(severityByTerm('# Krav\n\nBrugerne skal have Microsoft Office (Word, Excel).\n')['Word']).toBe(2);
  });

  it('"Windows/QVRM/Active Directory": one list of the vendor\'s names', () => {
    expect(severityByTerm('# Krav\n\nKonsulten ska ha erfarenhet av Windows/QVRM/Active Directory.\n')['Windows']).toBe(2);
  });
});

describe('a format the solution must read', () => {
  it('"importera data från Excel-filer" is an advisory (reading widens); "exporteras till Excel-format" stays an error', () => {
    const rules = (md: string) => lintMd(md, 'sv').filter((f) => f.term === 'Excel').map((f) => [f.ruleId, f.severity, f.messageId]);
    expect(rules('# Krav\n\nLösningen ska kunna importera data från Excel-filer.\n')).toEqual([['proprietary-format', 0, 'input']]);
    expect(rules('# Krav\n\nRapporter ska exporteras till Excel-format.\n')).toEqual([['proprietary-format', 2, 'format']]);
  });
});

describe('an ambiguous word that opens a sentence', () => {
  it('is the ordinary word when a lower-case word follows, even with its vendor named later', () => {
    const s = severityByTerm('# Deliverables\n\nProject plans shall be delivered in Microsoft Project format.\n');
    expect(Object.keys(s)).toEqual(['Microsoft Project']);
  });
  it('an acronym is not capitalised by its position ("MVP certifiering")', () => {
    // A vendor's certification demanded: a warning (vendor-certification), not dropped as a word.
    expect(severityByTerm('# Krav\n\nOffererad konsult ska ha följande certifikat:\n\n- MVP certifiering inom Enterprise Mobility\n')['MVP']).toBe(1);
  });
});

describe('a competence object followed by "of"', () => {
  it('"experience with Teams of developers" is the ordinary word; "experience with Teams and Zoom" the products', () => {
    expect(severityByTerm('# Krav\n\nThe consultant must have experience with Teams of developers.\n')['Teams']).toBeUndefined();
    expect(severityByTerm('# Krav\n\nThe consultant must have experience with Teams and SharePoint.\n')['Teams']).toBe(2);
  });
});
