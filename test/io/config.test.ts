import { describe, expect, it, beforeEach } from 'vitest';
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { run, type CliIO } from '../../src/cli.js';
import { clearConfigCache } from '../../src/io/config.js';

async function cli(cwd: string, ...argv: string[]) {
  let stdout = '', stderr = '';
  const io: CliIO = { stdout: (s) => { stdout += s; }, stderr: (s) => { stderr += s; }, cwd, isTTY: false, env: {} };
  return { code: await run(argv, io), stdout, stderr };
}
const SPEC = 'Løsningen skal anvende MySQL.\n\nLeverandøren bør være certificeret efter ISO 9001.\n\nAlle data skal kunne eksporteres, og leverandøren yder ophørsbistand.\n';

describe('configuration', () => {
  let dir: string;
  beforeEach(() => { clearConfigCache(); dir = mkdtempSync(join(tmpdir(), 'tl-cfg-')); });

  it('is found upward from each file and turns rules off or down', async () => {
    mkdirSync(join(dir, 'tender', 'annexes'), { recursive: true });
    writeFileSync(join(dir, 'tender', 'tenderlint.config.json'), JSON.stringify({ root: true, rules: { 'brand-without-equivalent': 'warning', 'standard-without-equivalent': 'off' } }));
    writeFileSync(join(dir, 'tender', 'annexes', 'spec.md'), SPEC);
    const r = await cli(dir, '--format', 'json', 'tender/annexes/spec.md');
    const msgs = JSON.parse(r.stdout)[0].messages;
    expect(msgs.map((m: { ruleId: string; severity: number }) => `${m.ruleId}:${m.severity}`)).toEqual(['brand-without-equivalent:1']);
    expect(r.code).toBe(0);
  });

  it('reads YAML, allows terms with a reason and sets the gate', async () => {
    writeFileSync(join(dir, '.tenderlintrc.yaml'), 'allow:\n  - term: MySQL\n    reason: kommunens fælles databaseplatform\nfailOn: warning\n');
    writeFileSync(join(dir, 'spec.md'), SPEC);
    const r = await cli(dir, '--format', 'json', 'spec.md');
    expect(JSON.parse(r.stdout)[0].messages.map((m: { ruleId: string }) => m.ruleId)).toEqual(['standard-without-equivalent']);
    expect(r.code).toBe(1); // failOn: warning
  });

  it('uses --config instead of searching, and --no-config-lookup ignores configuration files', async () => {
    writeFileSync(join(dir, 'tenderlint.config.json'), JSON.stringify({ rules: { 'brand-without-equivalent': 'off' } }));
    writeFileSync(join(dir, 'other.json'), JSON.stringify({ rules: { 'standard-without-equivalent': 'off' } }));
    writeFileSync(join(dir, 'spec.md'), SPEC);
    const ids = async (...a: string[]) => JSON.parse((await cli(dir, '--format', 'json', ...a, 'spec.md')).stdout)[0].messages.map((m: { ruleId: string }) => m.ruleId);
    expect(await ids()).toEqual(['standard-without-equivalent']);
    expect(await ids('--config', 'other.json')).toEqual(['brand-without-equivalent']);
    expect(await ids('--no-config-lookup')).toEqual(['brand-without-equivalent', 'standard-without-equivalent']);
  });

  const invalid: Array<[string, string, RegExp]> = [
    ['unknown field', JSON.stringify({ rulez: {} }), /tenderlint\.config\.json: unknown field "rulez"/],
    ['bad severity', JSON.stringify({ rules: { 'brand-without-equivalent': 'loud' } }), /tenderlint\.config\.json: rules\.brand-without-equivalent: must be equal to one of the allowed values/],
    ['unknown rule', JSON.stringify({ rules: { 'no-such-rule': 'off' } }), /tenderlint\.config\.json: rules\.no-such-rule: unknown rule/],
    ['allow without reason', JSON.stringify({ allow: [{ term: 'MySQL' }] }), /tenderlint\.config\.json: allow\.0: must have required property 'reason'/],
    ['broken JSON', '{ "rules": ', /tenderlint\.config\.json: is not valid JSON/],
    ['missing lexicon file', JSON.stringify({ lexicon: ['nope.yaml'] }), /tenderlint\.config\.json: lexicon\[0\]: "nope\.yaml" does not exist/],
  ];
  for (const [name, text, re] of invalid) {
    it(`refuses an invalid configuration (${name}) with one line naming file and field, exit 2`, async () => {
      writeFileSync(join(dir, 'tenderlint.config.json'), text);
      writeFileSync(join(dir, 'spec.md'), SPEC);
      const r = await cli(dir, '--format', 'json', 'spec.md');
      expect(r.code).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(re);
      expect(() => JSON.parse(r.stdout)).not.toThrow();
    });
  }

  it('adds lexicon files and mandated systems from the configuration', async () => {
    writeFileSync(join(dir, 'own.yaml'), 'category: other\nentries:\n  - id: acme-flow\n    terms: [AcmeFlow]\n    kind: product\n    neutral: { da: et workflowværktøj, en: a workflow tool }\n    examples: { flag: [], pass: [] }\n');
    writeFileSync(join(dir, 'tenderlint.config.json'), JSON.stringify({ lexicon: ['own.yaml'], mandated: [{ term: 'Borgerblik', reason: 'fælleskommunal platform' }] }));
    writeFileSync(join(dir, 'spec.md'), 'Løsningen skal anvende AcmeFlow.\n\nLøsningen skal anvende Borgerblik.\n\nAlle data skal kunne eksporteres.\n');
    const msgs = JSON.parse((await cli(dir, '--format', 'json', 'spec.md')).stdout)[0].messages;
    expect(msgs.map((m: { term: string }) => m.term)).toEqual(['AcmeFlow']);
  });

  it('lexicon search sees the configuration in effect: own entries, disabled entries, allowed terms, mandated systems', async () => {
    writeFileSync(join(dir, 'own.yaml'), 'category: other\nentries:\n  - id: acme-flow\n    terms: [AcmeFlow]\n    kind: product\n    neutral: { da: et workflowværktøj, en: a workflow tool }\n    examples: { flag: [], pass: [] }\n');
    writeFileSync(join(dir, 'tenderlint.config.json'), JSON.stringify({
      lexicon: ['own.yaml'], disableEntries: ['mysql'],
      allow: [{ term: 'SharePoint', reason: 'kommunens eksisterende intranet' }], mandated: [{ term: 'Borgerblik', reason: 'fælleskommunal platform' }],
    }));
    const own = await cli(dir, 'lexicon', 'search', 'acmeflow');
    expect(own.code).toBe(0);
    expect(own.stdout).toContain(`configuration: ${join(dir, 'tenderlint.config.json')}`);
    expect(own.stdout).toMatch(/^acme-flow {2}\(other, product\) {2}own\.yaml:3$/m);
    expect((await cli(dir, 'lexicon', 'search', 'mysql')).stdout).toMatch(/^mysql .*\n.*\n {2}never flagged: disabled by the configuration/m);
    expect((await cli(dir, 'lexicon', 'search', 'sharepoint')).stdout).toContain('allowed by the configuration: "SharePoint" (kommunens eksisterende intranet)');
    expect((await cli(dir, 'lexicon', 'search', 'borgerblik')).stdout).toContain('never flagged: fælleskommunal platform');
    const none = await cli(dir, '--no-config-lookup', 'lexicon', 'search', 'acmeflow');
    expect([none.code, none.stdout]).toEqual([1, 'No lexicon entry matches "acmeflow".\n']);
  });

  it('adds a JSON lexicon file, and a broken one is one stderr line with its file and line, exit 2', async () => {
    const own = { category: 'other', entries: [{ id: 'acme-flow', terms: ['AcmeFlow'], kind: 'product', neutral: { da: 'et workflowværktøj', en: 'a workflow tool' }, examples: { flag: [], pass: [] } }] };
    writeFileSync(join(dir, 'own.json'), JSON.stringify(own, null, 2));
    writeFileSync(join(dir, 'tenderlint.config.json'), JSON.stringify({ lexicon: ['own.json'] }));
    writeFileSync(join(dir, 'spec.md'), 'Løsningen skal anvende AcmeFlow.\n\nAlle data skal kunne eksporteres.\n');
    const ok = await cli(dir, '--format', 'json', 'spec.md');
    expect(JSON.parse(ok.stdout)[0].messages.map((m: { term: string; ruleId: string }) => `${m.ruleId}:${m.term}`)).toEqual(['brand-without-equivalent:AcmeFlow']);
    writeFileSync(join(dir, 'own.json'), JSON.stringify(own, null, 2).replace('"kind": "product",', '"kind": "product",,'));
    const bad = await cli(dir, '--format', 'json', 'spec.md');
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^tenderlint: \S*spec\.md: invalid lexicon \S*own\.json:9: invalid JSON: Expected double-quoted property name$/)]);
  });
});
