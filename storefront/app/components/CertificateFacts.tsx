import { Link } from "react-router";
import { useLocale, useTranslations } from "use-intl";
import { certificateHref } from "../lib/certificates";
import { formatDate } from "../lib/format";

interface Ocop {
  stars: number;
  certificateNumber: string;
  decisionDate: string;
  validUntil: string;
  issuedBy: string;
}

/**
 * The "Chứng nhận OCOP" box of a product and of a batch's trace page: the certificate valid today,
 * linked to its page, or a line saying there is none. Authority names stay Vietnamese (`lang="vi"`).
 */
export function CertificateFacts({ ocop, productSlug, noneText }: { ocop: Ocop | null | undefined; productSlug: string; noneText: string }) {
  const t = useTranslations("product");
  const locale = useLocale();
  const dataLang = locale === "vi" ? undefined : "vi";
  const date = (iso: string) => <time dateTime={iso}>{formatDate(iso, locale)}</time>;
  return (
    <section aria-labelledby="chung-nhan">
      <h2 id="chung-nhan">{t("certificateHeading")}</h2>
      {ocop ? (
        <dl className="facts">
          <dt>{t("certificateStars")}</dt>
          <dd>{t("starsValue", { stars: ocop.stars })}</dd>
          <dt>{t("certificateNumber")}</dt>
          <dd>
            <Link to={certificateHref(ocop.certificateNumber, productSlug, locale)}>{ocop.certificateNumber}</Link>
          </dd>
          <dt>{t("decisionDate")}</dt>
          <dd>{date(ocop.decisionDate)}</dd>
          <dt>{t("validUntil")}</dt>
          <dd>{date(ocop.validUntil)}</dd>
          <dt>{t("issuedBy")}</dt>
          <dd lang={dataLang}>{ocop.issuedBy}</dd>
        </dl>
      ) : (
        <p className="muted">{noneText}</p>
      )}
    </section>
  );
}
