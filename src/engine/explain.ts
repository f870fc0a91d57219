// `tenderlint explain <rule>` in the reader's language: the full English page from docs/rules for English, and for
// Danish, Norwegian and Swedish a page built from the rule's own texts in that language (what it finds, why, how to
// fix it, the legal basis as the findings cite it, and how to record a justified exception). Only verified sources
// are cited; a source that has not been read is not cited.
import type { Lang } from '../model/document.js';
import { fileURLToPath } from 'node:url';
import { basisText } from './legal.js';
import { checkerById } from '../checkers/index.js';
import { docsUrl } from './linter.js';

type Local = { what: string; fix: string };
type Texts = Record<'da' | 'no' | 'sv', Local>;

/** What each rule finds and how to put it right, per language. */
const RULES: Record<string, Texts> = {
  'brand-without-equivalent': {
    da: { what: 'Et produkt-, varemærke- eller leverandørnavn, der kræves i et krav uden "eller tilsvarende". Navnet udelukker ligeværdige produkter fra konkurrencen.', fix: 'Beskriv behovet (funktion, ydelse, grænseflader, formater) i stedet for produktet. Er navnet uundgåeligt, så tilføj "eller tilsvarende" og angiv, hvad der forstås ved tilsvarende. Gælder kravet kundens eksisterende system (integration, migrering, drift), kan navnet stå: skriv begrundelsen ind i kravet.' },
    no: { what: 'Et produkt-, merke- eller leverandørnavn som kreves i et krav uten "eller tilsvarende". Navnet utelukker likeverdige produkter fra konkurransen.', fix: 'Beskriv behovet (funksjon, ytelse, grensesnitt, formater) i stedet for produktet. Er navnet uunngåelig, legg til "eller tilsvarende" og angi hva som regnes som tilsvarende. Gjelder kravet kundens eksisterende system (integrasjon, migrering, drift), kan navnet stå: skriv begrunnelsen inn i kravet.' },
    sv: { what: 'Ett produkt-, varumärkes- eller leverantörsnamn som krävs i ett krav utan "eller likvärdigt". Namnet utesluter likvärdiga produkter från konkurrensen.', fix: 'Beskriv behovet (funktion, prestanda, gränssnitt, format) i stället för produkten. Är namnet oundvikligt, lägg till "eller likvärdigt" och ange vad som räknas som likvärdigt. Gäller kravet beställarens befintliga system (integration, migrering, drift) kan namnet stå: skriv in motiveringen i kravet.' },
  },
  'compatibility-clause': {
    da: { what: 'Et krav om, at løsningen skal være kompatibel med, bygget på eller hostet i et navngivet produkt eller en navngiven platform.', fix: 'Angiv den grænseflade, det format eller den standard, løsningen skal understøtte, i stedet for produktet.' },
    no: { what: 'Et krav om at løsningen skal være kompatibel med, bygget på eller driftet i et navngitt produkt eller en navngitt plattform.', fix: 'Angi grensesnittet, formatet eller standarden løsningen skal støtte, i stedet for produktet.' },
    sv: { what: 'Ett krav på att lösningen ska vara kompatibel med, byggd på eller driftad i en namngiven produkt eller plattform.', fix: 'Ange det gränssnitt, det format eller den standard som lösningen ska stödja i stället för produkten.' },
  },
  'equivalent-without-criteria': {
    da: { what: '"Eller tilsvarende" uden angivelse af, hvad der er tilsvarende, eller med en tærskel, der udhuler det ("klart bedre").', fix: 'Angiv de væsentlige egenskaber, et tilsvarende produkt skal have, og hvordan tilbudsgiver dokumenterer dem.' },
    no: { what: '"Eller tilsvarende" uten at det angis hva som regnes som tilsvarende, eller med en terskel som uthuler det ("klart bedre").', fix: 'Angi de vesentlige egenskapene et tilsvarende produkt må ha, og hvordan leverandøren dokumenterer dem.' },
    sv: { what: '"Eller likvärdigt" utan att det anges vad som räknas som likvärdigt, eller med en tröskel som urholkar det ("klart bättre").', fix: 'Ange de väsentliga egenskaper en likvärdig produkt ska ha och hur anbudsgivaren visar dem.' },
  },
  'missing-exit-terms': {
    da: { what: 'En specifikation for software eller it-ydelser uden krav om udlevering af data, dokumenterede snitflader eller ophørsbistand.', fix: 'Kræv, at alle data (med metadata og historik) kan udleveres i et åbent, dokumenteret format, at snitflader er dokumenterede, og at leverandøren yder ophørsbistand efter en aftalt exitplan.' },
    no: { what: 'En spesifikasjon for programvare eller IT-tjenester uten krav om utlevering av data, dokumenterte grensesnitt eller bistand ved avslutning.', fix: 'Krev at alle data (med metadata og historikk) kan leveres ut i et åpent, dokumentert format, at grensesnittene er dokumentert, og at leverandøren gir bistand ved avslutning etter en avtalt exitplan.' },
    sv: { what: 'En specifikation för programvara eller it-tjänster utan krav på utlämning av data, dokumenterade gränssnitt eller hjälp vid avslut.', fix: 'Kräv att alla data (med metadata och historik) kan lämnas ut i ett öppet, dokumenterat format, att gränssnitten är dokumenterade och att leverantören hjälper till vid avslut enligt en överenskommen exitplan.' },
  },
  'model-number': {
    da: { what: 'En producents modelnummer eller produktlinje i et krav: kun ét katalogprodukt kan opfylde det.', fix: 'Angiv ydelse, kapacitet og tilslutningsmuligheder (fx en minimumsscore i en offentlig benchmark, hukommelse, lager, skærm og porte) i stedet for modellen.' },
    no: { what: 'En produsents modellnummer eller produktlinje i et krav: bare ett katalogprodukt kan oppfylle det.', fix: 'Angi ytelse, kapasitet og tilkoblingsmuligheter (f.eks. en minimumsscore i en offentlig benchmark, minne, lagring, skjerm og porter) i stedet for modellen.' },
    sv: { what: 'En tillverkares modellnummer eller produktserie i ett krav: bara en katalogprodukt kan uppfylla det.', fix: 'Ange prestanda, kapacitet och anslutningar (t.ex. ett minsta resultat i ett offentligt prestandatest, minne, lagring, skärm och portar) i stället för modellen.' },
  },
  'origin-requirement': {
    da: { what: 'Et krav om, at produkter eller leverandøren skal komme fra et bestemt land eller sted.', fix: 'Angiv det egentlige behov (fx responstid, sprog, databeliggenhed i EU/EØS eller sikkerhedskrav) i stedet for oprindelsen.' },
    no: { what: 'Et krav om at produkter eller leverandøren skal komme fra et bestemt land eller sted.', fix: 'Angi det egentlige behovet (f.eks. responstid, språk, datalagring i EU/EØS eller sikkerhetskrav) i stedet for opprinnelsen.' },
    sv: { what: 'Ett krav på att produkter eller leverantören ska komma från ett visst land eller en viss plats.', fix: 'Ange det egentliga behovet (t.ex. svarstid, språk, datalagring inom EU/EES eller säkerhetskrav) i stället för ursprunget.' },
  },
  'proprietary-format': {
    da: { what: 'En leverandørs eget filformat som det krævede format (fx Excel- eller Word-filer).', fix: 'Kræv et åbent, standardiseret format (fx ODF, OOXML, PDF/A eller CSV), eller acceptér tilsvarende formater.' },
    no: { what: 'En leverandørs eget filformat som det påkrevde formatet (f.eks. Excel- eller Word-filer).', fix: 'Krev et åpent, standardisert format (f.eks. ODF, OOXML, PDF/A eller CSV), eller godta tilsvarende formater.' },
    sv: { what: 'En leverantörs eget filformat som det krävda formatet (t.ex. Excel- eller Word-filer).', fix: 'Kräv ett öppet, standardiserat format (t.ex. ODF, OOXML, PDF/A eller CSV), eller godta likvärdiga format.' },
  },
  'standard-without-equivalent': {
    da: { what: 'En formel standard eller certificeringsordning, der kræves uden "eller tilsvarende".', fix: 'Tilføj "eller tilsvarende" efter standarden, og acceptér anden dokumentation for, at kravene er opfyldt.' },
    no: { what: 'En formell standard eller sertifiseringsordning som kreves uten "eller tilsvarende".', fix: 'Legg til "eller tilsvarende" etter standarden, og godta annen dokumentasjon for at kravene er oppfylt.' },
    sv: { what: 'En formell standard eller certifieringsordning som krävs utan "eller likvärdigt".', fix: 'Lägg till "eller likvärdigt" efter standarden och godta annan dokumentation för att kraven är uppfyllda.' },
  },
  'suppression-without-reason': {
    da: { what: 'En undertrykkelse (tenderlint-disable eller tenderlint-ignore) uden begrundelse. Begrundelsen er den dokumentation, udbudsmaterialet kræver.', fix: 'Skriv begrundelsen efter "--" i Markdown eller efter ":" i en Word-kommentar.' },
    no: { what: 'En undertrykkelse (tenderlint-disable eller tenderlint-ignore) uten begrunnelse. Begrunnelsen er dokumentasjonen anskaffelsen krever.', fix: 'Skriv begrunnelsen etter "--" i Markdown eller etter ":" i en Word-kommentar.' },
    sv: { what: 'En undertryckning (tenderlint-disable eller tenderlint-ignore) utan motivering. Motiveringen är den dokumentation upphandlingen kräver.', fix: 'Skriv motiveringen efter "--" i Markdown eller efter ":" i en Word-kommentar.' },
  },
  'trademark-symbol': {
    da: { what: 'Et navn mærket med ®, ™ eller ℠ i et krav: et varemærke, som loven ikke tillader uden "eller tilsvarende".', fix: 'Beskriv den funktion, produktet leverer, eller tilføj "eller tilsvarende".' },
    no: { what: 'Et navn merket med ®, ™ eller ℠ i et krav: et varemerke som regelverket ikke tillater uten "eller tilsvarende".', fix: 'Beskriv funksjonen produktet gir, eller legg til "eller tilsvarende".' },
    sv: { what: 'Ett namn märkt med ®, ™ eller ℠ i ett krav: ett varumärke som lagen inte tillåter utan "eller likvärdigt".', fix: 'Beskriv funktionen som produkten ger, eller lägg till "eller likvärdigt".' },
  },
  'unknown-brand': {
    da: { what: 'Et navn, som leksikonet ikke kender, i et ufravigeligt krav (fx et ord i CamelCase, en udefineret forkortelse eller et firma angivet som kilde). Reglen er et net med lavere sikkerhed.', fix: 'Er det et produkt eller en leverandør, så beskriv behovet eller tilføj "eller tilsvarende". Er det kundens egen betegnelse, så tilføj den til konfigurationens allow-liste med en begrundelse.' },
    no: { what: 'Et navn leksikonet ikke kjenner, i et absolutt krav (f.eks. et ord i CamelCase, en udefinert forkortelse eller et firma oppgitt som kilde). Regelen er et nett med lavere sikkerhet.', fix: 'Er det et produkt eller en leverandør, beskriv behovet eller legg til "eller tilsvarende". Er det kundens egen betegnelse, legg den til i konfigurasjonens allow-liste med en begrunnelse.' },
    sv: { what: 'Ett namn som lexikonet inte känner till, i ett obligatoriskt krav (t.ex. ett ord i CamelCase, en odefinierad förkortning eller ett företag angivet som källa). Regeln är ett nät med lägre säkerhet.', fix: 'Är det en produkt eller leverantör, beskriv behovet eller lägg till "eller likvärdigt". Är det beställarens egen benämning, lägg till den i konfigurationens allow-lista med en motivering.' },
  },
  'vendor-certification': {
    da: { what: 'Partnerstatus eller en navngiven certificering, der kræves af tilbudsgiver eller dennes medarbejdere, uden at tilsvarende accepteres.', fix: 'Kræv dokumenteret kompetence (referencer, medarbejderes kvalifikationer eller tilsvarende certificering) i stedet for en bestemt leverandørs partnerstatus.' },
    no: { what: 'Partnerstatus eller en navngitt sertifisering som kreves av leverandøren eller dens ansatte, uten at tilsvarende godtas.', fix: 'Krev dokumentert kompetanse (referanser, de ansattes kvalifikasjoner eller tilsvarende sertifisering) i stedet for en bestemt leverandørs partnerstatus.' },
    sv: { what: 'Partnerstatus eller en namngiven certifiering som krävs av anbudsgivaren eller dess personal, utan att likvärdiga godtas.', fix: 'Kräv dokumenterad kompetens (referenser, personalens kvalifikationer eller likvärdig certifiering) i stället för en viss leverantörs partnerstatus.' },
  },
};

