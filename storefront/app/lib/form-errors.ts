/**
 * API userErrors → one error code per form field: the one way every form of the storefront reads
 * them. Each form says which of its fields an error's `field` path names (else "form") and, where it
 * keeps a closed list of codes, what an unknown code becomes; the page then shows the code from its
 * own message table (namespaces differ), never the API's English text.
 */
import type { Translator } from "../i18n";

export interface UserError {
  field?: readonly string[] | null;
  code: string;
}

/** The first code per field wins. */
export function errorsByField<F extends string, C extends string = string>(
  userErrors: readonly UserError[],
  fieldFor: (path: readonly string[] | null | undefined) => F | "form",
  codeFor: (code: string) => C = (code) => code as C,
): Partial<Record<F | "form", C>> {
  const errors: Partial<Record<F | "form", C>> = {};
  for (const error of userErrors) errors[fieldFor(error.field)] ??= codeFor(error.code);
  return errors;
}

/** The last name of a path (`["input", "shipping", "phone"]` → "phone") when it is one of `fields`, else "form". */
export function lastNameIn<F extends string>(fields: readonly F[]): (path: readonly string[] | null | undefined) => F | "form" {
  return (path) => {
    const name = path?.[path.length - 1];
    return name !== undefined && (fields as readonly string[]).includes(name) ? (name as F) : "form";
  };
}

/** A code of `codes` as it is, any other (a newer API) as `fallback`. */
export function knownCode<C extends string>(codes: readonly C[], fallback: C): (code: string) => C {
  return (code) => ((codes as readonly string[]).includes(code) ? (code as C) : fallback);
}

/**
 * The message of `code` in a page's table `namespace` (e.g. "seller.errors"), or the table's
 * `fallback` entry for a code it does not have.
 */
export function codeMessage(t: Translator, namespace: string, code: string, fallback = "UNKNOWN"): string {
  const key = `${namespace}.${code}`;
  return t.has(key as never) ? t(key as never) : t(`${namespace}.${fallback}` as never);
}

/** Query parameter a form's redirect sets to say what it did ("?da=saved"). */
export const DONE_PARAM = "da";

/** What the redirect after a form says it did, when it is one of `known` (a confirmation to show). */
export function doneFrom<D extends string>(url: URL, known: readonly D[]): D | null {
  const done = url.searchParams.get(DONE_PARAM);
  return done !== null && (known as readonly string[]).includes(done) ? (done as D) : null;
}
