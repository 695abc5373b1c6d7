/** Stable userError codes of the accounts module; clients switch on these, never on messages. */
export enum AccountErrorCode {
  INVALID_EMAIL = 'INVALID_EMAIL',
  EMAIL_TAKEN = 'EMAIL_TAKEN',
  PASSWORD_TOO_SHORT = 'PASSWORD_TOO_SHORT',
  PASSWORD_TOO_LONG = 'PASSWORD_TOO_LONG',
  PASSWORD_TOO_COMMON = 'PASSWORD_TOO_COMMON',
  PASSWORD_CONTAINS_EMAIL = 'PASSWORD_CONTAINS_EMAIL',
  INVALID_CREDENTIALS = 'INVALID_CREDENTIALS',
  LOGIN_THROTTLED = 'LOGIN_THROTTLED',
  FORBIDDEN = 'FORBIDDEN',
  USER_NOT_FOUND = 'USER_NOT_FOUND',
  PRODUCER_NOT_FOUND = 'PRODUCER_NOT_FOUND',
  PROVINCE_NOT_FOUND = 'PROVINCE_NOT_FOUND',
  OPERATOR_NOT_FOUND = 'OPERATOR_NOT_FOUND',
  ROLE_SCOPE_INVALID = 'ROLE_SCOPE_INVALID',
  ROLE_ALREADY_ASSIGNED = 'ROLE_ALREADY_ASSIGNED',
  ROLE_NOT_FOUND = 'ROLE_NOT_FOUND',
  LAST_ADMIN = 'LAST_ADMIN',
  TOKEN_INVALID = 'TOKEN_INVALID',
  TOKEN_EXPIRED = 'TOKEN_EXPIRED',
  RESET_THROTTLED = 'RESET_THROTTLED',
  ALREADY_VERIFIED = 'ALREADY_VERIFIED',
  VERIFICATION_THROTTLED = 'VERIFICATION_THROTTLED',
  WRONG_PASSWORD = 'WRONG_PASSWORD',
  ALREADY_MEMBER = 'ALREADY_MEMBER',
  INVITATION_NOT_FOUND = 'INVITATION_NOT_FOUND',
  INVITATION_EMAIL_MISMATCH = 'INVITATION_EMAIL_MISMATCH',
  LAST_OWNER = 'LAST_OWNER',
}

export interface AccountUserError {
  /** Path of the input field at fault (`['input', 'password']`), or null for the whole request. */
  field: string[] | null;
  code: AccountErrorCode;
  message: string;
}

export function userError(field: string | null, code: AccountErrorCode, message: string): AccountUserError {
  return { field: field ? ['input', field] : null, code, message };
}
