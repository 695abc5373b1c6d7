import { data, Link } from "react-router";
import { useLocale, useTranslations } from "use-intl";
import { productHref } from "../components/ProductCard";
import { CertificateHistory } from "../components/CertificateHistory";
import { StarBadge } from "../components/StarBadge";
import { localeFromPathname, localeHref, metaTranslator } from "../i18n";
import { query } from "../lib/apollo.server";
import { certificateHref, certificateStateLabel, formatScore } from "../lib/certificates";
import { env } from "../lib/env.server";
import { formatDate } from "../lib/format";
import { CertificatePageQuery } from "../lib/operations.server";
import { localeLinks, pageTitle, pageUrls, publicOrigin } from "../lib/seo";
import type { Route } from "./+types/certificate";

const MAX_NUMBER_LENGTH = 255;

export async function loader({ request, url, params, context }: Route.LoaderArgs) {
  const locale = localeFromPathname(url.pathname);
  const number = params.number;
  if (!number || number.length > MAX_NUMBER_LENGTH) throw data(null, { status: 404 });
  const slug = url.searchParams.get("san-pham");
  const productSlug = slug && slug.length <= MAX_NUMBER_LENGTH ? slug : null;
  // A bare number shared by several products' certificates is a 404 here: the page links say which.
  const result = await query(context, CertificatePageQuery, { number, productSlug }).catch(() => ({ certificate: null }));
  const certificate = result.certificate;
  if (!certificate) throw data(null, { status: 404 });
  const origin = publicOrigin(request.url, env.siteUrl);
  const search = certificate.product ? `?san-pham=${encodeURIComponent(certificate.product.slug)}` : "";
  return { certificate, urls: pageUrls(origin, locale, "certificate", { number: certificate.number }, search) };
}

export function meta({ loaderData, location, matches }: Route.MetaArgs): Route.MetaDescriptors {
  if (!loaderData) return [];
  const locale = localeFromPathname(location.pathname);
  const t = metaTranslator(location, matches);
  const { certificate, urls } = loaderData;
  return [
    { title: pageTitle(t("certificate.title", { number: certificate.number })) },
    {
      name: "description",
      content: t("certificate.description", {
        stars: certificate.stars,
        product: certificate.product?.name ?? "none",
        issuedBy: certificate.issuedBy,
        decisionDate: formatDate(certificate.decisionDate, locale),
        state: certificateStateLabel(t, certificate.state, certificate.validToday).toLowerCase(),
      }),
    },
    ...localeLinks(urls),
  ];
}

