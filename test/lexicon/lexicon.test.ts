import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { parse } from 'yaml';
import { Ajv } from 'ajv';
import { loadEntries, loadPhrases, BUILTIN_LEXICON_DIR, LexiconError, checkSafeRegex } from '../../src/lexicon/load.js';
import { loadLexicon } from '../../src/engine/linter.js';
import { LanguageDetector } from '../../src/text/language.js';
import { lintMd } from '../helpers.js';

const entries = loadEntries([BUILTIN_LEXICON_DIR]);

describe('built-in lexicon', () => {
  it('has at least 600 entries across the categories the issues name', () => {
    expect(entries.length).toBeGreaterThanOrEqual(600);
    const cats = new Set(entries.map((e) => e.category));
    for (const c of ['database', 'os', 'office', 'collaboration', 'cloud', 'erp', 'hr', 'crm', 'bi', 'identity', 'network', 'security', 'storage', 'virtualisation', 'dev-tool', 'low-code', 'hardware', 'format', 'certification', 'public-sector', 'national-infrastructure', 'standard', 'ai']) {
      expect(cats, c).toContain(c);
    }
  });

  it('validates every file against the JSON Schema', () => {
    const schema = JSON.parse(readFileSync(join(BUILTIN_LEXICON_DIR, 'schema.json'), 'utf8'));
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    for (const f of readdirSync(BUILTIN_LEXICON_DIR).filter((n) => n.endsWith('.yaml'))) {
      const ok = validate(parse(readFileSync(join(BUILTIN_LEXICON_DIR, f), 'utf8')));
      expect(ok, `${f}: ${JSON.stringify(validate.errors?.[0])}`).toBe(true);
    }
  });

  it('gives every entry a neutral description in Danish, English, Swedish and Norwegian', () => {
    const missing = entries.filter((e) => !(['da', 'en', 'sv', 'no'] as const).every((l) => (e.neutral as Record<string, string | undefined>)[l]));
    expect(missing.map((e) => e.source)).toEqual([]);
  });

  it('loads phrase lists for Danish, English, Swedish, Norwegian, German, French and Dutch', () => {
    const p = loadPhrases();
    for (const l of ['da', 'en', 'sv', 'no', 'de', 'fr', 'nl'] as const) expect(p.get(l)?.lists.equivalent?.length, l).toBeGreaterThan(0);
  });
});

describe('every entry\'s examples', () => {
  // Each example sentence is linted on its own, in the language it is written in.
  const detector = new LanguageDetector(loadPhrases());
  const lang = (s: string) => detector.detect(s, 'da');
  for (const e of entries) {
    it(`${e.id} (${e.source})`, () => {
      for (const s of e.examples.flag) {
        const hit = lintMd(s, lang(s)).some((f) => f.entryId === e.id && f.severity >= 1);
        expect(hit, `should flag: ${s}`).toBe(true);
      }
      for (const s of e.examples.pass) {
        const f = lintMd(s, lang(s)).find((x) => x.entryId === e.id && x.severity >= 1);
        expect(f?.message, `should pass: ${s}`).toBeUndefined();
      }
    });
  }
});

