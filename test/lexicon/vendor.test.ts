// One vendor, one key: entries that write a vendor's name differently ("Apple Inc." / "Apple", "Amazon Web Services"
// / "Amazon") would split its products from its certifications, so a subject named in the title would not justify a
// certification in its vendor's programme.
import { describe, expect, it } from 'vitest';
import { loadEntries, BUILTIN_LEXICON_DIR } from '../../src/lexicon/load.js';
import { vendorKey } from '../../src/lexicon/vendor.js';
import { severityByTerm } from '../helpers.js';

describe('vendorKey', () => {
  it.each([
    ['Apple Inc.', 'apple'], ['F5, Inc.', 'f5'], ['IFS AB', 'ifs'], ['Red Hat (IBM)', 'red hat'], ['Norsk helsenett SF', 'norsk helsenett'],
    ['Workday, Inc.', 'workday'], ['Microsoft', 'microsoft'],
  ])('%s → %s', (raw, key) => expect(vendorKey(raw)).toBe(key));
});

describe('the built-in lexicon names each vendor one way', () => {
  // Different organisations whose names begin with another vendor's name.
  const distinct = new Set(['oracle health', 'european commission joint research centre', 'etsi / cen / cenelec', 'kl / dubu-samarbejdet', 'sundhedsdatastyrelsen / medcom']);
  it('no vendor key is another one followed by more words', () => {
    const keys = [...new Set(loadEntries([BUILTIN_LEXICON_DIR]).map((e) => vendorKey(e.vendor)).filter((k): k is string => !!k))];
    const clashes = keys.flatMap((a) => keys.filter((b) => b.startsWith(`${a} `) && !distinct.has(b)).map((b) => `${a} / ${b}`));
    expect(clashes).toEqual([]);
  });
});

describe('a certification in the vendor programme of the title\'s platform', () => {
  it('is justified by the subject (advisory); another vendor\'s certification is not', () => {
    const md = [
      '# Request for Quote: Amazon Web Services Infrastructure as a Service', '',
      '## Requirements', '', 'The Contractor shall be an AWS Partner.', '',
      'Key personnel shall hold the Google Professional Cloud Architect certification.', '',
    ].join('\n');
    const s = severityByTerm(md);
    expect(s['AWS Partner']).toBe(0);
    expect(s['Google Professional Cloud Architect']).toBe(1);
  });
});
