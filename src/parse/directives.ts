// Reads suppression directives from comment text: "tenderlint-disable-next-line rule-a, rule-b -- reason".
import type { Directive } from '../model/document.js';

const RE = /^\s*tenderlint-(disable-next-line|disable-line|disable|enable|ignore)\b\s*([^]*?)\s*$/;

/** Parses one comment body; returns undefined when it is not a tenderlint directive. */
export function parseDirective(body: string, line: number): Directive | undefined {
  const m = RE.exec(body.trim());
  if (!m) return undefined;
  const kind = m[1] === 'ignore' ? 'ignore-block' : (m[1] as Directive['kind']);
  let rest = m[2] ?? '';
  let reason: string | undefined;
  // Markdown style: "rules -- reason"; Word style: "rules: reason".
  const dash = rest.indexOf('--');
  if (dash >= 0) { reason = rest.slice(dash + 2).trim(); rest = rest.slice(0, dash); }
  else if (kind === 'ignore-block' && rest.includes(':')) { reason = rest.slice(rest.indexOf(':') + 1).trim(); rest = rest.slice(0, rest.indexOf(':')); }
  const rules = rest.split(/[\s,]+/).map((r) => r.trim()).filter(Boolean);
  return { kind, rules, reason: reason || undefined, line };
}
