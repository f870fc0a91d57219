// equivalent-without-criteria: "or equivalent" is there, but nothing says what counts as equivalent (or the bar is hollowed).
import type { Checker } from './types.js';
import type { DraftFinding } from '../model/finding.js';
import { quote } from './shared.js';

export const equivalentWithoutCriteria: Checker = {
  id: 'equivalent-without-criteria',
  meta: {
    description: '"Or equivalent" given without saying what counts as equivalent, or with a bar that hollows it out ("clearly better").',
    defaultSeverity: 1,
    fixable: false,
    basis: 'brand',
    scope: 'sentence',
    // A hollow or bare equivalence outranks the trade-mark and unknown-name readings.
    overrides: ['trademark-symbol', 'unknown-brand'],
    messages: {
      criteria: {
        en: '{term} is followed by "or equivalent", but nothing says what counts as equivalent. List the essential characteristics an equivalent must have and how bidders document them.',
        da: '{term} følges af "eller tilsvarende", men intet angiver, hvad der er tilsvarende. Angiv de væsentlige egenskaber, et tilsvarende produkt skal have, og hvordan tilbudsgiver dokumenterer dem.',
        no: '{term} følges av "eller tilsvarende", men ingenting angir hva som er tilsvarende. Angi de vesentlige egenskapene et tilsvarende produkt må ha, og hvordan tilbyder dokumenterer dem.',
        sv: '{term} följs av "eller likvärdigt", men inget anger vad som är likvärdigt. Ange de väsentliga egenskaper en likvärdig produkt ska ha och hur anbudsgivaren visar dem.',
      },
      hollow: {
        en: 'The equivalence for {term} is hollowed out by "{phrase}": an equivalent only has to meet the need, not be better than the named product.',
        da: 'Tilsvarende-klausulen for {term} udhules af "{phrase}": et tilsvarende produkt skal blot opfylde behovet, ikke være bedre end det nævnte.',
        no: 'Likeverdighetsklausulen for {term} uthules av "{phrase}": et tilsvarende produkt skal bare dekke behovet, ikke være bedre enn det nevnte.',
        sv: 'Likvärdighetsklausulen för {term} urholkas av "{phrase}": en likvärdig produkt ska bara uppfylla behovet, inte vara bättre än den nämnda.',
      },
    },
  },
  check({ mentions, lang }) {
    const out: DraftFinding[] = [];
    const seen = new Set<string>();
    for (const m of mentions) {
      const sc = m.ctx;
      if (m.pattern === 'exempt' || sc.equivalent?.strength !== 'strong' || sc.background || sc.example) continue;
      const key = `${(sc.equivalent.block ?? m.block).index}:${sc.equivalent.hit.start}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const term = quote(m.block.text.slice(m.start, m.reportEnd), lang);
      if (sc.hollow) out.push({ block: m.block.index, start: m.start, end: m.reportEnd, severity: 1, messageId: 'hollow', data: { term, phrase: sc.hollow.text }, entryId: m.entry.id });
      else if (!sc.criteria) out.push({ block: m.block.index, start: m.start, end: m.reportEnd, severity: 0, messageId: 'criteria', data: { term }, entryId: m.entry.id });
    }
    return out;
  },
};
