// A table of contents names sections; it requires nothing. Its lines repeat headings ("2.3 Krav på Power BI ... 7")
// or end in a page number after dot leaders, and they are neither requirements nor the document's title.
import { describe, expect, it } from 'vitest';
import { severityByTerm } from '../helpers.js';

const doc = [
  '# Avrop', '', 'Innehåll', '', '2.3 Krav på Power BI-kompetens ........ 7', '', '2.4 Krav på Microsoft Dynamics 365\t8', '',
  '## 2.3 Krav på Power BI-kompetens', '', 'Text.', '', '## Krav på Microsoft Dynamics 365', '',
  'Konsulten ska ha erfarenhet av Microsoft Dynamics 365.', '',
].join('\n');

describe('table of contents', () => {
  it('a line with dot leaders and a page number, and a line repeating a later heading, are no requirements', () => {
    const s = severityByTerm(doc);
    expect(s['Power BI']).toBeUndefined();
  });

  it('a contents line is not the title: the product it names is not the subject, so the real requirement stays an error', () => {
    expect(severityByTerm(doc)['Microsoft Dynamics 365']).toBe(2);
  });

  it('a requirement that ends in a number is no contents line', () => {
    expect(severityByTerm('# Krav\n\nServerne skal køre Windows Server 2022.\n')['Windows Server 2022']).toBe(2);
  });
});
