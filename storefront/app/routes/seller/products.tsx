import { data, Link, redirect } from "react-router";
import { useLocale, useTranslations } from "use-intl";
import { SellerLayout } from "../../components/seller/SellerLayout";
import { StatusBadge } from "../../components/seller/StatusBadge";
import type { ProductStatus } from "../../gql/graphql";
import { localeFromPathname, metaTranslator } from "../../i18n";
import { query } from "../../lib/apollo.server";
import { formatCount, formatVnd } from "../../lib/format";
import { SellerProductsQuery } from "../../lib/operations.server";
import { sellerHref, sellerMeta } from "../../lib/seller";
import { requireSeller, sellerRead } from "../../lib/seller.server";
import type { Route } from "./+types/products";

const STATUSES = ["DRAFT", "PUBLISHED", "ARCHIVED"] as const satisfies readonly ProductStatus[];
const isStatus = (s: string | null): s is (typeof STATUSES)[number] => (STATUSES as readonly (string | null)[]).includes(s);

export function meta({ location, matches }: Route.MetaArgs): Route.MetaDescriptors {
  const t = metaTranslator(location, matches);
  return sellerMeta(t, t("seller.productsTitle"));
}

export async function loader({ url, context }: Route.LoaderArgs) {
  const { producers, current } = await requireSeller(context, url);
  if (!current) throw redirect(sellerHref("producerWorkspace", localeFromPathname(url.pathname), null));
  const asked = url.searchParams.get("trang-thai");
  const status = isStatus(asked) ? asked : null;
  const after = url.searchParams.get("sau");
  const result = await sellerRead(
    query(context, SellerProductsQuery, { producerId: current.id, status, after: after && after.length <= 512 ? after : null }),
  );
  if (!result.producerWorkspace) throw data(null, { status: 404 });
  return { producers, producerId: current.id, status, workspace: result.producerWorkspace };
}

export default function SellerProducts({ loaderData }: Route.ComponentProps) {
  const { producers, producerId, status, workspace } = loaderData;
  const t = useTranslations("seller");
  const locale = useLocale();
  const list = sellerHref("producerProducts", locale, producerId);
  const { products } = workspace;
  return (
    <SellerLayout producerId={producerId} producers={producers}>
      <div className="seller-heading">
        <h1>{t("productsTitle")}</h1>
        <Link className="button" to={sellerHref("producerProductNew", locale, producerId)}>
          {t("navNewProduct")}
        </Link>
      </div>
      <nav className="seller-tabs" aria-label={t("colStatus")}>
        <Link to={list} aria-current={status === null ? "page" : undefined}>
          {t("allStatuses")}
        </Link>
        {STATUSES.map((s) => (
          <Link key={s} to={`${list}&trang-thai=${s}`} aria-current={status === s ? "page" : undefined}>
            {t(`status.${s}`)}
          </Link>
        ))}
      </nav>
      {products.nodes.length === 0 ? (
        <p>{t("noProducts")}</p>
      ) : (
        <table className="workspace-table" data-testid="seller-products">
          <thead>
            <tr>
              <th scope="col">{t("colName")}</th>
              <th scope="col">{t("colStatus")}</th>
              <th scope="col" className="numeric">{t("colPrice")}</th>
              <th scope="col" className="numeric">{t("colStock")}</th>
              <th scope="col" className="numeric">{t("colVariants")}</th>
            </tr>
          </thead>
          <tbody>
            {products.nodes.map((p) => (
              <tr key={p.id}>
                <td lang="vi">
                  <Link to={sellerHref("producerProduct", locale, producerId, { id: p.id })}>{p.name}</Link>
                </td>
                <td>
                  <StatusBadge status={p.status} />
                </td>
                <td className="numeric">{formatVnd(p.price.amount, locale)}</td>
                <td className="numeric">
                  {formatCount(p.variants.nodes.reduce((sum, v) => sum + v.stock, 0), locale)}
                  {/* The list asks for 10 variants a product (the API's cost limit); the edit page has them all. */}
                  {p.variants.totalCount > p.variants.nodes.length ? "+" : null}
                </td>
                <td className="numeric">{formatCount(p.variants.totalCount, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {products.pageInfo.hasNextPage && products.pageInfo.endCursor ? (
        <p>
          <Link to={`${list}${status ? `&trang-thai=${status}` : ""}&sau=${encodeURIComponent(products.pageInfo.endCursor)}`}>{t("nextPage")} →</Link>
        </p>
      ) : null}
    </SellerLayout>
  );
}
