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

describe('what a certification is about', () => {
  it('the product that opens its title is part of it, and ties it to the buyer\'s platform when the buyer runs that product', () => {
    const cert = 'Konsulten ska vara certifierad Microsoft Certified: Azure Data Engineer Associate.';
    const s = severityByTerm(`# Avrop\n\n## Bakgrund\n\nKommunens dataplattform bygger på Microsoft Azure.\n\n## Krav\n\n${cert}\n`);
    expect(s['Microsoft Certified']).toBe(0);
    expect(s['Azure']).toBeUndefined();
    // Without the platform in the document the certification is a warning, and "Azure" is still not a product of its own.
    const alone = severityByTerm(`# Avrop\n\n## Krav\n\n${cert}\n`);
    expect(alone['Microsoft Certified']).toBe(1);
    expect(alone['Azure']).toBeUndefined();
  });
});

describe('a certification "in" a product, and its acronym', () => {
  const bg = '# Avrop\n\n## Bakgrund\n\nMyndighetens containerplattform bygger på Red Hat OpenShift. Brandväggarna är Palo Alto Networks PA-5400.\n\n## Krav\n\n';
  it('"… Specialist in OpenShift Administration" is about OpenShift: tied to the platform the buyer runs', () => {
    const s = severityByTerm(`${bg}Konsulten ska ha certifieringen Red Hat Certified Specialist in OpenShift Administration.\n`);
    expect(Math.max(...Object.values(s))).toBe(0);
    const alone = severityByTerm('# Avrop\n\n## Krav\n\nKonsulten ska ha certifieringen Red Hat Certified Specialist in OpenShift Administration.\n');
    expect(Math.max(...Object.values(alone))).toBeGreaterThan(0);
  });
  it('the acronym in parentheses after the full name shares its justification', () => {
    const s = severityByTerm(`${bg}Konsulten ska ha certifieringen Palo Alto Networks Certified Network Security Engineer (PCNSE).\n`);
    expect(s['PCNSE'] ?? 0).toBe(0);
  });
});

describe('the product a certification names around it', () => {
  const bg = '# SOW\n\n## Current environment\n\nThe agency runs Microsoft SQL Server 2019 and Oracle Database 19c.\n\n## Key personnel\n\n';
  it('a product right before a short name ("SQL Server 2016/2019 MCSA") and one after a comma ("Oracle Certified Professional, Oracle Database Administrator") are what it certifies', () => {
    const a = severityByTerm(`${bg}The DBA shall hold a Microsoft SQL Server 2016/2019 MCSA.\n`);
    expect(a['MCSA'] ?? 0).toBe(0);
    const b = severityByTerm(`${bg}The DBA shall be an Oracle Certified Professional, Oracle Database Administrator.\n`);
    expect(b['Oracle Certified Professional'] ?? 0).toBe(0);
    // Without the installed product the certification stays a finding.
    expect(severityByTerm('# SOW\n\n## Key personnel\n\nThe DBA shall hold a Microsoft SQL Server 2016/2019 MCSA.\n')['MCSA']).toBeGreaterThan(0);
  });
});

describe('a role title the lexicon lists with its certification', () => {
  it('"Microsoft Certified: Azure Solutions Architect Expert" is about Azure when the buyer has decided on Azure', () => {
    const cert = 'Konsulten ska vara certifierad Microsoft Certified: Azure Solutions Architect Expert.';
    expect(severityByTerm(`# Avrop\n\n## Bakgrund\n\nMyndigheten har beslutat att flytta sina system till Microsoft Azure.\n\n## Krav\n\n${cert}\n`)['Microsoft Certified']).toBe(0);
    expect(severityByTerm(`# Avrop\n\n## Krav\n\n${cert}\n`)['Microsoft Certified']).toBeGreaterThan(0);
  });
});

describe("the certification of a single-product vendor the buyer runs", () => {
  it('"Jamf Certified Tech" is tied to the buyer\'s Jamf; a Microsoft certification is not tied to the buyer\'s Microsoft 365', () => {
    const bg = '# PWS\n\n## Current environment\n\nThe agency manages its Macs with Jamf Pro and runs Microsoft 365.\n\n## Key personnel\n\n';
    expect(severityByTerm(`${bg}The endpoint lead shall be a Jamf Certified Tech.\n`)['Jamf Certified Tech'] ?? 0).toBe(0);
    expect(severityByTerm(`${bg}The architect shall hold the Microsoft Certified: Azure Solutions Architect Expert certification.\n`)['Microsoft Certified']).toBeGreaterThan(0);
  });
});