const HEAD: Record<'da' | 'no' | 'sv', { what: string; fix: string; basis: string; suppress: string; howSuppress: string; more: string }> = {
  da: { what: 'Hvad reglen finder', fix: 'Sådan retter du det', basis: 'Retsgrundlag', suppress: 'Begrundede undtagelser', howSuppress: 'Er navnet begrundet, så skriv begrundelsen, så den kan efterprøves: i Markdown `<!-- tenderlint-disable-next-line {rule} -- begrundelse -->`, i Word en kommentar eller et svar på tenderlints kommentar med `tenderlint-ignore: begrundelse`.', more: 'Den fulde beskrivelse (på engelsk) med eksempler og konfiguration:' },
  no: { what: 'Hva regelen finner', fix: 'Slik retter du det', basis: 'Rettsgrunnlag', suppress: 'Begrunnede unntak', howSuppress: 'Er navnet begrunnet, skriv begrunnelsen slik at den kan etterprøves: i Markdown `<!-- tenderlint-disable-next-line {rule} -- begrunnelse -->`, i Word en kommentar eller et svar på tenderlints kommentar med `tenderlint-ignore: begrunnelse`.', more: 'Den fullstendige beskrivelsen (på engelsk) med eksempler og konfigurasjon:' },
  sv: { what: 'Vad regeln hittar', fix: 'Så rättar du det', basis: 'Rättslig grund', suppress: 'Motiverade undantag', howSuppress: 'Är namnet motiverat, skriv motiveringen så att den kan prövas: i Markdown `<!-- tenderlint-disable-next-line {rule} -- motivering -->`, i Word en kommentar eller ett svar på tenderlints kommentar med `tenderlint-ignore: motivering`.', more: 'Den fullständiga beskrivningen (på engelska) med exempel och konfiguration:' },
};

