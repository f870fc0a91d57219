import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import fc from 'fast-check';
import { normalizeRuns } from '../../src/text/normalize.js';
import { sentenceSpans, sentenceTokenizerClass, abbreviationsFor } from '../../src/text/sentences.js';
import { LanguageDetector } from '../../src/text/language.js';
import { loadPhrases } from '../../src/lexicon/load.js';

const detector = new LanguageDetector(loadPhrases());
const detectLanguage = (text: string, fallback?: 'da' | 'no' | 'en') => detector.detect(text, fallback);
import { tokenize } from '../../src/text/tokens.js';

describe('normalizeRuns', () => {
  it('folds typographic characters one for one and drops soft hyphens with a map back to the source', () => {
    const raw = 'Ora\u00adcle\u00a0“19c” – ok';
    const { text, runs } = normalizeRuns(raw);
    expect(text).toBe('Oracle "19c" - ok');
    // Every run maps result characters back to the same source characters.
    for (const [res, src, len] of runs) expect(text.slice(res, res + len).length).toBe(raw.slice(src, src + len).length);
    expect(runs[0]).toEqual([0, 0, 3]);
    expect(runs[1]).toEqual([3, 4, raw.length - 4]);
  });
});

describe('sentenceSpans', () => {
  const split = (t: string, lang: 'da' | 'en') => sentenceSpans(t, lang).map(([s, e]) => t.slice(s, e));
  it('keeps Danish abbreviations and version numbers inside the sentence', () => {
    expect(split('Løsningen skal f.eks. bruge version 2.0 af MySQL, jf. afsnit 4. Data skal eksporteres.', 'da'))
      .toEqual(['Løsningen skal f.eks. bruge version 2.0 af MySQL, jf. afsnit 4.', 'Data skal eksporteres.']);
  });
  it('keeps English e.g. and i.e. and file extensions inside the sentence', () => {
    expect(split('Use open formats, e.g. CSV, i.e. text. Files such as .shp are fine. Done.', 'en'))
      .toEqual(['Use open formats, e.g. CSV, i.e. text.', 'Files such as .shp are fine.', 'Done.']);
  });
  it('does not split before a lower-case word', () => {
    expect(split('Indberet bl.a vha. et tegneværktøj. Næste sætning.', 'da')).toHaveLength(2);
  });
  it('splits exactly as natural does, with the abbreviation pattern compiled once', () => {
    const Natural = createRequire(import.meta.url)('natural/lib/natural/tokenizers/sentence_tokenizer.js');
    const abbrev = abbreviationsFor('da');
    const ours = new (sentenceTokenizerClass())(abbrev, false), natural = new Natural(abbrev, false);
    const piece = fc.constantFrom('Leverandøren skal', ' ', '. ', '.', '! ', '? ', '…', 'f.eks.', 'F.EKS.', 'bl.a.', 'jf.', 'e.g.', 'nr.', '2.0', '1,000.5', '12', 'www.example.dk', 'https://x.dk/a.b', 'a@b.dk', '"', ')', '\n', 'ABBREV_1', '{{', '}}', 'Microsoft Excel');
    fc.assert(fc.property(fc.array(piece, { maxLength: 40 }).map((a) => a.join('')), (text) => {
      expect(ours.tokenize(text)).toEqual(natural.tokenize(text));
    }), { numRuns: Number(process.env.FC_RUNS ?? 1000) });
  });
  it('skips natural for text without a sentence stop, because natural returns such text whole', () => {
    const SentenceTokenizer = createRequire(import.meta.url)('natural/lib/natural/tokenizers/sentence_tokenizer.js');
    const natural = new SentenceTokenizer(['f.eks.', 'e.g.', 'jf.'], false);
    const piece = fc.constantFrom('Leverandøren', 'skal', ' ', '  ', '\n', '1,000', '2', '12,5', 'www', 'mail@host', 'http', '"', ')', '(', '-', ',', ';', ':', 'f', 'eks', 'NUMBER', '{{', '}}', '_', '\t');
    fc.assert(fc.property(fc.array(piece, { maxLength: 40 }).map((a) => a.join('')), (text) => {
      const whole = (natural.tokenize(text) as string[]).map((p) => p.trim()).filter(Boolean);
      expect(whole).toEqual(text.trim() ? [text.trim()] : []);
      expect(split(text, 'da')).toEqual([text.trim() || text]); // blank text is one (blank) unit either way
    }), { numRuns: 500 });
  });
});

describe('detectLanguage', () => {
  it('tells Danish, Norwegian, Swedish and English apart', () => {
    expect(detectLanguage('Leverandøren skal efter aftale levere en løsning, der kan anvendes af kommunerne og af borgerne.')).toBe('da');
    expect(detectLanguage('Leverandøren skal beskrive hvordan løsningen oppfyller kravet, etter avtale med oppdragsgiver og kommunene.')).toBe('no');
    expect(detectLanguage('Leverantören ska beskriva hur lösningen uppfyller kravet och att det är möjligt för användarna.')).toBe('sv');
    expect(detectLanguage('The contractor shall deliver the solution and the supplier must document it.')).toBe('en');
  });
  it('settles one-sentence Danish/Norwegian calls by spelling (ud-/ut-, ej/ei, -hed/-het, -sjon, brug-/bruk-)', () => {
    expect(detectLanguage('Løsningen skal bruke Microsoft SQL Server som database.', 'da')).toBe('no');
    expect(detectLanguage('Løsningen skal bruge Microsoft SQL Server som database.', 'no')).toBe('da');
    expect(detectLanguage('Leverandøren skal beskrive rutiner for feilretting og veiledning av brukere.', 'da')).toBe('no');
    expect(detectLanguage('Leverandøren skal beskrive rutiner for fejlretning og vejledning af brugere.', 'no')).toBe('da');
    expect(detectLanguage('Løsningen skal ivareta informasjonssikkerhet og utvikles løpende.', 'da')).toBe('no');
    expect(detectLanguage('Løsningen skal understøtte informationssikkerhed og udvikles løbende.', 'no')).toBe('da');
  });
  it('tells Swedish from Danish and Norwegian by ä/ö and upp- where function words are close', () => {
    expect(detectLanguage('Om frågor uppstår kan leverantörens support kontaktas av kunden.', 'da')).toBe('sv');
    expect(detectLanguage('Tjänsten ska kunna hanteras av en användare.', 'no')).toBe('sv');
    expect(detectLanguage('Leverandøren skal integrere løsningen med systemet hos Göteborgs Stad.', 'en')).toBe('da');
    expect(detectLanguage('The supplier shall deliver the solution to Göteborg and Malmö.', 'da')).toBe('en');
  });
  it('falls back when there is nothing to go on', () => {
    expect(detectLanguage('12345', 'da')).toBe('da');
  });
});

describe('tokenize', () => {
  it('splits words and punctuation and records spacing', () => {
    const t = tokenize('SAP-systemet, MySQL\'s');
    expect(t.map((x) => x.key)).toEqual(['sap', '-', 'systemet', ',', 'mysql', "'", 's']);
    expect(t.map((x) => x.spaced)).toEqual([false, false, false, false, true, false, false]);
  });
  it('keeps identifiers with underscores whole', () => {
    expect(tokenize('PPT_artifacts').map((x) => x.key)).toEqual(['ppt_artifacts']);
  });
});