describe('load-time checks', () => {
  const dir = () => mkdtempSync(join(tmpdir(), 'tl-lex-'));
  const entry = (id: string, term: string) => `  - id: ${id}\n    terms: [${term}]\n    kind: product\n    neutral: { da: en løsning, en: a solution }\n    examples: { flag: [], pass: [] }\n`;

  it('rejects a duplicate id and names the file and line', () => {
    const d = dir();
    writeFileSync(join(d, 'a.yaml'), `category: other\nentries:\n${entry('dup', 'Foo')}${entry('dup', 'Bar')}`);
    expect(() => loadEntries([d])).toThrowError(/a\.yaml:8: duplicate id "dup"/);
  });

  it('rejects a term that two entries share', () => {
    const d = dir();
    writeFileSync(join(d, 'a.yaml'), `category: other\nentries:\n${entry('one', 'Widgetor')}`);
    writeFileSync(join(d, 'b.yaml'), `category: other\nentries:\n${entry('two', 'widgetor')}`);
    expect(() => loadEntries([d])).toThrowError(/b\.yaml:3: term "widgetor" of "two" is already a term of "one"/);
  });

  it('rejects an entry that breaks the schema, pointing at its line', () => {
    const d = dir();
    writeFileSync(join(d, 'a.yaml'), `category: other\nentries:\n${entry('ok', 'Alpha')}  - id: Bad Id\n    terms: [Beta]\n    kind: product\n    neutral: { da: x y z w, en: x y z w }\n    examples: { flag: [], pass: [] }\n`);
    expect(() => loadEntries([d])).toThrowError(LexiconError);
    expect(() => loadEntries([d])).toThrowError(/a\.yaml:8:/);
  });

  it('rejects invalid YAML with its line', () => {
    const d = dir();
    writeFileSync(join(d, 'a.yaml'), 'category: other\nentries:\n  - id: x\n   terms: [oops\n');
    expect(() => loadEntries([d])).toThrowError(/a\.yaml:\d+: invalid YAML/);
  });

  describe('JSON lexicon files', () => {
    const obj = (id: string, term: string) => ({ id, terms: [term], kind: 'product', neutral: { da: 'en løsning', en: 'a solution' }, examples: { flag: [], pass: [] } });
    const json = (entries: unknown[]) => JSON.stringify({ $schema: './schema.json', category: 'other', entries }, null, 2);
    // In two-space pretty-printed JSON an entry opens on a line that is exactly "    {".
    const opening = (text: string) => text.split('\n').flatMap((l, i) => (l === '    {' ? [i + 1] : []));

    it('loads a .json file from a folder beside YAML, skipping a copy of schema.json', () => {
      const d = dir();
      writeFileSync(join(d, 'a.yaml'), `category: other\nentries:\n${entry('from-yaml', 'Yamlor')}`);
      const text = json([obj('from-json', 'Jsonor Suite'), obj('second', 'Secondor')]);
      writeFileSync(join(d, 'b.json'), text);
      writeFileSync(join(d, 'schema.json'), readFileSync(join(BUILTIN_LEXICON_DIR, 'schema.json')));
      const got = loadEntries([d]);
      expect(got.map((e) => e.id)).toEqual(['from-yaml', 'from-json', 'second']);
      const [l1, l2] = opening(text);
      expect(l1).toBe(5); // after "{", "$schema", "category", "entries": [
      expect(got.slice(1).map((e) => e.source)).toEqual([`b.json:${l1}`, `b.json:${l2}`]);
    });

    it('names the line of an entry that breaks the schema', () => {
      const d = dir();
      const text = json([obj('ok', 'Alpha'), { ...obj('bad', 'Beta'), kind: 'gadget' }]);
      writeFileSync(join(d, 'a.json'), text);
      const line = opening(text)[1]!;
      expect(() => loadEntries([d])).toThrowError(new RegExp(`a\\.json:${line}: does not match the lexicon schema: /entries/1/kind`));
    });

    it('names the line of a JSON syntax error', () => {
      const d = dir();
      writeFileSync(join(d, 'a.json'), '{\n  "category": "other",\n  "entries": [\n    { "id": "x", }\n  ]\n}\n');
      expect(() => loadEntries([d])).toThrowError(/a\.json:4: invalid JSON: Expected double-quoted property name$/);
    });

    it('checks duplicate ids and shared terms across YAML and JSON alike', () => {
      const d = dir();
      writeFileSync(join(d, 'a.yaml'), `category: other\nentries:\n${entry('one', 'Widgetor')}`);
      writeFileSync(join(d, 'b.json'), json([obj('two', 'WIDGETOR')]));
      expect(() => loadEntries([d])).toThrowError(/b\.json:5: term "WIDGETOR" of "two" is already a term of "one"/);
      writeFileSync(join(d, 'b.json'), json([obj('one', 'Gadgetor')]));
      expect(() => loadEntries([d])).toThrowError(/b\.json:5: duplicate id "one" \(first defined at a\.yaml:3\)/);
    });

    it('finds entry lines in minified JSON and past strings holding brackets', () => {
      const d = dir();
      const tricky = { ...obj('tricky', 'Trickor'), note: 'a "quoted" {brace} and [bracket] \\ inside' };
      writeFileSync(join(d, 'a.json'), JSON.stringify({ category: 'other', entries: [tricky, obj('next', 'Nextor')] }));
      expect(loadEntries([d]).map((e) => e.source)).toEqual(['a.json:1', 'a.json:1']);
      writeFileSync(join(d, 'a.json'), json([tricky, obj('next', 'Nextor')]).replace('"Nextor"', '"Nextor",\n"Nextor 2"'));
      const lines = loadEntries([d]).map((e) => Number(e.source.split(':')[1]));
      expect(lines[1]).toBeGreaterThan(lines[0]!);
      const text = readFileSync(join(d, 'a.json'), 'utf8');
      expect(lines).toEqual(opening(text));
      expect(text.split('\n')[lines[1]!]).toContain('"id": "next"');
    });
  });

  it('names a lexicon path that does not exist', () => {
    const missing = join(dir(), 'nope.yaml');
    expect(() => loadEntries([missing])).toThrowError(LexiconError);
    expect(() => loadEntries([missing])).toThrowError(/nope\.yaml: does not exist$/);
  });

  it('refuses regexes that could backtrack catastrophically', () => {
    expect(() => checkSafeRegex('(a+)+$', 'x.yaml', 1)).toThrowError(/not allowed/);
    expect(() => checkSafeRegex('(\\w)\\1', 'x.yaml', 1)).toThrowError(/not allowed/);
    expect(() => checkSafeRegex('(?=a)b', 'x.yaml', 1)).toThrowError(/not allowed/);
    expect(() => checkSafeRegex('\\bFoo ?\\d{3}\\b', 'x.yaml', 1)).not.toThrow();
  });
});

