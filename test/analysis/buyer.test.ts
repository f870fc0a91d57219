// The buyer's names, tools and channels, learnt from the document (PATTERNS P5-P7). Invented texts.
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../src/parse/markdown.js';
import { severityByTerm, sharedLinter } from '../helpers.js';
import { BuyerFacts } from '../../src/analysis/buyer.js';
import { Phrases } from '../../src/text/phrases.js';

const linter = sharedLinter();
const sev = (md: string): Record<string, number> => severityByTerm(md, linter);

describe('buyer names', () => {
  it('learns an agency acronym defined in parentheses, and one whose name is written out elsewhere', () => {
    const doc = parseMarkdown('# Department of Motor Vehicles\n\nThe Department of Motor Vehicles (DMV) buys a service.\n\nThe Federal Risk and Authorization Management Program (FedRAMP) applies.\n\nGeneral Services Administration\n\nGSA will review.\n', 'x.md');
    const facts = new BuyerFacts(doc, new Phrases(linter.lexicon.phrases, 'en'));
    expect(facts.names).toContain('DMV');
    expect(facts.names).toContain('GSA');
    // A programme is not a public body.
    expect(facts.names).not.toContain('FedRAMP');
  });

  it('learns a name defined with "hereinafter"', () => {
    const doc = parseMarkdown('The Region of Nowhere (hereinafter "the Purchaser") issues this call-off.\n', 'x.md');
    expect(new BuyerFacts(doc, new Phrases(linter.lexicon.phrases, 'en')).names).toContain('Purchaser');
  });
});

describe('a publicly owned company as the buyer', () => {
  it('learns "Östby Energi och Miljö AB (ÖEM)" and the company named on a cover table without a colon', () => {
    const doc = parseMarkdown('| Upphandlande organisation Östby Energi och Miljö AB Anna Berg | Upphandling Konsultstöd BI |\n\n# Avrop\n\nÖstby Energi och Miljö AB (ÖEM) är ett kommunalt bolag.\n', 'x.md');
    const names = new BuyerFacts(doc, new Phrases(linter.lexicon.phrases, 'sv')).names;
    expect(names).toContain('ÖEM');
    expect(names).toContain('Östby Energi och Miljö AB');
    expect(names).not.toContain('Östby Energi och Miljö AB Anna Berg');
  });

  it('"ÖEM:s GitHub-organisation" is the buyer\'s own (the Swedish genitive of an abbreviation)', () => {
    const intro = '# Avrop\n\nÖstby Energi och Miljö AB (ÖEM) är ett kommunalt bolag.\n\n';
    expect(sev(`${intro}All kod ska lagras i ÖEM:s GitHub-organisation.\n`)['GitHub']).toBe(0);
    expect(sev(`${intro}All kod ska lagras i leverantörens GitHub-organisation.\n`)['GitHub']).toBe(2);
  });
});

describe('the buyer\'s own products are not demands (advisories at most)', () => {
  it('"<Role>\'s X" and "<ACRONYM> X"', () => {
    expect(sev('All tickets must be logged in the Authorized User\'s ServiceNow instance.')['ServiceNow'] ?? 0).toBe(0);
    const md = 'The Department of Motor Vehicles (DMV) buys a portal.\n\nUsers must sign in through the DMV Okta tenant.\n';
    expect(sev(md)['Okta'] ?? 0).toBe(0);
  });

  it('a clause whose subject is the buyer, and a passive tool with no supplier (P6)', () => {
    const md = 'The Office of Family Assistance (OFA) buys a system.\n\nOFA will maintain the Jenkins pipeline that deploys the code, and the contractor will be given access to it.\n\nAll defects will be used for reporting. Jira will be used for tracking bugs during each sprint.\n';
    const s = sev(md);
    expect(s['Jenkins'] ?? 0).toBe(0);
    expect(s['Jira'] ?? 0).toBe(0);
  });

  it('the submission channel (P7)', () => {
    expect(sev('Each bidder must upload its price schedule through Microsoft Forms by the closing date.')['Microsoft Forms'] ?? 0).toBe(0);
    expect(sev('Frågor under anbudstiden ska ställas via Mercell TendSign.')['Mercell TendSign'] ?? sev('Frågor under anbudstiden ska ställas via Mercell TendSign.')['TendSign'] ?? 0).toBe(0);
  });

  it('submitting the work of the procedure (a technical challenge, a pull request, questions) through a product', () => {
    expect(sev('Offerors must submit their code as a pull request to the repository on GitHub.')['GitHub']).toBe(0);
    expect(sev('Offerors shall use GitHub to submit questions.')['GitHub']).toBe(0);
    expect(sev('Offerors shall submit the completed challenge to a GitHub repository.')['GitHub']).toBe(0);
  });

  it('"questions" of users during the contract and "form submissions" of citizens are no procedure', () => {
    expect(sev('The supplier shall answer questions in a shared Slack channel.')['Slack']).toBe(2);
    expect(sev('The form submissions shall be forwarded through Zapier.')['Zapier']).toBe(2);
  });

  it('the offeror as the subject is no procedure: what it must use is a demand', () => {
    expect(sev('The Offeror shall use GitHub for version control of all deliverables.')['GitHub']).toBe(2);
    expect(sev('The Offeror shall demonstrate continuous integration through CircleCI.')['CircleCI']).toBe(2);
  });

  it('but the supplier\'s own use of a product is still a demand', () => {
    expect(sev('The contractor shall track all bugs in Jira.')['Jira']).toBe(2);
    expect(sev('The Department of Motor Vehicles (DMV) buys a portal.\n\nThe contractor shall host the portal on Amazon Web Services.\n')['Amazon Web Services']).toBe(2);
  });
});

