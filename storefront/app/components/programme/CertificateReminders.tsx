import { Link } from "react-router";
import { useLocale, useTranslations } from "use-intl";
import { formatDate } from "../../lib/format";

interface Due {
  product: { id: string; name: string; openEvaluationRequest?: { id: string } | null };
  certificate: { stars: number };
  validUntil: string;
  daysLeft: number;
  warning: string;
}

/**
 * The producer's reminder list: each certificate expiring within 90 days, soonest first, with what to
 * do (ask for a re-evaluation on the product's page) or that it is done (a request is open).
 */
export function CertificateReminders({ certificates, productHref }: { certificates: Due[]; productHref: (id: string) => string }) {
  const t = useTranslations("programme");
  const locale = useLocale();
  const due = certificates.filter((c) => c.warning !== "NONE").sort((a, b) => a.daysLeft - b.daysLeft);
  return (
    <section aria-labelledby="certificate-reminders" className="reminders">
      <h2 id="certificate-reminders">{t("reminders")}</h2>
      <p>{t("remindersIntro")}</p>
      {due.length === 0 ? (
        <p>{t("noReminders")}</p>
      ) : (
        <ol className="reminders__list" data-testid="certificate-reminders">
          {due.map((c) => (
            <li key={c.product.id} className={c.product.openEvaluationRequest ? "reminders__item reminders__item--done" : "reminders__item"}>
              <span lang="vi">{t("reminderDue", { product: c.product.name, stars: String(c.certificate.stars), date: formatDate(c.validUntil, locale), days: c.daysLeft })}</span>
              {" — "}
              {c.product.openEvaluationRequest ? <strong>{t("reminderSent")}</strong> : <Link to={productHref(c.product.id)}>{t("reminderAsk")}</Link>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
