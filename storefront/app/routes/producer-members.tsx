import { data, Form } from "react-router";
import { useLocale, useTranslations } from "use-intl";
import { FormError, FormField } from "../components/FormField";
import { SellerLayout } from "../components/seller/SellerLayout";
import { localeFromPathname, localeHref, metaTranslator } from "../i18n";
import { fieldErrorsFromApi, formText, isEmail, type AccountFormErrorCode } from "../lib/account-form";
import { mutate, query } from "../lib/apollo.server";
import { env } from "../lib/env.server";
import { formatInstantDate } from "../lib/format";
import { InviteStaffMutation, ProducerTeamQuery, RemoveMemberMutation, RevokeInvitationMutation } from "../lib/operations.server";
import { privateMeta } from "../lib/private-page";
import { pageUrls, publicOrigin } from "../lib/seo";
import { requireViewer, type WorkspaceViewer } from "../lib/workspace.server";
import type { Route } from "./+types/producer-members";

/**
 * A producer's team (seller workspace): members (owners first) for every member; for owners and
 * admins also the invitation form, the pending invitations (revoke) and removing members. Which
 * producer: `?chu-the=<producer id>`, else the viewer's first producer.
 */
export function meta({ loaderData, location, matches }: Route.MetaArgs): Route.MetaDescriptors {
  const t = metaTranslator(location, matches);
  return privateMeta(t("team.membersTitle"), loaderData?.urls);
}

function producersOf(viewer: WorkspaceViewer) {
  return viewer.roles.flatMap((r) => ("producer" in r ? [{ id: r.producer.id, name: r.producer.name, owner: r.role === "OWNER" }] : []));
}

export async function loader({ request, context, url }: Route.LoaderArgs) {
  const { viewer, access } = await requireViewer(context, url, "producer");
  const locale = localeFromPathname(url.pathname);
  const urls = pageUrls(publicOrigin(request.url, env.siteUrl), locale, "producerMembers");
  const mine = producersOf(viewer);
  const asked = url.searchParams.get("chu-the");
  // Admins may open any producer; members only their own.
  const chosenId = asked && (access.admin || mine.some((p) => p.id === asked)) ? asked : (mine[0]?.id ?? null);
  if (!chosenId) return { producers: mine, team: null, owner: false, urls };
  const owner = access.admin || mine.some((p) => p.id === chosenId && p.owner);
  const { node } = await query(context, ProducerTeamQuery, { id: chosenId, owner });
  if (!node || !("members" in node)) throw new Response("Not found", { status: 404 });
  return { producers: mine, team: node, owner, urls };
}

type Errors = Partial<Record<"email" | "form", AccountFormErrorCode>>;

export async function action({ request, context, url }: Route.ActionArgs) {
  await requireViewer(context, url, "producer");
  const form = await request.formData();
  const intent = formText(form, "intent");
  if (intent === "invite") {
    const email = formText(form, "email").trim();
    const producerId = formText(form, "producerId");
    if (!email || !isEmail(email)) return data({ intent, email, errors: { email: email ? "INVALID_EMAIL" : "EMAIL_REQUIRED" } as Errors, done: null }, { status: 400 });
    const result = (await mutate(context, InviteStaffMutation, { input: { producerId, email } })).producerInviteStaff;
    if (result.userErrors.length) return data({ intent, email, errors: fieldErrorsFromApi(result.userErrors, ["email"]) as Errors, done: null }, { status: 400 });
    return { intent, email: "", errors: {} as Errors, done: result.invitation?.email ?? email };
  }
  if (intent === "revoke") {
    const result = (await mutate(context, RevokeInvitationMutation, { input: { invitationId: formText(form, "invitationId") } })).producerInvitationRevoke;
    if (result.userErrors.length) return data({ intent, email: "", errors: fieldErrorsFromApi(result.userErrors, []) as Errors, done: null }, { status: 400 });
    return { intent, email: "", errors: {} as Errors, done: result.invitation?.email ?? "" };
  }
  const result = (await mutate(context, RemoveMemberMutation, { input: { memberId: formText(form, "memberId") } })).producerMemberRemove;
  if (result.userErrors.length) return data({ intent: "remove", email: "", errors: fieldErrorsFromApi(result.userErrors, []) as Errors, done: null }, { status: 400 });
  return { intent: "remove", email: "", errors: {} as Errors, done: result.member?.email ?? "" };
}