describe('the buyer declared by its role', () => {
  it('"Authorized User: <name> (<ACR>)" and a role heading followed by the name give the buyer\'s names', () => {
    const ph = new Phrases(linter.lexicon.phrases, 'en', ['sv']);
    const a = new BuyerFacts(parseMarkdown('- Authorized User:  Virginia IT Agency (VITA)\n', 'x.md'), ph);
    expect(a.names).toEqual(expect.arrayContaining(['Virginia IT Agency', 'VITA']));
    const b = new BuyerFacts(parseMarkdown('## 1.2 Upphandlande myndighet\n\nNorrby Kommunalförbund AB, org.nr 556000-0000\n', 'x.md'), ph);
    expect(b.names).toEqual(expect.arrayContaining(['Norrby Kommunalförbund AB', 'Norrby Kommunalförbund']));
  });

  it('its genitive then makes a product the buyer\'s installation', () => {
    const md = '## Upphandlande myndighet\n\nNorrby AB, org.nr 556000-0000\n\n## Krav\n\nKonsulten ska vidareutveckla Norrbys ServiceNow-miljö.\n';
    expect(sev(md)['ServiceNow'] ?? 0).toBe(0);
  });
});

describe('what the buyer provides', () => {
  it('a government-provided or customer-provided product is the buyer\'s installation', () => {
    expect(sev('The contractor shall use the government-provided Jira instance for all tickets.')['Jira'] ?? 0).toBe(0);
    expect(sev('Leverantören ska arbeta i den ServiceNow-miljö som tillhandahålls av kunden.')['ServiceNow'] ?? 0).toBe(0);
    expect(sev('The contractor shall use Jira for all tickets.')['Jira']).toBe(2);
  });
});

describe('a public body named in the genitive', () => {
  it.each([
    ['Leverantören ska versionshantera koden i Nordby kommuns GitHub.', 'GitHub'],
    ['Leverantören ska planera arbetet i Region Stockholms Azure DevOps.', 'Azure DevOps'],
    ['Leverandøren skal lægge koden i Aarhus Kommunes GitHub.', 'GitHub'],
  ])('"%s" is the buyer\'s own tool', (sentence, term) => {
    expect(severityByTerm(`# Krav\n\n${sentence}\n`)[term]).toBe(0);
  });
  it('a supplier or a product in the genitive is no public body', () => {
    expect(severityByTerm('# Krav\n\nLeverantören ska versionshantera koden i leverantörens GitHub.\n')['GitHub']).toBe(2);
    const vendor = severityByTerm('# Krav\n\nLeverantören ska versionshantera koden i Microsofts GitHub.\n');
    expect(Math.max(...Object.entries(vendor).filter(([t]) => t.includes('GitHub')).map(([, v]) => v))).toBe(2);
  });
});

describe('an apposition that makes the name the buyer\'s', () => {
  it('"X, the Commonwealth\'s identity provider" is the buyer\'s; "X, a leading identity provider" is not', () => {
    expect(severityByTerm('# Requirements\n\nThe solution shall support SSO via Okta, the Commonwealth\'s identity provider.\n')['Okta']).toBe(0);
    expect(severityByTerm('# Requirements\n\nThe solution shall support SSO via Okta, a leading identity provider.\n')['Okta']).toBe(2);
  });
});

