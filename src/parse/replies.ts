// Replies are decisions: a reviewer answers a tenderlint comment in Word with "tenderlint-ignore: <reason>", and the
// next run honours it as a suppression of that finding with that reason.
// Word threads a reply through word/commentsExtended.xml (w15:paraIdParent names the parent comment's last paragraph,
// w14:paraId in word/comments.xml). LibreOffice 7.4 has no threads: its "Reply" is a comment at the same place whose
// text starts "Reply to <author> (<date>): ". Both are read here.
import { lazyRequire as require } from '../lazy-require.js';
import type JSZip from 'jszip';
import type { Directive } from '../model/document.js';
import { parseDirective } from './directives.js';

/** LibreOffice's reply prefix in its UI languages ("Reply to tenderlint (06.12.2026 14:05): "). */
const REPLY_PREFIX = /^\s*(?:Reply to|Svar til|Svar på|Svar till|Svar|Antwort an|Réponse à|Antwoord aan)\s+([^\n(:]*?)\s*(?:\([^)\n]*\))?\s*:\s*/i;

/** A tenderlint comment names its rule on its last line: "Regel: brand-without-equivalent (…)", "Rule: …". */
const RULE_LINE = /(?:^|\n)\s*(?:Regel|Rule)\s*:\s*([a-z]+(?:-[a-z]+)+)/;

/** The rule a tenderlint comment is about, or undefined for any other comment. */
export function ruleOfComment(text: string | undefined): string | undefined {
  return text ? RULE_LINE.exec(text)?.[1] : undefined;
}

/** Reply comment id → parent comment id, from Word's comment threads (empty when the file has none). */
export async function readReplyThreads(input: Buffer): Promise<Map<string, string>> {
  const threads = new Map<string, string>();
  // The zip's directory lists names uncompressed: most files have no threads and never load jszip here.
  if (!input.includes('word/commentsExtended.xml')) return threads;
  let zip: JSZip;
  try {
    zip = await (require('jszip') as typeof JSZip).loadAsync(input);
  } catch {
    return threads;
  }
  const comments = await zip.file('word/comments.xml')?.async('string');
  const extended = await zip.file('word/commentsExtended.xml')?.async('string');
  if (!comments || !extended) return threads;
  // The paraId of each comment's last paragraph identifies the comment in commentsExtended.xml.
  const byPara = new Map<string, string>();
  for (const m of comments.matchAll(/<w:comment\b([^>]*)>([\s\S]*?)<\/w:comment>/g)) {
    const id = /\sw:id\s*=\s*"(-?\d+)"/.exec(m[1]!)?.[1];
    const paras = [...m[2]!.matchAll(/<w:p\b[^>]*\sw14:paraId\s*=\s*"([0-9A-Fa-f]+)"/g)];
    const last = paras[paras.length - 1]?.[1];
    if (id !== undefined && last) byPara.set(last.toUpperCase(), id);
  }
  for (const m of extended.matchAll(/<w15:commentEx\b([^>]*)\/?>/g)) {
    const para = /\sw15:paraId\s*=\s*"([0-9A-Fa-f]+)"/.exec(m[1]!)?.[1]?.toUpperCase();
    const parent = /\sw15:paraIdParent\s*=\s*"([0-9A-Fa-f]+)"/.exec(m[1]!)?.[1]?.toUpperCase();
    const reply = para && byPara.get(para), of = parent && byPara.get(parent);
    if (reply !== undefined && of !== undefined && reply !== of) threads.set(reply, of);
  }
  return threads;
}

/**
 * The directive a comment makes at paragraph `line`. A reply (threaded, or in LibreOffice's "Reply to …" form) saying
 * "tenderlint-ignore: <reason>" without naming rules suppresses the rule of the tenderlint comment it answers: the
 * parent's in a thread, else those of the tenderlint comments on the same paragraph by the author it replies to.
 */
export function commentDirective(id: string, text: string, line: number, paragraphRefs: string[], comments: Map<string, string>, threads: Map<string, string>, authors: Map<string, string>): Directive | undefined {
  const prefix = REPLY_PREFIX.exec(text);
  const body = prefix && /^\s*tenderlint-/.test(text.slice(prefix[0].length)) ? text.slice(prefix[0].length) : text;
  const d = parseDirective(body, line);
  if (!d) return undefined;
  const parent = threads.get(id);
  let rules: string[] = [];
  if (parent !== undefined) {
    const r = ruleOfComment(comments.get(parent));
    if (r) rules = [r];
  } else if (prefix && body !== text) {
    const to = prefix[1]!.trim().toLowerCase();
    rules = paragraphRefs.filter((o) => o !== id && (authors.get(o) ?? '').toLowerCase() === to).map((o) => ruleOfComment(comments.get(o))).filter((r): r is string => !!r);
  }
  if (!rules.length || d.kind !== 'ignore-block' || d.rules.length) return d;
  return { ...d, rules: [...new Set(rules)], by: 'tenderlint-ignore (reply)' };
}
