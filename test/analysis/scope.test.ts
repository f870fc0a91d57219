// Requirement scope: list items read with their nearest announcing lead-in, award tables as desirable, and
// example markers that end where their parenthesis or clause ends. Invented texts, not from the corpus.
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../src/parse/markdown.js';
import { severityByTerm, sharedLinter } from '../helpers.js';

const linter = sharedLinter();
const sev = (md: string): Record<string, number> => severityByTerm(md, linter);

describe('lead-ins', () => {
  it('a possessive in another sentence of the lead-in does not make the items the buyer\'s (P2)', () => {
    const s = sev('Konsulenten skal kunne rådgive om kommunens digitaliseringsstrategi. Konsulenten skal have erfaring med følgende:\n\n- Terraform\n- Bitbucket\n');
    expect(s['Terraform']).toBe(2);
  });

  it('a marker in the announcing sentence does make them the installed base', () => {
    const s = sev('Kunden skal have hjælp til driften. Kundens nuværende værktøjer er følgende:\n\n- Terraform\n- Bitbucket\n');
    expect(s['Terraform'] ?? 0).toBe(0);
  });

  it('the nearest lead-in decides, and the walk stops at an earlier list (P3)', () => {
    const s = sev('Leverandøren skal have erfaring med følgende:\n\n- Google BigQuery\n\nFølgende kompetencer vil tælle positivt i vurderingen:\n\n- Power BI\n');
    expect(s['Google BigQuery']).toBe(2);
    expect(s["Power BI"]).toBe(1);
  });

  it('a short caption between two lists continues the first lead-in', () => {
    const s = sev('The existing team applies the following skills. The vendor should provide personnel who possess these skills.\n\nFor each person:\n\n- Experience with Terraform\n\nBetween the personnel:\n\n- Experience with Ubuntu Linux\n');
    expect(s['Terraform'] ?? 0).toBe(0);
    expect(s['Ubuntu Linux'] ?? 0).toBe(0);
  });
});

describe('award criteria', () => {
  it('a row of an interview table with a score column is a desirable requirement (P1)', () => {
    const s = sev('| Bedömningsgrund | Poäng |\n|---|---|\n| Databaskunskap: Oracle RAC och Data Guard | 0-5 p |\n');
    expect(s['Oracle RAC']).toBe(1);
  });

  it('evaluation wording makes a sentence desirable', () => {
    expect(sev('Erfaring med Qlik Sense vægtes positivt i evalueringen.')['Qlik Sense']).toBe(1);
    expect(sev('Erfarenhet av Qlik Sense värderas positivt.')['Qlik Sense']).toBe(1);
  });
});

describe('examples', () => {
  it('example markers without dots count (P8)', () => {
    expect(sev('Konsulten ska ha erfarenhet av virtualisering, t ex Proxmox eller Nutanix.')['Nutanix'] ?? 0).toBe(0);
    expect(sev('Konsulenten skal have erfaring med virtualisering, f eks Nutanix.')['Nutanix'] ?? 0).toBe(0);
  });

  it('an example in a parenthesis does not cover a name in the next clause', () => {
    const s = sev('Scans shall use a static analyser (e.g. SonarQube) and results must be stored in Oracle Database.');
    expect(s['SonarQube'] ?? 0).toBe(0);
    expect(s["Oracle Database"]).toBe(2);
  });
});

describe('declarative list items and mandated infrastructure', () => {
  it('a list item that is a full sentence of its own describes and does not inherit "shall" (P4)', () => {
    const md = 'The contractor shall comply with the following:\n\n- The county\'s records schedule is kept by the archivist and follows ISO 15489.\n- Microsoft Project\n';
    const s = sev(md);
    expect(s['ISO 15489'] ?? 0).toBe(0);
    expect(s['Microsoft Project']).toBe(2);
  });

  it('names listed with national infrastructure are its parts', () => {
    const s = sev('Løsningen skal støtte signering via den nasjonale signeringstjenesten, inkludert signering med BankID, Buypass og Commfides.');
    expect(s['Buypass'] ?? 0).toBe(0);
  });
});

describe('ambiguous names in bare list items (P11)', () => {
  it('a sibling item of the same vendor or a cue in the lead-in confirms the name', () => {
    const md = 'Konsulenten skal have erfaring med følgende værktøjer:\n\n- Jira\n- Confluence\n';
    expect(sev(md)['Confluence']).toBe(2);
  });
  it('without such context an ordinary word stays a word', () => {
    expect(sev('Leverandøren skal sikre, at der er confluence mellem de to processer.')['confluence'] ?? 0).toBe(0);
  });
});

