// proprietary-format: a vendor's file format or office product demanded as *the* format of deliverables or data.
import { wordCount } from '../text/word-count.js';
import type { Checker } from './types.js';
import type { DraftFinding } from '../model/finding.js';
import { functionalRewrite, quote, severityFor, ui } from './shared.js';
import { FORMAT_COLUMN } from '../analysis/mentions.js';

export const proprietaryFormat: Checker = {
  id: 'proprietary-format',
  meta: {
    description: 'A vendor\'s proprietary file format (or the office product that writes it) demanded as the format of deliverables or data.',
    defaultSeverity: 2,
    fixable: false,
    basis: 'brand',
    scope: 'sentence',
    // A demanded format is more specific than the product that writes it.
    overrides: ['compatibility-clause', 'standard-without-equivalent', 'brand-without-equivalent', 'origin-requirement', 'equivalent-without-criteria', 'trademark-symbol', 'unknown-brand'],
    messages: {
      format: {
        en: '{term} makes one vendor\'s product the required format. Ask for an open, standardised format (e.g. ODF, OOXML, PDF/A, CSV) or accept equivalent formats.',
        da: '{term} gør én leverandørs produkt til det krævede format. Kræv et åbent, standardiseret format (fx ODF, OOXML, PDF/A, CSV), eller acceptér tilsvarende formater.',
        no: '{term} gjør én leverandørs produkt til det påkrevde formatet. Krev et åpent, standardisert format (f.eks. ODF, OOXML, PDF/A, CSV), eller aksepter tilsvarende formater.',
        sv: '{term} gör en leverantörs produkt till det krävda formatet. Kräv ett öppet, standardiserat format (t.ex. ODF, OOXML, PDF/A, CSV) eller acceptera likvärdiga format.',
      },
      input: {
        en: '{term} is named as a format the solution must read; that widens the choice. Make sure deliverables and exports may use open formats.',
        da: '{term} nævnes som et format, løsningen skal kunne læse; det udvider valget. Sørg for, at leverancer og eksport må bruge åbne formater.',
        no: '{term} nevnes som et format løsningen må kunne lese; det utvider valget. Sørg for at leveranser og eksport kan bruke åpne formater.',
        sv: '{term} nämns som ett format lösningen ska kunna läsa; det vidgar valet. Se till att leveranser och export får använda öppna format.',
      },
      existing: {
        en: '{term} is named as a format of the buyer\'s existing data; make sure new deliverables may use open formats.',
        da: '{term} nævnes som format for kundens eksisterende data; sørg for, at nye leverancer må bruge åbne formater.',
        no: '{term} nevnes som format for kundens eksisterende data; sørg for at nye leveranser kan bruke åpne formater.',
        sv: '{term} nämns som format för beställarens befintliga data; se till att nya leveranser får använda öppna format.',
      },
    },
  },
  check({ mentions, lang, ctx }) {
    const out: DraftFinding[] = [];
    for (const m of mentions) {
      if (m.pattern !== 'format') continue;
      const sc = m.ctx;
      if (sc.background || sc.negated || sc.block.kind === 'heading' || sc.equivalent?.strength === 'strong' || sc.example || sc.equivalent) continue;
      // An open format offered as an alternative ("Excel eller CSV", "CSV or Excel") leaves the choice open. One that is
      // demanded as well ("PDF and an editable Word document") or only gives the product's own extension ("Word-format
      // (.docx)") does not.
      const alongside = mentions.some((o) => {
        if (o === m || o.block !== m.block || o.ctx.sentence[0] !== sc.sentence[0] || !o.entry.open) return false;
        const between = o.start >= m.reportEnd ? m.block.text.slice(m.reportEnd, o.start) : m.block.text.slice(o.end, m.start);
        return /\//.test(between) || ctx.phrases.has('alternatives', between);
      });
      if (alongside) continue;
      // Outside requirements, only a short verbless fragment ("PowerPoint slides med …", a deliverables-table cell
      // "Excel-format") specifies a format; a cell or paragraph that is a sentence describes, whatever its container.
      // A cell of a column headed "Format" specifies the format, however long it is ("Microsoft PowerPoint briefing plus
      // a data appendix in Excel (.xlsx) uploaded to …").
      const formatColumn = sc.block.table && !sc.block.table.isHeader && FORMAT_COLUMN.test(sc.block.table.header[sc.block.table.column] ?? '');
      if (sc.modality === 'none' && !isFragment(sc.block.text, ctx.phrases) && !formatColumn) continue;
      const term = quote(m.block.text.slice(m.start, m.reportEnd), lang);
      const suggestions = [{ desc: ui('functional', lang), text: functionalRewrite(m, lang) }];
      // A format the solution must read or accept ("importera data från Excel-filer") is interoperability with what
      // people already have, not a demand that deliverables come in it.
      const input = ctx.phrases.find('inputVerbs', m.block.text, Math.max(sc.sentence[0], m.start - 60), m.start)
        .some((h) => wordCount(m.block.text.slice(h.end, m.start)) <= 5 && !ctx.phrases.has('exitVerbs', m.block.text.slice(h.end, m.start)));
      if (input) { out.push({ block: m.block.index, start: m.start, end: m.reportEnd, severity: 0, messageId: 'input', data: { term }, entryId: m.entry.id, suggestions }); continue; }
      if (sc.existing) { out.push({ block: m.block.index, start: m.start, end: m.reportEnd, severity: 0, messageId: 'existing', data: { term }, entryId: m.entry.id, suggestions }); continue; }
      out.push({ block: m.block.index, start: m.start, end: m.reportEnd, severity: sc.modality === 'none' ? 1 : severityFor(sc, 2), messageId: 'format', data: { term }, entryId: m.entry.id, suggestions });
    }
    return out;
  },
};

/** At most eight words and no finite verb of the language: a label or a heading-like fragment, not a sentence. */
function isFragment(text: string, phrases: { has(list: 'finiteVerbs', text: string): boolean }): boolean {
  return wordCount(text) <= 8 && !phrases.has('finiteVerbs', text);
}
