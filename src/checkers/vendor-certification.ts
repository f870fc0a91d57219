// vendor-certification: partner status or a vendor's certification demanded of the bidder or its staff.
import type { Checker } from './types.js';
import type { DraftFinding } from '../model/finding.js';
import { isRequirement, neutralOf, orEquivalentFix, quote, rewrite, severityFor, ui, OR_EQUIVALENT, refText } from './shared.js';

export const vendorCertification: Checker = {
  id: 'vendor-certification',
  meta: {
    description: 'Partner status or a named certification demanded of the bidder or its staff without accepting equivalents.',
    defaultSeverity: 1,
    fixable: true,
    basis: 'equal-treatment',
    scope: 'sentence',
    messages: {
      certification: {
        en: '{term} is a certification or partner programme controlled by one organisation. Describe the competence you need (references, qualifications) and accept equivalent certifications.',
        da: '{term} er en certificering eller et partnerprogram, som én organisation styrer. Beskriv den kompetence, I har brug for (referencer, kvalifikationer), og acceptér tilsvarende certificeringer.',
        no: '{term} er en sertifisering eller et partnerprogram som én organisasjon styrer. Beskriv kompetansen dere trenger (referanser, kvalifikasjoner), og aksepter tilsvarende sertifiseringer.',
        sv: '{term} är en certifiering eller ett partnerprogram som en organisation styr. Beskriv den kompetens ni behöver (referenser, kvalifikationer) och acceptera likvärdiga certifieringar.',
      },
      installed: {
        en: '{term} relates to the buyer\'s existing platform{ref}. Record the justification and accept equivalent evidence of competence.',
        da: '{term} knytter sig til kundens eksisterende platform{ref}. Dokumentér begrundelsen, og acceptér tilsvarende dokumentation for kompetence.',
        no: '{term} knytter seg til kundens eksisterende plattform{ref}. Dokumenter begrunnelsen, og aksepter tilsvarende dokumentasjon av kompetanse.',
        sv: '{term} hör till beställarens befintliga plattform{ref}. Dokumentera motiveringen och acceptera likvärdiga belägg för kompetens.',
      },
    },
  },
  check({ mentions, lang }) {
    const out: DraftFinding[] = [];
    for (const m of mentions) {
      if (m.pattern !== 'certification') continue;
      const sc = m.ctx;
      if (!isRequirement(sc) || sc.equivalent || sc.example) continue;
      const term = quote(m.block.text.slice(m.start, m.reportEnd), lang);
      const suggestions = [
        { desc: ui('functional', lang), text: rewrite(sc, m.start, m.reportEnd, neutralOf(m.entry, lang)) },
        { desc: ui('insert', lang), text: rewrite(sc, m.groupEnd, m.groupEnd, ` ${OR_EQUIVALENT[lang]}`) },
      ];
      const base = { block: m.block.index, start: m.start, end: m.reportEnd, entryId: m.entry.id, suggestions };
      if (m.justification) out.push({ ...base, severity: 0, messageId: 'installed', data: { term, ref: refText(m.justification.ref, lang) } });
      else out.push({ ...base, severity: severityFor(sc, 1), messageId: 'certification', data: { term }, fix: orEquivalentFix(m.groupEnd, lang) });
    }
    return out;
  },
};
