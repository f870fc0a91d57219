// Language per paragraph: a Danish specification keeps its Danish requirements whatever else it holds
// (issue 14 item 3: an English annex or a table of codes must not switch the gate off).
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../src/parse/markdown.js';
import { Linter } from '../../src/engine/linter.js';
import { LanguageDetector } from '../../src/text/language.js';
import { loadPhrases } from '../../src/lexicon/load.js';
import { severityByTerm } from '../helpers.js';

const paragraphLanguages = (texts: string[]) => new LanguageDetector(loadPhrases()).paragraphs(texts);

const linter = new Linter();
const lint = (md: string) => linter.lint(parseMarkdown(md, 'spec.md'));
const errors = (md: string) => lint(md).findings.filter((f) => f.severity === 2).map((f) => f.term);

const annex = [
  'The supplier will provide the service described in this annex. This annex is written in English and describes the scope',
  'of the services to be delivered by the contractor, the reporting that is expected and the way the work is organised.',
].join(' ');

describe('language per paragraph', () => {
  it('a Danish requirement stays a requirement beside a longer English annex', () => {
    const md = `# Kravspecifikation\n\nLøsningen skal anvende MySQL som database.\n\n${annex}\n\n${annex}\n`;
    expect(errors(md)).toContain('MySQL');
  });

  it('a Danish requirement stays a requirement beside a large table of codes', () => {
    const rows = Array.from({ length: 300 }, (_, i) => `| A${String(i).padStart(4, '0')} | The item code and the unit of the order form |`).join('\n');
    const md = `# Kravspecifikation\n\nLøsningen skal anvende Oracle Database.\n\n| Code | Description |\n|---|---|\n${rows}\n`;
    expect(errors(md)).toContain('Oracle Database');
  });

  it('English "will" binds in the English annex but not in a Danish paragraph', () => {
    const md = `# Kravspecifikation\n\nKommunen will gerne høre om erfaringer med MySQL, og det er ikke et krav til løsningen.\n\n${annex} The contractor will use Oracle Database.\n`;
    const terms = lint(md).findings.filter((f) => f.severity >= 1).map((f) => f.term);
    expect(terms).toContain('Oracle Database');
    expect(terms).not.toContain('MySQL');
  });

  it('each paragraph gets its own language; short ones take their neighbour\'s', () => {
    const r = paragraphLanguages(['Løsningen skal anvende en relationel database, og leverandøren skal dokumentere den.', 'MySQL', annex, 'Oracle']);
    expect(r.byBlock).toEqual(['da', 'da', 'en', 'en']);
  });
});

describe('a one-sentence Scandinavian requirement is read in its own language', () => {
  it('"Konsulten ska ha erfarenhet av …" is Swedish, so "ska" makes it a requirement', () => {
    expect(severityByTerm('Konsulten ska ha erfarenhet av Camunda.')['Camunda']).toBe(2);
  });
});

describe('a one-line text with a single marker word', () => {
  it('"Koden ska versionshanteras i GitHub." under "# Krav" is Swedish, so its "ska" binds', () => {
    expect(severityByTerm('# Krav\n\nKoden ska versionshanteras i GitHub.\n')['GitHub']).toBe(2);
  });
});
