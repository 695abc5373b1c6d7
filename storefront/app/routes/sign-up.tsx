import { data, Link, redirect } from "react-router";
import { useLocale, useTranslations } from "use-intl";
import { AccountForm } from "../components/AccountForm";
import { localeFromPathname, localeHref, translatorFor } from "../i18n";
import { mutate } from "../lib/apollo.server";
import { checkAccountForm, errorsFromApi, readAccountForm, safeRedirect } from "../lib/account-form";
import { assertSameOrigin } from "../lib/csrf.server";
import { env } from "../lib/env.server";
import { SignUpMutation } from "../lib/operations.server";
import { localeLinks, pageTitle, pageUrls, publicOrigin } from "../lib/seo";
import type { Route } from "./+types/sign-up";

export function meta({ loaderData, location }: Route.MetaArgs): Route.MetaDescriptors {
  const t = translatorFor(localeFromPathname(location.pathname));
  return [
    { title: pageTitle(t("account.signUpTitle")) },
    { name: "robots", content: "noindex" },
    ...(loaderData ? localeLinks(loaderData.urls) : []),
  ];
}

export function loader({ request, url }: Route.LoaderArgs) {
  const locale = localeFromPathname(url.pathname);
  return {
    redirectTo: safeRedirect(url.searchParams.get("tiep"), "") || null,
    urls: pageUrls(publicOrigin(request.url, env.siteUrl), locale, "signUp"),
  };
}

export async function action({ request, context, url }: Route.ActionArgs) {
  assertSameOrigin(request, env.siteUrl);
  const form = await request.formData();
  const values = readAccountForm(form);
  const errors = checkAccountForm(values, "signUp");
  if (Object.keys(errors).length) return data({ email: values.email, errors }, { status: 400 });
  const result = await mutate(context, SignUpMutation, { input: values });
  const { userErrors } = result.accountSignUp;
  if (userErrors.length) return data({ email: values.email, errors: errorsFromApi(userErrors) }, { status: 400 });
  // The API's Set-Cookie reaches the browser through apolloMiddleware.
  return redirect(safeRedirect(form.get("redirectTo"), localeHref("home", localeFromPathname(url.pathname))));
}

export default function SignUp({ loaderData, actionData }: Route.ComponentProps) {
  const t = useTranslations("account");
  const locale = useLocale();
  return (
    <section className="account-page">
      <h1>{t("signUpTitle")}</h1>
      <AccountForm
        mode="signUp"
        email={actionData?.email ?? ""}
        errors={actionData?.errors}
        submitLabel={t("signUpSubmit")}
        redirectTo={loaderData.redirectTo}
      />
      <p>
        {t("haveAccount")} <Link to={localeHref("logIn", locale)}>{t("logInSubmit")}</Link>
      </p>
    </section>
  );
}
