// origin-requirement: a required national or local origin of products or suppliers.
import type { Checker, CheckInput } from './types.js';
import type { DraftFinding } from '../model/finding.js';
import { isRequirement, quote, severityFor } from './shared.js';

/** The lexicon's names, lower-cased: a name after "produceret i" is a tool ("Word", "SharePoint"), not a place. */
const namesOf = new WeakMap<object, Set<string>>();
function lexiconNames(entries: CheckInput['entries']): Set<string> {
  let set = namesOf.get(entries);
  if (!set) {
    set = new Set(entries.flatMap((e) => [...e.terms, ...(e.ambiguousTerms ?? [])]).map((t) => t.toLowerCase()));
    namesOf.set(entries, set);
  }
  return set;
}

export const originRequirement: Checker = {
  id: 'origin-requirement',
  meta: {
    description: 'A requirement that products or the supplier come from a particular country or place.',
    defaultSeverity: 2,
    fixable: false,
    basis: 'origin',
    scope: 'sentence',
    // An origin demand outranks the secondary readings of the same words.
    overrides: ['equivalent-without-criteria', 'trademark-symbol', 'unknown-brand'],
    messages: {
      origin: {
        en: '{term} requires a national or local origin, which discriminates against operators from other EU/EEA countries. State the real need (language, response time, on-site presence) instead.',
        da: '{term} kræver national eller lokal oprindelse, hvilket forskelsbehandler virksomheder fra andre EU/EØS-lande. Angiv i stedet det reelle behov (sprog, responstid, tilstedeværelse).',
        no: '{term} krever nasjonal eller lokal opprinnelse, som forskjellsbehandler virksomheter fra andre EU/EØS-land. Angi heller det reelle behovet (språk, responstid, tilstedeværelse).',
        sv: '{term} kräver nationellt eller lokalt ursprung, vilket diskriminerar företag från andra EU/EES-länder. Ange i stället det verkliga behovet (språk, svarstid, närvaro).',
      },
    },
  },
  check({ doc, ctx, lang, mentions, entries }) {
    const out: DraftFinding[] = [];
    // "produceret i Word", "produced in SharePoint": a product named after "in" is a tool, not a place.
    const productAt = new Set(mentions.map((m) => `${m.block.index}:${m.start}`));
    for (const b of doc.blocks) {
      for (const hit of ctx.phrases.find('origin', b.text)) {
        if (ctx.isMasked(b, hit.start, hit.end)) continue;
        // "made in", "produceret i": an origin only when a place name follows ("produced in the performance of" is not).
        if (/\s(?:in|i|en|à|aus|uit)$/i.test(hit.text)) {
          const place = /^(\s+(?:the\s+)?)(\p{Lu}[\p{L}-]*)/u.exec(b.text.slice(hit.end, hit.end + 40));
          if (!place || productAt.has(`${b.index}:${hit.end + place[1]!.length}`) || lexiconNames(entries).has(place[2]!.toLowerCase())) continue;
        }
        const sc = ctx.at(b, hit.start, hit.end);
        if (!isRequirement(sc)) continue;
        out.push({ block: b.index, start: hit.start, end: hit.end, severity: severityFor(sc, 2), messageId: 'origin', data: { term: quote(hit.text, lang) } });
      }
    }
    return out;
  },
};
