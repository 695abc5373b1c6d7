import { useLocale, useTranslations } from "use-intl";
import { ApprovalPage } from "../../components/ApprovalPage";
import { localeFromPathname, metaTranslator } from "../../i18n";
import { approvalAnswer, approvalListArgs } from "../../lib/admin";
import { mutate, query } from "../../lib/apollo.server";
import { formatDateTime } from "../../lib/format";
import { AdminOperatorApproveMutation, AdminOperatorsQuery } from "../../lib/operations.server";
import { pageTitle } from "../../lib/seo";
import { requireViewer } from "../../lib/workspace.server";
import type { Route } from "./+types/operators";

export function meta({ location, matches }: Route.MetaArgs): Route.MetaDescriptors {
  const t = metaTranslator(location, matches);
  return [{ title: pageTitle(t("admin.operatorsHeading")) }, { name: "robots", content: "noindex" }];
}

export async function loader({ context, url }: Route.LoaderArgs) {
  await requireViewer(context, url, "admin");
  const { filter, onFirstPage, variables } = approvalListArgs(url.searchParams);
  const r = await query(context, AdminOperatorsQuery, variables);
  return { filter, onFirstPage, list: r.tourismOperators };
}

export async function action({ request, context, url }: Route.ActionArgs) {
  await requireViewer(context, url, "admin");
  const form = await request.formData();
  const operatorId = String(form.get("operatorId") ?? "");
  const result = (await mutate(context, AdminOperatorApproveMutation, { operatorId })).operatorApprove;
  return approvalAnswer(result.userErrors.length ? null : result.operator?.name);
}

export default function AdminOperators({ loaderData, actionData }: Route.ComponentProps) {
  const t = useTranslations();
  const locale = useLocale();
  return (
    <ApprovalPage
      {...loaderData}
      heading={t("admin.operatorsHeading")}
      none={t("admin.noneOperators")}
      answer={actionData}
      idName="operatorId"
      approved={(p) => p.approval === "APPROVED"}
      statusNote={(p) => `${t("admin.colRegistered")}: ${formatDateTime(p.createdAt, locale)}`}
      cells={(p) => (
        <>
          <td lang="vi">{p.name}</td>
          <td>{t(`operator.kinds.${p.kind}`)}</td>
          <td lang="vi">
            {p.province.name}
            {p.commune ? (
              <>
                <br />
                <small>{p.commune.name}</small>
              </>
            ) : null}
          </td>
        </>
      )}
    />
  );
}
