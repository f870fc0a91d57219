// One key per vendor, whatever form of its name an entry gives: "Apple Inc." and "Apple", "F5, Inc." and "F5",
// "Red Hat (IBM)" and "Red Hat" are one vendor. Rules that compare vendors (a certification in the subject's vendor
// programme, a vendor named before its own product) compare keys, never the raw strings.

const LEGAL_FORM = /,?\s+(?:inc\.?|incorporated|corp\.?|corporation|ltd\.?|limited|llc|plc|gmbh|ag|ab|a\/s|as|asa|aps|oy|oyj|sa|s\.a\.|se|sf|nv|bv)$/i;

/** The vendor's key: lower case, without a parenthesised remark and without a legal form. */
export function vendorKey(vendor: string | undefined): string | undefined {
  if (!vendor) return undefined;
  let v = vendor.replace(/\s*\([^)]*\)\s*$/, '').trim();
  for (let prev = ''; prev !== v;) { prev = v; v = v.replace(LEGAL_FORM, '').trim(); }
  return v.toLowerCase() || undefined;
}
