import type { Locale } from "./locales";

/** The shape of a message tree with every string widened, so a translation need not equal the source. */
export type Translation<T> = {
  -readonly [K in keyof T]: T[K] extends string ? string : Translation<T[K]>;
};

/**
 * One namespace of UI strings, in every locale, side by side. Vietnamese is the source: its
 * literal types give use-intl the ICU arguments of each message (`t("count", { count })` is
 * checked), and English must have exactly the same keys (a missing or extra key fails typecheck).
 * Messages use ICU syntax: `{count, plural, one {# product} other {# products}}`.
 */
export function defineMessages<const T extends object>(messages: {
  vi: T;
  en: Translation<NoInfer<T>>;
}): Record<Locale, T> {
  return messages as Record<Locale, T>;
}
