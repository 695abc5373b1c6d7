import { redirect } from "react-router";
import { DEFAULT_LOCALE, isLocale, localeHref } from "../i18n";
import { mutate } from "../lib/apollo.server";
import { LogOutMutation } from "../lib/operations.server";
import type { Route } from "./+types/log-out";

/**
 * POST only (the header's logout button, on pages of every language): ends the session on the API,
 * which clears the cookie, then goes to the home page in the language of the page the button was
 * on (the form's hidden `locale` field; Vietnamese when absent or unknown).
 */
export async function action({ request, context }: Route.ActionArgs) {
  const form = await request.formData();
  const locale = form.get("locale");
  await mutate(context, LogOutMutation);
  return redirect(localeHref("home", isLocale(locale) ? locale : DEFAULT_LOCALE));
}

/** A GET (typed URL, prefetch) never logs anyone out. */
export function loader() {
  return redirect("/");
}
