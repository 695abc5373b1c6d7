import { Link } from "react-router";
import { useLocale, useTranslations } from "use-intl";
import { WorkspaceLayout } from "../components/WorkspaceLayout";
import { localeFromPathname, localeHref, metaTranslator } from "../i18n";
import { query } from "../lib/apollo.server";
import { env } from "../lib/env.server";
import { formatDateTime, formatVnd } from "../lib/format";
import { MyOrdersQuery } from "../lib/operations.server";
import { privateMeta } from "../lib/private-page";
import { pageUrls, publicOrigin } from "../lib/seo";
import { requireViewer } from "../lib/workspace.server";
import { accountNav } from "../lib/workspace-nav";
import type { Route } from "./+types/account-orders";

export function meta({ loaderData, location, matches }: Route.MetaArgs): Route.MetaDescriptors {
  const t = metaTranslator(location, matches);
  return privateMeta(t("shop.myOrdersTitle"), loaderData?.urls);
}

/** The signed-in shopper's orders, newest first, 20 a page (`?sau=<cursor>`). */
export async function loader({ request, context, url }: Route.LoaderArgs) {
  await requireViewer(context, url);
  const locale = localeFromPathname(url.pathname);
  const after = url.searchParams.get("sau")?.slice(0, 400) || null;
  const { viewer } = await query(context, MyOrdersQuery, { after });
  return { orders: viewer?.orders ?? null, urls: pageUrls(publicOrigin(request.url, env.siteUrl), locale, "accountOrders") };
}

export default function AccountOrders({ loaderData }: Route.ComponentProps) {
  const t = useTranslations("shop");
  const tSelf = useTranslations("selfService");
  const locale = useLocale();
  const dataLang = locale === "vi" ? undefined : "vi";
  const { orders } = loaderData;
  const here = localeHref("accountOrders", locale);
  return (
    <WorkspaceLayout title={tSelf("accountNav")} nav={accountNav(tSelf, locale)}>
      <h1>{t("myOrdersTitle")}</h1>
      {!orders || orders.totalCount === 0 ? (
        <p>{t("myOrdersEmpty")}</p>
      ) : (
        <>
          <p className="muted">{t("myOrdersCount", { count: orders.totalCount })}</p>
          <table className="workspace-table">
            <thead>
              <tr>
                <th scope="col">{t("orderNumber")}</th>
                <th scope="col">{t("orderDate")}</th>
                <th scope="col">{t("orderProducers")}</th>
                <th scope="col">{t("paymentState")}</th>
                <th scope="col">{t("orderTotal")}</th>
              </tr>
            </thead>
            <tbody>
              {orders.nodes.map((order) => (
                <tr key={order.id} data-testid="my-order">
                  <th scope="row">
                    <Link to={localeHref("order", locale, { number: order.number })} className="mono">
                      {order.number}
                    </Link>
                  </th>
                  <td>{formatDateTime(order.createdAt, locale)}</td>
                  <td>
                    <ul className="plain-list">
                      {order.subOrders.map((sub) => (
                        <li key={sub.id}>
                          <span lang={dataLang}>{sub.producer.name}</span>: {t(`subOrderStates.${sub.state}`)}
                        </li>
                      ))}
                    </ul>
                  </td>
                  <td>
                    {t(`paymentMethods.${order.payment.method}`)} · {t(`paymentStates.${order.payment.state}`)}
                  </td>
                  <td>{formatVnd(order.total.amount, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {orders.pageInfo.hasNextPage && orders.pageInfo.endCursor ? (
            <p>
              <Link to={`${here}?sau=${encodeURIComponent(orders.pageInfo.endCursor)}`}>{t("nextPage")}</Link>
            </p>
          ) : null}
        </>
      )}
    </WorkspaceLayout>
  );
}
