import { data, Form, Link } from "react-router";
import { useLocale, useTranslations } from "use-intl";
import { FormError, FormField } from "../components/FormField";
import { WorkspaceLayout } from "../components/WorkspaceLayout";
import { localeFromPathname, localeHref, metaTranslator } from "../i18n";
import { fieldErrorsFromApi, formText, newPasswordProblem, PASSWORD_MIN_LENGTH, type AccountFormErrorCode } from "../lib/account-form";
import { mutate } from "../lib/apollo.server";
import { env } from "../lib/env.server";
import { ChangePasswordMutation, ResendVerificationMutation } from "../lib/operations.server";
import { privateMeta } from "../lib/private-page";
import { pageUrls, publicOrigin } from "../lib/seo";
import { requireViewer } from "../lib/workspace.server";
import { accountNav } from "../lib/workspace-nav";
import type { Route } from "./+types/account";

export function meta({ loaderData, location, matches }: Route.MetaArgs): Route.MetaDescriptors {
  const t = metaTranslator(location, matches);
  return privateMeta(t("selfService.accountTitle"), loaderData?.urls);
}

export async function loader({ request, context, url }: Route.LoaderArgs) {
  const { viewer, access } = await requireViewer(context, url);
  const locale = localeFromPathname(url.pathname);
  return { viewer, access, urls: pageUrls(publicOrigin(request.url, env.siteUrl), locale, "account") };
}

type PasswordErrors = Partial<Record<"currentPassword" | "newPassword" | "form", AccountFormErrorCode>>;

/** Two forms post here: `intent=resend` (a new verification mail) and `intent=changePassword`. */
export async function action({ request, context, url }: Route.ActionArgs) {
  await requireViewer(context, url);
  const form = await request.formData();
  if (formText(form, "intent") === "resend") {
    const result = (await mutate(context, ResendVerificationMutation)).accountResendVerification;
    if (result.userErrors.length) {
      return data({ intent: "resend" as const, errors: fieldErrorsFromApi(result.userErrors, []) as PasswordErrors, done: false }, { status: 400 });
    }
    return { intent: "resend" as const, errors: {} as PasswordErrors, done: true };
  }
  const currentPassword = formText(form, "currentPassword");
  const newPassword = formText(form, "newPassword");
  const errors: PasswordErrors = {};
  if (!currentPassword) errors.currentPassword = "CURRENT_PASSWORD_REQUIRED";
  const problem = newPasswordProblem(newPassword);
  if (problem) errors.newPassword = problem;
  if (Object.keys(errors).length) return data({ intent: "changePassword" as const, errors, done: false }, { status: 400 });
  const result = (await mutate(context, ChangePasswordMutation, { input: { currentPassword, newPassword } })).accountChangePassword;
  if (result.userErrors.length) {
    const status = result.userErrors.some((e) => e.code === "LOGIN_THROTTLED") ? 429 : 400;
    return data({ intent: "changePassword" as const, errors: fieldErrorsFromApi(result.userErrors, ["currentPassword", "newPassword"]), done: false }, { status });
  }
  return { intent: "changePassword" as const, errors: {} as PasswordErrors, done: true };
}

export default function Account({ loaderData, actionData }: Route.ComponentProps) {
  const t = useTranslations("selfService");
  const tAccount = useTranslations("account");
  const locale = useLocale();
  const { viewer, access } = loaderData;
  const resend = actionData?.intent === "resend" ? actionData : undefined;
  const change = actionData?.intent === "changePassword" ? actionData : undefined;
  return (
    <WorkspaceLayout title={t("accountNav")} nav={accountNav(t, locale)}>
      <h1>{t("accountTitle")}</h1>

      <section aria-labelledby="email-heading">
        <h2 id="email-heading">{t("emailHeading")}</h2>
        <p>
          <strong data-testid="account-email">{viewer.email}</strong>{" "}
          <span className={viewer.emailVerified ? "badge badge--ok" : "badge badge--warning"} data-testid="email-status">
            {viewer.emailVerified ? t("verified") : t("notVerified")}
          </span>
        </p>
        {viewer.emailVerified ? null : (
          <Form method="post" className="inline-form">
            <input type="hidden" name="intent" value="resend" />
            <p>{t("notVerifiedHelp")}</p>
            <FormError code={resend?.errors.form} />
            {resend?.done ? (
              <p className="notice notice--success" role="status">
                {t("resendSent", { email: viewer.email })}
              </p>
            ) : null}
            <button type="submit" className="button">
              {t("resendSubmit")}
            </button>
          </Form>
        )}
      </section>

      <section aria-labelledby="roles-heading">
        <h2 id="roles-heading">{t("rolesHeading")}</h2>
        <ul className="role-list">
          <li>{t("roleShopper")}</li>
          {viewer.roles.map((role) => {
            if ("producer" in role) {
              const label = role.role === "OWNER" ? t("roleOwner", { producer: role.producer.name }) : t("roleStaff", { producer: role.producer.name });
              return (
                <li key={role.id}>
                  {label} ·{" "}
                  <Link to={`${localeHref("producerMembers", locale)}?chu-the=${encodeURIComponent(role.producer.id)}`}>{t("openMembers")}</Link>
                </li>
              );
            }
            if ("level" in role) {
              return (
                <li key={role.id}>
                  {role.province ? t("roleCouncilProvince", { province: role.province.name }) : t("roleCouncilMinistry")} ·{" "}
                  <Link to={localeHref("councilWorkspace", locale)}>{t("openCouncil")}</Link>
                </li>
              );
            }
            return (
              <li key={role.id}>
                {t("roleAdmin")} · <Link to={localeHref("adminWorkspace", locale)}>{t("openAdmin")}</Link>
              </li>
            );
          })}
        </ul>
        <p>
          <Link to={localeHref("producerWorkspace", locale)}>{access.producer ? t("openSeller") : t("registerSeller")}</Link>
        </p>
      </section>

      <section aria-labelledby="password-heading">
        <h2 id="password-heading">{t("changePasswordHeading")}</h2>
        {/* A new key after each answer empties the password inputs (passwords are never sent back). */}
        <Form method="post" className="workspace-form" noValidate key={JSON.stringify(change ?? null)}>
          <input type="hidden" name="intent" value="changePassword" />
          <FormError code={change?.errors.form} />
          {change?.done ? (
            <p className="notice notice--success" role="status">
              {t("passwordChanged")}
            </p>
          ) : null}
          <FormField name="currentPassword" type="password" autoComplete="current-password" label={t("currentPassword")} error={change?.errors.currentPassword} />
          <FormField
            name="newPassword"
            type="password"
            autoComplete="new-password"
            label={t("newPassword")}
            hint={tAccount("passwordHint", { min: PASSWORD_MIN_LENGTH })}
            error={change?.errors.newPassword}
          />
          <div>
            <button type="submit" className="button">
              {t("changePasswordSubmit")}
            </button>
          </div>
        </Form>
      </section>
    </WorkspaceLayout>
  );
}
