/**
 * The craft village pages of the council and admin workspaces (`/hoi-dong/lang-nghe`,
 * `/quan-tri/lang-nghe`): form values → API input (with the checks the API cannot receive, such as
 * a date that is not one), API userErrors → one code per field, a producer named by its page's
 * address or slug, and which workspace a page belongs to.
 */
import { matchPath } from "react-router";
import type { Translator } from "../i18n";
import { LOCALES } from "../i18n/locales";
import { PAGE_PATHS } from "../i18n/paths";
import { codeMessage, errorsByField, knownCode, lastNameIn, type UserError } from "./form-errors";

export const VILLAGE_FIELDS = ["provinceCode", "name", "craft", "communeCode", "recognitionDecision", "recognisedOn"] as const;
export type VillageField = (typeof VILLAGE_FIELDS)[number];
export type VillageValues = Record<VillageField, string>;

/** Codes the pages have messages for: the API's, and those found before asking it. */
export const VILLAGE_ERROR_CODES = [
  "NOT_FOUND", "PROVINCE_NOT_FOUND", "COMMUNE_NOT_FOUND", "NAME_REQUIRED", "NAME_TOO_LONG", "NAME_TAKEN", "CRAFT_REQUIRED", "CRAFT_TOO_LONG",
  "RECOGNITION_INCOMPLETE", "RECOGNITION_DECISION_TOO_LONG", "RECOGNITION_DATE_IN_FUTURE", "INVALID_DATE", "PRODUCER_REQUIRED", "PRODUCER_NOT_FOUND",
  "PRODUCER_IN_OTHER_PROVINCE", "UNKNOWN",
] as const;
export type VillageErrorCode = (typeof VILLAGE_ERROR_CODES)[number];
export type VillageErrors<F extends string> = Partial<Record<F | "form", VillageErrorCode>>;

export interface VillageInput {
  name: string;
  craft: string;
  communeCode: string | null;
  recognitionDecision: string | null;
  recognisedOn: string | null;
}

type Entries = Iterable<[string, FormDataEntryValue]>;
const textOf = (entries: Entries): Record<string, string> => {
  const out: Record<string, string> = {};
  for (const [k, v] of entries) if (typeof v === "string") out[k] ??= v;
  return out;
};

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const validDate = (s: string) => DATE.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);

/**
 * A village's form: what was typed (to fill the form again) and the input, or the errors found
 * before asking the API (a date its LocalDate could not receive). Empty optional fields become null;
 * the API checks the rest (names, crafts, a recognition with both number and date, the commune).
 */
export function parseVillageForm(entries: Entries): { values: VillageValues; input: VillageInput | null; errors: VillageErrors<VillageField> } {
  const raw = textOf(entries);
  const values = Object.fromEntries(VILLAGE_FIELDS.map((f) => [f, (raw[f] ?? "").trim()])) as VillageValues;
  const errors: VillageErrors<VillageField> = {};
  if (values.recognisedOn && !validDate(values.recognisedOn)) errors.recognisedOn = "INVALID_DATE";
  if (Object.keys(errors).length) return { values, input: null, errors };
  return {
    values,
    input: {
      name: values.name,
      craft: values.craft,
      communeCode: values.communeCode || null,
      recognitionDecision: values.recognitionDecision || null,
      recognisedOn: values.recognisedOn || null,
    },
    errors,
  };
}

/**
 * The producer a council names to place in a village: the address of its page
 * (`https://…/chu-the/htx-gom-bat-trang`, `/en/producers/…`) or its slug alone. Null when it is
 * neither.
 */
export function producerSlugFrom(text: string): string | null {
  const trimmed = text.trim();
  if (!trimmed) return null;
  let path = trimmed;
  try {
    path = new URL(trimmed).pathname;
  } catch {
    // not a URL: a path or a slug
  }
  for (const locale of LOCALES) {
    const found = matchPath(PAGE_PATHS.producer[locale], path.replace(/\/+$/, ""));
    if (found?.params.slug) return decodeURIComponent(found.params.slug);
  }
  return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(trimmed) ? trimmed : null;
}

/** A village mutation's userErrors by field of the form (anything else: "form"). */
export const villageErrorsFromApi = (userErrors: readonly UserError[]) =>
  errorsByField<VillageField | "producer", VillageErrorCode>(
    userErrors.map((e) => (e.field?.at(-1) === "producerId" ? { ...e, field: ["producer"] } : e)),
    lastNameIn<VillageField | "producer">([...VILLAGE_FIELDS, "producer"]),
    knownCode(VILLAGE_ERROR_CODES, "UNKNOWN"),
  );

export function villageErrorMessage(t: Translator, code: string | undefined): string | null {
  return code ? codeMessage(t, "craftVillages.errors", code) : null;
}

/** Which workspace a craft village page belongs to, from its path: the admin's (`/quan-tri/lang-nghe…`) or the council's. */
export function villageWorkspaceOf(pathname: string): "admin" | "council" {
  const admin = LOCALES.some((l) => matchPath({ path: PAGE_PATHS.adminCraftVillages[l], end: false }, pathname));
  return admin ? "admin" : "council";
}
