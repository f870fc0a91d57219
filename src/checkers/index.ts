// The checkers, in the order their findings are reported for the same place. Explicit list, sorted by id.
import type { Checker } from './types.js';
import { brandWithoutEquivalent } from './brand-without-equivalent.js';
import { compatibilityClause } from './compatibility-clause.js';
import { equivalentWithoutCriteria } from './equivalent-without-criteria.js';
import { missingExitTerms } from './missing-exit-terms.js';
import { modelNumber } from './model-number.js';
import { originRequirement } from './origin-requirement.js';
import { proprietaryFormat } from './proprietary-format.js';
import { standardWithoutEquivalent } from './standard-without-equivalent.js';
import { suppressionWithoutReason } from './suppression-without-reason.js';
import { trademarkSymbol } from './trademark-symbol.js';
import { unknownBrand } from './unknown-brand.js';
import { vendorCertification } from './vendor-certification.js';

export const CHECKERS: readonly Checker[] = [
  brandWithoutEquivalent,
  compatibilityClause,
  equivalentWithoutCriteria,
  missingExitTerms,
  modelNumber,
  originRequirement,
  proprietaryFormat,
  standardWithoutEquivalent,
  suppressionWithoutReason,
  trademarkSymbol,
  unknownBrand,
  vendorCertification,
];

export function checkerById(id: string): Checker | undefined {
  return CHECKERS.find((c) => c.id === id);
}
export type { Checker } from './types.js';
