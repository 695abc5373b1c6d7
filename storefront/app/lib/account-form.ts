/**
 * The sign-up and login forms: their fields, the checks done before calling the API (the same
 * rules the API enforces, so the answer comes without a round trip) and the error code of each
 * field. Codes, not text, travel in the action's data: the page shows them in its own language
 * (messages `account.errors.<code>`), never the API's message text.
 */
import { errorsByField, knownCode, lastNameIn, type UserError } from "./form-errors";
import type { Translator } from "../i18n";

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;

export interface AccountFormValues {
  email: string;
  password: string;
}

/** Every message the forms can show: the forms' own checks, the API's AccountErrorCode values, and UNKNOWN. */
export const ACCOUNT_ERROR_CODES = [
  "EMAIL_REQUIRED",
  "PASSWORD_REQUIRED",
  "INVALID_EMAIL",
  "EMAIL_TAKEN",
  "PASSWORD_TOO_SHORT",
  "PASSWORD_TOO_LONG",
  "PASSWORD_TOO_COMMON",
  "PASSWORD_CONTAINS_EMAIL",
  "INVALID_CREDENTIALS",
  "LOGIN_THROTTLED",
  "CURRENT_PASSWORD_REQUIRED",
  "WRONG_PASSWORD",
  "TOKEN_INVALID",
  "TOKEN_EXPIRED",
  "RESET_THROTTLED",
  "ALREADY_VERIFIED",
  "VERIFICATION_THROTTLED",
  "ALREADY_MEMBER",
  "INVITATION_NOT_FOUND",
  "INVITATION_EMAIL_MISMATCH",
  "LAST_OWNER",
  "ROLE_NOT_FOUND",
  "PRODUCER_NOT_FOUND",
  "UNKNOWN",
] as const;
export type AccountFormErrorCode = (typeof ACCOUNT_ERROR_CODES)[number];

export type AccountFormErrors = Partial<Record<"email" | "password" | "form", AccountFormErrorCode>>;

export function readAccountForm(form: FormData): AccountFormValues {
  const text = (name: string) => {
    const value = form.get(name);
    return typeof value === "string" ? value : "";
  };
  return { email: text("email").trim(), password: text("password") };
}

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function checkAccountForm(values: AccountFormValues, mode: "signUp" | "logIn"): AccountFormErrors {
  const errors: AccountFormErrors = {};
  if (!values.email) errors.email = "EMAIL_REQUIRED";
  else if (!EMAIL_PATTERN.test(values.email)) errors.email = "INVALID_EMAIL";
  if (!values.password) errors.password = "PASSWORD_REQUIRED";
  else if (mode === "signUp" && values.password.length < PASSWORD_MIN_LENGTH) errors.password = "PASSWORD_TOO_SHORT";
  return errors;
}

export function isAccountErrorCode(code: string): code is AccountFormErrorCode {
  return isAccountFormErrorCode(code);
}

function isAccountFormErrorCode(code: string): code is AccountFormErrorCode {
  return (ACCOUNT_ERROR_CODES as readonly string[]).includes(code);
}

/**
 * API userErrors → error codes next to the fields they name (`["input", "email"]` → email); codes
 * the forms do not know (a newer API) become UNKNOWN.
 */
export function errorsFromApi(userErrors: readonly UserError[]): AccountFormErrors {
  return errorsByField(userErrors, lastNameIn(["email", "password"] as const), knownCode(ACCOUNT_ERROR_CODES, "UNKNOWN"));
}

/**
 * Like errorsFromApi, for any form: each userError's code goes next to the field it names when the
 * form has that field, else to "form".
 */
export function fieldErrorsFromApi<F extends string>(userErrors: readonly UserError[], fields: readonly F[]): Partial<Record<F | "form", AccountFormErrorCode>> {
  return errorsByField(userErrors, lastNameIn(fields), knownCode(ACCOUNT_ERROR_CODES, "UNKNOWN"));
}

/** The password rules the API applies, checked first so the answer needs no round trip. */
export function newPasswordProblem(password: string): AccountFormErrorCode | null {
  if (!password) return "PASSWORD_REQUIRED";
  if (password.length < PASSWORD_MIN_LENGTH) return "PASSWORD_TOO_SHORT";
  if (password.length > PASSWORD_MAX_LENGTH) return "PASSWORD_TOO_LONG";
  return null;
}

export function isEmail(value: string): boolean {
  return EMAIL_PATTERN.test(value);
}

/** A string field of a posted form ("" when absent). */
export function formText(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
}

/** The message for an error code in the translator's language. */
export function accountErrorMessage(t: Translator, code: string): string {
  if (!isAccountFormErrorCode(code)) return t("account.errors.UNKNOWN");
  return t(`account.errors.${code}`, { min: PASSWORD_MIN_LENGTH, max: PASSWORD_MAX_LENGTH });
}

/** Where to go after signing in: a path on this site only (never `//evil.test` or a full URL). */
export function safeRedirect(target: FormDataEntryValue | string | null | undefined, fallback = "/"): string {
  if (typeof target !== "string" || !target.startsWith("/") || target.startsWith("//") || target.startsWith("/\\")) return fallback;
  return target;
}
