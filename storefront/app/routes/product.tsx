import { data, Link } from "react-router";
import { productHref } from "../components/ProductCard";
import { StarBadge } from "../components/StarBadge";
import { certificateHref, certificateStateLabel } from "../lib/certificates";
import { query } from "../lib/apollo.server";
import { catalogueHref } from "../lib/catalogue-params";
import { env } from "../lib/env.server";
import { formatDate, formatVnd, truncate } from "../lib/format";
import { GROUP_LABELS, isProductGroup, groupLabel, producerKindLabel } from "../lib/labels";
import { ProductPageQuery } from "../lib/operations.server";
import { pageTitle, publicOrigin } from "../lib/seo";
import type { Route } from "./+types/product";

const MAX_SLUG_LENGTH = 200;

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const slug = params.slug;
  if (!slug || slug.length > MAX_SLUG_LENGTH) throw data(null, { status: 404 });
  const result = await query(context, ProductPageQuery, { slug });
  const product = result.product;
  if (!product) throw data(null, { status: 404 });
  const origin = publicOrigin(request.url, env.siteUrl);
  return { product, canonicalUrl: `${origin}${productHref(product.slug)}` };
}

export function meta({ loaderData }: Route.MetaArgs): Route.MetaDescriptors {
  if (!loaderData) return [];
  const { product, canonicalUrl } = loaderData;
  const stars = product.ocop ? `OCOP ${product.ocop.stars} sao` : "Sản phẩm OCOP";
  return [
    { title: pageTitle(product.name, stars) },
    {
      name: "description",
      content: truncate(
        `${product.name} – ${stars} của ${product.producer.name} (${product.producer.province.current.name}), giá ${formatVnd(product.price.amount)}. ${product.description}`,
      ),
    },
    { tagName: "link", rel: "canonical", href: canonicalUrl },
    { property: "og:title", content: product.name },
    { property: "og:type", content: "product" },
    { property: "og:url", content: canonicalUrl },
    {
      "script:ld+json": {
        "@context": "https://schema.org",
        "@type": "Product",
        name: product.name,
        description: product.description,
        url: canonicalUrl,
        category: groupLabel(product.group),
        brand: { "@type": "Organization", name: product.producer.name },
        offers: {
          "@type": "Offer",
          price: product.price.amount,
          priceCurrency: product.price.currencyCode,
          url: canonicalUrl,
          seller: { "@type": "Organization", name: product.producer.name },
        },
      },
    },
  ];
}

export default function ProductPage({ loaderData }: Route.ComponentProps) {
  const { product } = loaderData;
  const { producer, ocop } = product;
  const province = producer.province;
  const provinceName = province.current.name;
  const historicProvince = province.id !== province.current.id ? province.name : null;

  return (
    <article className="product">
      <nav aria-label="Đường dẫn" className="breadcrumbs">
        <ol>
          <li>
            <Link to="/">Trang chủ</Link>
          </li>
          <li>
            <Link to={catalogueHref()}>Sản phẩm</Link>
          </li>
          {isProductGroup(product.group) ? (
            <li>
              <Link to={catalogueHref({ group: product.group })}>
                {GROUP_LABELS[product.group]}
              </Link>
            </li>
          ) : null}
        </ol>
      </nav>

      <header className="product__header">
        <p className="product__group">{groupLabel(product.group)}</p>
        <h1>{product.name}</h1>
        <div className="product__meta">
          <StarBadge stars={ocop?.stars} />
          <p className="product__price">{formatVnd(product.price.amount)}</p>
        </div>
      </header>

      <div className="product__body">
        <section className="product__description" aria-labelledby="mo-ta">
          <h2 id="mo-ta">Mô tả sản phẩm</h2>
          {product.description
            .split(/\n{2,}/)
            .filter((para) => para.trim())
            .map((para, i) => (
              <p key={i}>{para}</p>
            ))}
        </section>

        <aside className="product__facts">
          <section aria-labelledby="chu-the">
            <h2 id="chu-the">Chủ thể sản xuất</h2>
            <dl className="facts">
              <dt>Tên</dt>
              <dd>{producer.name}</dd>
              <dt>Loại hình</dt>
              <dd>{producerKindLabel(producer.kind)}</dd>
              <dt>Tỉnh/thành</dt>
              <dd>
                {provinceName}
                {historicProvince ? (
                  <span className="muted"> (đăng ký tại {historicProvince} trước sáp nhập)</span>
                ) : null}
              </dd>
            </dl>
          </section>

          <section aria-labelledby="chung-nhan">
            <h2 id="chung-nhan">Chứng nhận OCOP</h2>
            {ocop ? (
              <dl className="facts">
                <dt>Hạng</dt>
                <dd>{ocop.stars} sao</dd>
                <dt>Số chứng nhận</dt>
                <dd>
                  <Link to={certificateHref(ocop.certificateNumber)}>{ocop.certificateNumber}</Link>
                </dd>
                <dt>Ngày quyết định</dt>
                <dd>
                  <time dateTime={ocop.decisionDate}>{formatDate(ocop.decisionDate)}</time>
                </dd>
                <dt>Hiệu lực đến</dt>
                <dd>
                  <time dateTime={ocop.validUntil}>{formatDate(ocop.validUntil)}</time>
                </dd>
                <dt>Cơ quan công nhận</dt>
                <dd>{ocop.issuedBy}</dd>
              </dl>
            ) : (
              <p className="muted">Chưa có chứng nhận OCOP còn hiệu lực</p>
            )}
          </section>

          {product.certificates.totalCount > 0 ? (
            <section aria-labelledby="lich-su">
              <h2 id="lich-su">Lịch sử chứng nhận</h2>
              <ol className="history">
                {product.certificates.nodes.map((c) => (
                  <li key={c.id}>
                    <Link to={certificateHref(c.number)}>Số {c.number}</Link> · {c.stars} sao ·{" "}
                    <time dateTime={c.decisionDate}>{formatDate(c.decisionDate)}</time>
                    <span className={`state state--${c.validToday ? "valid" : c.state.toLowerCase()}`}>
                      {certificateStateLabel(c.state, c.validToday)}
                    </span>
                  </li>
                ))}
              </ol>
            </section>
          ) : null}
        </aside>
      </div>
    </article>
  );
}
