import { useLocale, useTranslations } from "use-intl";
import { useTranslator } from "../i18n";
import { formatDateTime, historyChanges } from "../lib/certificate-history";

export interface CertificateHistoryEvent {
  id: string;
  at: string;
  action: string;
  actorEmail?: string | null;
  before?: unknown;
  after?: unknown;
}

const KNOWN_ACTIONS = ["EVALUATION_RECORDED", "CERTIFICATE_RECOGNISED", "CERTIFICATE_SUPERSEDED", "CERTIFICATE_REVOKED", "CERTIFICATE_EXPIRED"] as const;

/**
 * A certificate's audit trail (who, when, what before → after), oldest first, on the public certificate
 * page and in the council workspace. The API names the actor to councils and admins only; others
 * see "Rating council" for a person and "System" for the expiry sweep.
 */
export function CertificateHistory({ events, headingId = "lich-su" }: { events: readonly CertificateHistoryEvent[]; headingId?: string }) {
  const t = useTranslations("certificate.history");
  const locale = useLocale();
  const translate = useTranslator();
  return (
    <section className="certificate-history" aria-labelledby={headingId}>
      <h2 id={headingId}>{t("heading")}</h2>
      <p className="muted">{t("intro")}</p>
      {events.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <table className="workspace-table certificate-history__table">
          <thead>
            <tr>
              <th scope="col">{t("when")}</th>
              <th scope="col">{t("who")}</th>
              <th scope="col">{t("what")}</th>
            </tr>
          </thead>
          <tbody>
            {events.map((event) => {
              const changes = historyChanges(translate, locale, event.before, event.after);
              const action = (KNOWN_ACTIONS as readonly string[]).includes(event.action)
                ? t(`actions.${event.action as (typeof KNOWN_ACTIONS)[number]}`)
                : event.action;
              const who = event.actorEmail ?? (event.action === "CERTIFICATE_EXPIRED" ? t("system") : t("hidden"));
              return (
                <tr key={event.id}>
                  <td>
                    <time dateTime={event.at}>{formatDateTime(event.at, locale)}</time>
                  </td>
                  <td>{who}</td>
                  <td>
                    <strong>{action}</strong>
                    {changes.length ? (
                      <ul className="certificate-history__changes">
                        {changes.map((c) => (
                          <li key={c.field}>
                            {t(`fields.${c.field}`)}: {c.before !== null || event.before ? <>{c.before ?? t("none")} → </> : null}
                            <span lang={c.field === "issuedBy" || c.field === "revokedReason" ? "vi" : undefined}>{c.after ?? t("none")}</span>
                          </li>
                        ))}
                      </ul>
                    ) : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
