import { createTranslator } from "use-intl";
import { TIME_ZONE, type Locale, type Translator } from ".";
import { MESSAGES } from "./messages.server";

const translators = new Map<Locale, Translator>();

/** A translator with every namespace of `locale`: for loaders, actions, resource routes and tests. */
export function translatorFor(locale: Locale): Translator {
  let t = translators.get(locale);
  if (!t) translators.set(locale, (t = createTranslator({ locale, messages: MESSAGES[locale], timeZone: TIME_ZONE })));
  return t;
}
