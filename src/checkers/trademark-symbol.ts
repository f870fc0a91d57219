// trademark-symbol: ® ™ ℠ next to a name signal a trade mark even when the lexicon does not know it.
import type { Checker } from './types.js';
import type { DraftFinding } from '../model/finding.js';
import { isRequirement, orEquivalentFix, orEquivalentSuggestion, quote, severityFor } from './shared.js';
import { scanBlocks } from './scan.js';

/** Up to two capitalised words before a marked name that has a capital or a digit ("Microsoft® Teams", "iPhone™"). */
const MARKED = /((?:[\p{Lu}][\p{L}\p{N}+-]*\s+){0,2}(?=[\p{L}\p{N}.+-]*[\p{Lu}\p{N}])[\p{L}\p{N}][\p{L}\p{N}.+-]*)\s?[®™℠](?:\s+(?:[\p{Lu}][\p{L}\p{N}]*))?/gu;

export const trademarkSymbol: Checker = {
  id: 'trademark-symbol',
  meta: {
    description: 'A name marked ®, ™ or ℠ in a requirement: a trade mark the law does not allow without "or equivalent".',
    defaultSeverity: 1,
    fixable: true,
    basis: 'brand',
    scope: 'sentence',
    // A marked trade mark is more specific than an unknown-name guess.
    overrides: ['unknown-brand'],
    messages: {
      trademark: {
        en: '{term} carries a trade-mark symbol: a trade mark is required without "or equivalent". Name the function instead.',
        da: '{term} har et varemærkesymbol: et varemærke kræves uden "eller tilsvarende". Beskriv i stedet funktionen.',
        no: '{term} har et varemerkesymbol: et varemerke kreves uten "eller tilsvarende". Beskriv heller funksjonen.',
        sv: '{term} har en varumärkessymbol: ett varumärke krävs utan "eller likvärdigt". Beskriv i stället funktionen.',
      },
    },
  },
  check(input) {
    const { lang } = input;
    const out: DraftFinding[] = [];
    for (const h of scanBlocks(input, MARKED, { needs: /[®™℠]/ })) {
      const sc = h.ctx;
      if (!isRequirement(sc) || sc.equivalent || sc.example) continue;
      // Lexicon mentions of the same name are reported by the more specific rules; this one adds the signal.
      out.push({
        block: h.block.index, start: h.start, end: h.end, severity: severityFor(sc, 1), messageId: 'trademark',
        data: { term: quote(h.match[0], lang) },
        suggestions: [orEquivalentSuggestion(sc, h.end, lang, 'fallback')],
        fix: orEquivalentFix(sc.block.text, h.end, lang),
      });
    }
    return out;
  },
};