/**
 * The explanation of a rule in `lang`, or undefined when English (or an unsupported language) should get the full
 * English page. `basis` is the rule's legal-basis key; `docsPath` the English page.
 */
export function localizedExplanation(rule: string, lang: Lang, basis: string, docsPath: string): string | undefined {
  if (lang !== 'da' && lang !== 'no' && lang !== 'sv') return undefined;
  const l = lang as 'da' | 'no' | 'sv';
  const t = RULES[rule]?.[l];
  if (!t) return undefined;
  const h = HEAD[l];
  return [
    `# ${rule}`, '',
    `## ${h.what}`, '', t.what, '',
    `## ${h.fix}`, '', t.fix, '',
    `## ${h.basis}`, '', basisText(basis, lang), '',
    `## ${h.suppress}`, '', h.howSuppress.replace('{rule}', rule), '',
    `${h.more} ${docsPath}`, '',
  ].join('\n');
}

/** The reader's language from --lang, else the locale (LC_ALL, LC_MESSAGES, LANG), else English. */
export function explainLanguage(flag: string | undefined, env: Record<string, string | undefined>): Lang {
  const pick = (s: string | undefined): Lang | undefined => {
    const m = /^([a-z]{2})/i.exec(s ?? '');
    const code = m?.[1]?.toLowerCase();
    if (code === 'nb' || code === 'nn') return 'no';
    return code === 'da' || code === 'no' || code === 'sv' || code === 'en' ? code : undefined;
  };
  if (flag) return pick(flag) ?? 'en';
  return pick(env.LC_ALL) ?? pick(env.LC_MESSAGES) ?? pick(env.LANG) ?? 'en';
}

/**
 * For the CLI: the page for `rule` in the language of --lang (`flag`) or the locale. `text` is undefined when the
 * English documentation page applies; `error` names a --lang value that is not a language.
 */
export function explainIn(rule: string, flag: string | undefined, env: Record<string, string | undefined>): { text?: string; error?: string } {
  if (flag !== undefined && !/^(?:da|en|sv|no|nb|nn|de|fr|nl)(?:[_-]|$)/i.test(flag)) return { error: `unknown language "${flag}" (use da, en, sv or no)` };
  const c = checkerById(rule);
  if (!c) return {};
  const lang = explainLanguage(flag, env);
  let docs: string;
  try { docs = fileURLToPath(docsUrl(c.id)); } catch { docs = `docs/rules/${c.id}.md`; }
  return { text: localizedExplanation(c.id, lang, c.meta.basis, docs) };
}

/** Rules with a localized explanation (for tests). */
export const EXPLAINED_RULES = Object.keys(RULES);
