// Rules own their decisions: each declares the rules it overrides on overlapping ranges (no global priority list).
import { describe, expect, it } from 'vitest';
import { CHECKERS } from '../../src/checkers/index.js';
import { Linter } from '../../src/engine/linter.js';
import { parseMarkdown } from '../../src/parse/markdown.js';

describe('overrides', () => {
  const ids = new Set(CHECKERS.map((c) => c.id));
  it('name existing rules, never the rule itself, and form no cycle', () => {
    for (const c of CHECKERS) for (const o of c.meta.overrides ?? []) {
      expect(ids.has(o), `${c.id} overrides unknown rule ${o}`).toBe(true);
      expect(o).not.toBe(c.id);
      const back = CHECKERS.find((x) => x.id === o)!.meta.overrides ?? [];
      expect(back, `${c.id} and ${o} override each other`).not.toContain(c.id);
    }
  });

  const lint = (text: string) => new Linter({ lang: 'da' }).lint(parseMarkdown(text, 'spec.md')).findings.filter((x) => x.severity >= 1);

  it('the overriding rule\'s finding is the one kept where ranges overlap', () => {
    // brand-without-equivalent declares that it overrides trademark-symbol: "Windows®" is one finding.
    expect(lint('Løsningen skal anvende Windows® 11.').map((x) => x.ruleId)).toEqual(['brand-without-equivalent']);
  });

  it('without the declaration both findings stay', () => {
    const brand = CHECKERS.find((c) => c.id === 'brand-without-equivalent')!;
    const saved = brand.meta.overrides;
    try {
      (brand.meta as { overrides?: readonly string[] }).overrides = [];
      expect(new Set(lint('Løsningen skal anvende Windows® 11.').map((x) => x.ruleId))).toEqual(new Set(['brand-without-equivalent', 'trademark-symbol']));
    } finally {
      (brand.meta as { overrides?: readonly string[] }).overrides = saved;
    }
  });
});
