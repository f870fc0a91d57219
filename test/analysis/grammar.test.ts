// The reading layer's grammatical patterns come from each language's phrase file: a language added as data brings
// its own "and", "of", ", but" with it (issue 13, item 4).
import { describe, expect, it } from 'vitest';
import { loadPhrases } from '../../src/lexicon/load.js';
import { Phrases } from '../../src/text/phrases.js';
import { grammarOf } from '../../src/analysis/grammar.js';
import type { Lang } from '../../src/model/document.js';

const grammar = (lang: Lang) => grammarOf(new Phrases(loadPhrases(), lang));

describe('grammar from phrase data', () => {
  it('coordinators of the document\'s languages join names, those of other languages do not', () => {
    expect(grammar('de').coord.test(' und ')).toBe(true);
    expect(grammar('da').coord.test(' og ')).toBe(true);
    expect(grammar('da').coord.test(' und ')).toBe(false);
    expect(grammar('da').coord.test(', ')).toBe(true);
  });

  it('a language without a list gets patterns that never match on it, not an error', () => {
    const fi = loadPhrases();
    fi.get('fi')!.lists.nameLinks = [];
    const g = grammarOf(new Phrases(fi, 'fi'));
    expect(g.nameLinks.has('of')).toBe(true); // every document also reads English
    expect(g.competenceGap.test(' with ')).toBe(true);
  });

  it('a phrase set with its own words changes the patterns', () => {
    const sets = loadPhrases();
    sets.get('nl')!.lists.coordinators = ['alsmede'];
    expect(grammarOf(new Phrases(sets, 'nl')).coord.test(' alsmede ')).toBe(true);
    expect(grammar('nl').coord.test(' alsmede ')).toBe(false);
  });

  it('clause joiners after a comma open a clause', () => {
    const cut = grammar('sv').clauseCut;
    expect(' X, men leverantören'.search(cut)).toBe(2);
    expect(' X, samt Y'.search(cut)).toBe(2);
    expect(' X, Y'.search(cut)).toBe(-1);
  });
});

describe('articles and demonstratives from phrase data', () => {
  it('are never a name of their own, and a demonstrative points back', () => {
    const g = grammar('sv');
    expect(g.pointers.has('ett')).toBe(true);
    expect(g.pointers.has('denna')).toBe(true);
    expect(g.demonstrativeEnd.test('enligt denna ')).toBe(true);
    expect(g.demonstrativeEnd.test('enligt planen ')).toBe(false);
    expect(new RegExp(`^(?:${g.article})$`, 'u').test('The')).toBe(true);
  });
});
