import { data, Link } from "react-router";
import { AddToCartForm } from "../components/AddToCartForm";
import { CertificateFacts } from "../components/CertificateFacts";
import { useLocale, useTranslations } from "use-intl";
import { JsonLd } from "../components/JsonLd";
import { ProductGrid, ProductImage } from "../components/ProductCard";
import { StarBadge } from "../components/StarBadge";
import type { ProductPageQuery as ProductPageData } from "../gql/graphql";
import { localeFromPathname, localeHref, metaTranslator, type Locale, type Translator } from "../i18n";
import { certificateHref, certificateStateLabel } from "../lib/certificates";
import { query } from "../lib/apollo.server";
import { catalogueHref } from "../lib/catalogue-params";
import { env } from "../lib/env.server";
import { formatDate, formatVnd, truncate } from "../lib/format";
import { productJsonLd } from "../lib/jsonld";
import { groupLabel, isProductGroup, producerKindLabel } from "../lib/labels";
import { CartLinesAddMutation, ProductPageQuery, ProductSalesPointsQuery } from "../lib/operations.server";
import { BuyInPerson } from "../components/BuyInPerson";
import { mapParamsFrom, originOf } from "../lib/sales-points";
import { mutate } from "../lib/apollo.server";
import { formText, shopErrorCode, typedQuantity, type ShopErrorCode } from "../lib/shop";
import { localeLinks, pageTitle, pageUrls, publicOrigin } from "../lib/seo";
import { safeRichText } from "../lib/rich-text.server";
import { traceHref } from "../lib/trace";
import type { Route } from "./+types/product";

const MAX_SLUG_LENGTH = 200;

type Product = NonNullable<ProductPageData["product"]>;

export async function loader({ request, url, params, context }: Route.LoaderArgs) {
  const locale = localeFromPathname(url.pathname);
  const slug = params.slug;
  if (!slug || slug.length > MAX_SLUG_LENGTH) throw data(null, { status: 404 });
  const place = mapParamsFrom(url.searchParams);
  // The provinces' centres come with the first answer; a province's centre needs the second.
  const [result, nearby] = await Promise.all([
    query(context, ProductPageQuery, { slug }),
    query(context, ProductSalesPointsQuery, { slug, near: place.location ? { ...place.location, radiusKm: 50 } : null, provinceCode: place.location ? null : place.provinceCode }),
  ]);
  const product = result.product;
  if (!product) throw data(null, { status: 404 });
  const from = originOf(place, nearby.provinces.nodes);
  const salesPoints =
    from?.kind === "province"
      ? (await query(context, ProductSalesPointsQuery, { slug, near: from.near, provinceCode: place.provinceCode })).product?.salesPoints
      : nearby.product?.salesPoints;
  const origin = publicOrigin(request.url, env.siteUrl);
  return {
    product,
    descriptionHtml: safeRichText(product.descriptionHtml),
    buyInPerson: {
      points: salesPoints?.nodes ?? [],
      total: salesPoints?.totalCount ?? 0,
      provinces: nearby.provinces.nodes.map((p) => ({ code: p.code, name: p.name })),
      provinceCode: place.provinceCode,
      origin: from ? { kind: from.kind, provinceName: from.province?.name ?? null } : null,
    },
    urls: pageUrls(origin, locale, "product", { slug: product.slug }),
  };
}

/**
 * "Add to cart": the variant and the quantity as typed go to the API, which prices the cart from the
 * catalogue (the form has no price) and answers INVALID_QUANTITY, NOT_AVAILABLE… as codes shown in
 * the page's language. A guest's first add makes the API set the cart cookie, which is relayed.
 */
export async function action({ request, context }: Route.ActionArgs) {
  const form = await request.formData();
  const variantId = formText(form, "variantId");
  const quantityText = formText(form, "quantity").slice(0, 20);
  const fail = (error: ShopErrorCode, status = 400) => data({ ok: false as const, error, variantId, quantity: quantityText }, { status });
  const quantity = typedQuantity(quantityText);
  if (!variantId) return fail("NOT_FOUND");
  if (quantity === null) return fail("INVALID_QUANTITY");
  const result = (await mutate(context, CartLinesAddMutation, { input: { lines: [{ variantId, quantity }] } })).cartLinesAdd;
  if (result.userErrors.length) return fail(shopErrorCode(result.userErrors[0]!.code));
  return { ok: true as const, error: null, variantId, quantity: String(quantity) };
}

