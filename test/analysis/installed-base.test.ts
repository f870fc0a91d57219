// The installed base (PATTERNS P16, P5): what a background or current-environment section names, what a cover of
// tables names as the tender's title, and what the buyer owns by a genitive ("Stadens", "the Court's") justifies a
// later requirement on the same product (an advisory); a product named nowhere before stays an error.
import { describe, expect, it } from 'vitest';
import { severityByTerm } from '../helpers.js';

describe('sections that describe what the buyer has today', () => {
  const en = [
    '# Statement of Work', '', '## Technical environment', '', '- Terraform', '- CircleCI', '- Kubernetes', '',
    '## Requirements', '', 'The Contractor must deploy changes with Terraform and CircleCI.', '',
    'The Contractor shall deliver dashboards in Tableau.', '',
  ].join('\n');

  it('names listed under "Technical environment" justify later requirements on them, not on other names', () => {
    const s = severityByTerm(en);
    expect(s['Terraform']).toBe(0);
    expect(s['CircleCI']).toBe(0);
    expect(s['Tableau']).toBe(2);
  });

  it('a Swedish "Bakgrund" that says what the buyer runs justifies the competence requirement', () => {
    const md = [
      '# Avrop', '', '## Bakgrund', '', 'Rapporter tas fram i Power BI och ärenden hanteras i Pega Platform.', '',
      '## Ska-krav', '', 'Konsulten ska ha erfarenhet av Power BI.', '', 'Konsulten ska ha erfarenhet av Camunda.', '',
    ].join('\n');
    const s = severityByTerm(md);
    expect(s['Power BI']).toBe(0);
    expect(s['Camunda']).toBe(2);
  });

  it('a requirement inside a background section is still a requirement', () => {
    const md = '# Udbud\n\n## Baggrund\n\nLeverandøren skal levere løsningen på Oracle Database.\n';
    expect(severityByTerm(md)['Oracle Database']).toBe(2);
  });

  it('a requirements section nested under the background heading is not background', () => {
    const md = '# Udbud\n\n## Baggrund\n\nKommunen har et nyt projekt.\n\n### Mindstekrav\n\n- MongoDB\n\nLeverandøren skal have erfaring med MongoDB.\n';
    expect(severityByTerm(md)['MongoDB']).toBe(2);
  });

  it('a glossary line in the background defines a name; it does not install it', () => {
    const md = [
      '# Statement of Requirements', '', '## Project Background', '', 'Acronyms:', '',
      '- GIS – Geographic Information Systems', '- ESRI – Environmental Systems Research Institute', '',
      '- Vendor must be conversant with ESRI products.', '',
    ].join('\n');
    expect(severityByTerm(md)['ESRI']).toBe(2);
  });
});

describe('a cover made of tables names the subject', () => {
  it('the title in the second cover table ("Upphandling <title> Publicerad …") is the subject', () => {
    const md = [
      '|  | Upphandlingsdokument 2024-05-02 |', '',
      '| Upphandlande organisation Östby stad | Upphandling Konsultstöd Pega Platform 2024-123 Publicerad 2024-05-02 |', '',
      '# 1. Upphandlingsdokument', '', '## 1.1 Krav', '',
      'Konsulten ska ha minst tre års erfarenhet av Pega Platform.', '', 'Konsulten ska ha erfarenhet av Appian.', '',
    ].join('\n');
    const s = severityByTerm(md);
    expect(s['Pega Platform']).toBe(0);
    expect(s['Appian']).toBe(2);
  });
});

describe('the buyer named by a genitive of its kind', () => {
  it('"Stadens identitetshantering sköts i X" makes X the city\'s own', () => {
    const md = '# Avrop\n\nStadens identitetshantering sköts i SailPoint IdentityNow.\n\n## Krav\n\nKonsulten ska ha erfarenhet av SailPoint IdentityNow.\n';
    expect(severityByTerm(md)['SailPoint IdentityNow']).toBe(0);
  });

  it('"the Court\'s GitHub organization" is the buyer\'s repository', () => {
    expect(severityByTerm('All code shall be stored in the Court\'s GitHub organization.')['GitHub']).toBe(0);
    expect(severityByTerm('All code shall be stored in a GitHub organization.')['GitHub']).toBe(2);
  });
});