describe('configuration of the lexicon', () => {
  it('adds entries from extra files', () => {
    const d = mkdtempSync(join(tmpdir(), 'tl-extra-'));
    writeFileSync(join(d, 'own.yaml'), 'category: other\nentries:\n  - id: acme-case\n    terms: [AcmeCase Pro]\n    kind: product\n    neutral: { da: et sagssystem, en: a case system }\n    examples: { flag: [], pass: [] }\n');
    const f = lintMd('Løsningen skal være AcmeCase Pro.', 'da', { lexicon: [d] });
    expect(f.find((x) => x.entryId === 'acme-case')?.ruleId).toBe('brand-without-equivalent');
  });
  it('disables entries by id and allows terms', () => {
    expect(lintMd('Løsningen skal anvende MySQL som database.', 'da', { disableEntries: ['mysql'] }).some((f) => f.entryId === 'mysql')).toBe(false);
    expect(lintMd('Løsningen skal anvende MySQL som database.', 'da', { allow: [{ term: 'MySQL', reason: 'existing platform' }] }).some((f) => f.entryId === 'mysql')).toBe(false);
  });
  it('treats the buyer\'s own mandated systems like national infrastructure', () => {
    const f = lintMd('Løsningen skal integrere med Borgerblik 2.', 'da', { mandated: [{ term: 'Borgerblik 2', reason: 'fælleskommunal' }] });
    expect(f.filter((x) => x.severity >= 1)).toEqual([]);
    expect(loadLexicon({ mandated: [{ term: 'MySQL' }] }).entries.find((e) => e.id === 'mysql')?.kind).toBe('national-infrastructure');
  });
});
