import { userError, type UserError } from '../../lib/user-errors.js';

/**
 * Stable userError codes of the certification use cases (clients switch on these, never on messages).
 * The use cases build their errors with `certificationError`, so a code outside this list does not compile.
 */
export const CERTIFICATION_ERROR_CODES = [
  'NOT_FOUND',
  'INVALID_DATE',
  'REQUIRED',
  'UNKNOWN_CRITERIA_VERSION',
  'CRITERIA_NOT_IN_FORCE',
  'UNKNOWN_COUNCIL_LEVEL',
  'COUNCIL_LEVEL_NOT_IN_FORCE',
  'UNKNOWN_PART',
  'MISSING_PART',
  'DUPLICATE_PART',
  'SCORE_PRECISION',
  'SCORE_OUT_OF_RANGE',
  'UNKNOWN_PRODUCT',
  'UNKNOWN_EVALUATION',
  'EVALUATION_NOT_SCORED',
  'EVALUATION_ALREADY_RECOGNISED',
  'DECISION_BEFORE_EVALUATION',
  'NOT_CERTIFIABLE',
  'STARS_NOT_ALLOWED_FOR_LEVEL',
  'DUPLICATE_CERTIFICATE_NUMBER',
  'UNKNOWN_CERTIFICATE',
  'CERTIFICATE_NOT_ACTIVE',
] as const;
export type CertificationErrorCode = (typeof CERTIFICATION_ERROR_CODES)[number];

export function certificationError(code: CertificationErrorCode, field: string | null, message: string): UserError {
  return userError(code, field, message);
}