describe('a name the lexicon does not know gets the same facts', () => {
  it('an unknown name the scope states as the subject is not guessed at in a later requirement; another one is', () => {
    const md = '# Request for Quote\n\n## Scope\n\nThis order is for further development of Zandorix.\n\n## Requirements\n\nThe solution must include software from Zandorix.\n\nThe solution must include software from Quembel.\n';
    const s = severityByTerm(md);
    expect(s['Zandorix']).toBeUndefined();
    expect(s['Quembel']).toBe(1);
  });
});

describe('what the buyer itself runs is its installed base', () => {
  it('"The Court uses GitHub …" (a capitalised organisation noun as the buyer) justifies a later requirement on GitHub, not on Jira', () => {
    const md = '# Statement of Work\n\nThe Court uses GitHub for source control.\n\n## Requirements\n\nThe contractor shall commit all code to GitHub.\n\nThe contractor shall use Jira.\n';
    const s = severityByTerm(md);
    expect(s['GitHub']).toBe(0);
    expect(s['Jira']).toBe(2);
  });

  it('"the contractor uses" is not the buyer', () => {
    const md = '# Statement of Work\n\nThe Contractor uses GitHub for source control.\n\n## Requirements\n\nThe contractor shall commit all code to GitHub.\n';
    expect(severityByTerm(md)['GitHub']).toBe(2);
  });
});

describe('a product named inside another one\'s name', () => {
  it('"MediaWiki" is part of the installed "Semantic MediaWiki"; an unrelated product is not', () => {
    const md = '# Avrop\n\n## Bakgrund\n\nStaden använder Semantic MediaWiki som intranät.\n\n## Krav\n\nKonsulten ska ha erfarenhet av MediaWiki.\n\nKonsulten ska ha erfarenhet av Microsoft SharePoint.\n';
    const s = severityByTerm(md);
    expect(s['MediaWiki']).toBe(0);
    expect(s['Microsoft SharePoint']).toBe(2);
  });
});

describe('present-state wording', () => {
  it.each([
    ['en', 'The System is built using Terraform.', 'The contractor shall use Terraform.'],
    ['sv', 'Plattformen bygger på Terraform.', 'Konsulten ska ha erfarenhet av Terraform.'],
    ['da', 'Platformen er bygget med Terraform.', 'Konsulenten skal have erfaring med Terraform.'],
  ])('(%s) "%s" makes the tool installed for "%s"', (_lang, state, req) => {
    expect(severityByTerm(`# Spec\n\n${state}\n\n## Krav\n\n${req}\n`)['Terraform']).toBe(0);
  });
});

describe('the buyer writing as "we"', () => {
  it('"Vi använder Power BI för rapportering" makes Power BI the buyer\'s; "We require … Camunda" does not make Camunda the buyer\'s', () => {
    expect(severityByTerm('# Avrop\n\nVi använder Power BI för rapportering.\n\n## Krav\n\nKonsulten ska ha erfarenhet av Power BI.\n')['Power BI']).toBe(0);
    expect(severityByTerm('# RFQ\n\nWe require that the contractor shall use Camunda.\n')['Camunda']).toBe(2);
  });
});

describe('present-state wording outside a background section', () => {
  it.each([
    ['sv', 'Kommunen har i dagsläget Qlik Sense som rapportverktyg.', 'Konsulten ska ha erfarenhet av Qlik Sense.'],
    ['sv', 'Regionen har implementerat Qlik Sense för ekonomirapportering.', 'Konsulten ska ha erfarenhet av Qlik Sense.'],
    ['sv', 'Datalagret är uppbyggt i Qlik Sense.', 'Konsulten ska ha erfarenhet av Qlik Sense.'],
    ['da', 'Kommunen har på nuværende tidspunkt Qlik Sense som rapportværktøj.', 'Konsulenten skal have erfaring med Qlik Sense.'],
    ['en', 'The agency has deployed Qlik Sense for financial reporting.', 'The consultant must have experience with Qlik Sense.'],
  ])('%s: "%s" makes the later requirement an advisory', (_lang, present, demand) => {
    expect(severityByTerm(`# Uppdrag\n\n${present}\n\n${demand}\n`)['Qlik Sense']).toBe(0);
    expect(severityByTerm(`# Uppdrag\n\n${demand}\n`)['Qlik Sense']).toBe(2);
  });
});

