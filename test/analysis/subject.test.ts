// Subject-matter (PATTERNS P16): the product a contract is about, stated in its title or scope, justifies later
// requirements on it (an advisory asking the reviewer to record why); a product the scope never chose stays an error.
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../src/parse/markdown.js';
import { Linter } from '../../src/engine/linter.js';
import { severityByTerm, sharedLinter } from '../helpers.js';

const linter = new Linter();
const findings = (md: string) => linter.lint(parseMarkdown(md, 'spec.md')).findings;
const sev = (md: string, term: string): number => Math.max(-1, ...findings(md).filter((f) => f.term === term).map((f) => f.severity));

describe('subject-matter', () => {
  it('further development of a product named in the scope justifies competence requirements on it', () => {
    const md = '# Avrop\n\n## Uppdraget\n\nUppdraget avser vidareutveckling av ärendeflöden i Pega Platform.\n\n## Krav\n\nKonsulten ska ha minst tre års erfarenhet av Pega Platform.\n';
    expect(sev(md, 'Pega Platform')).toBe(0);
  });

  it('support for a named deployment in the scope justifies the vendor\'s certification later', () => {
    const md = '# Statement of work\n\n## Scope\n\nThis order covers support and maintenance of the Splunk Enterprise deployment.\n\n## Personnel\n\nKey personnel shall have five years of experience with Splunk Enterprise.\n';
    expect(sev(md, 'Splunk Enterprise')).toBe(0);
  });

  it('a product outside the subject stays an error', () => {
    const md = '# Udbud\n\n## Opgaven\n\nOpgaven er en ny borgerrettet hjemmeside.\n\n## Krav\n\nKonsulenten skal have erfaring med Drupal.\n';
    expect(sev(md, 'Drupal')).toBe(2);
  });

  it('a vendor named in the scope makes no subject of its products', () => {
    const md = '# Avrop\n\n## Uppdraget\n\nUppdraget omfattar ett konsultteam inom Microsoft kompetenser för vidareutveckling av tjänsten.\n\n## Krav\n\nKonsulten ska ha erfarenhet av Microsoft Intune.\n';
    expect(sev(md, 'Microsoft Intune')).toBe(2);
  });
});

describe('the advisory says which justification was inferred', () => {
  it('subject-matter, channel and the buyer\'s own tool each have their message', () => {
    const subject = findings('# Statement of work\n\n## Scope\n\nThis order covers support and maintenance of the Splunk Enterprise deployment.\n\n## Personnel\n\nKey personnel shall have five years of experience with Splunk Enterprise.\n');
    expect(subject.find((f) => f.term === 'Splunk Enterprise' && f.line === 9)?.messageId).toBe('subject');
    const channel = findings('Each bidder must upload its price schedule through Microsoft Forms by the closing date.');
    expect(channel.find((f) => f.term === 'Microsoft Forms')?.messageId).toBe('channel');
    const tool = findings('The Office of Family Assistance (OFA) buys a system.\n\nOFA will maintain the Jenkins pipeline, and the contractor will be given access to it.\n');
    expect(tool.find((f) => f.term === 'Jenkins')?.messageId).toBe('buyerTool');
  });
});

describe('subject-matter named before its noun', () => {
  it('"<Product> operations and maintenance" in the scope justifies later requirements on it', () => {
    const md = '# Statement of requirements\n\n## Scope\n\nThis SOR covers ServiceNow operations and maintenance services for the agency.\n\n## Personnel\n\nThe supplier shall provide staff with three years of ServiceNow experience.\n';
    expect(sev(md, 'ServiceNow')).toBe(0);
  });
});

describe('a cover page names the subject', () => {
  it('short cover lines before the first section count as the title', () => {
    const md = 'Avropsförfrågan\n\nKonsultstöd Pega Platform\n\n## 1. Krav\n\nKonsulten ska ha minst tre års erfarenhet av Pega Platform.\n';
    expect(sev(md, 'Pega Platform')).toBe(0);
  });
  it('a cover line that is a requirement is none', () => {
    const md = 'Leverandøren skal anvende Pega Platform\n\n## 1. Krav\n\nKonsulenten skal have erfaring med Pega Platform.\n';
    expect(sev(md, 'Pega Platform')).toBe(2);
  });
});

describe('the product the document keeps describing is its platform', () => {
  const described = [
    '# Avrop', '', 'Redaktörerna publicerar nyheter i Liferay DXP.', '', 'Medarbetarna hittar blanketter i Liferay DXP.', '',
    'Sökningen i Liferay DXP täcker alla förvaltningar.', '', '## Krav', '', 'Konsulten ska ha erfarenhet av Liferay DXP.', '',
    'Konsulten ska ha erfarenhet av Magnolia CMS.', '',
  ].join('\n');

  it('three descriptive mentions that dominate make it the subject: a later requirement on it is an advisory; another product stays an error', () => {
    const s = severityByTerm(described);
    expect(s['Liferay DXP']).toBe(0);
    expect(s['Magnolia CMS']).toBe(2);
  });

  it('a product only demanded, however often, stays an error', () => {
    const md = ['# Krav', '', ...Array.from({ length: 5 }, (_, i) => `Løsningen skal anvende MySQL til modul ${i + 1}.\n`)].join('\n');
    const f = sharedLinter().lint(parseMarkdown(md, 'spec.md')).findings.filter((x) => x.term === 'MySQL');
    expect(f.length).toBe(5);
    expect(f.every((x) => x.severity === 2)).toBe(true);
  });

  it('described three times among many other described products, it is not dominant', () => {
    const others = ['Jira Software', 'Confluence Cloud', 'Microsoft Teams', 'Salesforce', 'ServiceNow', 'Workday', 'Tableau Server', 'Zendesk', 'Okta', 'SharePoint Online', 'Power BI', 'Qlik Sense'];
    const md = ['# Avrop', '', ...others.map((o) => `Redaktörerna publicerar nyheter i ${o}.\n`), described.replace('# Avrop\n', '')].join('\n');
    expect(severityByTerm(md)['Liferay DXP']).toBe(2);
  });
});

describe("the cover's headings head every section", () => {
  it('a title "Statement of Work" makes no later section a scope section', () => {
    // Past the opening (its first twenty blocks also state the subject).
    const filler = Array.from({ length: 22 }, (_, i) => `The developer shall attend planning meeting ${i + 1}.`).join('\n\n');
    const md = (title: string): string => `# State of Nordland\n\n# ${title}\n\n## 1. Roles\n\n${filler}\n\nThe developer shall have experience with GitHub Actions.\n\n## 6. Tools\n\nDevelopers will be assigned Visual Studio 2022 Professional subscriptions from the Department's licensing pool.\n`;
    expect(severityByTerm(md('Statement of Work: IT Staff Augmentation'))['GitHub Actions']).toBe(2);
  });
  it('a scope section of its own still states the subject', () => {
    const md = '# State of Nordland\n\n## 1. Scope of Work\n\nThis order is for support and maintenance of the agency\'s Visual Studio 2022 build farm.\n\n## 2. Roles\n\nThe developer shall have experience with Visual Studio 2022.\n';
    expect(severityByTerm(md)['Visual Studio 2022'] ?? severityByTerm(md)['Visual Studio'] ?? 0).toBe(0);
  });
});
