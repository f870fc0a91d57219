import { describe, expect, it } from 'vitest';
import { severityByTerm } from '../helpers.js';
import { describeRule, type Invalid, type Valid } from './cases.js';

const RULE = 'standard-without-equivalent';
const invalid: Invalid[] = [
  // A quoted name gets the phrase after its closing quotation mark.
  { lang: 'da', text: 'Løsningen skal overholde "EU Code of Conduct for Data Centres".', messageId: 'standard', term: 'EU Code of Conduct for Data Centres', fixed: 'Løsningen skal overholde "EU Code of Conduct for Data Centres" eller tilsvarende.', suggestion: '"EU Code of Conduct for Data Centres" eller tilsvarende.' },
  { lang: 'da', text: 'Leverandøren skal være certificeret efter ISO/IEC 27001.', messageId: 'standard', term: 'ISO/IEC 27001', severity: 1, fixed: 'Leverandøren skal være certificeret efter ISO/IEC 27001 eller tilsvarende.' },
  { lang: 'en', text: 'The supplier must hold ISO 9001 certification.', messageId: 'standard', term: 'ISO 9001' },
  { lang: 'da', text: 'Løsningen skal følge DS/EN ISO 14001:2015.', messageId: 'standard', term: 'DS/EN ISO 14001:2015' },
  { lang: 'no', text: 'Løsningen skal følge ISO/IEC 27001, 27002 og 27701.', messageId: 'standard', term: 'ISO/IEC 27001, 27002 og 27701' },
  { lang: 'en', text: 'The auditor shall apply NIST SP 800-53 controls.', messageId: 'standard', term: 'NIST SP 800-53' },
  { lang: 'no', text: 'Leverandøren bør angi andelen fornybar energi med anvendelse av standarden REF.', messageId: 'standard', term: 'REF', severity: 1 },
  { lang: 'da', text: 'Printerne skal være Svanemærket.', messageId: 'label', term: 'Svanemærket' },
];
const valid: Valid[] = [
  { lang: 'da', text: 'Leverandøren skal være certificeret efter ISO/IEC 27001 eller tilsvarende.', why: 'or-equivalent' },
  { lang: 'da', text: 'Løsningen skal overholde WCAG 2.1 niveau AA.', why: 'legally mandated accessibility standard' },
  { lang: 'en', text: 'The website shall conform to EN 301 549.', why: 'legally mandated accessibility standard' },
  { lang: 'no', text: 'Eksempler kan være ISO 9001, 27001-sertifisering, ISAE 3402 osv.', why: 'examples' },
  { lang: 'en', text: 'ISO 27001 is a widely used standard.', why: 'not a requirement' },
];

describeRule(RULE, invalid, valid);

describe('a standard the sentence says a law imposes', () => {
  it('is passed on, not chosen: no finding; the same standard without the legal source is one', () => {
    expect(severityByTerm('# Security\n\nThe Contractor shall meet the NIST SP 800-53 moderate baseline controls required by FISMA.\n')['NIST SP 800-53'] ?? 0).toBe(0);
    expect(severityByTerm('# Säkerhet\n\nLeverantören ska följa ISO/IEC 27001 som föreskrivs i förordningen om informationssäkerhet.\n')['ISO/IEC 27001'] ?? 0).toBe(0);
    expect(severityByTerm('# Security\n\nThe Contractor shall meet the NIST SP 800-53 moderate baseline controls.\n')['NIST SP 800-53']).toBe(1);
    // "required by" a person or the buyer is no law.
    expect(severityByTerm('# Security\n\nThe Contractor shall meet the NIST SP 800-53 controls as required by the COR.\n')['NIST SP 800-53']).toBe(1);
  });
});