describe('statements of what a system or the buyer uses', () => {
  it.each([
    ['en', 'The PTS application uses React for its front end and DynamoDB for storage.', 'The Contractor shall have experience with DynamoDB.', 'DynamoDB'],
    ['sv', 'Ärendesystemet använder Elasticsearch för sökning.', 'Konsulten ska ha erfarenhet av Elasticsearch.', 'Elasticsearch'],
    ['sv', 'Kommunen har Qlik Sense som plattform för rapportering.', 'Konsulten ska ha erfarenhet av Qlik Sense.', 'Qlik Sense'],
    ['sv', 'Regionen arbetar med Qlik Sense sedan 2020.', 'Konsulten ska ha erfarenhet av Qlik Sense.', 'Qlik Sense'],
    ['sv', 'Qlik Sense används av kommunens verksamheter.', 'Konsulten ska ha erfarenhet av Qlik Sense.', 'Qlik Sense'],
    ['da', 'Inden for kommunen anvendes Qlik Sense til rapportering.', 'Konsulenten skal have erfaring med Qlik Sense.', 'Qlik Sense'],
  ])('%s: "%s" makes the later requirement an advisory', (_lang, present, demand, term) => {
    expect(severityByTerm(`# Uppdrag\n\n${present}\n\n${demand}\n`)[term]).toBe(0);
    expect(severityByTerm(`# Uppdrag\n\n${demand}\n`)[term]).toBe(2);
  });

  it.each([
    ['Kommunen har behov av en konsult med erfarenhet av Qlik Sense.', 'Konsulten ska ha erfarenhet av Qlik Sense.', 'Qlik Sense'],
    ['Describe how your team uses Qlik Sense in similar assignments.', 'The consultant must have experience with Qlik Sense.', 'Qlik Sense'],
    ['The Offeror\'s approach uses Qlik Sense for dashboards.', 'The consultant must have experience with Qlik Sense.', 'Qlik Sense'],
  ])('"%s" is no statement of what the buyer runs', (sentence, demand, term) => {
    expect(severityByTerm(`# Uppdrag\n\n${sentence}\n\n${demand}\n`)[term]).toBe(2);
  });
});

describe('a justification and a requirement on the same line', () => {
  it('a table cell that states the platform in one sentence and demands it in the next is justified; the demand alone is not', () => {
    const cell = (text: string): string => `# Avrop\n\n| Rubrik | Beskrivning |\n|---|---|\n| Uppdrag | ${text} |\n`;
    expect(severityByTerm(cell('Staden söker konsultstöd för stadens wiki som bygger på Semantic MediaWiki. Konsulten ska ha erfarenhet av Semantic MediaWiki.'))['Semantic MediaWiki']).toBe(0);
    expect(severityByTerm(cell('Konsulten ska ha erfarenhet av Semantic MediaWiki.'))['Semantic MediaWiki']).toBe(2);
  });
});

describe('a list shares the marker before its first item', () => {
  it('"the current stack, including A, B, C and D" makes all four existing; a marker before a later item does not reach back', () => {
    const s = severityByTerm('# Evaluation\n\nThe Offeror shall demonstrate experience with the technologies of the current stack, including React, Node.js, DynamoDB, Elasticsearch and CircleCI.\n');
    expect(s['Elasticsearch']).toBe(0);
    expect(s['CircleCI']).toBe(0);
    const later = severityByTerm('# Evaluation\n\nThe Offeror shall have experience with Elasticsearch, CircleCI and the existing DynamoDB tables.\n');
    expect(later['Elasticsearch']).toBe(2);
  });
});

describe('a system of record named in a description', () => {
  it('an ERP system a description names (a data source) justifies a later requirement on it; a tool named alike does not', () => {
    const intro = 'Datalagret hämtar varje natt data från ekonomisystemet SAP S/4HANA.';
    expect(severityByTerm(`# Avrop BI\n\n${intro}\n\n| Krav | Beskrivning |\n|---|---|\n| Bör | Konsulten bör ha erfarenhet av SAP S/4HANA. |\n`)['SAP S/4HANA']).toBe(0);
    expect(severityByTerm('# Avrop BI\n\n| Krav | Beskrivning |\n|---|---|\n| Bör | Konsulten bör ha erfarenhet av SAP S/4HANA. |\n')['SAP S/4HANA']).toBe(1);
    // A developer tool is no system of record: naming it in passing says nothing of the buyer's installation.
    const tool = 'Datalagret hämtar varje natt data från ekonomisystemet, och frågan om GitLab CI utreds separat.';
    expect(severityByTerm(`# Avrop BI\n\n${tool}\n\n| Krav | Beskrivning |\n|---|---|\n| Bör | Konsulten bör ha erfarenhet av GitLab CI. |\n`)['GitLab CI']).toBe(1);
  });
});

