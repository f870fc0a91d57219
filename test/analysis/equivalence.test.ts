// Where the or-equivalent wording stands: after the name, in the lead-in of a list of names, or in the sentence right
// after the name ("Likvärdiga produkter accepteras."). Covered names are no errors (at most an advisory asking for
// the criteria of equivalence); uncovered ones stay errors.
import { describe, expect, it } from 'vitest';
import { severityByTerm, sharedLinter } from '../helpers.js';
import { parseMarkdown } from '../../src/parse/markdown.js';

describe('or-equivalent wording', () => {
  it.each([
    'Konsulten ska ha erfarenhet av Qlik Sense, alternativt motsvarande verktyg.',
    'Konsulten ska ha erfarenhet av Qlik Sense/likvärdigt.',
    'Konsulten ska ha erfarenhet av Qlik Sense el. motsv.',
    'Konsulenten skal have erfaring med Qlik Sense, alternativt tilsvarende værktøj.',
    'Konsulten ska ha erfarenhet av Qlik Sense eller annat jämförbart verktyg.',
    'Konsulten ska ha erfarenhet av Qlik Sense, Power BI eller andra BI-verktyg.',
    'Konsulenten skal have erfaring med Qlik Sense eller andre BI-værktøjer.',
    'The consultant shall have experience with Qlik Sense or any other BI tool.',
    'Konsulten ska ha erfarenhet av Qlik Sense alt. motsvarande.',
    'Konsulten ska ha erfarenhet av Qlik Sense; motsvarande verktyg godtas.',
    'Konsulenten skal have erfaring med Qlik Sense eller ligeværdigt værktøj.',
  ])('covers the name in "%s"', (sentence) => {
    expect(severityByTerm(`# Krav\n\n${sentence}\n`)['Qlik Sense']).toBe(0);
  });

  it('the next sentence that accepts equivalent products covers the name; a sentence further on does not', () => {
    expect(severityByTerm('# Krav\n\nKonsulten ska ha erfarenhet av Qlik Sense. Likvärdiga produkter accepteras.\n')['Qlik Sense']).toBe(0);
    expect(severityByTerm('# Krav\n\nKonsulten ska ha erfarenhet av Qlik Sense. Konsulten ska tala svenska. Likvärdiga produkter accepteras.\n')['Qlik Sense']).toBe(2);
  });

  it('a lead-in that accepts equivalents covers its bare items; a lead-in that does not leaves them errors', () => {
    const covered = severityByTerm('# Krav\n\nKonsulten ska ha erfarenhet av något av följande verktyg eller likvärdiga:\n\n- Qlik Sense\n- Power BI\n');
    expect(covered['Qlik Sense']).toBe(0);
    // One advisory per or-equivalent phrase asks for the criteria; the second item has nothing more to say.
    expect(covered['Power BI']).toBeUndefined();
    const bare = severityByTerm('# Krav\n\nKonsulten ska ha erfarenhet av följande verktyg:\n\n- Qlik Sense\n- Power BI\n');
    expect(bare['Qlik Sense']).toBe(2);
    expect(bare['Power BI']).toBe(2);
  });
});

describe('equivalence named before the product', () => {
  it('"verktyg likvärdiga med X" and "functionality comparable to X" cover X; "motsvarande krav gäller för X" does not', () => {
    expect(severityByTerm('# Krav\n\nKonsulten ska ha erfarenhet av verktyg likvärdiga med Qlik Sense.\n')['Qlik Sense']).toBe(0);
    expect(severityByTerm('# Requirements\n\nThe solution shall provide functionality comparable to Splunk Enterprise.\n')['Splunk Enterprise']).toBe(0);
    const s = severityByTerm('# Krav\n\nKonsulten ska ha erfarenhet av Qlik Sense och motsvarande krav gäller för Power BI.\n');
    expect(s['Qlik Sense']).toBe(2);
    expect(s['Power BI']).toBe(2);
  });
});

