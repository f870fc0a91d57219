// The checker contract: metadata plus one pure function from document context to draft findings.
import type { Lang, SpecDocument } from '../model/document.js';
import type { DraftFinding, Severity } from '../model/finding.js';
import type { DocContext } from '../analysis/context.js';
import type { AnalysedMention } from '../analysis/mentions.js';
import type { LexiconEntry } from '../lexicon/types.js';

export type Messages = Record<string, { en: string; da: string } & Partial<Record<Lang, string>>>;

export interface CheckerMeta {
  description: string;
  /** Severity for a mandatory requirement; desirable ones get at most a warning, justified ones are advisory. */
  defaultSeverity: Severity;
  fixable: boolean;
  /** Legal basis key (engine/legal.ts). */
  basis: string;
  messages: Messages;
  /** Scope: 'sentence' checkers report ranges; 'document' checkers report one finding per document. */
  scope: 'sentence' | 'document';
  /**
   * Rules whose findings this rule's finding replaces where their ranges overlap (a model number over the brand in
   * it). Each rule declares what it overrides; there is no global order.
   */
  overrides?: readonly string[];
}

export interface CheckInput {
  doc: SpecDocument;
  lang: Lang;
  ctx: DocContext;
  mentions: AnalysedMention[];
  entries: LexiconEntry[];
}

export interface Checker {
  id: string;
  meta: CheckerMeta;
  check(input: CheckInput): DraftFinding[];
}
