import { Link } from "react-router";
import { useLocale, useTranslations } from "use-intl";
import { AccountForm } from "../components/AccountForm";
import { localeHref } from "../i18n";
import { accountMeta } from "../lib/account-page";
import { accountAction, accountLoader } from "../lib/account-page.server";
import type { Route } from "./+types/sign-up";

export function meta({ loaderData, location, matches }: Route.MetaArgs): Route.MetaDescriptors {
  return accountMeta("signUp", { location, matches }, loaderData?.urls);
}

export function loader({ request, url }: Route.LoaderArgs) {
  return accountLoader("signUp", request, url);
}

export function action({ request, context, url }: Route.ActionArgs) {
  return accountAction("signUp", request, context, url);
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
