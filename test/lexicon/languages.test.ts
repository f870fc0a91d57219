// Languages are data: every phrase file's examples are linted with the language detected, and Finnish, added as a
// phrase file only (lexicon/phrases/fi.yaml), is detected, read with its own modal verbs and fixed with its own
// statutory wording.
import { describe, expect, it } from 'vitest';
import { loadPhrases } from '../../src/lexicon/load.js';
import { Linter } from '../../src/engine/linter.js';
import { parseMarkdown } from '../../src/parse/markdown.js';
import { LanguageDetector } from '../../src/text/language.js';

const sets = loadPhrases();
const linter = new Linter();
const lint = (text: string) => linter.lint(parseMarkdown(text, 'spec.md'));

describe('phrase-file examples', () => {
  for (const [lang, set] of sets) {
    if (!set.examples) continue;
    describe(lang, () => {
      for (const text of set.examples!.flag) it(`flags: ${text}`, () => {
        const r = lint(text);
        expect(r.lang).toBe(lang);
        expect(r.findings.filter((f) => f.severity >= 1).length).toBeGreaterThan(0);
      });
      for (const text of set.examples!.pass) it(`passes: ${text}`, () => {
        expect(lint(text).findings.filter((f) => f.severity >= 1).map((f) => f.term)).toEqual([]);
      });
    });
  }
});

describe('a language added as data only', () => {
  it('is detected from its markers', () => {
    expect(new LanguageDetector(sets).detect('Toimittajan on huolehdittava siitä, että järjestelmä ja palvelu ovat käytettävissä.')).toBe('fi');
  });
  it('is read with its own modal verbs: the same name in a Finnish background sentence is not a requirement', () => {
    expect(lint('Toimittajan on käytettävä Oracle Database -tietokantaa.').findings.some((f) => f.severity === 2)).toBe(true);
    expect(lint('Tilaajalla on tällä hetkellä käytössä Oracle Database -tietokanta ja se on ollut käytössä pitkään.').findings.filter((f) => f.severity >= 1)).toEqual([]);
  });
  it('gets its statutory "or equivalent" wording from the phrase file', () => {
    const f = lint('Toimittajan on käytettävä Oracle Database -tietokantaa.').findings.find((x) => x.fix);
    expect(f?.fix?.text.trim()).toBe('tai vastaava');
  });
  it('every phrase file has markers for detection', () => {
    for (const [lang, set] of sets) expect(set.lists.markers?.length ?? 0, lang).toBeGreaterThan(10);
  });
});

describe('suggestions in a language added as data', () => {
  it('never splice another language\'s description into the sentence; "or equivalent" is offered in its own wording', () => {
    const f = lint('Toimittajan on käytettävä Oracle Database -tietokantaa.').findings.find((x) => x.severity === 2)!;
    expect(f.suggestions.length).toBeGreaterThan(0);
    for (const s of f.suggestions) expect(s.text).not.toMatch(/relational database|relationel/);
    expect(f.suggestions.some((s) => s.text.includes('tai vastaava'))).toBe(true);
  });
});

describe('the language list --lang checks', () => {
  it('is the phrase files, each named after the language it declares', async () => {
    const { languages } = await import('../../src/api/languages.js');
    expect(languages()).toEqual([...sets.keys()].sort());
  });
});