export default function ProducerMembers({ loaderData, actionData }: Route.ComponentProps) {
  const t = useTranslations("team");
  const tAccount = useTranslations("account");
  const locale = useLocale();
  const { team, owner, producers } = loaderData;
  const invite = actionData?.intent === "invite" ? actionData : undefined;
  // The last owner cannot be removed (the API says LAST_OWNER): no button for them.
  const owners = team?.members.nodes.filter((m) => m.role === "OWNER").length ?? 0;
  return (
    <SellerLayout producerId={team?.id ?? null} producers={producers}>
      <h1>{team ? t("membersOf", { producer: team.name }) : t("membersTitle")}</h1>
      {!team ? (
        <p className="notice notice--warning">{t("noProducer")}</p>
      ) : (
        <>
          {actionData?.done && actionData.intent !== "invite" ? (
            <p className="notice notice--success" role="status">
              {actionData.intent === "revoke" ? t("revoked", { email: actionData.done }) : t("removed", { email: actionData.done })}
            </p>
          ) : null}
          {actionData && actionData.intent !== "invite" ? <FormError code={actionData.errors.form} /> : null}
          <table className="workspace-table" data-testid="members">
            <thead>
              <tr>
                <th scope="col">{t("email")}</th>
                <th scope="col">{t("role")}</th>
                <th scope="col">{t("since")}</th>
                {owner ? <th scope="col">{t("actions")}</th> : null}
              </tr>
            </thead>
            <tbody>
              {team.members.nodes.map((m) => (
                <tr key={m.id}>
                  <td>{m.email}</td>
                  <td>{t(`roles.${m.role}`)}</td>
                  <td>{formatInstantDate(String(m.since), locale)}</td>
                  {owner ? (
                    <td>
                      {m.role === "OWNER" && owners <= 1 ? null : <Form method="post">
                        <input type="hidden" name="intent" value="remove" />
                        <input type="hidden" name="memberId" value={m.id} />
                        <button type="submit" className="button--link">
                          {t("remove")}
                          <span className="visually-hidden"> ({m.email})</span>
                        </button>
                      </Form>}
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>

          {owner ? (
            <>
              <h2>{t("inviteHeading")}</h2>
              <Form method="post" className="workspace-form" noValidate key={invite?.done ?? "invite"}>
                <input type="hidden" name="intent" value="invite" />
                <input type="hidden" name="producerId" value={team.id} />
                {invite?.done ? (
                  <p className="notice notice--success" role="status">
                    {t("invited", { email: invite.done })}
                  </p>
                ) : null}
                <FormError code={invite?.errors.form} />
                <FormField
                  name="email"
                  type="email"
                  autoComplete="off"
                  label={tAccount("email")}
                  hint={t("inviteHelp")}
                  defaultValue={invite?.email ?? ""}
                  error={invite?.errors.email}
                  idPrefix="invite-"
                />
                <div>
                  <button type="submit" className="button">
                    {t("inviteSubmit")}
                  </button>
                </div>
              </Form>

              <h2>{t("pendingHeading")}</h2>
              {team.staffInvitations?.nodes.length ? (
                <table className="workspace-table" data-testid="invitations">
                  <thead>
                    <tr>
                      <th scope="col">{t("email")}</th>
                      <th scope="col">{t("expiresAt")}</th>
                      <th scope="col">{t("actions")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {team.staffInvitations.nodes.map((i) => (
                      <tr key={i.id}>
                        <td>{i.email}</td>
                        <td>{i.expired ? t("expired") : formatInstantDate(String(i.expiresAt), locale)}</td>
                        <td>
                          <Form method="post">
                            <input type="hidden" name="intent" value="revoke" />
                            <input type="hidden" name="invitationId" value={i.id} />
                            <button type="submit" className="button--link">
                              {t("revoke")}
                              <span className="visually-hidden"> ({i.email})</span>
                            </button>
                          </Form>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              ) : (
                <p>{t("noPending")}</p>
              )}
            </>
          ) : null}
        </>
      )}
    </SellerLayout>
  );
}
