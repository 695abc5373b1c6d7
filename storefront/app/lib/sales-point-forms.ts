import type { UserError } from "./form-errors";

/** Codes the sales point pages know (salesPoints.errors.*); anything else shows as UNKNOWN. */
export const SALES_POINT_ERROR_CODES = [
  "NOT_FOUND", "NAME_REQUIRED", "NAME_TOO_LONG", "PROVINCE_NOT_FOUND", "COMMUNE_NOT_FOUND", "INVALID_EMAIL", "INVALID_PHONE", "COORDINATES_REQUIRED",
  "COORDINATES_INVALID", "URL_REQUIRED", "URL_INVALID", "OPENING_HOURS_INVALID", "TIME_ZONE_INVALID", "ALREADY_APPROVED", "PRODUCT_NOT_FOUND",
  "POINT_NOT_APPROVED", "ALREADY_LISTED", "LISTING_NOT_FOUND", "LISTING_NOT_REQUESTED", "LISTING_NOT_CONFIRMED", "UNKNOWN",
] as const;
export type SalesPointErrorCode = (typeof SALES_POINT_ERROR_CODES)[number];

export function salesPointErrorCode(code: string | undefined): SalesPointErrorCode {
  return (SALES_POINT_ERROR_CODES as readonly string[]).includes(code ?? "") ? (code as SalesPointErrorCode) : "UNKNOWN";
}

export const REGISTER_FIELDS = ["name", "kind", "chainName", "provinceCode", "addressLine", "latitude", "longitude", "url", "phone", "email", "opens", "closes"] as const;
export type RegisterField = (typeof REGISTER_FIELDS)[number];

/** The API's field path → the form's field: `["input", "openingHours"]` is shown at the opening time. */
export function registerFieldOf(path: readonly string[] | null | undefined): RegisterField | "form" {
  const name = path?.[path.length - 1];
  if (name === "openingHours" || name === "timeZone") return "opens";
  return (REGISTER_FIELDS as readonly string[]).includes(name ?? "") ? (name as RegisterField) : "form";
}

/** A number typed with a comma or a dot; null when empty, NaN when not a number (the API then says why). */
export function typedCoordinate(text: string): number | null {
  const t = text.trim().replace(",", ".");
  if (!t) return null;
  return /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : Number.NaN;
}

export function firstError(userErrors: readonly UserError[]): SalesPointErrorCode | null {
  return userErrors.length ? salesPointErrorCode(userErrors[0]!.code) : null;
}

/** A listing's stock levels as a point tells them (the API's SalesPointStockLevel). */
export const STOCK_LEVELS = ["IN_STOCK", "LOW", "OUT_OF_STOCK"] as const;
export type StockLevel = (typeof STOCK_LEVELS)[number];

/** The stock level a form sent; null when none was chosen (unknown). */
export function stockLevelOf(text: string): StockLevel | null {
  return (STOCK_LEVELS as readonly string[]).includes(text) ? (text as StockLevel) : null;
}
