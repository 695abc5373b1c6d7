import { data, Link, redirect } from "react-router";
import { useLocale, useTranslations } from "use-intl";
import { AccountForm } from "../components/AccountForm";
import { localeFromPathname, localeHref, translatorFor } from "../i18n";
import { mutate } from "../lib/apollo.server";
import { checkAccountForm, errorsFromApi, readAccountForm, safeRedirect } from "../lib/account-form";
import { assertSameOrigin } from "../lib/csrf.server";
import { env } from "../lib/env.server";
import { LogInMutation } from "../lib/operations.server";
import { localeLinks, pageTitle, pageUrls, publicOrigin } from "../lib/seo";
import type { Route } from "./+types/log-in";

export function meta({ loaderData, location }: Route.MetaArgs): Route.MetaDescriptors {
  const t = translatorFor(localeFromPathname(location.pathname));
  return [
    { title: pageTitle(t("account.logInTitle")) },
    { name: "robots", content: "noindex" },
    ...(loaderData ? localeLinks(loaderData.urls) : []),
  ];
}

export function loader({ request, url }: Route.LoaderArgs) {
  const locale = localeFromPathname(url.pathname);
  return {
    redirectTo: safeRedirect(url.searchParams.get("tiep"), "") || null,
    urls: pageUrls(publicOrigin(request.url, env.siteUrl), locale, "logIn"),
  };
}

export async function action({ request, context, url }: Route.ActionArgs) {
  assertSameOrigin(request, env.siteUrl);
  const form = await request.formData();
  const values = readAccountForm(form);
  const errors = checkAccountForm(values, "logIn");
  if (Object.keys(errors).length) return data({ email: values.email, errors }, { status: 400 });
  const result = await mutate(context, LogInMutation, { input: values });
  const { userErrors } = result.accountLogIn;
  if (userErrors.length) {
    const status = userErrors.some((e) => e.code === "LOGIN_THROTTLED") ? 429 : 400;
    return data({ email: values.email, errors: errorsFromApi(userErrors) }, { status });
  }
  return redirect(safeRedirect(form.get("redirectTo"), localeHref("home", localeFromPathname(url.pathname))));
}

export default function LogIn({ loaderData, actionData }: Route.ComponentProps) {
  const t = useTranslations("account");
  const locale = useLocale();
  return (
    <section className="account-page">
      <h1>{t("logInTitle")}</h1>
      <AccountForm
        mode="logIn"
        email={actionData?.email ?? ""}
        errors={actionData?.errors}
        submitLabel={t("logInSubmit")}
        redirectTo={loaderData.redirectTo}
      />
      <p>
        {t("noAccount")} <Link to={localeHref("signUp", locale)}>{t("signUpSubmit")}</Link>
      </p>
    </section>
  );
}
