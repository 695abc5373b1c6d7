import { data, Form, Link } from "react-router";
import { useLocale, useTranslations } from "use-intl";
import { FormError, FormField } from "../components/FormField";
import { localeFromPathname, localeHref, metaTranslator } from "../i18n";
import { fieldErrorsFromApi, formText, newPasswordProblem, PASSWORD_MIN_LENGTH, type AccountFormErrorCode } from "../lib/account-form";
import { mutate } from "../lib/apollo.server";
import { env } from "../lib/env.server";
import { ResetPasswordMutation } from "../lib/operations.server";
import { privateMeta } from "../lib/private-page";
import { pageUrls, publicOrigin } from "../lib/seo";
import type { Route } from "./+types/reset-password";

/** Target of the reset mail (`/dat-lai-mat-khau?token=…`): a new password, then log in again. */
export function meta({ loaderData, location, matches }: Route.MetaArgs): Route.MetaDescriptors {
  const t = metaTranslator(location, matches);
  return privateMeta(t("selfService.resetTitle"), loaderData?.urls);
}

export function loader({ request, url }: Route.LoaderArgs) {
  const locale = localeFromPathname(url.pathname);
  return { token: url.searchParams.get("token") ?? "", urls: pageUrls(publicOrigin(request.url, env.siteUrl), locale, "resetPassword") };
}

type Errors = Partial<Record<"password" | "form", AccountFormErrorCode>>;

export async function action({ request, context }: Route.ActionArgs) {
  const form = await request.formData();
  const token = formText(form, "token");
  const password = formText(form, "password");
  const problem = newPasswordProblem(password);
  if (!token) return data({ errors: { form: "TOKEN_INVALID" } as Errors, done: false }, { status: 400 });
  if (problem) return data({ errors: { password: problem } as Errors, done: false }, { status: 400 });
  const result = (await mutate(context, ResetPasswordMutation, { input: { token, password } })).accountResetPassword;
  if (!result.passwordChanged) {
    return data({ errors: fieldErrorsFromApi(result.userErrors, ["password"]) as Errors, done: false }, { status: 400 });
  }
  return { errors: {} as Errors, done: true };
}

export default function ResetPassword({ loaderData, actionData }: Route.ComponentProps) {
  const t = useTranslations();
  const locale = useLocale();
  const tokenProblem = actionData?.errors.form === "TOKEN_INVALID" || actionData?.errors.form === "TOKEN_EXPIRED";
  if (actionData?.done) {
    return (
      <section className="account-page">
        <h1>{t("selfService.resetTitle")}</h1>
        <p className="notice notice--success" role="status" data-testid="reset-done">
          {t("selfService.resetDone")}
        </p>
        <p>
          <Link to={localeHref("logIn", locale)} className="button">
            {t("selfService.logInNow")}
          </Link>
        </p>
      </section>
    );
  }
  return (
    <section className="account-page">
      <h1>{t("selfService.resetTitle")}</h1>
      {!loaderData.token ? (
        <p className="notice notice--warning" role="alert">
          {t("selfService.resetMissingToken")}
        </p>
      ) : (
        <Form method="post" className="account-form" noValidate key={JSON.stringify(actionData ?? null)}>
          <p>{t("selfService.resetIntro")}</p>
          <FormError code={actionData?.errors.form} />
          <input type="hidden" name="token" value={loaderData.token} />
          <FormField
            name="password"
            type="password"
            autoComplete="new-password"
            label={t("selfService.newPassword")}
            hint={t("account.passwordHint", { min: PASSWORD_MIN_LENGTH })}
            error={actionData?.errors.password}
          />
          <button type="submit">{t("selfService.resetSubmit")}</button>
        </Form>
      )}
      {!loaderData.token || tokenProblem ? (
        <p>
          <Link to={localeHref("forgotPassword", locale)}>{t("selfService.requestNewLink")}</Link>
        </p>
      ) : null}
    </section>
  );
}
