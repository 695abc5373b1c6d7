/**
 * The admin's role assignment form: one form for every kind of role (fields of other kinds are
 * ignored), checked before the API is asked, with each error as a code next to its field.
 */
import { errorsByField, knownCode, type UserError } from "./form-errors";
import { COUNCIL_LEVELS, MEMBER_ROLES, ROLE_KINDS, type CouncilLevel, type MemberRole, type RoleKind } from "./admin";

export const ROLE_FIELDS = ["email", "kind", "councilLevel", "provinceId", "producerSlug", "producerRole", "operatorId", "operatorRole"] as const;
export type RoleField = (typeof ROLE_FIELDS)[number];
export type RoleFormValues = Record<RoleField, string>;

export const ROLE_ERROR_CODES = [
  "EMAIL_REQUIRED",
  "KIND_REQUIRED",
  "LEVEL_REQUIRED",
  "PROVINCE_REQUIRED",
  "PRODUCER_REQUIRED",
  "PRODUCER_ROLE_REQUIRED",
  "OPERATOR_REQUIRED",
  "OPERATOR_ROLE_REQUIRED",
  "USER_NOT_FOUND",
  "PRODUCER_NOT_FOUND",
  "PROVINCE_NOT_FOUND",
  "OPERATOR_NOT_FOUND",
  "ROLE_SCOPE_INVALID",
  "ROLE_ALREADY_ASSIGNED",
  "ROLE_NOT_FOUND",
  "LAST_ADMIN",
  "UNKNOWN",
] as const;
export type RoleErrorCode = (typeof ROLE_ERROR_CODES)[number];
export type RoleFormErrors = Partial<Record<RoleField | "form", RoleErrorCode>>;

export function readRoleForm(form: FormData): RoleFormValues {
  const values = {} as RoleFormValues;
  for (const name of ROLE_FIELDS) {
    const v = form.get(name);
    values[name] = typeof v === "string" ? v.trim() : "";
  }
  return values;
}

const oneOf = <T extends string>(list: readonly T[], v: string): v is T => (list as readonly string[]).includes(v);

/** The RoleAssignInput for these values (producer by slug, resolved by the caller), or the errors. */
export function checkRoleForm(v: RoleFormValues): { errors: RoleFormErrors } | { kind: RoleKind; level: CouncilLevel | null; producerRole: MemberRole | null; operatorRole: MemberRole | null } {
  const errors: RoleFormErrors = {};
  if (!v.email) errors.email = "EMAIL_REQUIRED";
  if (!oneOf(ROLE_KINDS, v.kind)) return { errors: { ...errors, kind: "KIND_REQUIRED" } };
  let level: CouncilLevel | null = null;
  let producerRole: MemberRole | null = null;
  let operatorRole: MemberRole | null = null;
  if (v.kind === "COUNCIL_MEMBER") {
    if (!oneOf(COUNCIL_LEVELS, v.councilLevel)) errors.councilLevel = "LEVEL_REQUIRED";
    else {
      level = v.councilLevel;
      if (level === "PROVINCE" && !v.provinceId) errors.provinceId = "PROVINCE_REQUIRED";
    }
  }
  if (v.kind === "PRODUCER_MEMBER") {
    if (!v.producerSlug) errors.producerSlug = "PRODUCER_REQUIRED";
    if (!oneOf(MEMBER_ROLES, v.producerRole)) errors.producerRole = "PRODUCER_ROLE_REQUIRED";
    else producerRole = v.producerRole;
  }
  if (v.kind === "OPERATOR_MEMBER") {
    if (!v.operatorId) errors.operatorId = "OPERATOR_REQUIRED";
    if (!oneOf(MEMBER_ROLES, v.operatorRole)) errors.operatorRole = "OPERATOR_ROLE_REQUIRED";
    else operatorRole = v.operatorRole;
  }
  if (Object.keys(errors).length) return { errors };
  return { kind: v.kind, level, producerRole, operatorRole };
}

const API_FIELD: Record<string, RoleField> = { email: "email", producerId: "producerSlug", provinceId: "provinceId", operatorId: "operatorId" };

/** API userErrors → codes next to the form's fields (`producerId` is the slug field here). */
export function roleErrorsFromApi(userErrors: readonly UserError[]): RoleFormErrors {
  const fieldFor = (path: readonly string[] | null | undefined) => (path && API_FIELD[path[path.length - 1] ?? ""]) || "form";
  return errorsByField(userErrors, fieldFor, knownCode(ROLE_ERROR_CODES, "UNKNOWN"));
}
