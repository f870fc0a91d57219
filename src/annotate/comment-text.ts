// The words of one tenderlint comment: message, legal basis, suggestion and rule id, labelled in the document's language.
import type { Finding } from '../model/finding.js';

interface Labels {
  basis: string;
  suggestion: string;
  rule: string;
  location: string;
  at: string;
}

const LABELS: Record<string, Labels> = {
  da: { basis: 'Retsgrundlag', suggestion: 'Forslag', rule: 'Regel', location: 'Gælder hele dokumentet', at: 'Sted' },
  no: { basis: 'Rettsgrunnlag', suggestion: 'Forslag', rule: 'Regel', location: 'Gjelder hele dokumentet', at: 'Sted' },
  sv: { basis: 'Rättslig grund', suggestion: 'Förslag', rule: 'Regel', location: 'Gäller hela dokumentet', at: 'Plats' },
  en: { basis: 'Legal basis', suggestion: 'Suggestion', rule: 'Rule', location: 'Applies to the whole document', at: 'Location' },
};

export function labelsFor(lang: string): Labels {
  return LABELS[lang] ?? LABELS.en!;
}

/**
 * The comment's paragraphs, in order. `documentLevel` marks a finding anchored on the first paragraph
 * because it has no place of its own (or its text could not be found).
 */
export function commentParagraphs(f: Finding, lang: string, documentLevel: boolean): string[] {
  const l = labelsFor(lang);
  const out = [f.message.trim()];
  if (documentLevel) out.push(f.term ? `${l.at}: ¶${f.location.paragraph ?? f.line} "${f.term}"` : l.location);
  if (f.legalBasis?.trim()) out.push(`${l.basis}: ${f.legalBasis.trim()}`);
  const suggestion = f.suggestions?.find((s) => s.text?.trim());
  if (suggestion) out.push(`${l.suggestion}: ${suggestion.text.trim()}`);
  // Only public links: a file:// path would leak the reviewer's disk layout into a document that travels.
  out.push(`${l.rule}: ${f.ruleId}${/^https?:\/\//.test(f.docsUrl ?? '') ? ` (${f.docsUrl})` : ''}`);
  return out;
}