function ratingLabel(t: Translator, product: Product): string {
  return product.ocop ? t("product.rating", { stars: product.ocop.stars }) : t("product.unrated");
}

/** The OCOP rating as schema.org `award`: "OCOP 4 sao — số chứng nhận …, hiệu lực đến 01/07/2028". */
function awardText(t: Translator, locale: Locale, product: Product): string | null {
  const { ocop } = product;
  if (!ocop) return null;
  return t("product.award", {
    stars: ocop.stars,
    number: ocop.certificateNumber,
    validUntil: formatDate(ocop.validUntil, locale),
  });
}

export function meta({ loaderData, location, matches }: Route.MetaArgs): Route.MetaDescriptors {
  if (!loaderData) return [];
  const locale = localeFromPathname(location.pathname);
  const t = metaTranslator(location, matches);
  const { product, urls } = loaderData;
  const rating = ratingLabel(t, product);
  return [
    { title: pageTitle(product.name, rating) },
    {
      name: "description",
      content: truncate(
        t("product.description", {
          name: product.name,
          rating,
          producer: product.producer.name,
          province: product.producer.province.current.name,
          price: formatVnd(product.price.amount, locale),
          text: product.description,
        }),
      ),
    },
    { property: "og:title", content: product.name },
    { property: "og:type", content: "product" },
    ...localeLinks(urls),
  ];
}

