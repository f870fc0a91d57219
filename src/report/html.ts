// html: one self-contained page a procurement officer can read and print: the specification with every finding
// highlighted in place, a side list with message, legal basis and suggestion, and a summary per rule and severity.
import { isAbsolute, join, relative } from 'node:path';
import { readFileSync, statSync } from 'node:fs';
import { PKG_ROOT } from '../paths.js';
import { lazyRequire } from '../lazy-require.js';
import { builtinLexiconVersion } from '../package-info.js';
import type { Formatter, FormatContext } from './types.js';
import type { FileResult, Finding } from '../model/finding.js';
import type { Block } from '../model/document.js';

const esc = (s: string): string => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const T = {
  en: {
    title: 'Lock-in review', findings: 'Findings', rule: 'Rule', errors: 'Errors', warnings: 'Warnings', advisories: 'Advisories', basis: 'Legal basis', suggestion: 'Suggestion', none: 'No lock-in findings.', error: 'error', warning: 'warning', advisory: 'advisory', section: 'Section', req: 'Requirement', unreadable: 'Could not be read', suppressed: 'Suppressed with a reason', total: 'Total', line: 'line',
    file: 'file', files: 'files', record: 'Review record', verdict: 'Verdict', passed: 'PASSED', failed: 'FAILED', failOn: 'fails on', failOnError: 'errors', failOnWarning: 'warnings and errors', maxWarnings: 'max. warnings', noLimit: 'no limit', version: 'tenderlint version', lexicon: 'Lexicon', entries: 'entries', config: 'Configuration', noConfig: 'none (built-in defaults)', run: 'Run at', documents: 'Documents', document: 'Document', sha: 'SHA-256', modified: 'Modified', language: 'Language', signature: 'Sign-off', reviewer: 'Reviewer', date: 'Date', sign: 'Signature', by: 'by', noReason: 'no reason given', unread: 'unreadable',
  },
  da: {
    title: 'Gennemgang for leverandørbinding', findings: 'Fund', rule: 'Regel', errors: 'Fejl', warnings: 'Advarsler', advisories: 'Bemærkninger', basis: 'Retsgrundlag', suggestion: 'Forslag', none: 'Ingen fund af leverandørbinding.', error: 'fejl', warning: 'advarsel', advisory: 'bemærkning', section: 'Afsnit', req: 'Krav', unreadable: 'Kunne ikke læses', suppressed: 'Undertrykt med begrundelse', total: 'I alt', line: 'linje',
    file: 'fil', files: 'filer', record: 'Grundlag for godkendelse', verdict: 'Resultat', passed: 'GODKENDT', failed: 'IKKE GODKENDT', failOn: 'fejler ved', failOnError: 'fejl', failOnWarning: 'advarsler og fejl', maxWarnings: 'maks. advarsler', noLimit: 'ingen grænse', version: 'tenderlint-version', lexicon: 'Leksikon', entries: 'opslag', config: 'Konfiguration', noConfig: 'ingen (indbyggede standardindstillinger)', run: 'Kørt', documents: 'Dokumenter', document: 'Dokument', sha: 'SHA-256', modified: 'Ændret', language: 'Sprog', signature: 'Godkendelse', reviewer: 'Gennemgået af', date: 'Dato', sign: 'Underskrift', by: 'via', noReason: 'ingen begrundelse', unread: 'kunne ikke læses',
  },
  no: {
    title: 'Gjennomgang for leverandørbinding', findings: 'Funn', rule: 'Regel', errors: 'Feil', warnings: 'Advarsler', advisories: 'Merknader', basis: 'Rettsgrunnlag', suggestion: 'Forslag', none: 'Ingen funn av leverandørbinding.', error: 'feil', warning: 'advarsel', advisory: 'merknad', section: 'Avsnitt', req: 'Krav', unreadable: 'Kunne ikke leses', suppressed: 'Undertrykt med begrunnelse', total: 'Totalt', line: 'linje',
    file: 'fil', files: 'filer', record: 'Grunnlag for godkjenning', verdict: 'Resultat', passed: 'GODKJENT', failed: 'IKKE GODKJENT', failOn: 'feiler ved', failOnError: 'feil', failOnWarning: 'advarsler og feil', maxWarnings: 'maks. advarsler', noLimit: 'ingen grense', version: 'tenderlint-versjon', lexicon: 'Leksikon', entries: 'oppslag', config: 'Konfigurasjon', noConfig: 'ingen (innebygde standardinnstillinger)', run: 'Kjørt', documents: 'Dokumenter', document: 'Dokument', sha: 'SHA-256', modified: 'Endret', language: 'Språk', signature: 'Godkjenning', reviewer: 'Gjennomgått av', date: 'Dato', sign: 'Signatur', by: 'via', noReason: 'ingen begrunnelse', unread: 'kunne ikke leses',
  },
  sv: {
    title: 'Granskning av leverantörsinlåsning', findings: 'Fynd', rule: 'Regel', errors: 'Fel', warnings: 'Varningar', advisories: 'Anmärkningar', basis: 'Rättslig grund', suggestion: 'Förslag', none: 'Inga fynd av leverantörsinlåsning.', error: 'fel', warning: 'varning', advisory: 'anmärkning', section: 'Avsnitt', req: 'Krav', unreadable: 'Kunde inte läsas', suppressed: 'Undertryckt med motivering', total: 'Totalt', line: 'rad',
    file: 'fil', files: 'filer', record: 'Underlag för godkännande', verdict: 'Resultat', passed: 'GODKÄND', failed: 'INTE GODKÄND', failOn: 'underkänns vid', failOnError: 'fel', failOnWarning: 'varningar och fel', maxWarnings: 'max. varningar', noLimit: 'ingen gräns', version: 'tenderlint-version', lexicon: 'Lexikon', entries: 'poster', config: 'Konfiguration', noConfig: 'ingen (inbyggda standardinställningar)', run: 'Körd', documents: 'Dokument', document: 'Dokument', sha: 'SHA-256', modified: 'Ändrad', language: 'Språk', signature: 'Godkännande', reviewer: 'Granskad av', date: 'Datum', sign: 'Underskrift', by: 'via', noReason: 'ingen motivering', unread: 'kunde inte läsas',
  },
};
type Words = (typeof T)['en'];
const words = (lang: string): Words => (T as Record<string, Words>)[lang] ?? T.en;
const sevName = (w: Words, s: number): string => (s === 2 ? w.error : s === 1 ? w.warning : w.advisory);
/** "1 fil", "2 filer". */
const count = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

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
section.record{margin:24px 28px;padding:12px 18px;background:#fff;border:1px solid #ddd;border-radius:6px}section.record h2{margin:0 0 8px;font-size:17px}
.verdict{font-size:16px;padding:8px 12px;border-radius:4px;margin:0 0 12px}.verdict.ok{background:#e6f4e6;border-left:6px solid #2e7d32}.verdict.fail{background:#fde8e8;border-left:6px solid #c00}.gate{color:#444;font-size:14px}
table.facts,table.docs{border-collapse:collapse;margin:0 0 12px}table.facts th,table.docs th{text-align:left;padding:3px 14px 3px 0;vertical-align:top;font-weight:600}table.facts td,table.docs td{padding:3px 14px 3px 0;vertical-align:top}
.hash{font-family:ui-monospace,monospace;font-size:12px;white-space:nowrap}.signature table{border-collapse:collapse}.signature th{text-align:left;padding:10px 14px 2px 0;font-weight:600}.signature td.line{border-bottom:1px solid #333;min-width:320px;width:320px;padding:10px 0 2px}.signature td.sign{height:42px}
ul.suppressed{padding-left:18px;font-size:13px}
@media print{.hash{font-size:9.5px}.lang-page.break{page-break-before:always}section.record{border:0;margin:0 0 12px;page-break-after:always}body{background:#fff}.cols{display:block}.doc{border:0}.side{page-break-before:always}section.file{border:0;margin:0}header{background:#fff;color:#000;border-bottom:2px solid #000}mark{-webkit-print-color-adjust:exact;print-color-adjust:exact}}
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

/** A path as the reader of the record knows it: relative to the working directory when inside it, else absolute. */
function displayPath(cwd: string, file: string): string {
  const rel = relative(cwd, file);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : file;
}

/** SHA-256 and modification time of a file, or undefined when it cannot be read (standard input). */
function fileFacts(path: string): { sha: string; mtime: string } | undefined {
  try {
    const st = statSync(path);
    if (!st.isFile()) return undefined;
    // node:crypto is loaded here, not at start-up: only this format hashes files.
    const { createHash } = lazyRequire('node:crypto') as typeof import('node:crypto');
    return { sha: createHash('sha256').update(readFileSync(path)).digest('hex'), mtime: st.mtime.toISOString() };
  } catch {
    return undefined;
  }
}

/** tenderlint's version from package.json. */
function toolVersion(): string {
  try {
    return (JSON.parse(readFileSync(join(PKG_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

/** The built-in lexicon's identity: a SHA-256 over its files' contents (stable across checkouts), short. */
function lexiconVersion(): string {
  return builtinLexiconVersion(); // src/package-info.ts: a report does not reach into the lexicon (docs/architecture.md)
}

/** The gate's verdict over the results: the same rule as the exit code. */
function verdict(results: FileResult[], failOn: string, maxWarnings: number | undefined): boolean {
  if (results.some((r) => r.error)) return false;
  const n = (s: number): number => results.reduce((a, r) => a + r.findings.filter((f) => f.severity === s).length, 0);
  if (n(2)) return false;
  if (failOn === 'warning' && n(1)) return false;
  return !(maxWarnings !== undefined && n(1) > maxWarnings);
}

/** The record a reviewer signs: verdict and gate, versions, configuration, each document's hash and time, signature. */
function record(results: FileResult[], ctx: FormatContext, w: Words, now: Date): string {
  const gate = ctx.gate?.() ?? { failOn: 'error' };
  const ok = verdict(results, gate.failOn, gate.maxWarnings);
  const tot = (s: number): number => results.reduce((a, r) => a + r.findings.filter((f) => f.severity === s).length, 0);
  const counts = `${count(tot(2) + results.filter((r) => r.error).length, w.error, w.errors.toLowerCase())}, ${count(tot(1), w.warning, w.warnings.toLowerCase())}, ${count(tot(0), w.advisory, w.advisories.toLowerCase())}`;
  const verdictLine = `<p class="verdict ${ok ? 'ok' : 'fail'}"><b>${esc(w.verdict)}: ${esc(ok ? w.passed : w.failed)}</b> – ${esc(counts)} <span class="gate">(${esc(w.failOn)}: ${esc(gate.failOn === 'warning' ? w.failOnWarning : w.failOnError)}; ${esc(w.maxWarnings)}: ${gate.maxWarnings === undefined ? esc(w.noLimit) : gate.maxWarnings})</span></p>`;
  const configs = new Map<string, string | undefined>();
  for (const r of results) {
    const c = ctx.configOf?.(r.filePath);
    if (c && !configs.has(c)) configs.set(c, fileFacts(c)?.sha);
  }
  const configText = configs.size
    ? [...configs].map(([c, sha]) => `${esc(displayPath(ctx.cwd, c))}<br><span class="hash">${esc(w.sha)}: ${esc(sha ?? '–')}</span>`).join('<br>')
    : esc(w.noConfig);
  const docs = results.map((r) => {
    const facts = fileFacts(r.filePath);
    return `<tr><td>${esc(displayPath(ctx.cwd, r.filePath))}</td><td class="hash">${esc(facts?.sha ?? '–')}</td><td>${esc(facts?.mtime.replace('T', ' ').replace(/\.\d+Z$/, ' UTC') ?? '–')}</td><td>${esc(r.error ? w.unread : r.lang)}</td></tr>`;
  }).join('');
  const stamp = now.toISOString().replace('T', ' ').replace(/\.\d+Z$/, ' UTC');
  const reviewer = ctx.reviewer?.trim();
  return `<section class="record"><h2>${esc(w.record)}</h2>${verdictLine}
<table class="facts"><tr><th>${esc(w.version)}</th><td>${esc(toolVersion())}</td></tr><tr><th>${esc(w.lexicon)}</th><td>${esc(lexiconVersion())}</td></tr><tr><th>${esc(w.config)}</th><td>${configText}</td></tr><tr><th>${esc(w.run)}</th><td>${esc(stamp)}</td></tr></table>
<table class="docs"><tr><th>${esc(w.document)}</th><th>${esc(w.sha)}</th><th>${esc(w.modified)}</th><th>${esc(w.language)}</th></tr>${docs}</table>
<div class="signature"><h3>${esc(w.signature)}</h3><table><tr><th>${esc(w.reviewer)}</th><td class="line">${reviewer ? esc(reviewer) : ''}</td></tr><tr><th>${esc(w.date)}</th><td class="line"></td></tr><tr><th>${esc(w.sign)}</th><td class="line sign"></td></tr></table></div></section>`;
}

function fileSection(r: FileResult, ctx: FormatContext): string {
  const fw = words(r.lang);
  const name = esc(displayPath(ctx.cwd, r.filePath));
  if (r.error) return `<section class="file"><h2>${name}</h2><p class="error">${esc(fw.unreadable)}: ${esc(r.error)}</p></section>`;
  const numbered = r.findings.map((f, i) => ({ f, n: i + 1 }));
  const where = (f: Finding): string => (f.location.paragraph !== undefined ? `¶${f.location.paragraph}` : `${fw.line} ${f.line}`);
  const side = numbered.map(({ f, n }) => `<li id="f-${n}"><a href="#m-${n}"><span class="sev s${f.severity}">${esc(sevName(fw, f.severity))}</span></a> ${esc(f.message)}
  <div class="meta">${esc(where(f))}${f.location.section ? ` · ${esc(fw.section)}: ${esc(f.location.section)}` : ''}${f.location.requirementId ? ` · ${esc(fw.req)}: ${esc(f.location.requirementId)}` : ''} · <span class="rule">${esc(f.ruleId)}</span></div>
  ${f.legalBasis ? `<div class="basis"><b>${esc(fw.basis)}:</b> ${esc(f.legalBasis)}</div>` : ''}${f.suggestions[0] ? `<div class="sugg"><b>${esc(fw.suggestion)}:</b> ${esc(f.suggestions[0].text)}</div>` : ''}</li>`).join('\n');
  // A record lists what was suppressed and why, always: a suppression is a decision someone signs for.
  const supp = r.suppressed.length ? `<h3>${esc(fw.suppressed)}</h3><ul class="suppressed">${r.suppressed.map((f) => `<li>${esc(where(f))} ${esc(f.term)} – ${f.suppressed?.reason ? esc(f.suppressed.reason) : `<i>${esc(fw.noReason)}</i>`} <span class="rule">${esc(f.ruleId)}${f.suppressed?.by ? ` ${esc(fw.by)} ${esc(f.suppressed.by)}` : ''}</span></li>`).join('')}</ul>` : '';
  return `<section class="file"><h2>${name}</h2><div class="summary">${summary([r], fw)}</div>
<div class="cols"><div class="doc">${renderDocument(r, numbered)}</div><aside class="side"><h3>${esc(fw.findings)}</h3><ol class="findings">${side || `<p>${esc(fw.none)}</p>`}</ol>${supp}</aside></div></section>`;
}

export const html: Formatter = (results, ctx) => {
  const now = ctx.now ?? new Date();
  const first = results.find((r) => !r.error)?.lang ?? 'en';
  const w = words(first);
  // One page per language: a Norwegian document gets Norwegian labels beside a Danish one.
  const langs = [...new Set(results.map((r) => (r.error ? first : r.lang)))];
  const pages = langs.map((lang, i) => {
    const group = results.filter((r) => (r.error ? first : r.lang) === lang);
    const pw = words(lang);
    const ok = group.filter((r) => !r.error);
    // One summary per file; an overall one only when the page holds several.
    const overall = ok.length > 1 ? `<section class="file"><h2>${esc(pw.findings)} – ${esc(count(ok.length, pw.file, pw.files))}</h2><div class="summary">${summary(ok, pw)}</div></section>` : '';
    const head = i === 0 ? '' : `<header class="page"><h1>tenderlint – ${esc(pw.title)}</h1><p>${esc(count(group.length, pw.file, pw.files))}</p></header>`;
    return `<div class="lang-page${i ? ' break' : ''}" lang="${esc(lang)}">${head}${overall}\n${group.map((r) => fileSection(r, ctx)).join('\n')}</div>`;
  });
  const stamp = now.toISOString().replace('T', ' ').replace(/:\d\d\.\d+Z$/, ' UTC');
  return `<!DOCTYPE html>
<html lang="${esc(first)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>tenderlint – ${esc(w.title)}</title><style>${CSS}</style></head>
<body><header><h1>tenderlint – ${esc(w.title)}</h1><p>${esc(count(results.length, w.file, w.files))} · ${esc(stamp)}</p></header>
${record(results, ctx, w, now)}
${pages.join('\n')}
</body></html>
`;
};
