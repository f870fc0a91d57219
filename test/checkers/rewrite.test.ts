import { describe, expect, it } from 'vitest';
import { agreeArticle } from '../../src/checkers/shared.js';

describe('the article before a functional rewrite', () => {
  const cases: Array<[string, string, string]> = [
    ['shall receive an ', 'a tablet that …', 'shall receive '],
    ['skal have en ', 'en tablet, der …', 'skal have '],
    ['ska ha ett ', 'ett system …', 'ska ha '],
    ['shall be an ', 'documented competence', 'shall be a '],
    ['shall be a ', 'independent audit', 'shall be an '],
    ['shall be a ', 'ISO-certified supplier', 'shall be an '],
    ['shall be a ', 'FSC-labelled product', 'shall be an '],
    ['shall use a ', 'unified log', 'shall use a '],
    ['shall use a ', 'European standard', 'shall use a '],
    ['shall use a ', 'one-page summary', 'shall use a '],
    ['An ', 'relational database', 'A '],
    ['shall use ', 'a relational database', 'shall use '],
    ['skal bruge en ', 'relationel database', 'skal bruge en '],
    ['Oracle and ', 'a database', 'Oracle and '],
    ['the data shall stay in a ', 'independent store', 'the data shall stay in an '],
    ['shall be stored in Aberdeen ', 'a database', 'shall be stored in Aberdeen '],
    ['ved hjælp af mereten ', 'en database', 'ved hjælp af mereten '],
  ];
  for (const [before, replacement, expected] of cases) {
    it(`"${before}" + "${replacement}" → "${expected}"`, () => expect(agreeArticle(before, replacement)).toBe(expected));
  }
});
