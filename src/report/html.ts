// html: one self-contained page a procurement officer can read and print: the specification with every finding
// highlighted in place, a side list with message, legal basis and suggestion, and a summary per rule and severity.
import { relative } from 'node:path';
import type { Formatter } from './types.js';
import type { FileResult, Finding } from '../model/finding.js';
import type { Block } from '../model/document.js';

const esc = (s: string): string => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const T = {
  en: { title: 'Lock-in review', findings: 'Findings', rule: 'Rule', errors: 'Errors', warnings: 'Warnings', advisories: 'Advisories', basis: 'Legal basis', suggestion: 'Suggestion', none: 'No lock-in findings.', error: 'error', warning: 'warning', advisory: 'advisory', section: 'Section', req: 'Requirement', unreadable: 'Could not be read', suppressed: 'Suppressed with a reason', total: 'Total' },
  da: { title: 'Gennemgang for leverandørbinding', findings: 'Fund', rule: 'Regel', errors: 'Fejl', warnings: 'Advarsler', advisories: 'Bemærkninger', basis: 'Retsgrundlag', suggestion: 'Forslag', none: 'Ingen fund af leverandørbinding.', error: 'fejl', warning: 'advarsel', advisory: 'bemærkning', section: 'Afsnit', req: 'Krav', unreadable: 'Kunne ikke læses', suppressed: 'Undertrykt med begrundelse', total: 'I alt' },
};
type Words = (typeof T)['en'];
const words = (lang: string): Words => (T as Record<string, Words>)[lang] ?? (lang === 'no' || lang === 'sv' ? T.da : T.en);
const sevName = (w: Words, s: number): string => (s === 2 ? w.error : s === 1 ? w.warning : w.advisory);

const CSS = `
*{box-sizing:border-box}body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#1d1d1f;background:#fafafa}
header{padding:18px 28px;background:#1f3a5f;color:#fff}header h1{margin:0;font-size:20px}header p{margin:4px 0 0;opacity:.85}
section.file{margin:24px 28px;background:#fff;border:1px solid #ddd;border-radius:6px}
section.file>h2{margin:0;padding:12px 18px;border-bottom:1px solid #ddd;font-size:17px;background:#f3f5f8}
.summary{padding:12px 18px}.summary table{border-collapse:collapse}.summary td,.summary th{padding:3px 12px 3px 0;text-align:left}
.cols{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);gap:0}
.doc{padding:12px 22px;border-right:1px solid #eee}.side{padding:12px 18px;background:#fcfcfd}
.doc h1,.doc h2,.doc h3,.doc h4{margin:1em 0 .4em;line-height:1.25}.doc table{border-collapse:collapse;margin:8px 0;width:100%}
.doc td{border:1px solid #ccc;padding:4px 6px;vertical-align:top}.doc tr:first-child td{background:#f0f0f0;font-weight:600}
mark{padding:0 1px;border-radius:2px}mark.s2{background:#ffd6d6;border-bottom:2px solid #c00}mark.s1{background:#fff1c2;border-bottom:2px solid #b78100}mark.s0{background:#dde9ff;border-bottom:2px solid #3366cc}
mark sup{font-size:10px;font-weight:700;margin-left:1px}
ol.findings{padding-left:22px;margin:0}ol.findings li{margin:0 0 14px}.sev{display:inline-block;font-size:12px;font-weight:700;padding:0 6px;border-radius:8px;color:#fff}
.sev.s2{background:#c00}.sev.s1{background:#b78100}.sev.s0{background:#3366cc}.meta{color:#555;font-size:13px}.rule{font-family:ui-monospace,monospace;font-size:12px;color:#555}
.basis,.sugg{font-size:13px;margin-top:3px}.sugg{background:#eef7ee;padding:4px 6px;border-radius:4px}.error{color:#c00;padding:12px 18px}
@media print{body{background:#fff}.cols{display:block}.doc{border:0}.side{page-break-before:always}section.file{border:0;margin:0}header{background:#fff;color:#000;border-bottom:2px solid #000}mark{-webkit-print-color-adjust:exact;print-color-adjust:exact}}
`;

