// missing-exit-terms: a software or IT-services specification that nowhere secures data export, documented
// interfaces or exit assistance; a hardware purchase holds no data the next tender needs back.
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../src/parse/markdown.js';
import { sharedLinter } from '../helpers.js';

const exitFindings = (md: string): number =>
  sharedLinter().lint(parseMarkdown(md, 'spec.md')).findings.filter((f) => f.ruleId === 'missing-exit-terms').length;

describe('missing-exit-terms', () => {
  const software = [
    '# Udbud af sagsbehandlingssystem', '', 'Leverandøren skal levere et sagsbehandlingssystem som SaaS.', '',
    'Løsningen skal integreres med kommunens økonomisystem via et API.', '', 'Systemet skal have en database med fuld historik.', '',
  ].join('\n');

  it('reports a software specification without exit terms, in its language', () => {
    expect(exitFindings(software)).toBe(1);
  });

  it('is satisfied by a requirement to export all data or a documented API', () => {
    expect(exitFindings(`${software}\nVed kontraktens ophør skal leverandøren udlevere alle data i et åbent format (dataeksport).\n`)).toBe(0);
  });

  it('does not ask a hardware purchase for exit terms', () => {
    const switches = [
      '# Request for Quote: Network Switches', '', 'The Government requires 24 Cisco Catalyst 9300 switches, brand name or equal.', '',
      '- Managed through Cisco DNA Center', '- Stackable with Cisco StackWise', '', 'The switches must run Cisco IOS XE.', '',
    ].join('\n');
    expect(exitFindings(switches)).toBe(0);
  });
});