describe('one requirement, two names (P12)', () => {
  it('two names of one product written together are reported as one span covering both', () => {
    const f = linter.lint(parseMarkdown('Vendor must be conversant with ESRI/ArcGIS products.', 'spec.md')).findings.filter((x) => x.severity === 2);
    expect(f.map((x) => x.term)).toEqual(['ESRI/ArcGIS']);
  });
  it('every sentence of an award-table cell is an award criterion', () => {
    const md = '| Vægtning | Delkriterier | Bedømmelsesgrundlag |\n|---|---|---|\n| 100 % | Konsulenten | Konsulentens kompetencer vurderes. Herudover vil det blive tillagt positiv værdi, at konsulenten har erfaring med Power BI. |\n';
    expect(sev(md)['Power BI']).toBe(1);
  });
});

describe('broadening and present-state descriptions', () => {
  it('three identity products in a CV demand are each an error; a list of browsers widens the choice (P14)', () => {
    const s = sev('Konsulten ska ha erfarenhet av Okta, SailPoint och One Identity.');
    expect([s['Okta'], s['SailPoint'], s['One Identity']]).toEqual([2, 2, 2]);
    expect(sev('Løsningen skal kunne anvendes i Chrome, Firefox og Safari.')['Chrome'] ?? 0).toBe(0);
  });
  it('"is built on X" describes the present system without a modal, and is a demand with one', () => {
    expect(sev('The current case system is built on Microsoft Dynamics 365 and holds ten years of records.')['Microsoft Dynamics 365'] ?? 0).toBe(0);
    expect(sev('The Vendor shall develop a solution that is built on the Microsoft Dynamics 365 platform.')['Microsoft Dynamics 365']).toBeGreaterThanOrEqual(1);
  });
});

describe('section modality', () => {
  it('bare items under a "Ska-krav" heading are mandatory, under "Bör-krav" desirable', () => {
    const md = '## Ska-krav\n\n- Erfarenhet av Terraform\n\n## Bör-krav\n\n- Erfarenhet av Ansible\n';
    const s = sev(md);
    expect(s['Terraform']).toBe(2);
    expect(s['Ansible']).toBe(1);
  });
  it('a full sentence in such a section says what it means itself', () => {
    const md = '## Evaluation criteria\n\n- The agency would like to hear about any experience with open source tools, although experience with Terraform is helpful as well.\n';
    expect(sev(md)['Terraform'] ?? 0).toBe(0);
  });
});

describe('measurement methods and process names (P13)', () => {
  it('a benchmark or measuring tool used as the yardstick is no demand; the same tool demanded is', () => {
    const s = sev('Svartider skal være under 2 sekunder målt med Dynatrace.\n\nSvartider skal overvåges med Dynatrace.\n');
    expect(s['Dynatrace']).toBe(2); // the second sentence; the first alone would be an advisory
    expect(sev('Svartider skal være under 2 sekunder målt med Dynatrace.')['Dynatrace'] ?? 0).toBe(0);
  });
  it('without a quantity to measure, "measured with X" demands the tool', () => {
    expect(sev('Website traffic shall be measured with Dynatrace.')['Dynatrace']).toBe(2);
  });
  it('"the standard <ACRONYM> procedure" is an adjective, "NIST Special Publication 1800-25" a standard', () => {
    const f = linter.lint(parseMarkdown('All changes shall follow the standard PMO Change Control procedure.\n\nThe contractor shall follow NIST Special Publication 1800-25.\n', 'spec.md')).findings;
    expect(f.filter((x) => x.ruleId === 'standard-without-equivalent').map((x) => x.term)).toEqual(['NIST Special Publication 1800-25']);
  });
  it('a first paragraph that is itself a requirement is no title that justifies later mentions', () => {
    expect(sev('Løsningen skal anvende Oracle Database.\n\nData skal lagres i Oracle Database.\n')['Oracle Database']).toBe(2);
  });
});

describe('requirement tables', () => {
  const rows = (lead: string, label: string): string => `# Avrop\n\n${lead}\n\n| Nr | Typ | Beskrivning |\n|---|---|---|\n| 1 | ${label} | Stöd för lås från Salto. |\n`;
  it('a lead-in that says "ska" decides before the table\'s numbering (mandatory, not merely desirable)', () => {
    expect(severityByTerm(rows('Tjänsten ska uppfylla följande krav:', 'Funktion'))['Salto']).toBe(2);
    expect(severityByTerm(rows('Tjänsten beskrivs nedan.', 'Funktion'))['Salto']).toBe(1);
  });
  it('a row labelled as a must-requirement is mandatory; one labelled as a wish is desirable', () => {
    expect(severityByTerm(rows('Tjänsten beskrivs nedan.', 'Ska-krav'))['Salto']).toBe(2);
    expect(severityByTerm(rows('Tjänsten beskrivs nedan.', 'Obligatoriskt'))['Salto']).toBe(2);
    expect(severityByTerm(rows('Tjänsten beskrivs nedan.', 'Bör-krav'))['Salto']).toBe(1);
  });
  it('a numbered row takes its kind from the section heading; without one it is at least desirable', () => {
    const table = '| Nr | Beskrivning |\n|---|---|\n| 1 | Konsulten har erfarenhet av Terraform. |\n';
    expect(sev(`## Krav på konsulten\n\n${table}`)['Terraform']).toBe(2);
    expect(sev(`## Meriterande kompetens\n\n${table}`)['Terraform']).toBe(1);
    expect(sev(`## Konsulten\n\n${table}`)['Terraform']).toBe(1);
  });
});

