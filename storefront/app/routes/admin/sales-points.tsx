import { useLocale, useTranslations } from "use-intl";
import { ApprovalPage } from "../../components/ApprovalPage";
import { localeFromPathname, translatorFor } from "../../i18n";
import { approvalAnswer, approvalListArgs, rejectionAnswer } from "../../lib/admin";
import { mutate, query } from "../../lib/apollo.server";
import { formatDateTime } from "../../lib/format";
import { AdminSalesPointApproveMutation, AdminSalesPointRejectMutation, AdminSalesPointsQuery } from "../../lib/operations.server";
import { pageTitle } from "../../lib/seo";
import { requireViewer } from "../../lib/workspace.server";
import type { Route } from "./+types/sales-points";

export function meta({ location }: Route.MetaArgs): Route.MetaDescriptors {
  const t = translatorFor(localeFromPathname(location.pathname));
  return [{ title: pageTitle(t("salesPoints.adminHeading")) }, { name: "robots", content: "noindex" }];
}

export async function loader({ context, url }: Route.LoaderArgs) {
  await requireViewer(context, url, "admin");
  const { filter, onFirstPage, variables } = approvalListArgs(url.searchParams);
  const r = await query(context, AdminSalesPointsQuery, variables);
  return { filter, onFirstPage, list: r.salesPointRegistrations };
}

export async function action({ request, context, url }: Route.ActionArgs) {
  await requireViewer(context, url, "admin");
  const form = await request.formData();
  const salesPointId = String(form.get("salesPointId") ?? "");
  if (form.get("intent") === "reject") {
    const reason = String(form.get("reason") ?? "").trim().slice(0, 500);
    const rejected = (await mutate(context, AdminSalesPointRejectMutation, { input: { salesPointId, reason: reason || null } })).salesPointReject;
    return rejectionAnswer(rejected.userErrors.length ? null : rejected.salesPoint?.name, rejected.userErrors[0]?.code);
  }
  const result = (await mutate(context, AdminSalesPointApproveMutation, { salesPointId })).salesPointApprove;
  return approvalAnswer(result.userErrors.length ? null : result.salesPoint?.name);
}

export default function AdminSalesPoints({ loaderData, actionData }: Route.ComponentProps) {
  const t = useTranslations();
  const locale = useLocale();
  return (
    <ApprovalPage
      {...loaderData}
      heading={t("salesPoints.adminHeading")}
      none={t("salesPoints.adminNone")}
      answer={actionData}
      idName="salesPointId"
      rejectable
      approved={(p) => p.approval === "APPROVED"}
      statusNote={(p) => `${t("admin.colRegistered")}: ${formatDateTime(p.createdAt, locale)}`}
      cells={(p) => (
        <>
          <td lang="vi">
            {p.name}
            {p.url ? (
              <>
                <br />
                <small>{p.url}</small>
              </>
            ) : null}
          </td>
          <td>{t(`salesPoints.kinds.${p.kind}`)}</td>
          <td lang="vi">{p.province.name}</td>
        </>
      )}
    />
  );
}