function renderBlockText(b: Block, marks: Array<{ f: Finding; n: number }>): string {
  // Show the text as written ("–", "»…«"); offsets are the same as in the normalised text.
  const text = b.display ?? b.text;
  const pieces: string[] = [];
  let pos = 0;
  const sorted = marks.filter((m) => m.f.range && m.f.range.end > m.f.range.start).sort((a, b) => a.f.range!.start - b.f.range!.start);
  for (const { f, n } of sorted) {
    const { start, end } = f.range!;
    if (start < pos) continue;
    pieces.push(esc(text.slice(pos, start)), `<mark class="s${f.severity}" id="m-${n}" title="${esc(f.message)}">${esc(text.slice(start, end))}<sup>${n}</sup></mark>`);
    pos = end;
  }
  pieces.push(esc(text.slice(pos)));
  const pointOnly = marks.filter((m) => !m.f.range || m.f.range.end <= m.f.range.start).map((m) => `<mark class="s${m.f.severity}" id="m-${m.n}"><sup>${m.n}</sup></mark>`);
  return pieces.join('') + pointOnly.join('');
}

function renderDocument(r: FileResult, numbered: Array<{ f: Finding; n: number }>): string {
  const blocks = r.doc?.blocks ?? [];
  const byBlock = new Map<number, Array<{ f: Finding; n: number }>>();
  for (const m of numbered) if (m.f.range) byBlock.set(m.f.range.block, [...(byBlock.get(m.f.range.block) ?? []), m]);
  const out: string[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.kind === 'tableCell' && b.table) {
      // Gather the whole table and lay it out by row and column.
      const t = b.table.table;
      const rows = new Map<number, Map<number, string[]>>();
      let j = i;
      for (; j < blocks.length && blocks[j]!.kind === 'tableCell' && blocks[j]!.table?.table === t; j++) {
        const c = blocks[j]!;
        const row = rows.get(c.table!.row) ?? new Map<number, string[]>();
        row.set(c.table!.column, [...(row.get(c.table!.column) ?? []), renderBlockText(c, byBlock.get(c.index) ?? [])]);
        rows.set(c.table!.row, row);
      }
      const ncols = Math.max(...[...rows.values()].map((r) => Math.max(...r.keys()) + 1));
      out.push('<table>', ...[...rows.entries()].sort((a, b) => a[0] - b[0]).map(([, cols]) => `<tr>${Array.from({ length: ncols }, (_, c) => `<td>${(cols.get(c) ?? []).join('<br>')}</td>`).join('')}</tr>`), '</table>');
      i = j - 1;
      continue;
    }
    if (b.kind === 'listItem') {
      out.push('<ul>');
      let j = i;
      for (; j < blocks.length && blocks[j]!.kind === 'listItem' && blocks[j]!.listId === b.listId; j++) out.push(`<li>${renderBlockText(blocks[j]!, byBlock.get(blocks[j]!.index) ?? [])}</li>`);
      out.push('</ul>');
      i = j - 1;
      continue;
    }
    const html = renderBlockText(b, byBlock.get(b.index) ?? []);
    if (b.kind === 'heading') out.push(`<h${Math.min(6, (b.depth ?? 1) + 1)}>${html}</h${Math.min(6, (b.depth ?? 1) + 1)}>`);
    else if (b.quote) out.push(`<blockquote>${html}</blockquote>`);
    else out.push(`<p>${html}</p>`);
  }
  // Document-level findings (no range) are listed at the top of the document.
  const top = numbered.filter((m) => !m.f.range).map((m) => `<p><mark class="s${m.f.severity}" id="m-${m.n}"><sup>${m.n}</sup></mark> ${esc(m.f.message)}</p>`);
  return top.join('') + out.join('\n');
}