describe('competence headings and minimum experience', () => {
  it.each([
    ['## Obligatoriska kompetenser\n\n- Erfarenhet av Terraform\n', 2],
    ['## Kompetenskrav\n\n- Erfarenhet av Terraform\n', 2],
    ['## Mandatory skills\n\n- Experience with Terraform\n', 2],
    ['## Preferred experience\n\n- Experience with Terraform\n', 1],
    ['## Kompetenser\n\n- Erfarenhet av Terraform\n', undefined],
  ])('%j: Terraform has severity %s', (md, expected) => {
    expect(sev(md)['Terraform']).toBe(expected);
  });
  it('"at least N years" of a product is a minimum requirement; a row without it describes', () => {
    const table = (cell: string): string => `## Kompetens\n\nKonsulterna och deras kompetens beskrivs i tabellen nedan.\n\n| Kompetens | Nivå |\n|---|---|\n| Terraform | ${cell} |\n`;
    expect(sev(table('Minst 2 år'))['Terraform']).toBe(2);
    expect(sev(table('God'))['Terraform']).toBeUndefined();
    expect(sev('## Key Personnel\n\nProject Manager: a minimum of 5 years of experience with Terraform.\n')['Terraform']).toBe(2);
  });
});

describe('"expected to" as a soft obligation', () => {
  it('the supplier "förväntas" do something with a product: a warning; the buyer "förväntas": its own plan, an advisory', () => {
    expect(severityByTerm('# Avrop\n\nLeverantören förväntas leverera rapporter i Qlik Sense.\n')['Qlik Sense']).toBe(1);
    expect(severityByTerm('# Avrop\n\nThe contractor is expected to deliver dashboards in Qlik Sense.\n')['Qlik Sense']).toBe(1);
    expect(severityByTerm('# Avrop\n\nKommunen förväntas migrera till Microsoft 365 under 2025.\n')['Microsoft 365']).toBe(0);
  });
});

describe('an answer column marks requirement rows', () => {
  it('"| … | Ja/Nej |" and "| … | Yes/No |" make the row a requirement; a plain description table does not', () => {
    const table = (answer: string): string => `# Avrop\n\n| Funktion | Beskrivning | Svar |\n|---|---|---|\n| Lås | Lösningen stödjer lås från Salto. | ${answer} |\n`;
    expect(severityByTerm(table('Ja/Nej'))['Salto']).toBe(1);
    expect(severityByTerm(table('Yes/No'))['Salto']).toBe(1);
    expect(severityByTerm(table('Se bilaga 3'))['Salto']).toBeUndefined();
  });
});

describe('what a sentence excludes', () => {
  it('a sentence whose every modal verb is negated demands nothing of what it names', () => {
    const s = sev('# Avrop\n\nJournalsystemet Cosmic och ekonomisystemet Unit4 ERP omfattas inte av detta avrop och ska inte integreras i första etappen.\n');
    expect(s['Cosmic'] ?? 0).toBe(0);
    expect(s['Unit4 ERP'] ?? s['Unit4'] ?? 0).toBe(0);
    // A modal that is not negated still demands.
    const t = sev('# Avrop\n\nLösningen ska inte kräva Java, men ska integreras med Unit4 ERP och byggas i Mendix.\n');
    expect(t['Mendix']).toBe(2);
  });
  it('"out of scope for X" names what is excluded', () => {
    expect(sev('# Requirements\n\nThe Contractor\'s components shall stay out of scope for PCI DSS assessment.\n')['PCI DSS'] ?? 0).toBe(0);
    expect(sev('# Requirements\n\nThe Contractor\'s components shall be assessed against PCI DSS.\n')['PCI DSS']).toBeGreaterThan(0);
  });
});

describe('platforms a solution runs on', () => {
  it('"on iOS and Android phones" covers the market; a developer\'s experience of one platform is a competence', () => {
    const s = sev('# Requirements\n\nThe portal shall work on desktop and on iOS and Android phones.\n');
    expect(s['iOS'] ?? 0).toBe(0);
    expect(s['Android'] ?? 0).toBe(0);
    expect(sev('# Requirements\n\nThe portal shall work on iOS phones.\n')['iOS']).toBe(2);
    expect(sev('# Requirements\n\nThe developer shall have experience with iOS and Android.\n')['iOS']).toBe(2);
  });
});

