// vendor-certification: partner status or a vendor's certification demanded of the bidder or its staff.
import type { Checker } from './types.js';
import type { DraftFinding } from '../model/finding.js';
import type { Lang } from '../model/document.js';
import type { AnalysedMention } from '../analysis/mentions.js';
import { justificationRecorded, isRequirement, justificationSuggestion, neutralOf, orEquivalentFix, orEquivalentSuggestion, quote, rewrite, severityFor, ui, wordSpan, refText } from './shared.js';

/** "have" for "shall be X" → "shall have documented competence", and the word a competence description starts with. */
const HAVE: Partial<Record<Lang, { have: string; documented: RegExp }>> = {
  en: { have: 'have', documented: /^documented\b/i },
  da: { have: 'have', documented: /^dokumentere(?:t|de)\b/i },
  no: { have: 'ha', documented: /^dokumentert/i },
  sv: { have: 'ha', documented: /^dokumenterad/i },
};
/** "be (certified as) (a)" just before the certification, in each language. */
const COPULA = /(?:^|\s)(?:be|være|vara)\s+(?:(?:certified|certificeret|sertifisert|certifierad)\s+(?:as|in|i|som|på)\s+)?(?:(?:an?|en|et|ett|ei)\s+)?$/i;
/** A word after the name that the competence description makes redundant ("be PMP certified", "hold PMP certification"). */
const AFTER = /^\s+(?:certified|certificeret|sertifisert|certifierad|certification|certificate|certificering|certifikat|sertifisering|sertifikat|certifiering)\b/i;

/**
 * The functional rewrite. A competence description replaces the whole predicate ("The supplier shall be an AWS
 * Partner" → "The supplier shall have documented competence (…)"); anything else replaces the name.
 */
function functionalRewrite(m: AnalysedMention, lang: Lang): string {
  const neutral = neutralOf(m.entry, lang);
  const [ws, we] = wordSpan(m);
  const text = m.block.text, h = HAVE[lang];
  // The copula sits just before the name: look at the last words only (an end-anchored pattern tries every position).
  const from = Math.max(m.ctx.sentence[0], ws - 60);
  const copula = COPULA.exec(text.slice(from, ws));
  if (!h || !h.documented.test(neutral)) return rewrite(m.ctx, ws, we, neutral);
  const end = we + (AFTER.exec(text.slice(we, m.ctx.sentence[1]))?.[0].length ?? 0);
  if (!copula) return rewrite(m.ctx, ws, end, neutral);
  const start = from + copula.index + (copula[0].length - copula[0].trimStart().length);
  return rewrite(m.ctx, start, end, `${h.have} ${neutral}`);
}

export const vendorCertification: Checker = {
  id: 'vendor-certification',
  meta: {
    description: 'Partner status or a named certification demanded of the bidder or its staff without accepting equivalents.',
    defaultSeverity: 1,
    fixable: true,
    basis: 'equal-treatment',
    scope: 'sentence',
    // A certification is more specific than the vendor or product it names.
    overrides: ['proprietary-format', 'compatibility-clause', 'standard-without-equivalent', 'brand-without-equivalent', 'origin-requirement', 'equivalent-without-criteria', 'trademark-symbol', 'unknown-brand'],
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
  check({ mentions, lang, doc }) {
    const out: DraftFinding[] = [];
    for (const m of mentions) {
      if (m.pattern !== 'certification') continue;
      const sc = m.ctx;
      if (!isRequirement(sc) || sc.equivalent || sc.example) continue;
      const term = quote(m.block.text.slice(m.start, m.reportEnd), lang);
      // A certification the buyer's existing installation needs is kept, with the justification recorded.
      const suggestions = m.justification ? [justificationSuggestion(m, lang, doc)] : [
        { desc: ui('functional', lang), text: functionalRewrite(m, lang) },
        orEquivalentSuggestion(sc, m.groupEnd, lang),
      ];
      const base = { block: m.block.index, start: m.start, end: m.reportEnd, entryId: m.entry.id, suggestions };
      if (m.justification && justificationRecorded(m)) continue;
      if (m.justification) out.push({ ...base, severity: 0, messageId: 'installed', data: { term, ref: refText(m.justification.ref, lang, doc) } });
      else out.push({ ...base, severity: severityFor(sc, 1), messageId: 'certification', data: { term }, fix: orEquivalentFix(m.block.text, m.groupEnd, lang) });
    }
    return out;
  },
};
