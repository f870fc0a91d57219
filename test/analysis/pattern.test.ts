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
    expect(severityByTerm('# Krav\n\nKonsulenten skal have erfaring med React og Scrum.\n')['React']).toBeUndefined();
  });
});
