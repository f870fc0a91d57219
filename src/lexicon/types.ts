// Lexicon entry and phrase-list types, as validated by lexicon/schema.json; a name the matcher found.

export type EntryKind = 'product' | 'vendor' | 'platform' | 'format' | 'protocol' | 'certification' | 'standard' | 'national-infrastructure' | 'language';

export interface LexiconEntry {
  id: string;
  terms: string[];
  ambiguousTerms?: string[];
  cues?: string[];
  caseSensitive?: boolean;
  regex?: string;
  vendor?: string;
  kind: EntryKind;
  open?: boolean;
  mandatedBy?: string;
  /** Jurisdictions whose buyers must use it by law or binding policy, with the basis ("us-federal": FISMA). */
  mandatedIn?: Record<string, string>;
  legitimate?: string;
  neutral: { da: string; en: string; sv?: string; no?: string };
  note?: string;
  examples: { flag: string[]; pass: string[] };
  /** Set by the loader. */
  category: string;
  /** `file:line` where the entry is defined (for messages and `lexicon search`). */
  source: string;
}

// The phrase lists' names and shape belong to the phrase matcher (text/phrases.ts); the lexicon loads them.
export { PHRASE_LISTS } from '../text/phrases.js';
export type { PhraseList, PhraseSet } from '../text/phrases.js';

/** A lexicon term found in a text. */
export interface Mention {
  entry: LexiconEntry;
  term: string;
  start: number;
  end: number;
  ambiguous: boolean;
  /** The mention is the first part of a compound word or carries an inflection ("Jiranummer", "Microsofts"). */
  inflected: boolean;
}
