// Recognises requirement ids in the first cells of a requirement-table row ("K-3.2", "R12", "REQ-B1-0031").

const ID = /^(?:[A-ZÆØÅ]{1,6}[- .]?)?(?:[A-Z]{0,3}\d+[a-z]?(?:[.-]\d+[a-z]?)*)$/;

export function requirementIdOf(cells: string[]): string | undefined {
  for (const c of cells.slice(0, 2)) {
    const t = c.trim().replace(/\.$/, '');
    if (t && t.length <= 20 && ID.test(t) && /\d/.test(t)) return t;
  }
  return undefined;
}
