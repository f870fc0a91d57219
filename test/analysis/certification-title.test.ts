// The words of a certification's title are not products of their own ("Access" in "Microsoft Certified: Identity and
// Access Administrator Associate"); a real product named after the title still counts.
import { describe, expect, it } from 'vitest';
import { severityByTerm } from '../helpers.js';

describe('certification titles', () => {
  it('an ambiguous name inside the title is part of the certification, not a database', () => {
    const s = severityByTerm('The consultant shall hold Microsoft Certified: Identity and Access Administrator Associate.');
    expect(s['Microsoft Certified']).toBe(1);
    expect(s['Access']).toBeUndefined();
  });

  it('the same word outside a certification title is still the product', () => {
    expect(severityByTerm('The solution shall store its data in Microsoft Access.')['Microsoft Access']).toBe(2);
  });

  it('a product after the title is still reported', () => {
    const s = severityByTerm('The lead must be Salesforce Certified Administrator and know Microsoft Word.');
    expect(s['Microsoft Word']).toBe(2);
  });
});
