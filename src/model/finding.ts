// Findings: what a checker drafts and what the engine stamps and reports.
import type { Lang } from './document.js';

export type Severity = 0 | 1 | 2;
export const SEVERITY_NAMES: Record<Severity, 'advisory' | 'warning' | 'error'> = { 0: 'advisory', 1: 'warning', 2: 'error' };

export interface Suggestion {
  desc: string;
  text: string;
}

/** A mechanical edit, safe to apply without a person's judgement. */
export interface Fix {
  /** Offsets in the block text; replaced by `text`. */
  start: number;
  end: number;
  text: string;
}

/** What a checker returns: a range in one block plus message data. The engine adds the rest. */
export interface DraftFinding {
  block: number;
  start: number;
  end: number;
  messageId: string;
  data: Record<string, string>;
  severity: Severity;
  /** Lexicon entry behind the finding, if any. */
  entryId?: string;
  suggestions?: Suggestion[];
  fix?: Fix;
  /** Legal basis key, resolved to text in the document's language. */
  basis?: string;
  /** A place outside the block text (a comment line): overrides the location computed from block offsets. */
  at?: { line: number; column: number; term: string };
}

export interface Location {
  section?: string;
  requirementId?: string;
  paragraph?: number;
  table?: { row: number; column: number };
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  messageId: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  term: string;
  excerpt: string;
  legalBasis: string;
  suggestions: Suggestion[];
  fix?: { range: [number, number]; text: string };
  location: Location;
  entryId?: string;
  docsUrl: string;
  lang: Lang;
  /** Set when a directive or config suppressed the finding. */
  suppressed?: { reason?: string; by: string };
  /** Where in the document model the finding lies (for reports that render the document). */
  range?: { block: number; start: number; end: number };
}

export interface FileResult {
  filePath: string;
  /** The parsed document, for reports that render it (HTML); not part of the JSON contract. */
  doc?: import('./document.js').SpecDocument;
  lang: Lang;
  findings: Finding[];
  suppressed: Finding[];
  /** A user-facing error for this file (unreadable, unsupported): the file was not linted. */
  error?: string;
}
