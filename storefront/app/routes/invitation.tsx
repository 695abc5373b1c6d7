import { Form, Link } from "react-router";
import { useLocale, useTranslations } from "use-intl";
import { FormError } from "../components/FormField";
import { localeFromPathname, localeHref, metaTranslator } from "../i18n";
import { formText, isAccountErrorCode, type AccountFormErrorCode } from "../lib/account-form";
import { mutate, query } from "../lib/apollo.server";
import { env } from "../lib/env.server";
import { AcceptInvitationMutation, InvitationPreviewQuery, WorkspaceViewerQuery } from "../lib/operations.server";
import { privateMeta } from "../lib/private-page";
import { pageUrls, publicOrigin } from "../lib/seo";
import { requireViewer } from "../lib/workspace.server";
import type { Route } from "./+types/invitation";

/**
 * Target of a staff invitation mail (`/loi-moi?token=…`). Anonymous visitors are sent to log in or
 * sign up and come back here with the token (`?tiep=`); the signed-in invitee accepts with a POST.
 */
export function meta({ loaderData, location, matches }: Route.MetaArgs): Route.MetaDescriptors {
  const t = metaTranslator(location, matches);
  return privateMeta(t("team.invitationTitle"), loaderData?.urls);
}

export async function loader({ request, context, url }: Route.LoaderArgs) {
  const locale = localeFromPathname(url.pathname);
  const token = url.searchParams.get("token") ?? "";
  const [preview, { viewer }] = await Promise.all([
    token ? query(context, InvitationPreviewQuery, { token }).then((r) => r.producerInvitation) : null,
    query(context, WorkspaceViewerQuery),
  ]);
  return {
    token,
    invitation: preview ?? null,
    viewerEmail: viewer?.email ?? null,
    back: encodeURIComponent(url.pathname + url.search),
    urls: pageUrls(publicOrigin(request.url, env.siteUrl), locale, "invitation"),
  };
}

export async function action({ request, context, url }: Route.ActionArgs) {
  await requireViewer(context, url);
  const token = formText(await request.formData(), "token");
  const result = (await mutate(context, AcceptInvitationMutation, { input: { token } })).producerInvitationAccept;
  if (result.role) return { accepted: { producerId: result.role.producer.id, producerName: result.role.producer.name }, error: null };
  const code = result.userErrors[0]?.code ?? "UNKNOWN";
  return { accepted: null, error: (isAccountErrorCode(code) ? code : "UNKNOWN") as AccountFormErrorCode };
}

export default function Invitation({ loaderData, actionData }: Route.ComponentProps) {
  const t = useTranslations("team");
  const tAccount = useTranslations("account");
  const locale = useLocale();
  const { invitation, viewerEmail } = loaderData;
  const body = () => {
    if (actionData?.accepted) {
      return (
        <>
          <p className="notice notice--success" role="status" data-testid="invitation-accepted">
            {t("accepted", { producer: actionData.accepted.producerName })}
          </p>
          <p>
            <Link className="button" to={`${localeHref("producerMembers", locale)}?chu-the=${encodeURIComponent(actionData.accepted.producerId)}`}>
              {t("openMembers")}
            </Link>
          </p>
        </>
      );
    }
    if (!invitation) {
      return (
        <p className="notice notice--warning" role="alert">
          {t("invitationInvalid")}
        </p>
      );
    }
    if (invitation.expired) {
      return (
        <p className="notice notice--warning" role="alert">
          {t("invitationExpired")}
        </p>
      );
    }
    const matches = viewerEmail?.toLowerCase() === invitation.email.toLowerCase();
    return (
      <>
        <p>{t("invitationIntro", { producer: invitation.producer.name })}</p>
        <p>{t("invitationFor", { email: invitation.email })}</p>
        {!viewerEmail ? (
          <>
            <p>{t("invitationSignIn")}</p>
            <p className="button-row">
              <Link className="button" to={`${localeHref("logIn", locale)}?tiep=${loaderData.back}`}>
                {tAccount("logInSubmit")}
              </Link>{" "}
              <Link className="button" to={`${localeHref("signUp", locale)}?tiep=${loaderData.back}`}>
                {tAccount("signUpSubmit")}
              </Link>
            </p>
          </>
        ) : (
          <Form method="post" className="account-form">
            {!matches ? (
              <p className="notice notice--warning" role="alert">
                {t("invitationWrongAccount", { current: viewerEmail, email: invitation.email })}
              </p>
            ) : null}
            <FormError code={actionData?.error ?? undefined} />
            <input type="hidden" name="token" value={loaderData.token} />
            <button type="submit">{t("acceptSubmit")}</button>
          </Form>
        )}
      </>
    );
  };
  return (
    <section className="account-page">
      <h1>{t("invitationTitle")}</h1>
      {body()}
    </section>
  );
}
