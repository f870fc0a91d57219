// Legal bases cited in messages, by key and language.
import type { Lang } from '../model/document.js';

type Text = { en: string; da: string; no?: string; sv?: string; de?: string; fr?: string; nl?: string };

export const LEGAL_BASIS: Record<string, Text> = {
  'brand': {
    en: 'Directive 2014/24/EU art. 42(4); Danish Public Procurement Act (udbudsloven) § 42',
    da: 'Udbudslovens § 42 og direktiv 2014/24/EU art. 42, stk. 4',
    no: 'Anskaffelsesforskriften § 15-1 (§ 8-5 under EØS-terskel) og direktiv 2014/24/EU art. 42 nr. 4',
    sv: 'LOU 9 kap. 6 § och direktiv 2014/24/EU art. 42.4',
    de: 'VgV § 31 Abs. 6; Richtlinie 2014/24/EU Art. 42 Abs. 4',
    fr: 'Code de la commande publique, art. R2111-7; directive 2014/24/UE, art. 42, par. 4',
    nl: 'Aanbestedingswet 2012 art. 2.76; Richtlijn 2014/24/EU art. 42, lid 4',
  },
  'standard': {
    en: 'Directive 2014/24/EU art. 42(3)(b); Danish Public Procurement Act §§ 41-43',
    da: 'Udbudslovens §§ 41-43 og direktiv 2014/24/EU art. 42, stk. 3, litra b',
    no: 'Anskaffelsesforskriften § 15-1 tredje ledd og direktiv 2014/24/EU art. 42 nr. 3 bokstav b',
    sv: 'LOU 9 kap. 4 § och direktiv 2014/24/EU art. 42.3 b',
  },
  'label': {
    en: 'Directive 2014/24/EU art. 43-44; Danish Public Procurement Act §§ 46-47 (equivalent labels and certificates must be accepted)',
    da: 'Udbudslovens §§ 46-47 og direktiv 2014/24/EU art. 43-44 (tilsvarende mærker og certifikater skal accepteres)',
    no: 'Anskaffelsesforskriften §§ 15-2 og 16-6 og direktiv 2014/24/EU art. 43-44',
    sv: 'LOU 9 kap. 12-16 §§ och direktiv 2014/24/EU art. 43-44',
  },
  'equal-treatment': {
    en: 'Directive 2014/24/EU art. 18(1) and 42(2); Danish Public Procurement Act § 2 (equal treatment, no artificial narrowing of competition)',
    da: 'Udbudslovens § 2 (ligebehandling, ingen kunstig indsnævring af konkurrencen) og direktiv 2014/24/EU art. 18, stk. 1, og art. 42, stk. 2',
    no: 'Anskaffelsesloven § 4 og direktiv 2014/24/EU art. 18 nr. 1 og art. 42 nr. 2',
    sv: 'LOU 4 kap. 1 § och direktiv 2014/24/EU art. 18.1 och 42.2',
  },
  'origin': {
    en: 'Directive 2014/24/EU art. 42(4) ("specific origin") and art. 18; Danish Public Procurement Act §§ 2-3 and § 42; TFEU art. 18 and 34',
    da: 'Udbudslovens §§ 2-3 og § 42, direktiv 2014/24/EU art. 42, stk. 4 ("bestemt oprindelse"), og TEUF art. 18 og 34',
    no: 'Anskaffelsesloven § 4, anskaffelsesforskriften § 15-1 og EØS-avtalen art. 4 og 11',
    sv: 'LOU 4 kap. 1 § och 9 kap. 6 § samt FEUF art. 18 och 34',
  },
  'exit': {
    en: 'Directive 2014/24/EU art. 18(1) and recital 74; European Commission, Against lock-in (COM(2013) 455)',
    da: 'Udbudslovens § 2 og direktiv 2014/24/EU art. 18, stk. 1; Europa-Kommissionen, Against lock-in (KOM(2013) 455)',
    no: 'Anskaffelsesloven § 4; Europakommisjonen, Against lock-in (COM(2013) 455)',
    sv: 'LOU 4 kap. 1 §; Europeiska kommissionen, Against lock-in (KOM(2013) 455)',
  },
};

export function basisText(key: string | undefined, lang: Lang): string {
  if (!key) return '';
  const t = LEGAL_BASIS[key];
  if (!t) return key;
  return t[lang as keyof typeof t] ?? t.en;
}
