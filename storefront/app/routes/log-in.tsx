import { Link } from "react-router";
import { useLocale, useTranslations } from "use-intl";
import { AccountForm } from "../components/AccountForm";
import { localeHref } from "../i18n";
import { accountMeta } from "../lib/account-page";
import { accountAction, accountLoader } from "../lib/account-page.server";
import type { Route } from "./+types/log-in";

export function meta({ loaderData, location, matches }: Route.MetaArgs): Route.MetaDescriptors {
  return accountMeta("logIn", { location, matches }, loaderData?.urls);
}

export function loader({ request, url }: Route.LoaderArgs) {
  return accountLoader("logIn", request, url);
}

export function action({ request, context, url }: Route.ActionArgs) {
  return accountAction("logIn", request, context, url);
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
        <Link to={localeHref("forgotPassword", locale)}>{t("forgotPasswordLink")}</Link>
      </p>
      <p>
        {t("noAccount")} <Link to={localeHref("signUp", locale)}>{t("signUpSubmit")}</Link>
      </p>
    </section>
  );
}