describe('a trailing "and others" makes the names examples', () => {
  it.each([
    ['Konsulten ska ha erfarenhet av BI-verktyg: Qlik Sense, Power BI med flera.', 'Konsulten ska ha erfarenhet av BI-verktyg: Qlik Sense, Power BI.'],
    ['The consultant shall have experience with BI tools: Qlik Sense, Power BI and others.', 'The consultant shall have experience with BI tools: Qlik Sense, Power BI.'],
  ])('"%s" is an example; without the marker it is an error', (marked, bare) => {
    expect(severityByTerm(`# Krav\n\n${marked}\n`)['Qlik Sense']).toBe(0);
    expect(severityByTerm(`# Krav\n\n${bare}\n`)['Qlik Sense']).toBe(2);
  });
});

describe('or-equivalent in the table around a cell', () => {
  const table = (header: string, cell: string, other: string): string => `# Krav\n\n| Nr | ${header} | Kommentar |\n|---|---|---|\n| 1 | ${cell} | ${other} |\n`;
  it('a column header or a short cell of the row that accepts equivalents covers the cell', () => {
    expect(severityByTerm(table('Verktyg (eller likvärdigt)', 'Konsulten ska ha erfarenhet av Qlik Sense.', 'Ange i CV.'))['Qlik Sense']).toBe(0);
    expect(severityByTerm(table('Krav', 'Konsulten ska ha erfarenhet av Qlik Sense.', 'Likvärdiga produkter accepteras.'))['Qlik Sense']).toBe(0);
  });
  it('a longer cell about something else does not', () => {
    expect(severityByTerm(table('Krav', 'Konsulten ska ha erfarenhet av Qlik Sense.', 'Ange två referensuppdrag från de senaste fem åren eller motsvarande erfarenhet.'))['Qlik Sense']).toBe(2);
    expect(severityByTerm(table('Krav', 'Konsulten ska ha erfarenhet av Qlik Sense.', 'Ange i CV.'))['Qlik Sense']).toBe(2);
  });
});

describe('criteria of equivalence in a section of their own', () => {
  it('a "Salient Characteristics" section answers the brand-name-or-equal item; without it the advisory asks for criteria', () => {
    const rfq = (extra: string): string => `# Request for Quote\n\n## Requirement\n\nThe Government requires 24 Cisco Catalyst 9300 switches, brand name or equal.\n${extra}`;
    const advisories = (md: string): number => sharedLinter().lint(parseMarkdown(md, 'spec.md')).findings.filter((f) => f.ruleId === 'equivalent-without-criteria').length;
    expect(advisories(rfq(''))).toBe(1);
    expect(advisories(rfq('\n## Salient Characteristics\n\n- 48 ports of 1 Gigabit Ethernet\n'))).toBe(0);
  });
});

describe('"or other …" after a name', () => {
  it('other products of any vendor are equivalents; other products of the same vendor are not', () => {
    expect(severityByTerm('# Krav\n\nThe consultant shall know SharePoint or other content management systems.\n')['SharePoint']).toBe(0);
    expect(severityByTerm('# Krav\n\nThe consultant shall know SharePoint or other Microsoft products.\n')['SharePoint']).toBe(2);
    expect(severityByTerm('# Krav\n\nKonsulten ska ha erfarenhet av Qlik Sense eller andra Qlik-produkter.\n')['Qlik Sense']).toBe(2);
  });
});

describe('"equivalent to" after a name', () => {
  it('compares something else and does not cover the name before it', () => {
    expect(severityByTerm('# Requirements\n\nThe Supplier shall deliver Power BI reports equivalent to the current reports.\n')['Power BI']).toBe(2);
    expect(severityByTerm('# Requirements\n\nThe Supplier shall deliver reports in a tool equivalent to Power BI.\n')['Power BI']).toBe(0);
  });
});