export default function ProductPage({ loaderData, actionData }: Route.ComponentProps) {
  const { product, urls, descriptionHtml } = loaderData;
  const { producer, ocop, batches } = product;
  const t = useTranslations();
  const locale = useLocale();
  // Product data is Vietnamese in every locale (no machine translation): mark it for screen readers.
  const dataLang = locale === "vi" ? undefined : "vi";
  const province = producer.province;
  const provinceName = province.current.name;
  // Only worth saying when the unit as registered has another name than today's (Hải Dương → Hải Phòng).
  const historicProvince = province.name !== province.current.name ? province.name : null;

  return (
    <article className="product">
      <JsonLd
        data={productJsonLd({
          name: product.name,
          description: product.description,
          url: urls.canonical,
          category: groupLabel(t, product.group),
          price: product.price.amount,
          currency: product.price.currencyCode,
          inStock: product.inStock,
          producer: { name: producer.name, province: provinceName },
          award: awardText(t, locale, product),
        })}
      />
      <nav aria-label={t("common.breadcrumbs")} className="breadcrumbs">
        <ol>
          <li>
            <Link to={localeHref("home", locale)}>{t("common.navHome")}</Link>
          </li>
          <li>
            <Link to={catalogueHref({}, locale)}>{t("common.navProducts")}</Link>
          </li>
          {isProductGroup(product.group) ? (
            <li>
              <Link to={catalogueHref({ group: product.group }, locale)}>
                {groupLabel(t, product.group)}
              </Link>
            </li>
          ) : null}
        </ol>
      </nav>

      <header className="product__header">
        <div className="product__gallery">
          <ProductImage product={product} className="product__image" eager describe />
          {product.images.nodes.length > 1 ? (
            <ul className="product__thumbs" aria-label={t("product.morePhotos")}>
              {product.images.nodes.slice(1).map((image) => (
                <li key={image.url}>
                  <a href={image.url}>
                    <img src={image.url} alt={image.alt} width={image.width} height={image.height} loading="lazy" decoding="async" />
                  </a>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
        <div>
          <p className="product__group">
            {groupLabel(t, product.group)}
            {product.productSet ? <> · {locale === "vi" ? product.productSet.name : product.productSet.nameEn}</> : null}
          </p>
          <h1 lang={dataLang}>{product.name}</h1>
          <div className="product__meta">
            <StarBadge stars={ocop?.stars} />
            <p>
              {product.variants.nodes.length > 1 ? <span className="muted">{t("product.from")} </span> : null}
              <span className="product__price">{formatVnd(product.price.amount, locale)}</span>
            </p>
          </div>
          <table className="variants">
            <caption>{t("product.variantsCaption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("product.variant")}</th>
                <th scope="col">{t("product.variantPrice")}</th>
                <th scope="col">{t("product.variantStock")}</th>
              </tr>
            </thead>
            <tbody>
              {product.variants.nodes.map((v) => (
                <tr key={v.sku}>
                  <th scope="row" lang={dataLang}>{v.label}</th>
                  <td>{formatVnd(v.price.amount, locale)}</td>
                  <td className={v.inStock ? "stock stock--in" : "stock stock--out"}>
                    {v.inStock ? t("common.inStock") : t("common.soldOut")}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <AddToCartForm variants={product.variants.nodes} result={actionData} />
        </div>
      </header>

      <div className="product__body">
        <section className="product__description" aria-labelledby="mo-ta">
          <h2 id="mo-ta">{t("product.descriptionHeading")}</h2>
          {/* Sanitised by the API and again by the loader (safeRichText). */}
          <div lang={dataLang} dangerouslySetInnerHTML={{ __html: descriptionHtml }} />
          {product.rawMaterialArea ? (
            <p>
              <strong>{t("product.rawMaterialArea")}:</strong> <span lang={dataLang}>{product.rawMaterialArea}</span>
            </p>
          ) : null}
          {dataLang ? <p className="muted">{t("product.sourceLanguageNote")}</p> : null}
        </section>

        <aside className="product__facts">
          <section aria-labelledby="chu-the">
            <h2 id="chu-the">{t("product.producerHeading")}</h2>
            <dl className="facts">
              <dt>{t("product.producerName")}</dt>
              <dd lang={dataLang}>
                <Link to={localeHref("producer", locale, { slug: producer.slug })}>{producer.name}</Link>
              </dd>
              <dt>{t("product.producerKind")}</dt>
              <dd>{producerKindLabel(t, producer.kind)}</dd>
              <dt>{t("product.producerProvince")}</dt>
              <dd>
                <span lang={dataLang}>{provinceName}</span>
                {historicProvince ? (
                  <span className="muted">
                    {" "}
                    {t("product.historicProvince", { province: historicProvince })}
                  </span>
                ) : null}
              </dd>
            </dl>
          </section>

          <CertificateFacts ocop={ocop} productSlug={product.slug} noneText={t("product.noCertificate")} />

          <section aria-labelledby="lo-san-xuat">
            <h2 id="lo-san-xuat">{t("product.batchesHeading")}</h2>
            {batches.nodes.length ? (
              <ul className="batches">
                {batches.nodes.map((batch) => (
                  <li key={batch.id}>
                    <Link to={traceHref(batch.traceCode, locale)}>{t("product.batchLot", { lot: batch.lotCode })}</Link>
                    <span className="muted">
                      {" "}
                      ·{" "}
                      <time dateTime={batch.productionDate}>
                        {t("product.producedOn", { date: formatDate(batch.productionDate, locale) })}
                      </time>
                    </span>
                    {batch.expired ? <span className="tag tag--danger">{t("product.batchExpired")}</span> : null}
                  </li>
                ))}
              </ul>
            ) : (
              <p className="muted">{t("product.noBatches")}</p>
            )}
            {batches.totalCount > batches.nodes.length ? (
              <p className="muted">
                {t("product.latestBatches", { shown: batches.nodes.length, total: batches.totalCount })}
              </p>
            ) : null}
          </section>
          {product.certificates.totalCount > 0 ? (
            <section aria-labelledby="lich-su">
              <h2 id="lich-su">{t("product.historyHeading")}</h2>
              <ol className="history">
                {product.certificates.nodes.map((c) => (
                  <li key={c.id}>
                    <Link to={certificateHref(c.number, product.slug, locale)}>{c.number}</Link> · {t("product.starsValue", { stars: c.stars })} ·{" "}
                    <time dateTime={c.decisionDate}>{formatDate(c.decisionDate, locale)}</time>
                    <span className={`state state--${c.validToday ? "valid" : c.state.toLowerCase()}`}>
                      {certificateStateLabel(t, c.state, c.validToday)}
                    </span>
                  </li>
                ))}
              </ol>
            </section>
          ) : null}
        </aside>
      </div>

      <BuyInPerson productSlug={product.slug} {...loaderData.buyInPerson} />

      {product.experiences.nodes.length > 0 ? (
        <section className="product__experiences" aria-labelledby="trai-nghiem">
          <h2 id="trai-nghiem">{t("product.experienceAt")}</h2>
          <p>{t("product.experienceAtIntro")}</p>
          <ul>
            {product.experiences.nodes.map((e) => (
              <li key={e.id}>
                <Link to={localeHref("experience", locale, { slug: e.slug })}>{e.name}</Link> — {e.point.name}, {e.point.province.name}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {product.related.length > 0 ? (
        <section className="related" aria-labelledby="lien-quan">
          <h2 id="lien-quan">{t("product.relatedHeading")}</h2>
          <ProductGrid products={product.related} headingLevel={3} />
        </section>
      ) : null}
    </article>
  );
}
