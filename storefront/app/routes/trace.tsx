import { data, isRouteErrorResponse, Link } from "react-router";
import { CertificateFacts } from "../components/CertificateFacts";
import { useLocale, useTranslations } from "use-intl";
import { productHref } from "../components/ProductCard";
import { StarBadge } from "../components/StarBadge";
import { TraceLookupForm } from "../components/TraceLookupForm";
import { localeFromPathname, localeHref, metaTranslator } from "../i18n";
import { query } from "../lib/apollo.server";
import { env } from "../lib/env.server";
import { formatDate, truncate } from "../lib/format";
import { producerKindLabel } from "../lib/labels";
import { TracePageQuery } from "../lib/operations.server";
import { localeLinks, pageTitle, pageUrls, publicOrigin } from "../lib/seo";
import { formatQuantity, isTraceCodeInput, qrImageHref } from "../lib/trace";
import type { Route } from "./+types/trace";

const QR_SIZE = 200;

export async function loader({ request, url, params, context }: Route.LoaderArgs) {
  const locale = localeFromPathname(url.pathname);
  const code = params.code ?? "";
  // Not even shaped like a code: no need to ask the API.
  if (!isTraceCodeInput(code)) throw data({ code }, { status: 404 });
  const { trace } = await query(context, TracePageQuery, { code });
  if (!trace) throw data({ code }, { status: 404 });
  const origin = publicOrigin(request.url, env.siteUrl);
  return { batch: trace, urls: pageUrls(origin, locale, "trace", { code: trace.traceCode }) };
}

export function meta({ loaderData, location, matches }: Route.MetaArgs): Route.MetaDescriptors {
  const locale = localeFromPathname(location.pathname);
  const t = metaTranslator(location, matches);
  if (!loaderData) return [{ title: pageTitle(t("trace.notFoundTitle")) }, { name: "robots", content: "noindex" }];
  const { batch, urls } = loaderData;
  return [
    { title: pageTitle(t("trace.pageTitle", { lot: batch.lotCode }), batch.product.name) },
    {
      name: "description",
      content: truncate(
        t("trace.pageDescription", {
          lot: batch.lotCode,
          product: batch.product.name,
          producer: batch.product.producer.name,
          productionDate: formatDate(batch.productionDate, locale),
          expiryDate: batch.expiryDate ? formatDate(batch.expiryDate, locale) : "none",
        }),
      ),
    },
    ...localeLinks(urls),
  ];
}

