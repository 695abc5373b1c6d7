import { data, redirect, type RouterContextProvider } from "react-router";
import { localeFromPathname, localeHref } from "../i18n";
import { mutate } from "./apollo.server";
import { checkAccountForm, errorsFromApi, readAccountForm, safeRedirect } from "./account-form";
import { env } from "./env.server";
import { LogInMutation, SignUpMutation } from "./operations.server";
import { pageUrls, publicOrigin } from "./seo";

/**
 * What the sign-up and log-in pages share: meta, loader and the form action. They differ only in
 * their mode (which page, which title, which mutation) and in log-in's throttling status (429).
 */
import type { AccountMode } from "./account-page";

export function accountLoader(mode: AccountMode, request: Request, url: URL) {
  return {
    redirectTo: safeRedirect(url.searchParams.get("tiep"), "") || null,
    urls: pageUrls(publicOrigin(request.url, env.siteUrl), localeFromPathname(url.pathname), mode),
  };
}

async function submit(mode: AccountMode, context: Readonly<RouterContextProvider>, input: ReturnType<typeof readAccountForm>) {
  if (mode === "signUp") return (await mutate(context, SignUpMutation, { input })).accountSignUp.userErrors;
  return (await mutate(context, LogInMutation, { input })).accountLogIn.userErrors;
}

/** Checks the form here first (messages without a round trip), then asks the API; the session cookie it sets reaches the browser through apolloMiddleware. */
export async function accountAction(mode: AccountMode, request: Request, context: Readonly<RouterContextProvider>, url: URL) {
  const form = await request.formData();
  const values = readAccountForm(form);
  const errors = checkAccountForm(values, mode);
  if (Object.keys(errors).length) return data({ email: values.email, errors }, { status: 400 });
  const userErrors = await submit(mode, context, values);
  if (userErrors.length) {
    const status = userErrors.some((e) => e.code === "LOGIN_THROTTLED") ? 429 : 400;
    return data({ email: values.email, errors: errorsFromApi(userErrors) }, { status });
  }
  return redirect(safeRedirect(form.get("redirectTo"), localeHref("home", localeFromPathname(url.pathname))));
}
