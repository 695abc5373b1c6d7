import { useLocale, useTranslations } from "use-intl";
import { auditChanges, auditSubjectName, isAuditAction, isAuditSubject } from "../lib/admin";
import { formatDateTime } from "../lib/format";

export interface AuditEventView {
  id: string;
  at: string;
  action: string;
  subjectType: string;
  actorEmail?: string | null;
  before?: unknown;
  after?: unknown;
}

/** The audit log as a table: when, who, what, which object, and each changed field before → after. */
export function AuditEventTable({ events }: { events: readonly AuditEventView[] }) {
  const t = useTranslations("admin");
  const locale = useLocale();
  return (
    <table className="workspace-table audit-table">
      <thead>
        <tr>
          <th scope="col">{t("colWhen")}</th>
          <th scope="col">{t("colWho")}</th>
          <th scope="col">{t("colWhat")}</th>
          <th scope="col">{t("colObject")}</th>
          <th scope="col">{t("colChange")}</th>
        </tr>
      </thead>
      <tbody>
        {events.map((e) => {
          const name = auditSubjectName(e.before, e.after);
          return (
            <tr key={e.id}>
              <td>
                <time dateTime={e.at}>{formatDateTime(e.at, locale)}</time>
              </td>
              <td>{e.actorEmail ?? t("system")}</td>
              <td>{isAuditAction(e.action) ? t(`actions.${e.action}`) : e.action}</td>
              <td>
                {isAuditSubject(e.subjectType) ? t(`subjects.${e.subjectType}`) : e.subjectType}
                {name ? (
                  <>
                    <br />
                    <span lang="vi">{name}</span>
                  </>
                ) : null}
              </td>
              <td>
                <ul className="audit-changes">
                  {auditChanges(e.before, e.after).map((c) => (
                    <li key={c.key}>
                      <code>{c.key}</code>: {c.before ?? "–"} → {c.after ?? "–"}
                    </li>
                  ))}
                </ul>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
