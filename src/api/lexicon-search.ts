// What the lexicon knows about a word, as the configuration in effect sees it: the user's own entries are searched
// too, and disabled entries, allowed terms and mandated systems say so instead of vanishing.
import { join } from 'node:path';
import type { LexiconEntry } from '../lexicon/types.js';
import { loadLexicon } from '../engine/linter.js';
import { optionsFor, type LintFilesOptions } from '../io/lint-files.js';

export interface LexiconHit {
  entry: LexiconEntry;
  /** Whether and when it is flagged, in one sentence. */
  verdict: string;
  /** Terms of the entry the configuration allows, with the reason given. */
  allowed: Array<{ term: string; reason: string }>;
}

export interface LexiconSearch { word: string; configSource?: string; hits: LexiconHit[] }

/**
 * Entries whose id, terms or vendor contain `word` (case-insensitive), for a specification in `cwd`: its
 * configuration is found upward from there ('search'), or given as a path, or none (false).
 */
export function searchLexicon(word: string, { cwd, config = 'search' }: { cwd: string; config?: LintFilesOptions['config'] }): LexiconSearch {
  const q = word.toLowerCase();
  // The configuration a specification in the folder would get (the file name is only for the lookup).
  const cfg = config ? optionsFor(join(cwd, 'lexicon-search.md'), { config }) : {};
  const disabled = new Set(cfg.disableEntries ?? []);
  // Disabled entries and allowed terms stay in, to be explained rather than silently missing.
  const lex = loadLexicon({ lexicon: cfg.lexicon, mandated: cfg.mandated });
  const hits = lex.entries.filter((e) => e.id.includes(q) || [...e.terms, ...(e.ambiguousTerms ?? [])].some((t) => t.toLowerCase().includes(q)) || (e.vendor ?? '').toLowerCase().includes(q));
  return {
    word,
    configSource: 'source' in cfg ? cfg.source : undefined,
    hits: hits.map((e) => {
      const terms = [...e.terms, ...(e.ambiguousTerms ?? [])].map((t) => t.toLowerCase());
      const verdict = disabled.has(e.id) ? 'never flagged: disabled by the configuration (disableEntries)'
        : e.kind === 'national-infrastructure' || e.mandatedBy ? `never flagged: ${e.mandatedBy ?? 'mandated national infrastructure'}`
        : e.open ? 'never flagged: open format, protocol or standard'
        : e.kind === 'language' ? 'never flagged: programming language'
        : 'flagged when required without "or equivalent", unless background, an example, negated or the buyer\'s existing installation';
      return { entry: e, verdict, allowed: (cfg.allow ?? []).filter((a) => terms.includes(a.term.toLowerCase())) };
    }),
  };
}

/** The search as text, as `tenderlint lexicon search` prints it (the first 50 entries). */
export function formatLexiconSearch(s: LexiconSearch): string {
  let out = s.configSource ? `configuration: ${s.configSource}\n` : '';
  if (!s.hits.length) return `${out}No lexicon entry matches "${s.word}".\n`;
  for (const { entry: e, verdict, allowed } of s.hits.slice(0, 50)) {
    out += `${e.id}  (${e.category}, ${e.kind}${e.vendor ? `, ${e.vendor}` : ''})  ${e.source}\n`;
    out += `  terms: ${e.terms.join(', ')}\n`;
    if (e.ambiguousTerms?.length) out += `  ambiguous: ${e.ambiguousTerms.join(', ')} — counted only with a cue: ${(e.cues ?? []).join(', ') || '(vendor name)'}\n`;
    out += `  ${verdict}\n`;
    for (const a of allowed) out += `  allowed by the configuration: "${a.term}" (${a.reason})\n`;
    for (const [lang, text] of Object.entries(e.neutral)) out += `  neutral (${lang}): ${text}\n`;
  }
  return out;
}