export default function CertificatePage({ loaderData }: Route.ComponentProps) {
  const { certificate } = loaderData;
  const { product, evaluation } = certificate;
  const t = useTranslations();
  const locale = useLocale();
  // Certificate data (authority, council, criteria, product) is Vietnamese in every locale.
  const dataLang = locale === "vi" ? undefined : "vi";
  const stateLabel = certificateStateLabel(t, certificate.state, certificate.validToday);
  const date = (iso: string) => <time dateTime={iso}>{formatDate(iso, locale)}</time>;

  return (
    <article className="certificate">
      <nav aria-label={t("common.breadcrumbs")} className="breadcrumbs">
        <ol>
          <li>
            <Link to={localeHref("home", locale)}>{t("common.navHome")}</Link>
          </li>
          {product ? (
            <li lang={dataLang}>
              <Link to={productHref(product.slug, locale)}>{product.name}</Link>
            </li>
          ) : null}
        </ol>
      </nav>

      <header className="certificate__header">
        <p className="product__group">{t("certificate.kicker")}</p>
        <h1>{t("certificate.heading", { number: certificate.number })}</h1>
        <div className="product__meta">
          <StarBadge stars={certificate.stars} />
          <p className={`validity validity--${certificate.validToday ? "valid" : "invalid"}`}>
            {certificate.validToday
              ? t("certificate.validTodayUntil", { date: formatDate(certificate.validUntil, locale) })
              : stateLabel}
          </p>
        </div>
      </header>

      {!certificate.validToday ? (
        <p className="notice" role="note">
          {certificate.state === "REVOKED" ? (
            <>
              {t("certificate.revoked")}
              {certificate.revokedOn ? <> {t("certificate.revokedOn", { date: formatDate(certificate.revokedOn, locale) })}</> : null}
              {certificate.revokedReason ? (
                <>
                  .{" "}
                  {t.rich("certificate.revokedReason", {
                    reason: certificate.revokedReason,
                    data: (chunks) => <span lang={dataLang}>{chunks}</span>,
                  })}
                </>
              ) : null}
              .
            </>
          ) : certificate.state === "SUPERSEDED" ? (
            t("certificate.superseded")
          ) : certificate.state === "EXPIRED" ? (
            t("certificate.expired", { date: formatDate(certificate.validUntil, locale) })
          ) : (
            t("certificate.notYetValid", { date: formatDate(certificate.decisionDate, locale) })
          )}{" "}
          {t("certificate.noStars")}
          {certificate.supersededBy ? (
            <>
              {" "}
              {t("certificate.see")}{" "}
              <Link to={certificateHref(certificate.supersededBy.number, certificate.product?.slug, locale)}>
                {t("certificate.supersededBy", { number: certificate.supersededBy.number })}
              </Link>
              .
            </>
          ) : null}
        </p>
      ) : null}

      <div className="product__body">
        <section className="certificate__facts" aria-labelledby="thong-tin">
          <h2 id="thong-tin">{t("certificate.factsHeading")}</h2>
          <dl className="facts">
            <dt>{t("certificate.product")}</dt>
            <dd lang={product ? dataLang : undefined}>
              {product ? <Link to={productHref(product.slug, locale)}>{product.name}</Link> : t("certificate.productGone")}
            </dd>
            {product ? (
              <>
                <dt>{t("certificate.producer")}</dt>
                <dd lang={dataLang}>{product.producer.name}</dd>
              </>
            ) : null}
            <dt>{t("certificate.stars")}</dt>
            <dd>{t("certificate.starsValue", { stars: certificate.stars })}</dd>
            <dt>{t("certificate.issuedBy")}</dt>
            <dd lang={dataLang}>{certificate.issuedBy}</dd>
            <dt>{t("certificate.decisionDate")}</dt>
            <dd>{date(certificate.decisionDate)}</dd>
            <dt>{t("certificate.validUntil")}</dt>
            <dd>{date(certificate.validUntil)}</dd>
            <dt>{t("certificate.state")}</dt>
            <dd>{stateLabel}</dd>
          </dl>
        </section>

        {evaluation ? (
          <section className="certificate__evaluation" aria-labelledby="ket-qua">
            <h2 id="ket-qua">{t("certificate.evaluationHeading")}</h2>
            <p>
              {t.rich("certificate.evaluatedBy", {
                council: evaluation.councilLevel.name,
                data: (chunks) => <span lang={dataLang}>{chunks}</span>,
              })}{" "}
              {date(evaluation.evaluatedOn)} {t("certificate.criteria", { version: evaluation.criteriaVersion })}
            </p>
            <table className="scores">
              <caption>{t("certificate.scoresCaption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("certificate.part")}</th>
                  <th scope="col">{t("certificate.partName")}</th>
                  <th scope="col" className="num">
                    {t("certificate.score")}
                  </th>
                  <th scope="col" className="num">
                    {t("certificate.max")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {evaluation.parts.map((part) => (
                  <tr key={part.code}>
                    <th scope="row">{part.code}</th>
                    <td lang={dataLang}>{part.name}</td>
                    <td className="num">{formatScore(part.score, locale)}</td>
                    <td className="num">{formatScore(part.max, locale)}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row" colSpan={2}>
                    {t("certificate.total", { stars: evaluation.stars })}
                  </th>
                  <td className="num">{formatScore(evaluation.total, locale)}</td>
                  <td className="num">
                    {formatScore(
                      evaluation.parts.reduce((sum, p) => sum + p.max, 0),
                      locale,
                    )}
                  </td>
                </tr>
              </tfoot>
            </table>
          </section>
        ) : (
          <section className="certificate__evaluation" aria-labelledby="ket-qua">
            <h2 id="ket-qua">{t("certificate.evaluationHeading")}</h2>
            <p className="muted">{t("certificate.noEvaluation")}</p>
          </section>
        )}
      </div>

      <CertificateHistory events={certificate.history} />
    </article>
  );
}
