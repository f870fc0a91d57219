// The ported sentence tokenizer against natural's own (a dev dependency kept only as this reference).
import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import fc from 'fast-check';
import { SentenceTokenizer } from '../../src/text/sentence-tokenizer.js';
import { abbreviationsFor } from '../../src/text/sentences.js';

type Ctor = new (abbreviations?: string[], trim?: boolean) => { tokenize(t: string): string[] };
const Natural = createRequire(import.meta.url)('natural/lib/natural/tokenizers/sentence_tokenizer.js') as Ctor;

// Pieces that reach every branch: abbreviations in any case, URIs, e-mail, numbers, runs of stops with quotes and
// brackets, placeholder look-alikes and "$" patterns (a replacement string's special forms).
const piece = fc.constantFrom('Leverandøren skal', 'The supplier', ' ', '  ', '. ', '.', '! ', '? ', '?!', '…', '...', ' . ', 'f.eks.', 'F.EKS.', 'bl.a.', 'jf.', 'e.g.', 'E.G.', 'i.e.', 'nr.', 'u.s.', '2.0', '1,000.5', '12', '19.0.0.0', 'www.example.dk', 'https://x.dk/a.b', 'ftp://f.dk/x', 'file:///tmp/a.txt', 'a@b.dk', 'mailto:x@y.se', '"', "'", '”', '’', ')', ']', '}', '(', '\n', '\t', 'ABBREV_1', 'DELIM_0', '{{', '}}', '{{NUMBER_0}}', '{{DELIM_1}}', '$&', '$1', "$'", '$$', 'Microsoft Excel', 'ä', 'Ø');
const text = fc.array(piece, { maxLength: 40 }).map((a) => a.join(''));

describe('SentenceTokenizer', () => {
  it('splits exactly as natural does, trimmed or not, for each language\'s abbreviations', () => {
    for (const lang of ['da', 'en', 'sv'] as const) {
      const abbrev = abbreviationsFor(lang);
      for (const trim of [false, true]) {
        const ours = new SentenceTokenizer(abbrev, trim), ref = new Natural(abbrev, trim);
        fc.assert(fc.property(text, (t) => { expect(ours.tokenize(t)).toEqual(ref.tokenize(t)); }), { numRuns: Number(process.env.FC_RUNS ?? 400) });
      }
    }
  });
  it('splits exactly as natural does without abbreviations', () => {
    const ours = new SentenceTokenizer(), ref = new Natural();
    fc.assert(fc.property(text, (t) => { expect(ours.tokenize(t)).toEqual(ref.tokenize(t)); }), { numRuns: 500 });
  });
  it('keeps abbreviations, numbers and addresses inside a sentence', () => {
    const t = new SentenceTokenizer(['f.eks.', 'jf.'], true);
    expect(t.tokenize('Brug f.eks. version 2.0 fra www.x.dk/a i dag. Se jf. pkt. 3! Og "så"? Ja.'))
      .toEqual(['Brug f.eks. version 2.0 fra www.x.dk/a i dag.', 'Se jf. pkt.', '3!', 'Og "så"?', 'Ja.']);
  });
});
