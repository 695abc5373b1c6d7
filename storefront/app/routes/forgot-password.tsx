import { data, Form, Link } from "react-router";
import { useLocale, useTranslations } from "use-intl";
import { FormError, FormField } from "../components/FormField";
import { localeFromPathname, localeHref, metaTranslator } from "../i18n";
import { fieldErrorsFromApi, formText, isEmail, type AccountFormErrorCode } from "../lib/account-form";
import { mutate } from "../lib/apollo.server";
import { env } from "../lib/env.server";
import { RequestPasswordResetMutation } from "../lib/operations.server";
import { privateMeta } from "../lib/private-page";
import { pageUrls, publicOrigin } from "../lib/seo";
import type { Route } from "./+types/forgot-password";

/** Asks for a reset mail. The answer is the same whether or not the email has an account. */
export function meta({ loaderData, location, matches }: Route.MetaArgs): Route.MetaDescriptors {
  const t = metaTranslator(location, matches);
  return privateMeta(t("selfService.forgotTitle"), loaderData?.urls);
}

export function loader({ request, url }: Route.LoaderArgs) {
  return { urls: pageUrls(publicOrigin(request.url, env.siteUrl), localeFromPathname(url.pathname), "forgotPassword") };
}

type Errors = Partial<Record<"email" | "form", AccountFormErrorCode>>;

export async function action({ request, context }: Route.ActionArgs) {
  const email = formText(await request.formData(), "email").trim();
  const errors: Errors = {};
  if (!email) errors.email = "EMAIL_REQUIRED";
  else if (!isEmail(email)) errors.email = "INVALID_EMAIL";
  if (Object.keys(errors).length) return data({ email, errors, sent: false }, { status: 400 });
  const result = (await mutate(context, RequestPasswordResetMutation, { input: { email } })).accountRequestPasswordReset;
  if (result.userErrors.length) {
    const status = result.userErrors.some((e) => e.code === "RESET_THROTTLED") ? 429 : 400;
    return data({ email, errors: fieldErrorsFromApi(result.userErrors, ["email"]) as Errors, sent: false }, { status });
  }
  return { email, errors: {} as Errors, sent: true };
}

export default function ForgotPassword({ actionData }: Route.ComponentProps) {
  const t = useTranslations();
  const locale = useLocale();
  return (
    <section className="account-page">
      <h1>{t("selfService.forgotTitle")}</h1>
      {actionData?.sent ? (
        <p className="notice notice--success" role="status" data-testid="forgot-sent">
          {t("selfService.forgotSent", { email: actionData.email })}
        </p>
      ) : (
        <Form method="post" className="account-form" noValidate>
          <p>{t("selfService.forgotIntro")}</p>
          <FormError code={actionData?.errors.form} />
          <FormField name="email" type="email" autoComplete="email" label={t("account.email")} defaultValue={actionData?.email ?? ""} error={actionData?.errors.email} />
          <button type="submit">{t("selfService.forgotSubmit")}</button>
        </Form>
      )}
      <p>
        <Link to={localeHref("logIn", locale)}>{t("selfService.logInNow")}</Link>
      </p>
    </section>
  );
}
