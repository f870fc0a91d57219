// Applies suppression directives (Markdown comments, Word comments) to findings; reports directives without a reason.
import type { Block, Directive, SpecDocument } from '../model/document.js';
import type { Finding } from '../model/finding.js';

export interface SuppressionResult {
  kept: Finding[];
  suppressed: Finding[];
}

function applies(d: Directive, rule: string): boolean {
  return d.rules.length === 0 || d.rules.includes(rule) || d.rules.includes('all');
}

/** The first line of the block that follows a comment on `line` (Markdown "next line" means the next content). */
function nextContentLine(blocks: Block[], line: number): number | undefined {
  let best: number | undefined;
  for (const b of blocks) {
    const l = b.segments[0]?.line;
    if (l !== undefined && l > line && (best === undefined || l < best)) best = l;
  }
  return best;
}

export function applySuppressions(doc: SpecDocument, findings: Finding[]): SuppressionResult {
  if (!doc.directives.length) return { kept: findings, suppressed: [] };
  const kept: Finding[] = [];
  const suppressed: Finding[] = [];
  const sorted = [...doc.directives].sort((a, b) => a.line - b.line);
  const nextLine = new Map<Directive, number | undefined>();
  for (const d of sorted) if (d.kind === 'disable-next-line') nextLine.set(d, nextContentLine(doc.blocks, d.line));
  for (const f of findings) {
    // A directive cannot silence the report that it lacks a reason.
    if (f.ruleId === 'suppression-without-reason') { kept.push(f); continue; }
    let by: Directive | undefined;
    // Range directives: the last disable/enable before the finding decides.
    let state: Directive | undefined;
    for (const d of sorted) {
      if (d.line > f.line) break;
      if (d.kind === 'disable' && applies(d, f.ruleId)) state = d;
      if (d.kind === 'enable' && state && (d.rules.length === 0 || d.rules.some((r) => state!.rules.includes(r) || state!.rules.length === 0))) state = undefined;
    }
    if (state) by = state;
    for (const d of sorted) {
      if (by) break;
      if (d.kind === 'disable-line' && d.line === f.line && applies(d, f.ruleId)) by = d;
      if (d.kind === 'disable-next-line' && nextLine.get(d) === f.line && applies(d, f.ruleId)) by = d;
      if (d.kind === 'ignore-block' && doc.format === 'docx' && d.line === f.location.paragraph && applies(d, f.ruleId)) by = d;
    }
    if (by) suppressed.push({ ...f, suppressed: { reason: by.reason, by: by.by ?? `tenderlint-${by.kind === 'ignore-block' ? 'ignore' : by.kind}` } });
    else kept.push(f);
  }
  return { kept, suppressed };
}
