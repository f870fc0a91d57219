// Recognises paragraphs that begin with a bullet glyph: list items in all but markup (Word and PDF conversions).

/** Bullet glyphs, including Symbol/Wingdings private-use bullets (U+F0A7, U+F0B7, …) that Word exports. */
export const BULLET_START = /^\s*(?:[•·▪◦‣●○■□◆◇►▶➢➤✓✔❖–\uF000-\uF0FF])\s/u;

export function startsWithBullet(text: string): boolean {
  return BULLET_START.test(text);
}
