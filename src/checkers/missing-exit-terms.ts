// missing-exit-terms: an IT specification that nowhere secures data export, documented interfaces or exit assistance.
import type { Checker } from './types.js';

/** Categories of things that hold no buyer data of their own: a purchase of them needs no exit terms. */
const HARDWARE = new Set(['hardware', 'network', 'storage', 'physical-security']);

export const missingExitTerms: Checker = {
  id: 'missing-exit-terms',
  meta: {
    description: 'A software or IT-services specification with no requirement on data export, documented interfaces or exit assistance.',
    defaultSeverity: 1,
    fixable: false,
    basis: 'exit',
    scope: 'document',
    messages: {
      missing: {
        en: 'This specification buys software or IT services but nowhere requires export of all data in an open, documented format, documented interfaces, or exit and transition assistance. Without them the next tender is no real competition.',
        da: 'Specifikationen køber software eller it-ydelser, men stiller intet sted krav om udlevering af alle data i et åbent, dokumenteret format, dokumenterede snitflader eller ophørsbistand. Uden dem bliver næste udbud ikke reel konkurrence.',
        no: 'Spesifikasjonen anskaffer programvare eller IT-tjenester, men stiller ingen krav til eksport av alle data i et åpent, dokumentert format, dokumenterte grensesnitt eller bistand ved opphør. Uten dem blir neste anskaffelse ingen reell konkurranse.',
        sv: 'Specifikationen upphandlar programvara eller IT-tjänster men ställer inga krav på export av alla data i ett öppet, dokumenterat format, dokumenterade gränssnitt eller stöd vid avslut. Utan dem blir nästa upphandling ingen verklig konkurrens.',
      },
    },
  },
  check({ doc, ctx, mentions }) {
    if (!doc.blocks.length) return [];
    // Words that show the document specifies software or IT services (lexicon/phrases `itWords`), and the software
    // it names; switches, laptops and locks hold no data that the next tender needs back.
    let itScore = mentions.filter((m) => !HARDWARE.has(m.entry.category)).length;
    for (const b of doc.blocks) {
      if (ctx.phrases.has('exit', b.text)) return [];
      // "all data … exported / handed over / retrieved" in one sentence secures the exit too.
      if (ctx.phrases.has('exitData', b.text) && ctx.phrases.has('exitVerbs', b.text)) {
        for (const [s, e] of ctx.sentences(b)) if (ctx.phrases.has('exitData', b.text, s, e) && ctx.phrases.has('exitVerbs', b.text, s, e)) return [];
      }
      if (itScore < 5) itScore += ctx.phrases.find('itWords', b.text).length;
    }
    if (itScore < 5) return [];
    const first = doc.blocks[0]!;
    return [{ block: first.index, start: 0, end: 0, severity: 1, messageId: 'missing', data: {} }];
  },
};
