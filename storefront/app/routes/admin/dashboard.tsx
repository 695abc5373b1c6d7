import { Link } from "react-router";
import { useLocale, useTranslations } from "use-intl";
import { AuditEventTable } from "../../components/AuditEventRows";
import { WorkspaceLayout } from "../../components/WorkspaceLayout";
import { localeFromPathname, localeHref, metaTranslator } from "../../i18n";
import { adminNav } from "../../lib/admin";
import { query } from "../../lib/apollo.server";
import { AdminDashboardQuery } from "../../lib/operations.server";
import { pageTitle } from "../../lib/seo";
import { requireViewer } from "../../lib/workspace.server";
import type { Route } from "./+types/dashboard";

export function meta({ location, matches }: Route.MetaArgs): Route.MetaDescriptors {
  const t = metaTranslator(location, matches);
  return [{ title: pageTitle(t("admin.dashboardHeading")) }, { name: "robots", content: "noindex" }];
}

export async function loader({ context, url }: Route.LoaderArgs) {
  await requireViewer(context, url, "admin");
  const r = await query(context, AdminDashboardQuery);
  return {
    pendingProducers: r.pendingProducers.totalCount,
    pendingOperators: r.pendingOperators.totalCount,
    users: r.users.totalCount,
    auditTotal: r.auditEvents.totalCount,
    recent: r.auditEvents.nodes,
  };
}

export default function AdminDashboard({ loaderData }: Route.ComponentProps) {
  const t = useTranslations();
  const locale = useLocale();
  const d = loaderData;
  const cards = [
    { href: localeHref("adminProducers", locale), text: t("admin.pendingProducers", { count: d.pendingProducers }), alert: d.pendingProducers > 0 },
    { href: localeHref("adminOperators", locale), text: t("admin.pendingOperators", { count: d.pendingOperators }), alert: d.pendingOperators > 0 },
    { href: localeHref("adminUsers", locale), text: t("admin.userCount", { count: d.users }), alert: false },
    { href: localeHref("adminAudit", locale), text: t("admin.auditCount", { count: d.auditTotal }), alert: false },
  ];
  return (
    <WorkspaceLayout title={t("admin.title")} nav={adminNav(t, locale)}>
      <h1>{t("admin.dashboardHeading")}</h1>
      <ul className="admin-cards">
        {cards.map((c) => (
          <li key={c.href} className={c.alert ? "admin-card admin-card--alert" : "admin-card"}>
            <Link to={c.href}>{c.text}</Link>
          </li>
        ))}
      </ul>
      <h2>{t("admin.recentChanges")}</h2>
      {d.recent.length ? <AuditEventTable events={d.recent} /> : <p>{t("admin.noEvents")}</p>}
      <p>
        <Link to={localeHref("adminAudit", locale)}>{t("admin.viewAll")}</Link>
      </p>
    </WorkspaceLayout>
  );
}
