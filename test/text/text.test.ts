import { describe, expect, it } from 'vitest';
import { normalizeRuns } from '../../src/text/normalize.js';
import { sentenceSpans } from '../../src/text/sentences.js';
import { detectLanguage } from '../../src/text/language.js';
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
});

describe('detectLanguage', () => {
  it('tells Danish, Norwegian, Swedish and English apart', () => {
    expect(detectLanguage('Leverandøren skal efter aftale levere en løsning, der kan anvendes af kommunerne og af borgerne.')).toBe('da');
    expect(detectLanguage('Leverandøren skal beskrive hvordan løsningen oppfyller kravet, etter avtale med oppdragsgiver og kommunene.')).toBe('no');
    expect(detectLanguage('Leverantören ska beskriva hur lösningen uppfyller kravet och att det är möjligt för användarna.')).toBe('sv');
    expect(detectLanguage('The contractor shall deliver the solution and the supplier must document it.')).toBe('en');
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
