// Which pattern a mention is: a skill in an office product is a brand requirement, not a demanded file format.
import { describe, expect, it } from 'vitest';
import { lintMd } from '../helpers.js';

const rulesFor = (md: string, term: string): string[] => lintMd(md, 'sv').filter((f) => f.term === term).map((f) => f.ruleId);

describe('format or skill', () => {
  it('"kunskaper i Excel … för att leverera dokument" asks for a skill (brand rule), not a format', () => {
    expect(rulesFor('# Krav\n\nKonsulten ska ha goda kunskaper i Excel och Power BI för att leverera dokument.\n', 'Excel')).toEqual(['brand-without-equivalent']);
  });

  it('"Rapporter ska levereras som Excel-fil" demands the format', () => {
    expect(rulesFor('# Krav\n\nRapporter ska levereras som Excel-fil.\n', 'Excel')).toEqual(['proprietary-format']);
  });
});