describe('a form table whose row labels are its sections', () => {
  it('"| Bakgrund | … |" describes what the buyer has, like a "Bakgrund" heading; another label does not', () => {
    const form = (label: string): string => ['# Avropsförfrågan', '', '| Rubrik | Text |', '|---|---|',
      `| ${label} | Intranätet och kunskapsbanken finns sedan 2016 på en plattform med Semantic MediaWiki för strukturerad information. |`,
      '', '## Krav', '', '| Nr | Krav |', '|---|---|', '| 1 | Konsulten ska ha erfarenhet av Semantic MediaWiki. |', ''].join('\n');
    expect(severityByTerm(form('Bakgrund'))['Semantic MediaWiki']).toBe(0);
    expect(severityByTerm(form('Övrigt'))['Semantic MediaWiki']).toBe(2);
  });
});

describe('integration wording', () => {
  it.each([
    ['Wikin ska kunna bäddas in i Microsoft Teams.', 'Microsoft Teams'],
    ['Lösningen ska kunna kopplas till Microsoft SharePoint.', 'Microsoft SharePoint'],
    ['Løsningen skal kunne indlejres i Microsoft Teams.', 'Microsoft Teams'],
    ['The wiki shall be embedded in Microsoft Teams.', 'Microsoft Teams'],
  ])('"%s" justifies the buyer\'s system it connects to', (sentence, term) => {
    expect(severityByTerm(`# Krav\n\n${sentence}\n`)[term]).toBe(0);
  });
  it('a consultant\'s experience of such an integration is still a demand (P15)', () => {
    expect(severityByTerm('# Krav\n\nKonsulten ska ha erfarenhet av att bädda in lösningar i Microsoft Teams.\n')['Microsoft Teams']).toBe(2);
  });
});

describe('"integrate X with Y"', () => {
  it('the words between the verb and "with" do not hide the integration with the buyer\'s system', () => {
    expect(severityByTerm('# Krav\n\nThe Contractor shall integrate the new portal with Microsoft SharePoint.\n')['Microsoft SharePoint']).toBe(0);
    expect(severityByTerm('# Krav\n\nLeverandøren skal integrere løsningen med Microsoft SharePoint.\n')['Microsoft SharePoint']).toBe(0);
    expect(severityByTerm('# Krav\n\nLøsningen bør integreres tæt med SAP-systemet.\n')['SAP'] ?? 0).toBe(0);
    // A product the solution must use is no integration: the same sentence without the verb stays a demand.
    expect(severityByTerm('# Krav\n\nThe Contractor shall build the new portal with Microsoft SharePoint.\n')['Microsoft SharePoint']).toBe(2);
  });
});

describe('more headings of the present environment', () => {
  it.each([
    ['Tekniska förutsättningar', 'Konsulten ska ha erfarenhet av Qlik Sense.'],
    ['Miljö och verktyg', 'Konsulten ska ha erfarenhet av Qlik Sense.'],
    ['Tools and environment', 'The consultant must have experience with Qlik Sense.'],
  ])('items listed under "%s" are the buyer\'s', (heading, demand) => {
    const md = `# Avrop\n\n## ${heading}\n\n- Qlik Sense\n- Azure DevOps\n\n## Krav\n\n${demand}\n`;
    expect(severityByTerm(md)['Qlik Sense']).toBe(0);
    expect(severityByTerm(md.replace(heading, 'Övrigt'))['Qlik Sense']).toBe(2);
  });
});

describe('present-state wording of an open-source system', () => {
  it('"The source code is publicly available on GitHub" makes GitHub the buyer\'s; a demand alone does not', () => {
    const demand = 'The Contractor shall submit all changes as pull requests in GitHub.';
    expect(severityByTerm(`# SOW\n\nThe source code of the portal is publicly available on GitHub.\n\n${demand}\n`)['GitHub']).toBe(0);
    expect(severityByTerm(`# SOW\n\n${demand}\n`)['GitHub']).toBe(2);
  });
});

