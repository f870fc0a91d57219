// One key per vendor, whatever form of its name an entry gives: "Apple Inc." and "Apple", "F5, Inc." and "F5",
// "Red Hat (IBM)" and "Red Hat" are one vendor. Rules that compare vendors (a certification in the subject's vendor
// programme, a vendor named before its own product) compare keys, never the raw strings.

import { escapeRegExp } from '../text/escape.js';
/** The legal forms that end a company's name, as companies write them ("Inera AB", "Nordic Imaging A/S", "F5, Inc."). */
export const LEGAL_FORMS = ['AB', 'A/S', 'AS', 'ASA', 'ApS', 'I/S', 'IKS', 'KF', 'SF', 'Oy', 'Oyj', 'Inc.', 'Inc', 'Incorporated',
  'Corp.', 'Corp', 'Corporation', 'Ltd.', 'Ltd', 'Limited', 'LLC', 'plc', 'GmbH', 'AG', 'SE', 'S.A.', 'SA', 'NV', 'BV'];
/** LEGAL_FORMS as a regular-expression alternation (longest first, so "Inc." wins over "Inc"). */
export const LEGAL_FORM_ALTERNATION = [...LEGAL_FORMS].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');

const LEGAL_FORM_END = new RegExp(`,?\\s+(?:${LEGAL_FORM_ALTERNATION})$`, 'i');
const keys = new Map<string, string | undefined>();

/** The vendor's key: lower case, without a parenthesised remark and without a legal form (computed once per name). */
export function vendorKey(vendor: string | undefined): string | undefined {
  if (!vendor) return undefined;
  if (keys.has(vendor)) return keys.get(vendor);
  let v = vendor.replace(/\s*\([^)]*\)\s*$/, '').trim();
  for (let prev = ''; prev !== v;) { prev = v; v = v.replace(LEGAL_FORM_END, '').trim(); }
  const key = v.toLowerCase() || undefined;
  keys.set(vendor, key);
  return key;
}