describe("a place in the buyer's named environment after the name", () => {
  it('"… i Microsoft Word och Excel i regionens Microsoft 365-miljö" is the buyer\'s own suite; "i kommunens mall" is no product', () => {
    const own = severityByTerm('# Krav\n\nAnvändare ska kunna öppna dokument direkt från tjänsten i Microsoft Word och Excel i regionens Microsoft 365-miljö.\n');
    expect(own['Microsoft Word'] ?? 0).toBe(0);
    expect(own['Excel'] ?? 0).toBe(0);
    const template = severityByTerm('# Krav\n\nRapporter ska levereras i Excel i kommunens mall.\n');
    expect(template['Excel']).toBeGreaterThan(0);
  });
});

describe('the buyer as the agent of a passive', () => {
  it('"logged by the City in its X", "X sessions organised by the Council" are the buyer\'s; a supplier subject keeps the demand', () => {
    expect(severityByTerm('# Requirements\n\nChange requests will be logged by the City in its ServiceNow instance; the Contractor will receive an account.\n')['ServiceNow'] ?? 0).toBe(0);
    expect(severityByTerm('# Requirements\n\nTraining shall be delivered on site and may be supplemented by Microsoft Teams sessions organised by the Council.\n')['Microsoft Teams'] ?? 0).toBe(0);
    expect(severityByTerm('# Requirements\n\nThe Contractor, assisted by the City, shall log all changes in ServiceNow.\n')['ServiceNow']).toBe(2);
  });
});

describe('an apposition that leads to the buyer', () => {
  it('"X and Y, the tools of the Department\'s platform team" are the buyer\'s; ", and report to the agency\'s PM" is another clause', () => {
    const s = severityByTerm("# Requirements\n\nThe developer shall have four years with Terraform and Ansible, the tools of the Department's platform team.\n");
    expect(s['Terraform'] ?? 0).toBe(0);
    expect(s['Ansible'] ?? 0).toBe(0);
    // Without the buyer's possessive the same apposition names no one's tools.
    expect(severityByTerm('# Requirements\n\nThe developer shall have four years with Terraform and Ansible, the tools of modern teams.\n')['Terraform']).toBe(2);
    expect(severityByTerm("# Requirements\n\nThe contractor shall track all work in Jira, and report to the agency's project manager weekly.\n")['Jira']).toBe(2);
  });
});

describe("more public bodies, the name's own noun, and a suite's parts", () => {
  it('"the University\'s GitLab instance" and "Git repository in the Department\'s Azure DevOps organization" are the buyer\'s', () => {
    expect(severityByTerm("# Requirements\n\nSource code shall be stored in the University's GitLab instance.\n")['GitLab'] ?? 0).toBe(0);
    expect(severityByTerm("# Requirements\n\nSource code shall be delivered to a Git repository in the Department's Azure DevOps organization.\n")['Git'] ?? 0).toBe(0);
    expect(severityByTerm('# Requirements\n\nSource code shall be delivered to a Git repository in a cloud organization.\n')['Git']).toBe(2);
  });
  it('the parts listed right after the buyer\'s suite are its parts; another vendor\'s product after it is not', () => {
    const md = "# SOW\n\n## Current environment\n\nThe agency runs Microsoft 365 for all staff.\n\n## Tasks\n\nThe Contractor shall support Microsoft 365 applications (Outlook, PowerPoint) and Zoom Rooms.\n";
    const s = severityByTerm(md);
    expect(s['PowerPoint'] ?? 0).toBe(0);
    expect(s['Zoom Rooms'] ?? s['Zoom']).toBe(2);
  });
});

describe("the buyer's own name as the agent, and a buyer's baseline that implements a standard", () => {
  it('"the Dell ProSupport agreement held by AMWP" is the buyer\'s; a security handbook that implements a standard passes it on', () => {
    const md = '# Performance Work Statement\n\nThe Agency for Maritime and Waterway Programs (AMWP) buys service desk support.\n\n## Tasks\n\nWarranty parts shall be dispatched under the Dell ProSupport agreement held by AMWP.\n\nEndpoints shall follow the AMWP Security Handbook, which implements the NIST SP 800-53 controls.\n';
    const s = severityByTerm(md);
    expect(s['Dell ProSupport'] ?? s['Dell'] ?? 0).toBe(0);
    expect(s['NIST SP 800-53'] ?? 0).toBe(0);
    expect(severityByTerm('# PWS\n\n## Tasks\n\nWarranty parts shall be dispatched under a Dell ProSupport agreement.\n')['Dell ProSupport'] ?? severityByTerm('# PWS\n\n## Tasks\n\nWarranty parts shall be dispatched under a Dell ProSupport agreement.\n')['Dell']).toBeGreaterThan(0);
  });
});
