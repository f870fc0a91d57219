// The one document model every parser produces and every checker reads: blocks of plain text with source locations.

/**
 * A language code (ISO 639-1) with a phrase file in lexicon/phrases/<code>.yaml. The named ones have messages of
 * their own; a language added as data only (such as Finnish) is read with its own phrases and reported in English.
 */
export type Lang = 'da' | 'en' | 'sv' | 'no' | 'de' | 'fr' | 'nl' | (string & {});

export type BlockKind = 'heading' | 'paragraph' | 'listItem' | 'tableCell' | 'footnote';

/** A run of block text that maps one-to-one onto source characters starting at `line`:`column`. */
export interface Segment {
  /** Offset in the block text where this run starts. */
  start: number;
  length: number;
  /** 1-based source line and column of the run's first character. */
  line: number;
  column: number;
}

export interface TableContext {
  /** Index of the table in the document (0-based). */
  table: number;
  /** 0-based row and column. */
  row: number;
  column: number;
  /** Texts of the header row (first row), one per column. */
  header: string[];
  /** Texts of every cell in this row. */
  cells: string[];
  isHeader: boolean;
}

export interface Block {
  /** Position in document order (0-based). */
  index: number;
  kind: BlockKind;
  /** Plain, normalised text (typographic quotes, dashes and spaces folded; soft hyphens removed). */
  text: string;
  /** Source mapping of `text`; see Segment. */
  segments: Segment[];
  /** Heading titles above this block, outermost first. */
  headingPath: string[];
  /** Heading level for headings (1-6). */
  depth?: number;
  table?: TableContext;
  /** Requirement id of the table row (first cell such as "K-3.2", "R12"). */
  requirementId?: string;
  /** Word paragraph number (1-based, body order, table-cell paragraphs counted). */
  paragraph?: number;
  /** Identifies the list (lists have distinct ids) for list items. */
  listId?: number;
  /** Inside a block quote. */
  quote?: boolean;
  /** The text as written (typographic quotes and dashes kept), when it differs from `text` but has its length. */
  display?: string;
  /** Ranges of `text` that are not prose (URLs, inline code): never linted. */
  masked: Array<[number, number]>;
}

/** A directive found in a comment: `tenderlint-disable-next-line rule -- reason` and friends. */
export interface Directive {
  kind: 'disable' | 'enable' | 'disable-line' | 'disable-next-line' | 'ignore-block';
  rules: string[];
  reason?: string;
  /** For Markdown: the source line of the comment. For Word: the paragraph number it is attached to. */
  line: number;
  /** Block index it applies to (Word comments, next-line directives resolved by the parser). */
  block?: number;
  /** How the suppression was made, when not by the directive alone ("tenderlint-ignore (reply)": a reply in Word). */
  by?: string;
}

export interface SpecDocument {
  filePath: string;
  format: 'markdown' | 'docx' | 'text';
  blocks: Block[];
  directives: Directive[];
  /** Raw source for Markdown (used by --fix and the HTML report). */
  source?: string;
  /** Document title: the first heading, or the first block. */
  title?: string;
}
