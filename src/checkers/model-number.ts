// model-number: a manufacturer's model, part or SKU number pins one catalogue item, in or out of the lexicon.
import type { Checker } from './types.js';
import type { DraftFinding } from '../model/finding.js';
import { isRequirement, orEquivalentFix, quote, rewrite, severityFor } from './shared.js';
import { scanBlocks } from './scan.js';
import type { SpanContext } from '../analysis/context.js';

/** A model code: letters and digits mixed ("fi-7160", "i7-1365U", "M507dn", "9300-48P", "G10") or a 3-5 digit number after a product line. */
const CODE = String.raw`(?:[A-Za-z]{0,4}-?\d{1,5}[A-Za-z]{0,4}(?:-[A-Za-z0-9]{1,6})*)`;
/** "af typen X", "model X", "part number X" introduce a code even without a known brand. */
const INTRO = new RegExp(String.raw`(?<![\p{L}])(?:af typen|af type|typen|modellen|model|modell|modelo|type|part number|part no\.?|varenummer|varenr\.?|artikelnummer|SKU|produktnummer)\s+((?:[A-Z][\p{L}]+\s+){0,2}${CODE}(?:\s+${CODE})?)(?![\p{L}\p{N}-])`, 'gu');

/** A part of every introducing word of INTRO (a cheap test that spares most blocks the full pattern). */
const INTRO_WORDS = /typ|model|part n|varen|artikelnummer|SKU|produktnummer/;

/** What replaces the model: "H" is the noun the text names after the model ("laptop"), else a word for equipment. */
const NEUTRAL: Record<string, { noun: string; text: string }> = {
  en: { noun: 'equipment', text: 'H meeting the stated requirements for performance (e.g. a minimum score in a public benchmark), capacity and connectivity' },
  da: { noun: 'udstyr', text: 'H, der opfylder de angivne krav til ydelse (fx en minimumsscore i et offentligt benchmark), kapacitet og tilslutninger' },
  no: { noun: 'utstyr', text: 'H som oppfyller de angitte kravene til ytelse (f.eks. en minimumsscore i en offentlig benchmark), kapasitet og tilkoblinger' },
  sv: { noun: 'utrustning', text: 'H som uppfyller angivna krav på prestanda (t.ex. en lägsta poäng i ett öppet prestandatest), kapacitet och anslutningar' },
};
/** Words after a model that are not the thing's name ("… 5450 for each agent", "… fi-7160 skal …"). */
const NOT_A_NOUN = /^(?:for|til|med|with|and|og|och|or|eller|in|i|på|on|at|som|der|that|which|skal|shall|must|should|will|to|af|of|fra|from|per|pr|eller|samt|ska|må|bør|may|can|kan|is|er|är|are|the|a|an|en|et|ett)$/i;

/** The functional rewrite: "a Dell Latitude 5450 laptop" → "a laptop meeting the stated requirements …". */
function modelRewrite(sc: SpanContext, start: number, end: number, lang: string): string {
  const t = NEUTRAL[lang] ?? NEUTRAL.en!;
  const text = sc.block.text;
  // "af typen", "model", "of type" before the model go with it: "skal være af typen X" → "skal være udstyr, der …".
  const lead = /(?:^|\s)(?:af typen|af type|typen|modellen|model|modell|modelo|type|of type|of the type)\s+$/i.exec(text.slice(sc.sentence[0], start));
  const intro = lead ? sc.sentence[0] + lead.index + (lead[0].length - lead[0].trimStart().length) : start;
  const head = /^\s+(\p{Ll}[\p{L}-]{2,})(?![\p{L}\p{N}])/u.exec(text.slice(end, sc.sentence[1]));
  if (head && !NOT_A_NOUN.test(head[1]!)) return rewrite(sc, intro, end + head[0].length, t.text.replace('H', head[1]!));
  // "equipment" takes no article: "supplied with a Latitude 5450" → "supplied with equipment meeting …".
  const article = lang === 'en' ? /(?:^|\s)(?:an?)\s+$/i.exec(text.slice(sc.sentence[0], intro)) : null;
  const from = article ? sc.sentence[0] + article.index + (article[0].length - article[0].trimStart().length) : intro;
  return rewrite(sc, from, end, t.text.replace('H', t.noun));
}

