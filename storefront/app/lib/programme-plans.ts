/**
 * The plan editor of the council and admin workspaces (`/hoi-dong/ke-hoach`, `/quan-tri/ke-hoach`):
 * which fields each target kind needs, form values → API input (with the checks the API cannot
 * receive, such as a number that is not one), API userErrors → one code per field, and who may
 * edit which plan.
 */
import { matchPath } from "react-router";
import type { Translator } from "../i18n";
import { PAGE_PATHS } from "../i18n/paths";
import { LOCALES } from "../i18n/locales";
import { codeMessage, type UserError } from "./form-errors";

export const TARGET_KINDS = [
  "PRODUCTS_CERTIFIED_MIN_STARS",
  "PRODUCTS_PER_YEAR_MIN_STARS",
  "PRODUCTS_EVALUATED",
  "SHARE_PRODUCERS_MODERN_CHANNELS",
  "SHARE_CRAFT_VILLAGES_WITH_OCOP",
  "SALES_POINTS_COUNT",
] as const;
export type TargetKind = (typeof TARGET_KINDS)[number];

export const isTargetKind = (v: string): v is TargetKind => (TARGET_KINDS as readonly string[]).includes(v);

/** What a kind's form asks for: a minimum of stars, a share in % (instead of a count), the count a share is of. */
export function kindFields(kind: TargetKind): { minStars: boolean; share: boolean; denominator: boolean } {
  return {
    minStars: kind === "PRODUCTS_CERTIFIED_MIN_STARS" || kind === "PRODUCTS_PER_YEAR_MIN_STARS",
    share: kind === "SHARE_PRODUCERS_MODERN_CHANNELS" || kind === "SHARE_CRAFT_VILLAGES_WITH_OCOP",
    // The count of craft villages the plan states (optional): the share is taken of it when larger than those recorded.
    denominator: kind === "SHARE_CRAFT_VILLAGES_WITH_OCOP",
  };
}

export const PLAN_FIELDS = ["provinceId", "title", "periodStart", "periodEnd", "decisionReference"] as const;
export const TARGET_FIELDS = ["kind", "label", "targetValue", "minStars", "denominator"] as const;
export type PlanField = (typeof PLAN_FIELDS)[number];
export type TargetField = (typeof TARGET_FIELDS)[number];
export type PlanValues = Record<PlanField, string>;
export type TargetValues = Record<TargetField, string>;

/** Error codes the page has messages for (the API's, and INVALID_SHARE_VALUE: a share's value out of 1–100). */
export const PLAN_ERROR_CODES = [
  "NOT_FOUND", "TITLE_REQUIRED", "TITLE_TOO_LONG", "PROVINCE_NOT_FOUND", "INVALID_PERIOD", "TOO_MANY_TARGETS",
  "TARGET_LABEL_REQUIRED", "TARGET_LABEL_TOO_LONG", "INVALID_TARGET_VALUE", "INVALID_SHARE_VALUE", "INVALID_MIN_STARS", "INVALID_KIND", "UNKNOWN",
] as const;
export type PlanErrorCode = (typeof PLAN_ERROR_CODES)[number];
export type FormErrors<F extends string> = Partial<Record<F | "form", PlanErrorCode>>;

type Entries = Iterable<[string, FormDataEntryValue]>;
const textOf = (entries: Entries): Record<string, string> => {
  const out: Record<string, string> = {};
  for (const [k, v] of entries) if (typeof v === "string") out[k] ??= v;
  return out;
};

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const validDate = (s: string) => DATE.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);

/** "1.000", "1 000", "30%" → 1000, 1000, 30; "" → null; anything else (letters, decimals, signs) → NaN. */
export function wholeNumber(text: string): number | null {
  const compact = text.replace(/[\s.\u00a0%]/g, "");
  if (!compact) return null;
  return /^\d{1,9}$/.test(compact) ? Number(compact) : Number.NaN;
}

export interface PlanInput {
  provinceId?: string | null;
  title: string;
  periodStart: string;
  periodEnd: string;
  decisionReference: string;
}

/**
 * A plan's form: what was typed (to fill the form again) and the input, or the errors found before
 * asking the API (dates the API's LocalDate could not even receive).
 */
export function parsePlanForm(entries: Entries): { values: PlanValues; input: PlanInput | null; errors: FormErrors<PlanField> } {
  const raw = textOf(entries);
  const values = Object.fromEntries(PLAN_FIELDS.map((f) => [f, (raw[f] ?? "").trim()])) as PlanValues;
  const errors: FormErrors<PlanField> = {};
  if (!validDate(values.periodStart)) errors.periodStart = "INVALID_PERIOD";
  if (!validDate(values.periodEnd)) errors.periodEnd = "INVALID_PERIOD";
  if (Object.keys(errors).length) return { values, input: null, errors };
  return {
    values,
    input: { provinceId: values.provinceId || null, title: values.title, periodStart: values.periodStart, periodEnd: values.periodEnd, decisionReference: values.decisionReference },
    errors,
  };
}

