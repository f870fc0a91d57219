// unknown-brand: brand-like names the lexicon does not know (CamelCase, "Vendor Product 2019", "fra Firma"), at a lower severity.
import type { Checker } from './types.js';
import type { DraftFinding } from '../model/finding.js';
import { isRequirement, orEquivalentFix, orEquivalentSuggestion, quote } from './shared.js';
import { scanBlocks } from './scan.js';

/** CamelCase or inner-capital words ("PowerBuilder", "eDoc", "GetOrganized"), and "Name Name 2019"-style product names. */
const BRANDLIKE = /(?<![\p{L}\p{N}@#/._-])(?:[\p{Lu}][\p{Ll}]+[\p{Lu}][\p{L}]+|[\p{Ll}]{1,2}[\p{Lu}][\p{Ll}][\p{L}]+)(?:\s+(?:v\.?\s?)?\d{1,4}(?:\.\d+)*)?(?![\p{L}\p{N}])/gu;
/** "fra Firma", "from Company", "leveret af Firma": a supplier named as the source. */
const FROM_VENDOR = /(?<![\p{L}])(?:fra|from|leveret af|supplied by|levert av|från)\s+([\p{Lu}][\p{L}]+(?:\s+[\p{Lu}][\p{L}]+){0,2}(?:\s+(?:A\/S|ApS|AS|AB|Inc\.?|Ltd\.?|GmbH|Corporation|Corp\.?)))(?![\p{L}])/gu;
/** Words that look CamelCase but are not brands. */
const NOT_BRANDS = new Set(['iPhone-app', 'eIDAS', 'eID', 'eDelivery', 'eFormidling', 'eHealth', 'eInvoice', 'mHealth', 'DevOps', 'DevSecOps', 'JavaScript', 'TypeScript', 'OpenAPI', 'GraphQL', 'WebSocket', 'PostScript', 'LaTeX', 'McDonald', 'MacBook']);

export const unknownBrand: Checker = {
  id: 'unknown-brand',
  meta: {
    description: 'A brand-like name the lexicon does not know, in a mandatory requirement. The lexicon will never be complete.',
    defaultSeverity: 1,
    fixable: true,
    basis: 'brand',
    scope: 'sentence',
    messages: {
      unknown: {
        en: '{term} looks like a product or company name. If it is one, describe the need instead or add "or equivalent"; if it is the buyer\'s own system, allow it in the configuration.',
        da: '{term} ligner et produkt- eller firmanavn. Er det et, så beskriv behovet i stedet eller tilføj "eller tilsvarende"; er det kundens eget system, så tillad det i konfigurationen.',
        no: '{term} ligner et produkt- eller firmanavn. Er det det, beskriv behovet i stedet eller legg til "eller tilsvarende"; er det kundens eget system, tillat det i konfigurasjonen.',
        sv: '{term} liknar ett produkt- eller företagsnamn. Är det ett, beskriv behovet i stället eller lägg till "eller likvärdigt"; är det beställarens eget system, tillåt det i konfigurationen.',
      },
    },
  },
  check(input) {
    const { lang } = input;
    const out: DraftFinding[] = [];
    const report = (block: number, start: number, end: number, sc: import('../analysis/context.js').SpanContext, term: string): void => {
      // Only mandatory requirements: a guess should not cry wolf on background and wishes.
      if (!isRequirement(sc) || sc.modality !== 'mandatory' || sc.modalityFrom !== 'sentence' || sc.equivalent || sc.example || sc.existing || sc.leadInExisting) return;
      out.push({
        block, start, end, severity: 1, messageId: 'unknown', data: { term: quote(term, lang) },
        suggestions: [orEquivalentSuggestion(sc, end, lang)],
        fix: orEquivalentFix(sc.block.text, end, lang),
      });
    };
    for (const h of scanBlocks(input, BRANDLIKE, { avoidMentions: true })) {
      const word = h.match[0].split(/\s/)[0]!;
      if (NOT_BRANDS.has(word) || /^(?:[A-Z][a-z]+){1}(?:[A-Z]{2,})$/.test(word)) continue;
      report(h.block.index, h.start, h.end, h.ctx, h.match[0]);
    }
    for (const h of scanBlocks(input, FROM_VENDOR, { avoidMentions: true, group: 1, needs: /fra|from|leveret af|supplied by|levert av|från/i })) report(h.block.index, h.start, h.end, h.ctx, h.match[1]!);
    return out;
  },
};
