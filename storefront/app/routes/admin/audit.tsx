import { Form, Link, useLocation } from "react-router";
import { useLocale, useTranslations } from "use-intl";
import { NextPageLinks } from "../../components/ApprovalFilterNav";
import { AuditEventTable } from "../../components/AuditEventRows";
import { WorkspaceLayout } from "../../components/WorkspaceLayout";
import { localeFromPathname, metaTranslator } from "../../i18n";
import { adminNav, AUDIT_ACTIONS, AUDIT_SUBJECTS, cursorFrom, isAuditAction, isAuditSubject } from "../../lib/admin";
import { query } from "../../lib/apollo.server";
import { AdminAuditQuery } from "../../lib/operations.server";
import { pageTitle } from "../../lib/seo";
import { requireViewer } from "../../lib/workspace.server";
import type { Route } from "./+types/audit";

export function meta({ location, matches }: Route.MetaArgs): Route.MetaDescriptors {
  const t = metaTranslator(location, matches);
  return [{ title: pageTitle(t("admin.auditHeading")) }, { name: "robots", content: "noindex" }];
}

/** Filters in the URL: `?hanh-dong=<action>&doi-tuong=<type>&nguoi=<email>&sau=<cursor>`. Unknown values are ignored. */
export async function loader({ context, url }: Route.LoaderArgs) {
  await requireViewer(context, url, "admin");
  const p = url.searchParams;
  const action = p.get("hanh-dong");
  const subject = p.get("doi-tuong");
  const actor = (p.get("nguoi") ?? "").trim().slice(0, 200);
  const filter = {
    action: isAuditAction(action) ? action : null,
    subjectType: isAuditSubject(subject) ? subject : null,
    actorEmail: actor || null,
  };
  const after = cursorFrom(p);
  const r = await query(context, AdminAuditQuery, { first: 25, after, filter });
  return { filter, onFirstPage: !after, events: r.auditEvents };
}

export default function AdminAudit({ loaderData }: Route.ComponentProps) {
  const t = useTranslations();
  const locale = useLocale();
  const location = useLocation();
  const { filter, events, onFirstPage } = loaderData;
  const filtered = filter.action || filter.subjectType || filter.actorEmail;
  return (
    <WorkspaceLayout title={t("admin.title")} nav={adminNav(t, locale)}>
      <h1>{t("admin.auditHeading")}</h1>
      <Form method="get" action={location.pathname} className="filter-row">
        <div className="field">
          <label htmlFor="audit-action">{t("admin.auditAction")}</label>
          <select id="audit-action" name="hanh-dong" defaultValue={filter.action ?? ""}>
            <option value="">{t("admin.anyOption")}</option>
            {AUDIT_ACTIONS.map((a) => (
              <option key={a} value={a}>
                {t(`admin.actions.${a}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="audit-subject">{t("admin.auditSubject")}</label>
          <select id="audit-subject" name="doi-tuong" defaultValue={filter.subjectType ?? ""}>
            <option value="">{t("admin.anyOption")}</option>
            {AUDIT_SUBJECTS.map((s) => (
              <option key={s} value={s}>
                {t(`admin.subjects.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="audit-actor">{t("admin.auditActor")}</label>
          <input id="audit-actor" name="nguoi" type="search" defaultValue={filter.actorEmail ?? ""} maxLength={200} />
        </div>
        <p className="filter-row__actions">
          <button type="submit" className="button">
            {t("admin.applyFilter")}
          </button>{" "}
          {filtered ? <Link to={location.pathname}>{t("admin.clearFilter")}</Link> : null}
        </p>
      </Form>
      <p>{t("admin.total", { count: events.totalCount })}</p>
      {events.nodes.length ? <AuditEventTable events={events.nodes} /> : <p>{t("admin.noEvents")}</p>}
      <NextPageLinks endCursor={events.pageInfo.endCursor} hasNextPage={events.pageInfo.hasNextPage} onFirstPage={onFirstPage} />
    </WorkspaceLayout>
  );
}