describe('"a product noun like X" introduces an example of the noun', () => {
  it.each([
    ['Konsulten ska ha erfarenhet av BI-verktyg som Qlik Sense och Power BI.', 'Power BI'],
    ['Konsulenten skal have erfaring med værktøjer som Qlik Sense, Power BI og Tableau.', 'Tableau'],
    ['The consultant shall have experience with BI tools like Qlik Sense, Power BI and Tableau.', 'Tableau'],
    // Category nouns that are no products: frameworks, libraries, databases.
    ['Konsulten ska ha erfarenhet av JavaScript-ramverk som Qlik Sense och Tableau.', 'Tableau'],
    ['The developer shall know visualisation libraries like Qlik Sense and Tableau.', 'Tableau'],
  ])('"%s": every listed name is an example', (sentence, last) => {
    const s = severityByTerm(`# Krav\n\n${sentence}\n`);
    expect(s['Qlik Sense']).toBe(0);
    expect(s[last]).toBe(0);
  });

  it.each([
    // No product noun before the word: a role, or a verb.
    'Konsulten ska arbeta som Qlik Sense-utvecklare i teamet.',
    'Konsulten ska ha erfarenhet av roller som Qlik Sense-arkitekt.',
    'The contractor shall deliver reports that look like Qlik Sense dashboards.',
    // The name does not follow the word: other words come between.
    'Konsulten ska ha erfarenhet av verktyg som kan kopplas till Qlik Sense.',
  ])('"%s" stays an error', (sentence) => {
    expect(severityByTerm(`# Krav\n\n${sentence}\n`)['Qlik Sense']).toBe(2);
  });
});

describe('more or-equivalent spellings', () => {
  it.each([
    ['Konsulten ska ha erfarenhet av Qlik Sense eller motsv.', 'Qlik Sense'],
    ['The contractor shall deliver Qlik Sense licences or an approved equal.', 'Qlik Sense'],
    ['The contractor shall use Qlik Sense or approved alternative.', 'Qlik Sense'],
    ['The contractor shall use Qlik Sense or similar tools.', 'Qlik Sense'],
  ])('"%s" covers the name', (sentence, term) => {
    expect(severityByTerm(`# Krav\n\n${sentence}\n`)[term]).toBe(0);
  });
});

describe('a lead-in that accepts equivalents in a sentence of its own', () => {
  const table = (lead: string): string => `# Krav\n\n${lead}\n\n| Ska-krav | Ange var i CV |\n|---|---|\n| Erfarenhet av visualisering i Grafana | |\n`;
  it('covers the rows of the table it introduces; a lead-in without it leaves them errors', () => {
    expect(severityByTerm(table('Nedan anges krav på konsulten. Likvärdiga verktyg accepteras.'))['Grafana']).toBe(0);
    expect(severityByTerm(table('Kraven nedan gäller. Motsvarande verktyg kan godtas.'))['Grafana']).toBe(0);
    expect(severityByTerm(table('Nedan anges krav på konsulten.'))['Grafana']).toBe(2);
  });
  it('"Likvärdigt accepteras." right after the name covers it', () => {
    expect(severityByTerm('# Krav\n\nKonsulten ska ha erfarenhet av Grafana. Likvärdigt accepteras.\n')['Grafana']).toBe(0);
    expect(severityByTerm('# Requirements\n\nThe contractor shall use Grafana. Equivalents will be accepted.\n')['Grafana']).toBe(0);
  });
});