function summary(results: FileResult[], w: Words): string {
  const rows = new Map<string, [number, number, number]>();
  for (const r of results) for (const f of r.findings) {
    const row = rows.get(f.ruleId) ?? [0, 0, 0];
    row[2 - f.severity]!++;
    rows.set(f.ruleId, row);
  }
  if (!rows.size) return `<p>${esc(w.none)}</p>`;
  const tot = [...rows.values()].reduce((a, r) => [a[0] + r[0], a[1] + r[1], a[2] + r[2]], [0, 0, 0]);
  return `<table><tr><th>${w.rule}</th><th>${w.errors}</th><th>${w.warnings}</th><th>${w.advisories}</th></tr>${[...rows.entries()].sort().map(([id, [e, wa, a]]) => `<tr><td class="rule">${esc(id)}</td><td>${e}</td><td>${wa}</td><td>${a}</td></tr>`).join('')}<tr><th>${w.total}</th><th>${tot[0]}</th><th>${tot[1]}</th><th>${tot[2]}</th></tr></table>`;
}

export const html: Formatter = (results, ctx) => {
  const w = words(results.find((r) => !r.error)?.lang ?? 'en');
  const sections = results.map((r) => {
    const name = esc(relative(ctx.cwd, r.filePath) || r.filePath);
    if (r.error) return `<section class="file"><h2>${name}</h2><p class="error">${esc(w.unreadable)}: ${esc(r.error)}</p></section>`;
    const fw = words(r.lang);
    const numbered = r.findings.map((f, i) => ({ f, n: i + 1 }));
    const side = numbered.map(({ f, n }) => `<li id="f-${n}"><a href="#m-${n}"><span class="sev s${f.severity}">${esc(sevName(fw, f.severity))}</span></a> ${esc(f.message)}
  <div class="meta">${f.location.paragraph !== undefined ? `¶${f.location.paragraph}` : `${fw === T.da ? 'linje' : 'line'} ${f.line}`}${f.location.section ? ` · ${esc(fw.section)}: ${esc(f.location.section)}` : ''}${f.location.requirementId ? ` · ${esc(fw.req)}: ${esc(f.location.requirementId)}` : ''} · <span class="rule">${esc(f.ruleId)}</span></div>
  ${f.legalBasis ? `<div class="basis"><b>${esc(fw.basis)}:</b> ${esc(f.legalBasis)}</div>` : ''}${f.suggestions[0] ? `<div class="sugg"><b>${esc(fw.suggestion)}:</b> ${esc(f.suggestions[0].text)}</div>` : ''}</li>`).join('\n');
    const supp = ctx.reportSuppressed && r.suppressed.length ? `<h3>${esc(fw.suppressed)}</h3><ul>${r.suppressed.map((f) => `<li>${esc(f.term)} – ${esc(f.suppressed?.reason ?? '')} <span class="rule">${esc(f.ruleId)}</span></li>`).join('')}</ul>` : '';
    return `<section class="file"><h2>${name}</h2><div class="summary">${summary([r], fw)}</div>
<div class="cols"><div class="doc">${renderDocument(r, numbered)}</div><aside class="side"><h3>${esc(fw.findings)}</h3><ol class="findings">${side || `<p>${esc(fw.none)}</p>`}</ol>${supp}</aside></div></section>`;
  });
  return `<!DOCTYPE html>
<html lang="${esc(results.find((r) => !r.error)?.lang ?? 'en')}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>tenderlint – ${esc(w.title)}</title><style>${CSS}</style></head>
<body><header><h1>tenderlint – ${esc(w.title)}</h1><p>${results.length} ${results.length === 1 ? 'file' : 'files'} · ${new Date().toISOString().slice(0, 10)}</p></header>
<section class="file"><h2>${esc(w.findings)}</h2><div class="summary">${summary(results, w)}</div></section>
${sections.join('\n')}
</body></html>
`;
};
