import { data, Form } from "react-router";
import { useLocale, useTranslations } from "use-intl";
import { ApprovalFilterNav, NextPageLinks } from "../../components/ApprovalFilterNav";
import { WorkspaceLayout } from "../../components/WorkspaceLayout";
import { localeFromPathname, localeHref, translatorFor } from "../../i18n";
import { adminNav, APPROVAL_FILTERS, approvalFilterFrom, cursorFrom } from "../../lib/admin";
import { mutate, query } from "../../lib/apollo.server";
import { assertSameOrigin } from "../../lib/csrf.server";
import { env } from "../../lib/env.server";
import { AdminProducerApproveMutation, AdminProducersQuery } from "../../lib/operations.server";
import { pageTitle } from "../../lib/seo";
import { requireViewer } from "../../lib/workspace.server";
import type { Route } from "./+types/producers";

export function meta({ location }: Route.MetaArgs): Route.MetaDescriptors {
  const t = translatorFor(localeFromPathname(location.pathname));
  return [{ title: pageTitle(t("admin.producersHeading")) }, { name: "robots", content: "noindex" }];
}

export async function loader({ context, url }: Route.LoaderArgs) {
  await requireViewer(context, url, "admin");
  const filter = approvalFilterFrom(url.searchParams);
  const after = cursorFrom(url.searchParams);
  const r = await query(context, AdminProducersQuery, { approval: APPROVAL_FILTERS[filter], first: 25, after });
  return { filter, onFirstPage: !after, list: r.producerRegistrations };
}

export async function action({ request, context, url }: Route.ActionArgs) {
  assertSameOrigin(request, env.siteUrl);
  await requireViewer(context, url, "admin");
  const form = await request.formData();
  const producerId = String(form.get("producerId") ?? "");
  const result = (await mutate(context, AdminProducerApproveMutation, { producerId })).producerApprove;
  if (result.userErrors.length || !result.producer) return data({ error: "NOT_FOUND" as const, approved: null }, { status: 400 });
  return { error: null, approved: result.producer.name };
}

export default function AdminProducers({ loaderData, actionData }: Route.ComponentProps) {
  const t = useTranslations();
  const locale = useLocale();
  const { list, filter, onFirstPage } = loaderData;
  return (
    <WorkspaceLayout title={t("admin.title")} nav={adminNav(t, locale)}>
      <h1>{t("admin.producersHeading")}</h1>
      <ApprovalFilterNav current={filter} />
      {actionData?.approved ? (
        <p className="notice" role="status">
          {t("admin.approvedNotice", { name: actionData.approved })}
        </p>
      ) : null}
      {actionData?.error ? (
        <p className="form-error" role="alert">
          {t(`admin.errors.${actionData.error}`)}
        </p>
      ) : null}
      <p>{t("admin.total", { count: list.totalCount })}</p>
      {list.nodes.length ? (
        <table className="workspace-table">
          <thead>
            <tr>
              <th scope="col">{t("admin.colName")}</th>
              <th scope="col">{t("admin.colKind")}</th>
              <th scope="col">{t("admin.colProvince")}</th>
              <th scope="col">{t("admin.colContact")}</th>
              <th scope="col">{t("admin.colStatus")}</th>
              <th scope="col">{t("admin.colAction")}</th>
            </tr>
          </thead>
          <tbody>
            {list.nodes.map((p) => (
              <tr key={p.id}>
                <td lang="vi">
                  <a href={localeHref("producer", locale, { slug: p.slug })}>{p.name}</a>
                  {p.registrationNumber ? (
                    <>
                      <br />
                      <small>{p.registrationNumber}</small>
                    </>
                  ) : null}
                </td>
                <td>{t(`common.producerKinds.${p.kind}`)}</td>
                <td lang="vi">{p.province.name}</td>
                <td>
                  {[p.contact.phone, p.contact.email, p.addressLine].filter(Boolean).map((line) => (
                    <span key={line} className="contact-line">
                      {line}
                    </span>
                  ))}
                </td>
                <td>{p.verified ? t("admin.approved") : <strong>{t("admin.pending")}</strong>}</td>
                <td>
                  {p.verified ? null : (
                    <Form method="post">
                      <input type="hidden" name="producerId" value={p.id} />
                      <button type="submit" className="button" aria-label={t("admin.approveLabel", { name: p.name })}>
                        {t("admin.approve")}
                      </button>
                    </Form>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>{t("admin.noneProducers")}</p>
      )}
      <NextPageLinks endCursor={list.pageInfo.endCursor} hasNextPage={list.pageInfo.hasNextPage} onFirstPage={onFirstPage} />
    </WorkspaceLayout>
  );
}
