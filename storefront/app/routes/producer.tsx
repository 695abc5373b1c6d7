import { data, Link } from "react-router";
import { useLocale, useTranslations } from "use-intl";
import { ProductGrid } from "../components/ProductCard";
import { localeFromPathname, localeHref, metaTranslator } from "../i18n";
import { query } from "../lib/apollo.server";
import { env } from "../lib/env.server";
import { truncate } from "../lib/format";
import { producerKindLabel } from "../lib/labels";
import { ProducerPageQuery } from "../lib/operations.server";
import { safeRichText } from "../lib/rich-text.server";
import { localeLinks, pageTitle, pageUrls, publicOrigin } from "../lib/seo";
import type { Route } from "./+types/producer";

const MAX_SLUG_LENGTH = 200;
const MAX_CURSOR_LENGTH = 512;

export async function loader({ request, url, params, context }: Route.LoaderArgs) {
  const locale = localeFromPathname(url.pathname);
  const slug = params.slug;
  if (!slug || slug.length > MAX_SLUG_LENGTH) throw data(null, { status: 404 });
  const after = url.searchParams.get("sau");
  const result = await query(context, ProducerPageQuery, {
    slug,
    after: after && after.length <= MAX_CURSOR_LENGTH ? after : null,
  }).catch(() => query(context, ProducerPageQuery, { slug, after: null }));
  const producer = result.producer;
  if (!producer) throw data(null, { status: 404 });
  const origin = publicOrigin(request.url, env.siteUrl);
  return {
    producer,
    storyHtml: safeRichText(producer.storyHtml),
    urls: pageUrls(origin, locale, "producer", { slug: producer.slug }),
  };
}

export function meta({ loaderData, location, matches }: Route.MetaArgs): Route.MetaDescriptors {
  if (!loaderData) return [];
  const t = metaTranslator(location, matches);
  const { producer, urls } = loaderData;
  return [
    { title: pageTitle(producer.name, t("producer.kicker")) },
    {
      name: "description",
      content: truncate(
        t("producer.description", {
          name: producer.name,
          kind: producerKindLabel(t, producer.kind),
          province: producer.province.current.name,
          count: producer.products.totalCount,
        }),
      ),
    },
    ...localeLinks(urls),
  ];
}

export default function ProducerPage({ loaderData }: Route.ComponentProps) {
  const { producer, storyHtml } = loaderData;
  const t = useTranslations();
  const locale = useLocale();
  const dataLang = locale === "vi" ? undefined : "vi";
  const { province, contact, products } = producer;
  // Only worth saying when the unit as registered has another name than today's (Hải Dương → Hải Phòng).
  const historic = province.name !== province.current.name ? province.name : null;
  const commune = producer.commune;
  // A pre-2025 commune is shown as registered, with its district and the commune it is part of today.
  const communeText = commune
    ? commune.validTo
      ? `${commune.name}${commune.district ? `, ${commune.district.name}` : ""} (${t("producer.communeNow", { name: commune.current.name })})`
      : commune.name
    : null;
  const address = [producer.addressLine, communeText, province.current.name].filter(Boolean).join(", ");

  return (
    <article className="producer">
      <header className="producer__header">
        <p className="product__group">{t("producer.kicker")}</p>
        <h1 lang={dataLang}>{producer.name}</h1>
        {producer.verified ? <p className="verified">✓ {t("producer.verified")}</p> : null}
      </header>

      <div className="product__body">
        <section aria-labelledby="cau-chuyen">
          <h2 id="cau-chuyen">{t("producer.story")}</h2>
          {/* Sanitised by the API and again by the loader (safeRichText). */}
          <div lang={dataLang} dangerouslySetInnerHTML={{ __html: storyHtml }} />
        </section>

        <aside className="product__facts">
          <section aria-labelledby="thong-tin">
            <h2 id="thong-tin">{t("producer.facts")}</h2>
            <dl className="facts">
              <dt>{t("producer.kind")}</dt>
              <dd>{producerKindLabel(t, producer.kind)}</dd>
              {producer.registrationNumber ? (
                <>
                  <dt>{t("producer.registrationNumber")}</dt>
                  <dd>{producer.registrationNumber}</dd>
                </>
              ) : null}
              <dt>{t("producer.address")}</dt>
              <dd lang={dataLang}>
                {address}
                {historic ? <span className="muted"> {t("producer.historicProvince", { province: historic })}</span> : null}
              </dd>
              {producer.craftVillage ? (
                <>
                  <dt>{t("producer.craftVillage")}</dt>
                  <dd lang="vi" data-testid="producer-craft-village">
                    {t("producer.craftVillageValue", { name: producer.craftVillage.name, craft: producer.craftVillage.craft })}
                  </dd>
                </>
              ) : null}
            </dl>
          </section>
          {contact.phone || contact.email || contact.website ? (
            <section aria-labelledby="lien-he">
              <h2 id="lien-he">{t("producer.contact")}</h2>
              <dl className="facts">
                {contact.phone ? (
                  <>
                    <dt>{t("producer.phone")}</dt>
                    <dd>
                      <a href={`tel:${contact.phone}`}>{contact.phone}</a>
                    </dd>
                  </>
                ) : null}
                {contact.email ? (
                  <>
                    <dt>{t("producer.email")}</dt>
                    <dd>
                      <a href={`mailto:${contact.email}`}>{contact.email}</a>
                    </dd>
                  </>
                ) : null}
                {contact.website && /^https?:\/\//.test(contact.website) ? (
                  <>
                    <dt>{t("producer.website")}</dt>
                    <dd>
                      <a href={contact.website} rel="nofollow noopener">
                        {contact.website}
                      </a>
                    </dd>
                  </>
                ) : null}
              </dl>
            </section>
          ) : null}
        </aside>
      </div>

      <section aria-labelledby="san-pham-chu-the" className="related">
        <h2 id="san-pham-chu-the">
          {t("producer.productsHeading")} ({products.totalCount})
        </h2>
        {products.nodes.length ? <ProductGrid products={products.nodes} headingLevel={3} /> : <p className="muted">{t("producer.noProducts")}</p>}
        {products.pageInfo.hasNextPage && products.pageInfo.endCursor ? (
          <nav className="pager" aria-label={t("catalogue.pager")}>
            <Link
              className="button"
              rel="next"
              to={`${localeHref("producer", locale, { slug: producer.slug })}?sau=${encodeURIComponent(products.pageInfo.endCursor)}`}
            >
              {t("producer.moreProducts")}
            </Link>
          </nav>
        ) : null}
      </section>
    </article>
  );
}
