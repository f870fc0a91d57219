import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { rulesTable } from '../src/engine/rules-table.js';
import { FORMATTERS } from '../src/report/index.js';

const readme = readFileSync(join(import.meta.dirname, '..', 'README.md'), 'utf8');

describe('README', () => {
  it('has the checker table generated from the code', () => {
    const m = /<!-- rules:start -->\n([^]*?)\n<!-- rules:end -->/.exec(readme);
    expect(m?.[1]).toBe(rulesTable());
  });
  it('names every report format and documents the exit codes 0, 1 and 2', () => {
    for (const f of Object.keys(FORMATTERS)) expect(readme).toContain(`\`${f}\``);
    for (const c of ['| 0 |', '| 1 |', '| 2 |']) expect(readme).toContain(c);
  });
  it('starts with two set-up commands and the test command', () => {
    expect(readme).toContain('npm ci\nnpx tenderlint examples/kravspecifikation-esdh.docx');
    expect(readme).toContain('npm test');
  });
});
