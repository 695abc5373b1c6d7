import { Link } from "react-router";
import type { ProductCardFieldsFragment } from "../gql/graphql";
import { formatVnd } from "../lib/format";
import { groupLabel } from "../lib/labels";
import { StarBadge } from "./StarBadge";

export function productHref(slug: string): string {
  return `/san-pham/${encodeURIComponent(slug)}`;
}

/** One product in a grid: an <article> whose heading links to the product page. */
export function ProductCard({
  product,
  headingLevel = 2,
}: {
  product: ProductCardFieldsFragment;
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <article className="card">
      <div className="card__top">
        <span className="card__group">{groupLabel(product.group)}</span>
        <StarBadge stars={product.ocop?.stars} />
      </div>
      <Heading className="card__title">
        <Link to={productHref(product.slug)}>{product.name}</Link>
      </Heading>
      <p className="card__producer">{product.producer.name}</p>
      <p className="card__province">{product.producer.province.current.name}</p>
      <p className="card__price">{formatVnd(product.price.amount)}</p>
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