describe('example spellings and the list a trailing marker closes', () => {
  it.each([
    'Konsulten ska ha erfarenhet av versionshantering (tex Grafana).',
    'Konsulten ska ha erfarenhet av versionshantering (t.e.x. Grafana).',
    'Konsulten ska ha erfarenhet av visualisering, exv. Grafana.',
    'Konsulten ska ha erfarenhet av BI-verktyg (Grafana, Kibana m.m.).',
    'Konsulten ska ha erfarenhet av visualisering i Grafana o dyl.',
  ])('"%s" makes Grafana an example', (sentence) => {
    expect(severityByTerm(`# Krav\n\n${sentence}\n`)['Grafana']).toBe(0);
  });

  it('a dotted abbreviation of the phrase data ends no sentence ("exv. Grafana" is one sentence)', () => {
    // Split after "exv.", the name would stand alone in a sentence of its own with "ska" and be an error.
    expect(severityByTerm('# Krav\n\nKonsulten ska ha erfarenhet av visualisering, exv. Grafana och Kibana.\n')['Kibana']).toBe(0);
  });

  it('a trailing marker closes only the list it ends: a name before the list is none of its examples', () => {
    const s = severityByTerm('# Krav\n\nKonsulten ska ha erfarenhet av Grafana och andra verktyg för loggar, t.ex. Kibana och Graylog osv.\n');
    expect(s['Grafana']).toBe(2);
    expect(s['Graylog']).toBe(0);
  });

  it("examples of one vendor's platform illustrate that platform: no widening", () => {
    const s = severityByTerm('# Krav\n\nKonsulten ska ha erfarenhet av Microsofts klientplattform (Windows Server/SCCM/Intune m.m.).\n');
    expect(s['SCCM']).toBe(2);
    const other = severityByTerm('# Krav\n\nKonsulten ska ha erfarenhet av klientplattformar (Windows Server/SCCM/Intune m.m.).\n');
    expect(other['SCCM']).toBe(0);
  });
});

describe('"or a compatible format", "or an alternative baseline"', () => {
  it.each([
    'Work schedules shall be delivered in Qlik Sense or a compatible format.',
    'Servers shall be hardened according to Qlik Sense, or an alternative baseline approved by the CISO.',
  ])('"%s" covers the name', (sentence) => {
    expect(severityByTerm(`# Requirements\n\n${sentence}\n`)['Qlik Sense']).toBe(0);
  });
});

describe('a pick-one list whose item accepts equivalents', () => {
  it('"någon av följande certifieringar:" and an item "… eller likvärdig certifiering" cover every item; "samtliga följande" does not', () => {
    const items = '\n\n1. GIAC Certified Incident Handler (GCIH).\n\n2. CompTIA CySA+ eller likvärdig certifiering.\n';
    const one = severityByTerm(`# Krav\n\nKonsulten ska inneha någon av följande certifieringar:${items}`);
    expect(Math.max(0, ...Object.entries(one).filter(([k]) => k.startsWith('GIAC') || k === 'GCIH').map(([, v]) => v))).toBe(0);
    const all = severityByTerm(`# Krav\n\nKonsulten ska inneha samtliga följande certifieringar:${items}`);
    expect(Math.max(0, ...Object.entries(all).filter(([k]) => k.startsWith('GIAC') || k === 'GCIH').map(([, v]) => v))).toBeGreaterThan(0);
  });
});

describe('"similar to X" and an equivalent accreditation', () => {
  it('"med en funktionalitet liknande Mentimeter eller Slido" names examples of a function; "Slido" alone is a demand', () => {
    expect(severityByTerm('# Krav\n\nSystemet ska erbjuda live-omröstning med en funktionalitet liknande Mentimeter eller Slido.\n')['Slido'] ?? 0).toBe(0);
    expect(severityByTerm('# Krav\n\nSystemet ska erbjuda live-omröstning i Slido.\n')['Slido']).toBe(2);
  });
  it('"Firms that can show equivalent independent accreditation may submit evidence" accepts equivalents of CREST', () => {
    expect(severityByTerm('# Requirements\n\nThe firm shall hold CREST accreditation. Firms that can show equivalent independent accreditation may submit evidence of it instead.\n')['CREST'] ?? 0).toBe(0);
    expect(severityByTerm('# Requirements\n\nThe firm shall hold CREST accreditation.\n')['CREST']).toBeGreaterThan(0);
  });
});
