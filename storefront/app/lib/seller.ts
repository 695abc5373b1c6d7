/**
 * Pure helpers of the producer workspace's forms (shared by loaders, actions and components):
 * reading numbers as producers type them, API userErrors → form fields, plain text ↔ the API's
 * rich text, and links that keep the chosen producer.
 */
import { codeMessage, errorsByField, type UserError } from "./form-errors";
import type { Locale, Translator } from "../i18n";
import { localeHref, type PageId, type PageParams } from "../i18n/paths";

/** A form's messages: field name (as in the form, e.g. "variants.0.price") → error code; "form" for the rest. */
export type FormErrors = Record<string, string>;
/** What the user typed, to refill the form after an error (nothing typed is lost). */
export type FormValues = Record<string, string>;

/** The query parameter naming the producer a workspace page works on (a Producer global id). */
export const PRODUCER_PARAM = "chu-the";

/** A workspace page's path, with the chosen producer kept in `?chu-the=`. */
export function sellerHref<P extends PageId>(page: P, locale: Locale, producerId: string | null, params?: PageParams<P>): string {
  const path = (localeHref as (p: PageId, l: Locale, params?: object) => string)(page, locale, params);
  return producerId ? `${path}?${PRODUCER_PARAM}=${encodeURIComponent(producerId)}` : path;
}

/** Every text field of a form, trimmed (files are left out). */
export function formValues(form: FormData): FormValues {
  const values: FormValues = {};
  for (const [key, value] of form.entries()) if (typeof value === "string") values[key] = value.trim();
  return values;
}

/**
 * A whole number as typed: "120000", "120.000", "120 000 ₫", "-5". Empty → null. Anything else
 * → "NOT_A_NUMBER" (negative numbers are read, so the API can say what is wrong with them).
 */
export function parseInteger(raw: string | undefined): { value: number | null } | { error: "NOT_A_NUMBER" } {
  const text = (raw ?? "").replace(/[\s\u00a0.,₫đ]|vnd/gi, "");
  if (text === "") return { value: null };
  if (!/^-?\d{1,15}$/.test(text)) return { error: "NOT_A_NUMBER" };
  return { value: Number(text) };
}

/** The form field an API userError is about: ["input", "variants", "0", "price"] → "variants.0.price". */
export function fieldOf(field: readonly string[] | null | undefined): string {
  const path = field?.[0] === "input" ? field.slice(1) : (field ?? []);
  return path.length ? path.join(".") : "form";
}

/** API userErrors as form errors: the first code per field. */
export function errorsFromApi(userErrors: readonly UserError[], rename: Record<string, string> = {}): FormErrors {
  return errorsByField(userErrors, (path) => {
    const key = fieldOf(path);
    return rename[key] ?? key;
  }) as FormErrors;
}

/** The message of an error code in the page's language (never the API's English text). */
export function sellerErrorMessage(t: Translator, code: string): string {
  return codeMessage(t, "seller.errors", code);
}

export { htmlToText, textToHtml } from "./plain-text";

/** Head of every workspace page: its title, never indexed. */
export function sellerMeta(t: Translator, title: string) {
  return [{ title: `${title} – ${t("seller.workspace")} – OCOP Market` }, { name: "robots", content: "noindex, nofollow" }];
}

/** The next `?chu-the=…` URL with one more parameter (e.g. a notice after a redirect). */
export function withNotice(href: string, notice: string): string {
  return `${href}${href.includes("?") ? "&" : "?"}xong=${encodeURIComponent(notice)}`;
}
