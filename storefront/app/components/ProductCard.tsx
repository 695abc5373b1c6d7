import { Link } from "react-router";
import { useLocale, useTranslations } from "use-intl";
import type { ProductCardFieldsFragment } from "../gql/graphql";
import { localeHref, type Locale } from "../i18n";
import { formatVnd } from "../lib/format";
import { groupLabel } from "../lib/labels";
import { Highlighted, type HighlightSegment } from "./Highlighted";
import { StarBadge } from "./StarBadge";

/** Search highlights by field (SearchField in the API), when the card shows a search hit. */
export type CardHighlights = Partial<Record<string, readonly HighlightSegment[]>>;

/**
 * The product's first photo, or its group's illustration when it has none. Decorative here (the
 * heading names the product), sized so the grid never shifts while images load.
 */
export function ProductImage({
  product,
  className,
  eager = false,
  describe = false,
}: {
  product: Pick<ProductCardFieldsFragment, "group" | "images">;
  className?: string;
  eager?: boolean;
  /** On a product's own page a photo says something the heading does not: give it its text alternative. */
  describe?: boolean;
}) {
  const photo = product.images.nodes[0];
  return (
    <img
      className={className}
      src={photo?.url ?? `/images/nhom/${product.group}.svg`}
      alt={describe && photo ? photo.alt : ""}
      width={photo?.width ?? 400}
      height={photo?.height ?? 300}
      loading={eager ? "eager" : "lazy"}
      decoding="async"
    />
  );
}

export function productHref(slug: string, locale: Locale = "vi"): string {
  return localeHref("product", locale, { slug });
}

/**
 * One product in a grid: an <article> whose heading links to the product page. Product data
 * (name, producer, province) is Vietnamese in every locale, and marked `lang="vi"` on English pages
 * so screen readers pronounce it as Vietnamese.
 */
export function ProductCard({
  product,
  headingLevel = 2,
  highlights,
}: {
  product: ProductCardFieldsFragment;
  headingLevel?: 2 | 3;
  /** Matched words to mark (search results): name, producer and current province in place. */
  highlights?: CardHighlights;
}) {
  const t = useTranslations();
  const locale = useLocale();
  const dataLang = locale === "vi" ? undefined : "vi";
  const Heading = headingLevel === 2 ? "h2" : "h3";
  // A match in the province as registered shows in place when it is the current unit, else beside it
  // ("Hải Phòng (Hải Dương)").
  const issued = highlights?.PROVINCE;
  const issuedIsCurrent = issued?.map((s) => s.text).join("") === product.producer.province.current.name;
  const currentProvince = highlights?.CURRENT_PROVINCE ?? (issuedIsCurrent ? issued : undefined);
  const issuedProvince = issuedIsCurrent ? undefined : issued;
  return (
    <article className="card">
      <ProductImage product={product} className="card__image" />
      <div className="card__top">
        <span className="card__group">{groupLabel(t, product.group)}</span>
        <StarBadge stars={product.ocop?.stars} />
      </div>
      <Heading className="card__title" lang={dataLang}>
        <Link to={productHref(product.slug, locale)}>
          {highlights?.NAME ? <Highlighted segments={highlights.NAME} /> : product.name}
        </Link>
      </Heading>
      <p className="card__producer" lang={dataLang}>
        {highlights?.PRODUCER ? <Highlighted segments={highlights.PRODUCER} /> : product.producer.name}
      </p>
      <p className="card__province" lang={dataLang}>
        {currentProvince ? <Highlighted segments={currentProvince} /> : product.producer.province.current.name}
        {issuedProvince ? (
          <>
            {" "}
            (<Highlighted segments={issuedProvince} />)
          </>
        ) : null}
      </p>
      {highlights?.DESCRIPTION ? (
        <p className="card__excerpt" lang={dataLang}>
          <Highlighted segments={highlights.DESCRIPTION} />
        </p>
      ) : null}
      <p className="card__price">{formatVnd(product.price.amount, locale)}</p>
      {product.inStock ? null : (
        <p className="card__stock">
          <span className="tag tag--muted">{t("common.soldOut")}</span>
        </p>
      )}
    </article>
  );
}

export function ProductGrid({
  products,
  headingLevel,
  label,
}: {
  products: readonly ProductCardFieldsFragment[];
  headingLevel?: 2 | 3;
  label?: string;
}) {
  return (
    <ul className="grid" aria-label={label}>
      {products.map((p) => (
        <li key={p.id}>
          <ProductCard product={p} headingLevel={headingLevel} />
        </li>
      ))}
    </ul>
  );
}
