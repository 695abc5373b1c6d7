/**
 * The tourism operator profile form (register and edit): its fields, the checks made before calling
 * the API (the API's own rules, so most mistakes are answered without a round trip), and error codes
 * per field. Codes travel in the action's data; the page shows them in its language.
 */
import { errorsByField, knownCode, lastNameIn, type UserError } from "./form-errors";

export const OPERATOR_KINDS = ["COOPERATIVE", "HOUSEHOLD", "ENTERPRISE", "COMMUNITY_GROUP"] as const;
export type OperatorKind = (typeof OPERATOR_KINDS)[number];

export const OPERATOR_FIELDS = ["name", "kind", "provinceCode", "communeCode", "addressLine", "phone", "email", "description"] as const;
export type OperatorField = (typeof OPERATOR_FIELDS)[number];
export type OperatorFormValues = Record<OperatorField, string>;

export const OPERATOR_ERROR_CODES = [
  "NAME_REQUIRED",
  "NAME_TOO_LONG",
  "PROVINCE_NOT_FOUND",
  "COMMUNE_NOT_FOUND",
  "INVALID_EMAIL",
  "INVALID_PHONE",
  "NOT_FOUND",
  "UNKNOWN",
] as const;
export type OperatorErrorCode = (typeof OPERATOR_ERROR_CODES)[number];
export type OperatorFormErrors = Partial<Record<OperatorField | "form", OperatorErrorCode>>;

export function readOperatorForm(form: FormData): OperatorFormValues {
  const values = {} as OperatorFormValues;
  for (const name of OPERATOR_FIELDS) {
    const v = form.get(name);
    values[name] = typeof v === "string" ? (name === "description" ? v : v.trim()) : "";
  }
  return values;
}

export function isOperatorKind(v: string): v is OperatorKind {
  return (OPERATOR_KINDS as readonly string[]).includes(v);
}

export function checkOperatorForm(values: OperatorFormValues): OperatorFormErrors {
  const errors: OperatorFormErrors = {};
  if (!values.name) errors.name = "NAME_REQUIRED";
  else if (values.name.length > 200) errors.name = "NAME_TOO_LONG";
  if (!/^\d{2}$/.test(values.provinceCode)) errors.provinceCode = "PROVINCE_NOT_FOUND";
  if (values.communeCode && !/^\d{5}$/.test(values.communeCode)) errors.communeCode = "COMMUNE_NOT_FOUND";
  if (values.phone && !/^\+?[0-9][0-9 .-]{6,18}[0-9]$/.test(values.phone)) errors.phone = "INVALID_PHONE";
  if (values.email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(values.email)) errors.email = "INVALID_EMAIL";
  return errors;
}

/** API userErrors → codes next to the fields they name (`["input", "phone"]`); unknown ones on the form. */
export function operatorErrorsFromApi(userErrors: readonly UserError[]): OperatorFormErrors {
  return errorsByField(userErrors, lastNameIn(OPERATOR_FIELDS), knownCode(OPERATOR_ERROR_CODES, "UNKNOWN"));
}

/** The description textarea ↔ the operator's description HTML. */
export { textToHtml as descriptionToHtml, htmlToText as descriptionToText } from "./plain-text";
