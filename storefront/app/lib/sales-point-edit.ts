import { salesPointErrorCode, typedCoordinate, type SalesPointErrorCode } from "./sales-point-forms";

/** The edit form's plain fields (what the manager types), as strings. */
export const EDIT_FIELDS = ["name", "kind", "chainName", "provinceCode", "communeCode", "addressLine", "latitude", "longitude", "url", "phone", "email"] as const;
export type EditField = (typeof EDIT_FIELDS)[number];

/** Rows per weekday in the form: a day may have several opening intervals (a lunch break, a night market). */
export const INTERVALS_PER_DAY = 3;
export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

/** The form name of one interval's time: `h<day>-<row>-opens` / `-closes`. */
export const intervalName = (day: number, row: number, end: "opens" | "closes") => `h${day}-${row}-${end}`;
/** Where an interval's error is shown: `h<day>-<row>`. */
export const intervalKey = (day: number, row: number) => `h${day}-${row}`;

export type EditValues = Record<string, string>;
export type EditErrors = Partial<Record<EditField | "openingHours" | "form" | `h${number}-${number}`, SalesPointErrorCode | "OPENING_HOURS_INCOMPLETE">>;

const TIME = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;

export interface OpeningInterval {
  day: number;
  opens: string;
  closes: string;
}

/** The form's values from a saved point (the loader fills the form with them). */
export function valuesOfPoint(point: {
  name: string; kind: string; chainName?: string | null; province: { code: string }; commune?: { code: string } | null; addressLine?: string | null;
  latitude?: number | null; longitude?: number | null; url?: string | null; contact: { phone?: string | null; email?: string | null };
  openingHours: readonly OpeningInterval[];
}): EditValues {
  const values: EditValues = {
    name: point.name, kind: point.kind, chainName: point.chainName ?? "", provinceCode: point.province.code, communeCode: point.commune?.code ?? "",
    addressLine: point.addressLine ?? "", latitude: point.latitude == null ? "" : String(point.latitude), longitude: point.longitude == null ? "" : String(point.longitude),
    url: point.url ?? "", phone: point.contact.phone ?? "", email: point.contact.email ?? "",
  };
  for (const day of WEEKDAYS) {
    point.openingHours.filter((h) => h.day === day).slice(0, INTERVALS_PER_DAY).forEach((h, row) => {
      values[intervalName(day, row, "opens")] = h.opens;
      values[intervalName(day, row, "closes")] = h.closes;
    });
  }
  return values;
}

/**
 * Reads the posted form: every value as typed (kept to refill the form on error), the checks the
 * API cannot place next to a field (coordinates that are not numbers, an interval with one time
 * only or a malformed time), and the API input when those pass.
 */
export function readEditForm(form: FormData): {
  values: EditValues;
  errors: EditErrors;
  input: { latitude: number | null; longitude: number | null; openingHours: OpeningInterval[] } | null;
} {
  const values: EditValues = {};
  for (const [k, v] of form.entries()) if (typeof v === "string" && k !== "intent") values[k] = v.trim().slice(0, 1000);
  const errors: EditErrors = {};
  const latitude = typedCoordinate(values.latitude ?? "");
  const longitude = typedCoordinate(values.longitude ?? "");
  if (Number.isNaN(latitude) || Number.isNaN(longitude)) errors.latitude = "COORDINATES_INVALID";
  const openingHours: OpeningInterval[] = [];
  for (const day of WEEKDAYS) {
    for (let row = 0; row < INTERVALS_PER_DAY; row++) {
      const opens = values[intervalName(day, row, "opens")] ?? "";
      const closes = values[intervalName(day, row, "closes")] ?? "";
      if (!opens && !closes) continue;
      if (!opens || !closes) errors[intervalKey(day, row) as `h${number}-${number}`] = "OPENING_HOURS_INCOMPLETE";
      else if (!TIME.test(opens) || !TIME.test(closes) || opens === "24:00" || opens === closes) errors[intervalKey(day, row) as `h${number}-${number}`] = "OPENING_HOURS_INVALID";
      else openingHours.push({ day, opens, closes });
    }
  }
  const ok = Object.keys(errors).length === 0;
  return { values, errors, input: ok ? { latitude: latitude as number | null, longitude: longitude as number | null, openingHours } : null };
}

/** The API's field path → the form's field (`["input", "openingHours"]` → the hours fieldset). */
export function editFieldOf(path: readonly string[] | null | undefined): EditField | "openingHours" | "form" {
  const name = path?.[path.length - 1];
  if (name === "openingHours" || name === "timeZone") return "openingHours";
  return (EDIT_FIELDS as readonly string[]).includes(name ?? "") ? (name as EditField) : "form";
}

export { salesPointErrorCode };