const UI = {
  desc: { en: 'Describe performance and features instead', da: 'Beskriv ydelse og egenskaber i stedet', no: 'Beskriv ytelse og egenskaper i stedet', sv: 'Beskriv prestanda och egenskaper i stället' },
} as const;

/** Justifications that make a named model the buyer's own equipment. */
const BUYERS_OWN = new Set(['existing', 'lead-in', 'installed-base', 'buyer']);

export const modelNumber: Checker = {
  id: 'model-number',
  meta: {
    description: 'A manufacturer\'s model, part or SKU number in a requirement.',
    defaultSeverity: 2,
    fixable: true,
    basis: 'brand',
    scope: 'sentence',
    // A model number is the most specific reading of the name it contains.
    overrides: ['vendor-certification', 'proprietary-format', 'compatibility-clause', 'standard-without-equivalent', 'brand-without-equivalent', 'origin-requirement', 'equivalent-without-criteria', 'trademark-symbol', 'unknown-brand'],
    messages: {
      model: {
        en: '{term} is a manufacturer\'s model number: only that catalogue item complies. Specify performance and features (a minimum score in a public benchmark is a neutral measure).',
        da: '{term} er et fabrikants modelnummer: kun netop den vare opfylder kravet. Angiv krav til ydelse og egenskaber (en minimumsscore i et offentligt benchmark er et neutralt mål).',
        no: '{term} er et produsents modellnummer: bare akkurat den varen oppfyller kravet. Angi krav til ytelse og egenskaper (en minimumsscore i en offentlig benchmark er et nøytralt mål).',
        sv: '{term} är en tillverkares modellnummer: bara just den varan uppfyller kravet. Ange krav på prestanda och egenskaper (en lägsta poäng i ett öppet prestandatest är ett neutralt mått).',
      },
    },
  },
  check(input) {
    const { mentions, lang } = input;
    const out: DraftFinding[] = [];
    const seen = new Set<string>();
    const add = (block: number, start: number, end: number, sc: SpanContext, entryId?: string): void => {
      const key = `${block}:${start}`;
      if (seen.has(key) || !isRequirement(sc) || sc.equivalent || sc.example) return;
      seen.add(key);
      const l = lang as keyof typeof UI.desc;
      out.push({
        block, start, end, severity: severityFor(sc, 2), messageId: 'model', data: { term: quote(sc.block.text.slice(start, end), lang) }, entryId,
        suggestions: [{ desc: UI.desc[l] ?? UI.desc.en, text: modelRewrite(sc, start, end, lang) }],
        fix: orEquivalentFix(sc.block.text, end, lang),
      });
    };
    // Known hardware and network product lines followed by a code: "Latitude 5450", "Catalyst 9300-48P".
    for (const m of mentions) {
      if (m.pattern !== 'model') continue;
      // The buyer's own equipment described with its model ("Palo Alto Networks PA-3220 firewalls" in an inventory of
      // what the City runs) is no demand for that model; mark the span so that the scan below leaves it too.
      if (m.justification && BUYERS_OWN.has(m.justification.kind)) { seen.add(`${m.block.index}:${m.start}`); continue; }
      add(m.block.index, m.start, m.modelEnd ?? m.reportEnd, m.ctx, m.entry.id);
    }
    for (const h of scanBlocks(input, INTRO, { group: 1, avoidMentions: true, needs: INTRO_WORDS })) {
      // A code has a digit and at least three characters: "fi-7160", "M507dn"; not "type 2".
      const code = h.match[1]!.split(/\s+/).pop()!;
      if (!/\d/.test(code) || code.replace(/[^\p{L}\p{N}]/gu, '').length < 3) continue;
      add(h.block.index, h.start, h.end, h.ctx);
    }
    return out;
  },
};