export interface TargetInput {
  kind: TargetKind;
  label: string;
  targetValue: number;
  minStars: number | null;
  denominator: number | null;
}

/**
 * A target's form. Fields the kind does not need are dropped (the form shows them only for their
 * kinds, but without CSS support they are sent anyway); numbers must be whole numbers; the API
 * checks the rest (ranges, wording) and its errors come back through `targetErrorsFromApi`.
 */
export function parseTargetForm(entries: Entries): { values: TargetValues; input: TargetInput | null; errors: FormErrors<TargetField> } {
  const raw = textOf(entries);
  const values = Object.fromEntries(TARGET_FIELDS.map((f) => [f, (raw[f] ?? "").trim()])) as TargetValues;
  const errors: FormErrors<TargetField> = {};
  if (!isTargetKind(values.kind)) return { values, input: null, errors: { kind: "INVALID_KIND" } };
  const kind = values.kind;
  const needs = kindFields(kind);
  const value = wholeNumber(values.targetValue);
  if (value === null || Number.isNaN(value) || value <= 0 || (needs.share && value > 100)) errors.targetValue = needs.share ? "INVALID_SHARE_VALUE" : "INVALID_TARGET_VALUE";
  const stars = needs.minStars ? wholeNumber(values.minStars) : null;
  if (needs.minStars && (stars === null || Number.isNaN(stars) || stars < 3 || stars > 5)) errors.minStars = "INVALID_MIN_STARS";
  const denominator = needs.denominator ? wholeNumber(values.denominator) : null;
  if (denominator !== null && (Number.isNaN(denominator) || denominator <= 0)) errors.denominator = "INVALID_TARGET_VALUE";
  if (Object.keys(errors).length) return { values, input: null, errors };
  return { values, input: { kind, label: values.label, targetValue: value!, minStars: stars, denominator }, errors };
}

function fieldErrors<F extends string>(fields: readonly F[], userErrors: readonly UserError[], share = false): FormErrors<F> {
  const errors: FormErrors<F> = {};
  for (const e of userErrors) {
    const name = e.field?.[e.field.length - 1];
    const field = name !== undefined && (fields as readonly string[]).includes(name) ? (name as F) : "form";
    const known = (PLAN_ERROR_CODES as readonly string[]).includes(e.code) ? (e.code as PlanErrorCode) : "UNKNOWN";
    errors[field] ??= share && known === "INVALID_TARGET_VALUE" && field === "targetValue" ? "INVALID_SHARE_VALUE" : known;
  }
  return errors;
}

/** A plan mutation's userErrors by field of the plan form (`periodEnd`, `title`, …; anything else: "form"). */
export const planErrorsFromApi = (userErrors: readonly UserError[]) => fieldErrors(PLAN_FIELDS, userErrors);

/** A target mutation's userErrors by field of the target form; a share's value out of range says so. */
export const targetErrorsFromApi = (userErrors: readonly UserError[], kind: TargetKind) => fieldErrors(TARGET_FIELDS, userErrors, kindFields(kind).share);

export function planErrorMessage(t: Translator, code: string | undefined): string | null {
  return code ? codeMessage(t, "plans.errors", code) : null;
}

/** Which workspace a plan page belongs to, from its path: the admin's (`/quan-tri/ke-hoach…`) or the council's. */
export function planWorkspaceOf(pathname: string): "admin" | "council" {
  const admin = LOCALES.some((l) => matchPath({ path: PAGE_PATHS.adminPlans[l], end: false }, pathname));
  return admin ? "admin" : "council";
}

/** The council roles of a viewer as the workspace guard reads them. */
interface RoleLike {
  kind: string;
  level?: string | null;
  province?: { id: string; code: string; name: string } | null;
}

/**
 * What a viewer may edit: every plan (admins), the plans of a current province and the historic
 * units merged into it (a province council), or nothing (the ministry's council).
 */
export function planEditorScope(roles: readonly RoleLike[]): { all: true } | { all: false; province: { id: string; code: string; name: string } | null } {
  if (roles.some((r) => r.kind === "ADMIN")) return { all: true };
  const council = roles.find((r) => r.kind === "COUNCIL_MEMBER" && r.level === "PROVINCE" && r.province);
  return { all: false, province: council?.province ?? null };
}

/** Whether a viewer of that scope may edit a plan of that unit (its current province's code; null: a national plan). */
export function mayEditPlan(scope: ReturnType<typeof planEditorScope>, currentProvinceCode: string | null): boolean {
  if (scope.all) return true;
  return scope.province !== null && currentProvinceCode !== null && scope.province.code === currentProvinceCode;
}
