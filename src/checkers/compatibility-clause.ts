// compatibility-clause: "kompatibel med / compatible with / bygget på / hosted in <product>" ties the solution to one vendor's platform.
import type { Checker } from './types.js';
import type { DraftFinding } from '../model/finding.js';
import { justificationRecorded, brandSuggestions, isRequirement, orEquivalentFix, quote, severityFor, refText } from './shared.js';

export const compatibilityClause: Checker = {
  id: 'compatibility-clause',
  meta: {
    description: 'A requirement that the solution be compatible with, built on or hosted in a named product or platform.',
    defaultSeverity: 1,
    fixable: true,
    basis: 'brand',
    scope: 'sentence',
    // A compatibility demand is more specific than the bare product name.
    overrides: ['standard-without-equivalent', 'brand-without-equivalent', 'origin-requirement', 'equivalent-without-criteria', 'trademark-symbol', 'unknown-brand'],
    messages: {
      compatible: {
        en: 'Requiring compatibility with {term} ties the solution to one vendor\'s platform. Specify the interface, format or standard the solution must support instead.',
        da: 'Krav om kompatibilitet med {term} binder løsningen til én leverandørs platform. Angiv i stedet den grænseflade, det format eller den standard, løsningen skal understøtte.',
        no: 'Krav om kompatibilitet med {term} binder løsningen til én leverandørs plattform. Angi i stedet grensesnittet, formatet eller standarden løsningen skal støtte.',
        sv: 'Krav på kompatibilitet med {term} binder lösningen till en leverantörs plattform. Ange i stället det gränssnitt, format eller den standard lösningen ska stödja.',
      },
      installed: {
        en: '{term} appears to be the buyer\'s existing installation{ref}; compatibility with it can be justified. Name the interface or standard and record the justification.',
        da: '{term} ser ud til at være kundens eksisterende installation{ref}; kompatibilitet med den kan være begrundet. Angiv grænsefladen eller standarden, og dokumentér begrundelsen.',
        no: '{term} ser ut til å være kundens eksisterende løsning{ref}; kompatibilitet med den kan være begrunnet. Angi grensesnittet eller standarden, og dokumenter begrunnelsen.',
        sv: '{term} verkar vara beställarens befintliga installation{ref}; kompatibilitet med den kan vara motiverad. Ange gränssnittet eller standarden och dokumentera motiveringen.',
      },
    },
  },
  check({ mentions, lang, doc }) {
    const out: DraftFinding[] = [];
    for (const m of mentions) {
      if (m.pattern !== 'compatibility') continue;
      const sc = m.ctx;
      if (!isRequirement(sc) || sc.equivalent || sc.example) continue;
      const term = quote(m.block.text.slice(m.start, m.reportEnd), lang);
      const base = { block: m.block.index, start: m.start, end: m.reportEnd, entryId: m.entry.id, suggestions: brandSuggestions(m, lang, doc) };
      if (m.justification && justificationRecorded(m)) continue;
      if (m.justification) out.push({ ...base, severity: 0, messageId: 'installed', data: { term, ref: refText(m.justification.ref, lang, doc) } });
      else out.push({ ...base, severity: severityFor(sc, 1), messageId: 'compatible', data: { term }, fix: orEquivalentFix(m.block.text, m.groupEnd, lang) });
    }
    return out;
  },
};