export default function TracePage({ loaderData }: Route.ComponentProps) {
  const { batch } = loaderData;
  const { product } = batch;
  const { ocop, producer } = product;
  const t = useTranslations();
  const locale = useLocale();
  // Product data is Vietnamese in every locale (no machine translation): mark it for screen readers.
  const dataLang = locale === "vi" ? undefined : "vi";
  const date = (iso: string) => <time dateTime={iso}>{formatDate(iso, locale)}</time>;
  const province = producer.province;
  const origin = batch.rawMaterialProvince;

  return (
    <article className="trace">
      <nav aria-label={t("common.breadcrumbs")} className="breadcrumbs">
        <ol>
          <li>
            <Link to={localeHref("home", locale)}>{t("common.navHome")}</Link>
          </li>
          <li>
            <Link to={localeHref("traceLookup", locale)}>{t("trace.title")}</Link>
          </li>
        </ol>
      </nav>

      <header className="trace__header">
        <p className="product__group">{t("trace.kicker", { lot: batch.lotCode })}</p>
        <h1 lang={dataLang}>
          <Link to={productHref(product.slug, locale)}>{product.name}</Link>
        </h1>
        <div className="product__meta">
          <StarBadge stars={ocop?.stars} />
          {ocop ? (
            <p className="trace__validity">
              {t("trace.validCertificate", { stars: ocop.stars })} {date(ocop.validUntil)}
            </p>
          ) : (
            <p className="muted">{t("trace.noValidCertificate")}</p>
          )}
        </div>
      </header>

      {batch.expired && batch.expiryDate ? (
        <p className="notice notice--danger" role="alert">
          <strong>{t("trace.expiredNotice")}</strong>{" "}
          {t.rich("trace.expiredUntil", {
            date: formatDate(batch.expiryDate, locale),
            time: (chunks) => <time dateTime={batch.expiryDate!}>{chunks}</time>,
          })} {t("trace.expiredAdvice")}
        </p>
      ) : null}

      <div className="trace__body">
        <div className="product__facts">
          <section aria-labelledby="lo-san-xuat">
            <h2 id="lo-san-xuat">{t("trace.batchHeading")}</h2>
            <dl className="facts">
              <dt>{t("trace.lot")}</dt>
              <dd className="trace__lot">{batch.lotCode}</dd>
              <dt>{t("trace.productionDate")}</dt>
              <dd>{date(batch.productionDate)}</dd>
              <dt>{t("trace.expiryDate")}</dt>
              <dd>
                {batch.expiryDate ? (
                  <>
                    {date(batch.expiryDate)}
                    {batch.expired ? (
                      <span className="tag tag--danger">{t("trace.expired")}</span>
                    ) : (
                      <span className="tag">{t("trace.notExpired")}</span>
                    )}
                  </>
                ) : (
                  <span className="muted">{t("trace.noExpiry")}</span>
                )}
              </dd>
              <dt>{t("trace.quantity")}</dt>
              <dd>{formatQuantity(batch.quantity, batch.unit, locale)}</dd>
              <dt>{t("trace.rawMaterialOrigin")}</dt>
              <dd>
                {batch.rawMaterialOrigin ? (
                  <span lang={dataLang}>{batch.rawMaterialOrigin}</span>
                ) : (
                  <span className="muted">{t("trace.notProvided")}</span>
                )}
                {origin && origin.current.id !== origin.id ? (
                  <span className="muted"> {t("trace.nowPartOf", { province: origin.current.name })}</span>
                ) : null}
              </dd>
              {batch.notes ? (
                <>
                  <dt>{t("trace.notes")}</dt>
                  <dd lang={dataLang}>{batch.notes}</dd>
                </>
              ) : null}
            </dl>
          </section>

          <section aria-labelledby="chu-the">
            <h2 id="chu-the">{t("trace.producerHeading")}</h2>
            <dl className="facts">
              <dt>{t("trace.producerName")}</dt>
              <dd lang={dataLang}>{producer.name}</dd>
              <dt>{t("trace.producerKind")}</dt>
              <dd>{producerKindLabel(t, producer.kind)}</dd>
              <dt>{t("trace.producerProvince")}</dt>
              <dd>
                <span lang={dataLang}>{province.current.name}</span>
                {province.name !== province.current.name ? (
                  <span className="muted"> {t("trace.historicProvince", { province: province.name })}</span>
                ) : null}
              </dd>
            </dl>
          </section>

          <CertificateFacts ocop={ocop} productSlug={product.slug} noneText={t("trace.noCertificateToday")} />
        </div>

        <figure className="trace__qr">
          <img
            src={qrImageHref(batch.traceCode, "svg")}
            width={QR_SIZE}
            height={QR_SIZE}
            alt={t("trace.qrAlt", { lot: batch.lotCode, product: product.name })}
          />
          <figcaption>
            {t("trace.qrCode")} <strong className="trace__code">{batch.traceCode}</strong>
            <br />
            <a href={qrImageHref(batch.traceCode, "png")} download={t("trace.qrFileName", { code: batch.traceCode })}>
              {t("trace.qrDownload")}
            </a>
          </figcaption>
        </figure>
      </div>
    </article>
  );
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  const t = useTranslations();
  const locale = useLocale();
  if (isRouteErrorResponse(error) && error.status === 404) {
    return (
      <section className="error-page">
        <h1>{t("trace.notFoundTitle")}</h1>
        <p>{t("trace.notFoundBody")}</p>
        <TraceLookupForm />
        <p className="error-page__actions">
          <Link className="button" to={localeHref("catalogue", locale)}>
            {t("trace.notFoundCatalogue")}
          </Link>
          <Link to={localeHref("home", locale)}>{t("errors.backHome")}</Link>
        </p>
      </section>
    );
  }
  return (
    <section className="error-page">
      <h1>{t("errors.errorTitle")}</h1>
      <p>{t("trace.errorBody")}</p>
      <p className="error-page__code">{t("errors.errorCode", { status: isRouteErrorResponse(error) ? error.status : 500 })}</p>
    </section>
  );
}
