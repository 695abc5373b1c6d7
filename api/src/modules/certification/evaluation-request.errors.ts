import { userError, type UserError } from '../../lib/user-errors.js';

/** Stable userError codes of evaluation requests (submit, withdraw, reject). */
export const EVALUATION_REQUEST_ERROR_CODES = ['NOT_FOUND', 'ALREADY_SUBMITTED', 'PRODUCT_ARCHIVED', 'REQUEST_CLOSED', 'REQUIRED', 'TOO_LONG'] as const;
export type EvaluationRequestErrorCode = (typeof EVALUATION_REQUEST_ERROR_CODES)[number];

export function evaluationRequestError(code: EvaluationRequestErrorCode, field: string | null, message: string): UserError {
  return userError(code, field, message);
}
