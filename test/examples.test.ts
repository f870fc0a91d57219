import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { lintFiles } from '../src/io/lint-files.js';

const root = join(import.meta.dirname, '..');
const [da, en] = await lintFiles([join(root, 'examples/kravspecifikation-esdh.md'), join(root, 'examples/requirements-crm.md')]);
const failing = (r: typeof da) => r!.findings.filter((f) => f.severity >= 1).map((f) => `${f.ruleId}: ${f.term}`);
const quiet = (r: typeof da, term: string) => r!.findings.filter((f) => f.term.includes(term) && f.severity >= 1);

describe('examples/kravspecifikation-esdh (Danish)', () => {
  it('reports exactly the lock-in its author planted', () => {
    expect(failing(da)).toEqual([
      'compatibility-clause: Microsoft Word',
      'brand-without-equivalent: Microsoft® Outlook',
      'proprietary-format: Excel',
      'brand-without-equivalent: Microsoft SQL Server',
      'compatibility-clause: Windows Server 2022',
      'compatibility-clause: SharePoint Online',
      'brand-without-equivalent: Microsoft Office 2019',
      'brand-without-equivalent: Microsofts Azure',
      'standard-without-equivalent: ISO/IEC 27001',
      'vendor-certification: Microsoft Gold Partner',
      'model-number: Fujitsu fi-7160',
    ]);
    expect(da!.findings.find((f) => f.term === 'Microsoft Office 2019')!.messageId).toBe('versionFloor');
  });
  it('stays quiet on the legitimate references', () => {
    for (const t of ['ABBYY', 'Teams', 'PostgreSQL', 'MariaDB', 'ISAE 3402', 'KMD Opus', 'SBSYS', 'SD Løn', 'MitID', 'NemLog-in', 'Digital Post', 'Serviceplatformen', 'Adobe Flash', 'WCAG']) expect(quiet(da, t), t).toEqual([]);
    expect(da!.findings.some((f) => f.ruleId === 'missing-exit-terms')).toBe(false);
  });
});

describe('examples/requirements-crm (English)', () => {
  it('reports exactly the lock-in its author planted, including the missing exit terms', () => {
    expect(failing(en)).toEqual([
      'missing-exit-terms: ',
      'proprietary-format: Microsoft Excel',
      'compatibility-clause: Microsoft 365',
      'compatibility-clause: Salesforce Service Cloud',
      'compatibility-clause: Oracle Database 19c',
      'model-number: Dell Latitude 5450',
      'standard-without-equivalent: ISO 9001',
      'vendor-certification: AWS Advanced Tier Partner',
    ]);
  });
  it('stays quiet on background, equivalents, examples, negations and ordinary words', () => {
    for (const t of ['Dynamics CRM', 'Unit4', 'Genesys', 'PostgreSQL', 'MySQL', 'ISO/IEC 27001', 'Cyber Essentials', 'Webex', 'Internet Explorer', 'WCAG', 'Office', 'teams', 'access', 'windows']) expect(quiet(en, t), t).toEqual([]);
  });
});
