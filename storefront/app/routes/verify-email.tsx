import { Form, Link } from "react-router";
import { useLocale, useTranslations } from "use-intl";
import { localeFromPathname, localeHref, metaTranslator } from "../i18n";
import { formText } from "../lib/account-form";
import { mutate } from "../lib/apollo.server";
import { env } from "../lib/env.server";
import { VerifyEmailMutation } from "../lib/operations.server";
import { privateMeta } from "../lib/private-page";
import { pageUrls, publicOrigin } from "../lib/seo";
import type { Route } from "./+types/verify-email";

/**
 * Target of the verification mail (`/xac-minh-email?token=…`). The token is redeemed on a POST (the
 * button), never on load: mail scanners and link previews GET every link in a mail, and a GET must
 * not change anything. Without the token in the URL the page says the link is not valid.
 */
export function meta({ loaderData, location, matches }: Route.MetaArgs): Route.MetaDescriptors {
  const t = metaTranslator(location, matches);
  return privateMeta(t("selfService.verifyTitle"), loaderData?.urls);
}

export function loader({ request, url }: Route.LoaderArgs) {
  const locale = localeFromPathname(url.pathname);
  // The token stays out of canonical and alternate links.
  return { token: url.searchParams.get("token") ?? "", urls: pageUrls(publicOrigin(request.url, env.siteUrl), locale, "verifyEmail") };
}

export async function action({ request, context }: Route.ActionArgs) {
  const token = formText(await request.formData(), "token");
  if (!token) return { outcome: "invalid" as const };
  const result = (await mutate(context, VerifyEmailMutation, { input: { token } })).accountVerifyEmail;
  if (result.verified) return { outcome: "verified" as const };
  return { outcome: result.userErrors.some((e) => e.code === "TOKEN_EXPIRED") ? ("expired" as const) : ("invalid" as const) };
}

export default function VerifyEmail({ loaderData, actionData }: Route.ComponentProps) {
  const t = useTranslations("selfService");
  const locale = useLocale();
  const outcome = actionData?.outcome ?? (loaderData.token ? null : "invalid");
  return (
    <section className="account-page">
      <h1>{t("verifyTitle")}</h1>
      {outcome === "verified" ? (
        <>
          <p className="notice notice--success" role="status" data-testid="verify-outcome">
            {t("verifyDone")}
          </p>
          <p>
            <Link to={localeHref("account", locale)}>{t("goToAccount")}</Link>
          </p>
        </>
      ) : outcome ? (
        <>
          <p className="notice notice--warning" role="alert" data-testid="verify-outcome">
            {outcome === "expired" ? t("verifyExpired") : t("verifyInvalid")}
          </p>
          <p>
            <Link to={localeHref("account", locale)}>{t("goToAccount")}</Link>
          </p>
        </>
      ) : (
        <Form method="post" className="account-form">
          <p>{t("verifyIntro")}</p>
          <input type="hidden" name="token" value={loaderData.token} />
          <button type="submit">{t("verifySubmit")}</button>
        </Form>
      )}
    </section>
  );
}
