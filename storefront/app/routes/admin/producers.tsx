import { useLocale, useTranslations } from "use-intl";
import { ApprovalPage } from "../../components/ApprovalPage";
import { localeFromPathname, localeHref, metaTranslator } from "../../i18n";
import { approvalAnswer, approvalListArgs } from "../../lib/admin";
import { mutate, query } from "../../lib/apollo.server";
import { AdminProducerApproveMutation, AdminProducersQuery } from "../../lib/operations.server";
import { pageTitle } from "../../lib/seo";
import { requireViewer } from "../../lib/workspace.server";
import type { Route } from "./+types/producers";

export function meta({ location, matches }: Route.MetaArgs): Route.MetaDescriptors {
  const t = metaTranslator(location, matches);
  return [{ title: pageTitle(t("admin.producersHeading")) }, { name: "robots", content: "noindex" }];
}

export async function loader({ context, url }: Route.LoaderArgs) {
  await requireViewer(context, url, "admin");
  const { filter, onFirstPage, variables } = approvalListArgs(url.searchParams);
  const r = await query(context, AdminProducersQuery, variables);
  return { filter, onFirstPage, list: r.producerRegistrations };
}

export async function action({ request, context, url }: Route.ActionArgs) {
  await requireViewer(context, url, "admin");
  const form = await request.formData();
  const producerId = String(form.get("producerId") ?? "");
  const result = (await mutate(context, AdminProducerApproveMutation, { producerId })).producerApprove;
  return approvalAnswer(result.userErrors.length ? null : result.producer?.name);
}

export default function AdminProducers({ loaderData, actionData }: Route.ComponentProps) {
  const t = useTranslations();
  const locale = useLocale();
  return (
    <ApprovalPage
      {...loaderData}
      heading={t("admin.producersHeading")}
      none={t("admin.noneProducers")}
      answer={actionData}
      idName="producerId"
      approved={(p) => p.verified}
      cells={(p) => (
        <>
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
        </>
      )}
    />
  );
}
