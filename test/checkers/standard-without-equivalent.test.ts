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

describe('standards the law imposes on a US federal buyer', () => {
  const federal = '# Request for Quotation\n\nThis order is placed under the Federal Acquisition Regulation by a federal agency.\n\n## Security\n\n';
  it('in a federal agency\'s document, NIST SP 800-53 and FIPS 140-3 are passed on, not chosen', () => {
    const s = severityByTerm(`${federal}The Contractor shall implement the NIST SP 800-53 moderate baseline and FIPS 140-3 validated encryption.\n`);
    expect(s['NIST SP 800-53'] ?? 0).toBe(0);
    expect(s['FIPS 140-3'] ?? 0).toBe(0);
  });
  it('a state or a Nordic buyer that demands them chooses them: a finding', () => {
    const state = severityByTerm('# Statement of Requirements\n\nThe Commonwealth requires an audit.\n\n## Security\n\nThe Contractor shall implement the NIST SP 800-53 moderate baseline.\n');
    expect(state['NIST SP 800-53']).toBe(1);
    const sv = severityByTerm('# Krav\n\nHSM-modulerna ska vara certifierade enligt FIPS 140-3 nivå 3.\n');
    expect(sv['FIPS 140-3']).toBeGreaterThan(0);
  });
  it('one marker alone does not make a document federal', () => {
    const s = severityByTerm('# Statement of Requirements\n\nThe State follows FISMA-like controls.\n\n## Security\n\nThe Contractor shall implement the NIST SP 800-53 moderate baseline.\n');
    expect(s['NIST SP 800-53']).toBe(1);
  });
});

describe('a binding policy that adopts a standard', () => {
  it('"comply with the State Information Security Policy, which adopts NIST SP 800-53" passes the policy on', () => {
    expect(severityByTerm('# Security\n\nResources shall comply with the State Information Security Policy, which adopts the NIST SP 800-53 moderate baseline.\n')['NIST SP 800-53'] ?? 0).toBe(0);
    expect(severityByTerm('# Security\n\nResources shall comply with the moderate baseline, which adopts the NIST SP 800-53 controls.\n')['NIST SP 800-53']).toBe(1);
  });
});