describe('platforms and payment methods across a sentence', () => {
  it('"i Safari på iOS och Chrome på Android" names two platforms to support; "Apple Pay and Google Pay" two wallets to accept', () => {
    const os = sev('# Krav\n\nWebbplatsen ska fungera i Safari på iOS och Chrome på Android.\n');
    expect(os['iOS'] ?? 0).toBe(0);
    expect(os['Android'] ?? 0).toBe(0);
    const pay = sev('# Requirements\n\nOnline payments shall accept Visa and Mastercard debit cards and Apple Pay and Google Pay wallets.\n');
    expect(pay['Apple Pay'] ?? 0).toBe(0);
  });
  it('one provider beside card schemes is still one provider: "Integrasjon med Vipps skal dekke betaling med bankkort (VISA og Mastercard)"', () => {
    expect(sev('# Krav\n\nIntegrasjon med Vipps skal dekke betaling med bankkort (VISA og Mastercard).\n')['Vipps']).toBe(2);
  });
});

describe('a competence label with a colon', () => {
  it('"Kompetens: Terraform, Ansible" asks for them (a warning); a sentence after the label describes', () => {
    const s = sev('# Roller\n\nApputvecklare\n\nKompetens: Terraform, Ansible och Kubernetes\n');
    expect(s['Terraform']).toBe(1);
    expect(s['Ansible']).toBe(1);
    expect(sev('# Roller\n\nKompetens: Kommunen har idag kompetens inom Terraform.\n')['Terraform'] ?? 0).toBe(0);
    expect(sev('# Required skills\n\nSkills: Terraform, Ansible\n')['Terraform']).toBeGreaterThan(0);
    // Another label names no competence.
    expect(sev('# Roller\n\nMiljö: Terraform, Ansible och Kubernetes\n')['Terraform'] ?? 0).toBe(0);
  });
});

describe('a version number confirms an ambiguous name', () => {
  it('"uses Angular 16" is the framework, so "Angular 14 or later" later is the buyer\'s; "angular velocity" is a word', () => {
    const s = sev('# SOW\n\n## Current environment\n\nThe portal uses Angular 16.\n\n## Roles\n\nThe developer shall have experience with Angular 14 or later.\n');
    expect(s['Angular 14'] ?? s['Angular'] ?? 0).toBe(0);
    expect(sev('# SOW\n\nThe turbine shall report its angular velocity.\n')['angular']).toBeUndefined();
  });
});

describe('near misses that are ordinary words', () => {
  it('"Developer" is no misspelt "JDeveloper"; "Postgre SQL" is still PostgreSQL', () => {
    const s = sev('# Krav\n\nKonsulten ska inneha certifieringen Microsoft Certified: Azure Developer Associate.\n');
    expect(s['Developer']).toBeUndefined();
    expect(sev('# Requirements\n\nThe database shall be Postgre SQL.\n')['Postgre SQL']).toBe(2);
  });
});

describe('a Word table cell of several paragraphs (made by LibreOffice from test/fixtures/multi-paragraph-cell.html)', () => {
  it('an earlier paragraph of the cell ending with a colon is the lead-in of the later ones', async () => {
    const { parseFile } = await import('../../src/parse/index.js');
    const doc = await parseFile(new URL('../fixtures/multi-paragraph-cell.docx', import.meta.url).pathname);
    const found = linter.lint(doc).findings;
    const sevOf = (term: string): number | undefined => found.find((f) => f.term === term)?.severity;
    // "Efterfrågade kunskaper:" then "Terraform och Ansible": wanted competences, a warning.
    expect(sevOf('Terraform')).toBe(1);
    expect(sevOf('Kubernetes')).toBe(1);
    // A cell headed "Nuvarande miljö" with a description names what the municipality runs: nothing to warn about.
    expect(sevOf('Grafana') ?? 0).toBe(0);
  });
});

describe('a bare competence label as a lead-in', () => {
  it('"Efterfrågad kompetens:" before a list makes its items wanted; "Miljö:" does not', () => {
    expect(sev('# Roll\n\nKonsulterna beskrivs nedan och deras uppdrag.\n\nEfterfrågad kompetens:\n\n- Terraform\n- Ansible\n')['Terraform']).toBe(1);
    expect(sev('# Roll\n\nKonsulterna beskrivs nedan och deras uppdrag.\n\nMiljö:\n\n- Terraform\n- Ansible\n')['Terraform'] ?? 0).toBe(0);
  });
});