describe('"sker i" as present state', () => {
  it('"Versionshantering sker i Azure DevOps." makes Azure DevOps the buyer\'s', () => {
    const demand = 'Konsulten ska ha erfarenhet av Azure DevOps.';
    expect(severityByTerm(`# Avrop\n\nVersionshantering sker i Azure DevOps.\n\n${demand}\n`)['Azure DevOps']).toBe(0);
    expect(severityByTerm(`# Avrop\n\n${demand}\n`)['Azure DevOps']).toBe(2);
  });
});

describe('a relative clause about the present inside a requirement', () => {
  it('", which is built using X" describes what exists; "a solution that is built on X" demands X', () => {
    const evalText = 'The Government will evaluate the approach to maintaining the portal, which is built using React and DynamoDB.';
    expect(severityByTerm(`# Evaluation\n\n${evalText}\n`)['DynamoDB']).toBe(0);
    expect(severityByTerm('# Requirements\n\nThe Vendor shall develop a solution that is built on Microsoft Dynamics 365.\n')['Microsoft Dynamics 365']).toBeGreaterThanOrEqual(1);
  });
});

describe('an inventory under a current-environment heading', () => {
  const doc = (lead: string): string => [
    '# Statement of Work', '', '## Current Environment', '', lead, '',
    '| Component | Current product | Notes |', '|---|---|---|', '| Database | Neo4j Enterprise 5 | Two instances |', '',
    '## Requirements', '', 'The Contractor shall deliver dashboards in Tableau.', '',
  ].join('\n');
  it('stays the installed base when its lead-in mentions a "must" it denies', () => {
    const s = severityByTerm(doc('This section describes what the County runs today; it is not a list of products the Contractor must supply.'));
    expect(s['Neo4j Enterprise 5'] ?? s['Neo4j'] ?? 0).toBe(0);
    expect(s['Tableau']).toBe(2);
  });
  it('a row that states its own demand is still read as a demand', () => {
    const md = doc('The table lists the components.').replace('| Database | Neo4j Enterprise 5 | Two instances |', '| Search | The Contractor shall add Elasticsearch. | New |');
    expect(severityByTerm(md)['Elasticsearch']).toBe(2);
  });
});

describe("the bidders' past is no present state of the buyer", () => {
  it('"quoters that have implemented X" is an award criterion on X; "the County has implemented X" is background', () => {
    const bidders = severityByTerm('# Evaluation\n\nQuoters that have implemented Accela Civic Platform for another jurisdiction will receive up to 5 additional points.\n');
    expect(bidders['Accela Civic Platform'] ?? bidders['Accela']).toBe(1);
    const buyer = severityByTerm('# Evaluation\n\nThe County has implemented Accela Civic Platform. Quoters will receive up to 5 additional points for agile delivery.\n');
    expect(buyer['Accela Civic Platform'] ?? buyer['Accela'] ?? 0).toBe(0);
  });
});

describe('vendors of installed platforms, and attachment names', () => {
  it("a certification of the vendor of the buyer's system of record is tied to it; an office suite's vendor ties nothing", () => {
    const crm = severityByTerm("# RFQ\n\n## Background\n\nThe agency's case management platform is built on Salesforce Government Cloud Plus.\n\n## Key Personnel\n\nThe developer shall hold the Salesforce Certified Platform Developer I certification.\n");
    expect(crm['Salesforce Certified Platform Developer'] ?? 0).toBe(0);
    const office = severityByTerm('# RFQ\n\n## Background\n\nStaff use Microsoft 365 for mail and documents.\n\n## Key Personnel\n\nThe architect shall hold the Microsoft Certified: Azure Solutions Architect Expert certification.\n');
    expect(office['Microsoft Certified']).toBeGreaterThan(0);
  });
  it("the vendor's bare name licensed is not every product of that vendor installed", () => {
    const s = severityByTerm('# SOR\n\n## Background\n\nThe system is licensed through the State\'s Oracle Unlimited License Agreement.\n\n## Requirements\n\nThe Contractor shall migrate the workloads to Oracle Cloud Infrastructure.\n');
    expect(s['Oracle Cloud Infrastructure']).toBe(2);
  });
  it('a line that names an attachment demands nothing; a requirement that names the format does', () => {
    expect(severityByTerm('# Attachments\n\n- Attachment 1: Pricing Worksheet (Excel)\n- Attachment 2: Past Performance Form\n')['Excel'] ?? 0).toBe(0);
    expect(severityByTerm('# Bilagor\n\n- Bilaga 3 – Prisformulär (Excel)\n')['Excel'] ?? 0).toBe(0);
    expect(severityByTerm('# Reports\n\nMonthly reports shall be delivered in Excel format.\n')['Excel']).toBeGreaterThan(0);
  });
});

