// Lexicon entry and phrase-list types, as validated by lexicon/schema.json.
import type { Lang } from '../model/document.js';

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
  legitimate?: string;
  neutral: { da: string; en: string; sv?: string; no?: string };
  note?: string;
  examples: { flag: string[]; pass: string[] };
  /** Set by the loader. */
  category: string;
  /** `file:line` where the entry is defined (for messages and `lexicon search`). */
  source: string;
}

export const PHRASE_LISTS = ['equivalent', 'weakEquivalent', 'versionFloor', 'hollowing', 'mandatory', 'desirable', 'supplierWill', 'example', 'background', 'existing', 'buyerPossessive', 'buyerProvides', 'integration', 'negation', 'compatibility', 'formatNouns', 'origin', 'exit', 'exitData', 'exitVerbs', 'criteria', 'supplier', 'standardWords', 'finiteVerbs',
  'buyerRoles', 'orgNouns', 'definedAs', 'channel', 'procedural', 'formNouns', 'buyerUses', 'subjectMatter', 'scopeHeadings', 'competence'] as const;
export type PhraseList = (typeof PHRASE_LISTS)[number];

export interface PhraseSet {
  language: Lang;
  name: string;
  lists: Partial<Record<PhraseList, string[]>>;
}
