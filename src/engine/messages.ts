// Renders a checker's message template in the document's language.
import type { Lang } from '../model/document.js';
import type { Messages } from '../checkers/types.js';

export function renderMessage(messages: Messages, id: string, data: Record<string, string>, lang: Lang): string {
  const t = messages[id];
  if (!t) return id;
  const template = t[lang] ?? t.en;
  return template.replace(/\{(\w+)\}/g, (_, k: string) => data[k] ?? '');
}
