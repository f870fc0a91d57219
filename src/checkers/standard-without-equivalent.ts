// standard-without-equivalent: a formal standard or certification scheme required without "or equivalent" (art. 42(3)(b)).
import type { Checker } from './types.js';
import type { DraftFinding } from '../model/finding.js';
import type { SpanContext } from '../analysis/context.js';
import { isRequirement, orEquivalentFix, orEquivalentSuggestion, quote, severityFor } from './shared.js';
import { scanBlocks } from './scan.js';

/** Numbered standards: ISO/IEC 27001:2022, DS/EN ISO 9001, EN 301 549, ETSI EN 319 401, IEC 62443-3-3, NIST SP 800-53, plus "27002 og 27701" lists. */
const NUMBERED = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:(?:DS|NS|SS|SFS|DIN|BS|NF|NEN|ÖNORM)[ /-](?:EN[ /-])?(?:ISO(?:\/IEC)?[ /-]?)?|EN[ /-]ISO(?:\/IEC)?[ /-]?|ISO\/IEC[ /-]?|ISO[ /-]?|IEC[ /-]?|EN[ /-]?|ETSI (?:EN|TS|TR)[ /-]?|IEEE[ /-]?|ITU-T[ /-]?)` +
  String.raw`\d{3,5}(?:[ -]\d{1,3})?(?:[-.]\d{1,2})*(?::\d{4})?(?:(?:,\s*|\s+(?:og|and|och|samt|&)\s+)\d{4,5}(?:-\d{1,2})?(?::\d{4})?)*(?![\p{L}\p{N}])` +
  String.raw`|(?:National Institute of Standards and Technology\s*\(NIST\)|NIST)\s*(?:Special Publication|SP)\s*(?:\d{3,4}-\d{1,3}[A-Za-z]?|\d{3,4})(?:\s*(?:Rev\.?|revision)\s*\d)?`,
  'gu');
/** The series names every NUMBERED match holds (a cheap test that spares most blocks the full pattern). */
const NUMBERED_HEADS = /DS|NS|SS|SFS|DIN|BS|NF|NEN|ÖNORM|EN|ISO|IEC|ETSI|IEEE|ITU-T|NIST/;
/** A process noun within a few words: the acronym names a process ("the standard PMO Change Control procedure"). */
const PROCESS_AFTER = /^(?:\s+[\p{L}\p{N}-]+){0,3}?\s+(?:process|processes|procedure|procedures|practice|practices|workflow|template|form|method|approach|proces|procedure|procedurer|processen|rutine|rutiner|rutin|rutinen|arbejdsgang|arbetssätt)(?![\p{L}])/iu;
/** "standarden REF", "the standard ABC": a named standard introduced by the word "standard". */
const NAMED = /(?<![\p{L}])(?:standarden|standardene|standarder|the standard|normen)\s+[«"“]?([A-Z][A-Z0-9-]{1,11})[»"”]?(?![\p{L}\p{N}])/gu;

export const standardWithoutEquivalent: Checker = {
  id: 'standard-without-equivalent',
  meta: {
    description: 'A formal standard or certification scheme required without "or equivalent" (Directive 2014/24/EU art. 42(3)(b)).',
    defaultSeverity: 1,
    fixable: true,
    basis: 'standard',
    scope: 'sentence',
    // A standard reference is more specific than a brand or trade-mark reading of it.
    overrides: ['brand-without-equivalent', 'origin-requirement', 'equivalent-without-criteria', 'trademark-symbol', 'unknown-brand'],
    messages: {
      standard: {
        en: '{term} is a standard required without "or equivalent". Every reference to a standard must accept equivalents, and bidders may prove equivalence by other means.',
        da: '{term} er en standard, der kræves uden "eller tilsvarende". Enhver henvisning til en standard skal acceptere tilsvarende, og tilbudsgivere kan dokumentere tilsvarende på anden måde.',
        no: '{term} er en standard som kreves uten "eller tilsvarende". Enhver henvisning til en standard skal akseptere tilsvarende, og leverandører kan dokumentere dette på annen måte.',
        sv: '{term} är en standard som krävs utan "eller likvärdigt". Varje hänvisning till en standard ska godta likvärdiga, och anbudsgivare får visa likvärdighet på annat sätt.',
      },
      label: {
        en: '{term} is a label or certification scheme required without "or equivalent". Equivalent labels and certificates must be accepted; state the underlying criteria.',
        da: '{term} er et mærke eller en certificeringsordning, der kræves uden "eller tilsvarende". Tilsvarende mærker og certifikater skal accepteres; angiv de underliggende kriterier.',
        no: '{term} er et merke eller en sertifiseringsordning som kreves uten "eller tilsvarende". Tilsvarende merker og sertifikater skal aksepteres; angi de underliggende kriteriene.',
        sv: '{term} är en märkning eller certifieringsordning som krävs utan "eller likvärdigt". Likvärdiga märkningar och certifikat ska godtas; ange de underliggande kriterierna.',
      },
    },
  },
  check(input) {
    const { mentions, lang } = input;
    const out: DraftFinding[] = [];
    const ph = input.ctx.phrases;
    // "… the NIST SP 800-53 controls required by FISMA", "… som föreskrivs i förordningen": the sentence names the law
    // that imposes the standard; the tender passes on an obligation the buyer already has (rule B of the label notes).
    // The law may stand before the wording too: "the State Information Security Policy, which adopts NIST SP 800-53".
    const imposedByLaw = (sc: SpanContext): boolean => ph.find('legalSource', sc.block.text, sc.sentence[0], sc.sentence[1])
      .some((h) => ph.find('lawNouns', sc.block.text, h.end, Math.min(sc.sentence[1], h.end + 60)).length > 0
        || ph.find('lawNouns', sc.block.text, Math.max(sc.sentence[0], h.start - 60), h.start).length > 0);
    const push = (block: number, start: number, end: number, sc: SpanContext, id: 'standard' | 'label', entryId?: string, groupEnd = end): void => {
      if (!isRequirement(sc) || sc.equivalent || sc.example || imposedByLaw(sc)) return;
      const term = quote(sc.block.text.slice(start, end), lang);
      out.push({
        block, start, end, severity: severityFor(sc, 1), messageId: id, data: { term }, entryId,
        suggestions: [orEquivalentSuggestion(sc, groupEnd, lang)],
        fix: orEquivalentFix(sc.block.text, groupEnd, lang),
        basis: id === 'label' ? 'label' : undefined,
      });
    };
    for (const m of mentions) {
      if (m.pattern !== 'standard') continue;
      const isLabel = /label|mærk|merke|märk|ecolabel|svane|swan|tco|energy star|epeat|blue angel/i.test(`${m.entry.id} ${m.entry.note ?? ''}`);
      push(m.block.index, m.start, m.reportEnd, m.ctx, isLabel ? 'label' : 'standard', m.entry.id, m.groupEnd);
    }
    for (const h of scanBlocks(input, NUMBERED, { avoidMentions: true, needs: NUMBERED_HEADS })) push(h.block.index, h.start, h.end, h.ctx, 'standard');
    for (const h of scanBlocks(input, NAMED, { avoidMentions: true, group: 1, needs: /standard|normen/i })) {
      // "the standard PMO Change Control procedure": "standard" as an adjective of a process, not a named standard.
      if (PROCESS_AFTER.test(h.block.text.slice(h.end, h.end + 60))) continue;
      push(h.block.index, h.start, h.end, h.ctx, 'standard');
    }
    return out;
  },
};
