// brand-without-equivalent: a product, brand or vendor required without an "or equivalent" that covers it.
import type { Checker } from './types.js';
import type { DraftFinding } from '../model/finding.js';
import type { Justification } from '../analysis/mentions.js';
import { justificationRecorded, brandSuggestions, isRequirement, orEquivalentFix, orEquivalentSuggestion, quote, refText, severityFor } from './shared.js';

/** The advisory each kind of justification gets; the rest are the buyer's installation ("justified"). */
const JUSTIFICATION_MESSAGE: Partial<Record<Justification['kind'], string>> = { subject: 'subject', channel: 'channel', buyer: 'buyerTool' };
const JUSTIFIED_IDS = new Set(['justified', 'subject', 'channel', 'buyerTool']);

export const brandWithoutEquivalent: Checker = {
  id: 'brand-without-equivalent',
  meta: {
    description: 'A product, brand or vendor named in a requirement without "or equivalent" (Directive 2014/24/EU art. 42(4)).',
    defaultSeverity: 2,
    fixable: true,
    basis: 'brand',
    scope: 'sentence',
    // A known product outranks the guesses and secondary readings of the same words.
    overrides: ['origin-requirement', 'equivalent-without-criteria', 'trademark-symbol', 'unknown-brand'],
    messages: {
      required: {
        en: '{term} is a product or brand name required without "or equivalent". It shuts out equivalent products from the competition.',
        da: '{term} er et produkt- eller varenavn, der kræves uden "eller tilsvarende". Det udelukker ligeværdige produkter fra konkurrencen.',
        no: '{term} er et produkt- eller merkenavn som kreves uten "eller tilsvarende". Det utelukker likeverdige produkter fra konkurransen.',
        sv: '{term} är ett produkt- eller varumärkesnamn som krävs utan "eller likvärdigt". Det utesluter likvärdiga produkter från konkurrensen.',
      },
      versionFloor: {
        en: '{term} is required with "{phrase}": a version floor is not "or equivalent", so only one make can comply.',
        da: '{term} kræves med "{phrase}": en versionsgrænse er ikke "eller tilsvarende", så kun ét fabrikat kan opfylde kravet.',
        no: '{term} kreves med "{phrase}": en versjonsgrense er ikke "eller tilsvarende", så bare ett fabrikat kan oppfylle kravet.',
        sv: '{term} krävs med "{phrase}": en versionsgräns är inte "eller likvärdigt", så bara ett fabrikat kan uppfylla kravet.',
      },
      example: {
        en: '{term} is given as an example. Add "or equivalent" and make sure the evaluation is not tied to the example.',
        da: '{term} nævnes som eksempel. Tilføj "eller tilsvarende", og sørg for, at evalueringen ikke binder sig til eksemplet.',
        no: '{term} nevnes som eksempel. Legg til "eller tilsvarende", og sørg for at evalueringen ikke bindes til eksempelet.',
        sv: '{term} nämns som exempel. Lägg till "eller likvärdigt" och se till att utvärderingen inte binds till exemplet.',
      },
      weakEquivalent: {
        en: '{term} is followed by "{phrase}". Use the statutory "or equivalent" and say what counts as equivalent.',
        da: '{term} følges af "{phrase}". Brug lovens formulering "eller tilsvarende", og angiv, hvad der forstås ved tilsvarende.',
        no: '{term} følges av "{phrase}". Bruk forskriftens formulering "eller tilsvarende", og angi hva som regnes som tilsvarende.',
        sv: '{term} följs av "{phrase}". Använd lagens formulering "eller likvärdigt" och ange vad som räknas som likvärdigt.',
      },
      broadening: {
        en: '{term} is one of several alternatives, which widens the choice; add "or equivalent" if other products can meet the need too.',
        da: '{term} er et af flere alternativer, hvilket udvider valget; tilføj "eller tilsvarende", hvis andre produkter også kan opfylde behovet.',
        no: '{term} er ett av flere alternativer, som utvider valget; legg til "eller tilsvarende" hvis andre produkter også kan dekke behovet.',
        sv: '{term} är ett av flera alternativ, vilket vidgar valet; lägg till "eller likvärdigt" om andra produkter också kan uppfylla behovet.',
      },
      justified: {
        en: '{term} appears to be the buyer\'s existing installation{ref}. Record why the product must be named (for example, integration with the existing system).',
        da: '{term} ser ud til at være kundens eksisterende installation{ref}. Dokumentér, hvorfor produktet skal nævnes (fx integration med det eksisterende system).',
        no: '{term} ser ut til å være kundens eksisterende løsning{ref}. Dokumenter hvorfor produktet må nevnes (f.eks. integrasjon med eksisterende system).',
        sv: '{term} verkar vara beställarens befintliga installation{ref}. Dokumentera varför produkten måste nämnas (t.ex. integration med befintligt system).',
      },
      subject: {
        en: '{term} appears to be the subject-matter of the contract{ref}. Record in the tender why the product must be named (art. 42(4): justified by the subject-matter).',
        da: '{term} ser ud til at være kontraktens genstand{ref}. Dokumentér i udbuddet, hvorfor produktet skal nævnes (art. 42, stk. 4: begrundet i kontraktens genstand).',
        no: '{term} ser ut til å være kontraktens gjenstand{ref}. Dokumenter i konkurransegrunnlaget hvorfor produktet må nevnes (art. 42 nr. 4: begrunnet i kontraktens gjenstand).',
        sv: '{term} verkar vara kontraktets föremål{ref}. Dokumentera i upphandlingen varför produkten måste nämnas (art. 42.4: motiverat av kontraktsföremålet).',
      },
      channel: {
        en: '{term} appears to be the buyer\'s own channel for the procedure (submissions, questions), not a requirement on the solution.',
        da: '{term} ser ud til at være ordregiverens egen kanal i udbudsprocessen (tilbud, spørgsmål), ikke et krav til løsningen.',
        no: '{term} ser ut til å være oppdragsgivers egen kanal i konkurransen (tilbud, spørsmål), ikke et krav til løsningen.',
        sv: '{term} verkar vara beställarens egen kanal i upphandlingen (anbud, frågor), inte ett krav på lösningen.',
      },
      buyerTool: {
        en: '{term} appears to be a tool the buyer itself runs or provides. Check that the supplier is not required to acquire it.',
        da: '{term} ser ud til at være et værktøj, som kunden selv driver eller stiller til rådighed. Kontrollér, at leverandøren ikke skal anskaffe det.',
        no: '{term} ser ut til å være et verktøy kunden selv drifter eller stiller til rådighet. Kontroller at leverandøren ikke må anskaffe det.',
        sv: '{term} verkar vara ett verktyg som beställaren själv driver eller tillhandahåller. Kontrollera att leverantören inte måste anskaffa det.',
      },
    },
  },
  check({ mentions, lang, doc }) {
    // One finding per product per sentence ("Office-integration … Microsoft Office 2019" is one requirement);
    // a version-floor mention wins because its message is the more precise.
    const byKey = new Map<string, DraftFinding>();
    const lastGroup = new Map<string, number>();
    for (const m of mentions) {
      if (m.pattern !== 'brand') continue;
      const sc = m.ctx;
      if (!isRequirement(sc) || sc.equivalent?.strength === 'strong') continue;
      const base = { block: m.block.index, start: m.start, end: m.reportEnd, entryId: m.entry.id, suggestions: brandSuggestions(m, lang, doc) };
      const term = quote(m.block.text.slice(m.start, m.reportEnd), lang);
      const fix = orEquivalentFix(m.block.text, m.groupEnd, lang);
      let f: DraftFinding;
      if (sc.equivalent) f = { ...base, severity: 0, messageId: 'weakEquivalent', data: { term, phrase: sc.equivalent.hit.text } };
      else if (sc.example) f = { ...base, severity: 0, messageId: 'example', data: { term }, fix };
      else if (m.broadening) f = { ...base, severity: 0, messageId: 'broadening', data: { term }, fix };
      else if (m.justification && justificationRecorded(m)) continue;
      else if (m.justification) f = { ...base, severity: 0, messageId: JUSTIFICATION_MESSAGE[m.justification.kind] ?? 'justified', data: { term, ref: refText(m.justification.ref, lang, doc) } };
      else if (sc.versionFloor) f = { ...base, severity: severityFor(sc, 2), messageId: 'versionFloor', data: { term, phrase: sc.versionFloor.text }, fix };
      else f = { ...base, severity: severityFor(sc, 2), messageId: 'required', data: { term }, fix };
      const key = `${m.block.index}:${sc.sentence[0]}:${m.entry.id}`;
      const prev = byKey.get(key);
      const kept = !prev || (f.messageId === 'versionFloor' && prev.messageId !== 'versionFloor') ? f : prev;
      // Two names of one product written together ("ESRI/ArcGIS") are one requirement whose span covers both.
      if (prev && kept === prev && lastGroup.get(key) === m.groupEnd && m.start >= prev.start) prev.end = Math.max(prev.end, m.reportEnd);
      // The phrase goes after the last mention, so that it covers every mention of the product in the sentence.
      const fixAt = Math.max(prev?.fix?.start ?? 0, f.fix?.start ?? 0);
      if (kept.fix && fixAt > kept.fix.start) kept.fix = orEquivalentFix(m.block.text, fixAt, lang);
      // A second mention of the product in the sentence: a rewrite of one name would leave the other standing,
      // so only "or equivalent" after the last one is suggested (a justification is kept as it is).
      // A version floor keeps its description of the capability: "or equivalent" cannot go before "or later".
      if (prev && !JUSTIFIED_IDS.has(kept.messageId) && kept.messageId !== 'versionFloor') {
        const last = Math.max(lastGroup.get(key) ?? 0, m.groupEnd);
        kept.suggestions = [orEquivalentSuggestion(sc, last, lang, 'fallback')];
      }
      lastGroup.set(key, Math.max(lastGroup.get(key) ?? 0, m.groupEnd));
      byKey.set(key, kept);
    }
    return [...byKey.values()];
  },
};
