/**
 * The council forms (score, recognise, reject, revoke): reading the posted fields, the checks done
 * before calling the API (the same rules it enforces), and API userErrors turned into codes next to
 * the fields they name. Codes, not text, travel in the action's data; the page shows them in its
 * own language (messages `council.errors.<code>`), never the API's English.
 */
import { errorsByField, knownCode, type UserError } from "./form-errors";
import type { Translator } from "../i18n";

export interface FieldError {
  code: string;
  /** The part's maximum, for SCORE_OUT_OF_RANGE. */
  max?: number;
}
/** Field key ("scores.A", "number", "reason", … or "form") → its error. */
export type FormErrors = Record<string, FieldError>;

export interface CriteriaPart {
  code: string;
  name: string;
  max: number;
}

export const COUNCIL_ERROR_CODES = [
  "REQUIRED", "INVALID_DATE", "MISSING_PART", "SCORE_INVALID", "SCORE_PRECISION", "SCORE_OUT_OF_RANGE", "UNKNOWN_PART", "DUPLICATE_PART",
  "UNKNOWN_CRITERIA_VERSION", "CRITERIA_NOT_IN_FORCE", "UNKNOWN_COUNCIL_LEVEL", "COUNCIL_LEVEL_NOT_IN_FORCE", "UNKNOWN_PRODUCT",
  "UNKNOWN_EVALUATION", "EVALUATION_NOT_SCORED", "EVALUATION_ALREADY_RECOGNISED", "DECISION_BEFORE_EVALUATION", "NOT_CERTIFIABLE",
  "STARS_NOT_ALLOWED_FOR_LEVEL", "DUPLICATE_CERTIFICATE_NUMBER", "UNKNOWN_CERTIFICATE", "CERTIFICATE_NOT_ACTIVE", "NOT_FOUND",
  "ALREADY_SUBMITTED", "PRODUCT_ARCHIVED", "REQUEST_CLOSED", "TOO_LONG", "FORBIDDEN", "UNKNOWN",
] as const;
export type CouncilErrorCode = (typeof COUNCIL_ERROR_CODES)[number];

export function isCouncilErrorCode(code: string): code is CouncilErrorCode {
  return (COUNCIL_ERROR_CODES as readonly string[]).includes(code);
}

export function text(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === "string" ? value.trim() : "";
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function checkDate(value: string): FieldError | null {
  if (!value) return { code: "REQUIRED" };
  return ISO_DATE.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) ? null : { code: "INVALID_DATE" };
}

/**
 * The score inputs of `parts` ("score.A", …): as typed (to re-fill the form) and, when every one is
 * a number of whole points or tenths within 0..max, as the API's `scores`. "31,5" is read as 31.5.
 */
export function readScores(form: FormData, parts: readonly CriteriaPart[]) {
  const values: Record<string, string> = {};
  const errors: FormErrors = {};
  const scores: { part: string; score: number }[] = [];
  for (const part of parts) {
    const raw = text(form, `score.${part.code}`);
    values[part.code] = raw;
    const key = `scores.${part.code}`;
    if (!raw) {
      errors[key] = { code: "MISSING_PART" };
      continue;
    }
    const score = Number(raw.replace(",", "."));
    if (!/^\d+([.,]\d+)?$/.test(raw) || !Number.isFinite(score)) errors[key] = { code: "SCORE_INVALID" };
    else if (score > part.max) errors[key] = { code: "SCORE_OUT_OF_RANGE", max: part.max };
    else if (Math.abs(score * 10 - Math.round(score * 10)) > 1e-9) errors[key] = { code: "SCORE_PRECISION" };
    else scores.push({ part: part.code, score });
  }
  return { values, errors, scores };
}

/** Sum of the typed scores that are numbers (for the live total), in tenths to avoid float drift. */
export function totalOf(values: Record<string, string>): number {
  let tenths = 0;
  for (const raw of Object.values(values)) {
    const n = Number(raw.replace(",", "."));
    if (raw && Number.isFinite(n)) tenths += Math.round(n * 10);
  }
  return tenths / 10;
}

/**
 * API userErrors → codes by field: ["input", "scores", "A"] → "scores.A", ["input", "number"] →
 * "number"; errors without a known field go to "form". Unknown codes (a newer API) become UNKNOWN.
 */
export function errorsFromApi(userErrors: readonly UserError[], fields: readonly string[], parts: readonly CriteriaPart[] = []): FormErrors {
  const codes = errorsByField(
    userErrors,
    (field) => {
      const path = field?.slice(1).join(".") ?? "";
      return fields.includes(path) ? path : "form";
    },
    knownCode(COUNCIL_ERROR_CODES, "UNKNOWN"),
  );
  const errors: FormErrors = {};
  for (const [key, code] of Object.entries(codes) as [string, CouncilErrorCode][]) {
    const part = parts.find((p) => `scores.${p.code}` === key);
    errors[key] = code === "SCORE_OUT_OF_RANGE" && part ? { code, max: part.max } : { code };
  }
  return errors;
}

/** The message of an error in the translator's language. */
export function councilErrorMessage(t: Translator, error: FieldError): string {
  const code = isCouncilErrorCode(error.code) ? error.code : "UNKNOWN";
  return t(`council.errors.${code}`, { max: error.max ?? 0 });
}

/** The GraphQL error code of a refused call (FORBIDDEN, …), if the error is one. */
export function graphQLErrorCode(error: unknown): string | null {
  const errors = (error as { errors?: { extensions?: { code?: unknown } }[] } | null)?.errors;
  const code = errors?.[0]?.extensions?.code;
  return typeof code === "string" ? code : null;
}

/** The criteria set in force on `day` (ISO dates compare as strings). */
export function criteriaInForce<T extends { effectiveFrom: string; effectiveTo?: string | null }>(sets: readonly T[], day: string): T | null {
  return sets.find((s) => s.effectiveFrom <= day && (!s.effectiveTo || s.effectiveTo >= day)) ?? null;
}

// One formatter per process: a formatter holds native ICU memory V8 does not count (see api/src/lib/today.ts).
const VIETNAM_DAY = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Ho_Chi_Minh", year: "numeric", month: "2-digit", day: "2-digit" });

/** Today's date in Vietnam, "YYYY-MM-DD" (the default evaluation, decision and revocation day). */
export function vietnamToday(now: Date = new Date()): string {
  return VIETNAM_DAY.format(now);
}

/** For loaders: a malformed id in the URL (BAD_USER_INPUT) reads as "not found"; any other failure is a real error. */
export function notFoundOnBadId(error: unknown): null {
  if (graphQLErrorCode(error) === "BAD_USER_INPUT") return null;
  throw error;
}
