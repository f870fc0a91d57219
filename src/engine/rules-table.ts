// The README's table of checkers, generated from the checkers' metadata (a test keeps README.md in step).
import { CHECKERS } from '../checkers/index.js';

const SEV = ['advisory', 'warning', 'error'];

export function rulesTable(): string {
  const rows = CHECKERS.map((c) => `| [\`${c.id}\`](docs/rules/${c.id}.md) | ${SEV[c.meta.defaultSeverity]} | ${c.meta.fixable ? 'yes' : ''} | ${c.meta.description.replace(/\|/g, '\\|')} |`);
  return ['| rule | default severity | fix | what it finds |', '|---|---|---|---|', ...rows].join('\n');
}