describe('a column headed like a requirement section', () => {
  it('"Required qualifications" makes its cells mandatory, "Preferred experience" desirable', () => {
    const table = '# Key Personnel\n\n| Position | Required qualifications | Preferred experience |\n|---|---|---|\n| Developer | Five years of Terraform | Two years of Ansible |\n';
    const s = severityByTerm(table);
    expect(s['Terraform']).toBe(2);
    expect(s['Ansible']).toBe(1);
  });
});

describe('one name inside another, however the words are spaced', () => {
  it('"Semantic MediaWiki" as the subject covers a later "Media Wiki"; "GitLab" installed does not cover "Git"', () => {
    const spaced = severityByTerm('# Avrop Semantic MediaWiki\n\n## Uppdraget\n\nUppdraget avser vidareutveckling av stadens Semantic MediaWiki.\n\n## Krav\n\nKonsulten ska ha erfarenhet av Media Wiki.\n');
    expect(spaced['Media Wiki'] ?? 0).toBe(0);
    const git = severityByTerm('# Avrop\n\n## Bakgrund\n\nStaden använder idag GitLab för sin källkod.\n\n## Krav\n\nKonsulten ska ha erfarenhet av Git.\n');
    expect(git['Git']).toBe(2);
  });
});

describe('a use the requirement asks for is no present use', () => {
  it('"Daily use of X" in a column headed "Required qualifications" is a demand; "The portal uses X" in a description is not', () => {
    const table = '# Roles\n\n| # | Required qualifications |\n|---|---|\n| R6 | Daily use of Terraform for refactoring legacy code. |\n';
    expect(severityByTerm(table)['Terraform']).toBe(2);
    expect(severityByTerm('# Background\n\nThe portal uses Terraform for its infrastructure.\n')['Terraform'] ?? 0).toBe(0);
  });
});

describe('a present-state statement that denies use', () => {
  it('"kommunen använder inte X i dag" names nothing installed; "kommunen använder X i dag" does', () => {
    const req = '\n\n## Krav\n\nKonsulten ska ha erfarenhet av Micro Focus ALM.\n';
    expect(severityByTerm(`# Avrop\n\n## Bakgrund\n\nObservera att kommunen inte använder Micro Focus ALM i dag.${req}`)['Micro Focus ALM']).toBe(2);
    expect(severityByTerm(`# Avrop\n\n## Bakgrund\n\nKommunen använder Micro Focus ALM i dag.${req}`)['Micro Focus ALM'] ?? 0).toBe(0);
  });
});

describe('an inventory introduced by a lead-in that describes the present', () => {
  const table = '| No. | System | Product |\n|---|---|---|\n| S1 | Firewalls | Palo Alto Networks PA-3220 |\n| S2 | Records | Laserfiche Rio |\n';
  it('numbered rows under "… what the City runs today; not a requirement" are the buyer\'s systems, model numbers included', () => {
    const s = severityByTerm(`# SOW\n\n## 3. Systems\n\nThe following City systems are in scope. Product names describe what the City runs today.\n\n${table}`);
    expect(s['Laserfiche Rio'] ?? 0).toBe(0);
    expect(Math.max(0, ...Object.entries(s).filter(([k]) => k.includes('PA-3220') || k === 'Palo Alto Networks').map(([, v]) => v))).toBe(0);
  });
  it('a lead-in that demands keeps them demands', () => {
    const s = severityByTerm(`# SOW\n\n## 3. Systems\n\nThe Contractor shall deliver the following products, as the City runs them today:\n\n${table}`);
    expect(s['Laserfiche Rio']).toBeGreaterThan(0);
  });
});

describe('what is decommissioned exists', () => {
  it('"plan för avveckling av VMware-miljön" names the buyer\'s platform; "migrera till VMware" does not make it installed', () => {
    expect(severityByTerm('# Avrop\n\n## Uppdraget\n\nKonsulten ska ta fram en plan för avveckling av VMware-miljön.\n')['VMware'] ?? 0).toBe(0);
  });
});
