// suppression-without-reason: a tenderlint-disable/ignore directive that does not say why; the reason is the record the law asks for.
import type { Checker } from './types.js';
import type { DraftFinding } from '../model/finding.js';

export const suppressionWithoutReason: Checker = {
  id: 'suppression-without-reason',
  meta: {
    description: 'A suppression directive without a reason; the reason documents why a named product is justified.',
    defaultSeverity: 1,
    fixable: false,
    basis: 'brand',
    scope: 'document',
    messages: {
      missing: {
        en: 'This suppression gives no reason. Write why the reference is justified after "--" (Markdown) or ":" (Word comment); the reason is the record the procurement file needs.',
        da: 'Undertrykkelsen angiver ingen begrundelse. Skriv efter "--" (Markdown) eller ":" (Word-kommentar), hvorfor henvisningen er begrundet; begrundelsen er den dokumentation, udbudsmaterialet kræver.',
        no: 'Undertrykkelsen oppgir ingen begrunnelse. Skriv etter "--" (Markdown) eller ":" (Word-kommentar) hvorfor henvisningen er begrunnet.',
        sv: 'Undertryckningen anger ingen motivering. Skriv efter "--" (Markdown) eller ":" (Word-kommentar) varför hänvisningen är motiverad.',
      },
    },
  },
  check({ doc }) {
    const out: DraftFinding[] = [];
    for (const d of doc.directives) {
      if (d.kind === 'enable' || d.reason) continue;
      const word = doc.format === 'docx';
      out.push({
        block: d.block ?? 0, start: 0, end: 0, severity: 1, messageId: 'missing', data: {},
        at: { line: d.line, column: 1, term: word ? 'tenderlint-ignore' : `tenderlint-${d.kind}` },
      });
    }
    return out;
  },
};
