import { data, Form, Link, useLocation } from "react-router";
import { useLocale, useTranslations } from "use-intl";
import { ListingActionResult, StockLevelSelect, StockLevelText } from "../../components/SalesPointListingParts";
import { WorkspaceLayout } from "../../components/WorkspaceLayout";
import { localeFromPathname, localeHref, metaTranslator } from "../../i18n";
import { mutate, query } from "../../lib/apollo.server";
import { SalesPointListingConfirmMutation, SalesPointListingRejectMutation, SalesPointListingStockUpdateMutation, SalesPointManagedQuery, SalesPointManagerQuery } from "../../lib/operations.server";
import { privateMeta } from "../../lib/private-page";
import { firstError, stockLevelOf } from "../../lib/sales-point-forms";
import { requireViewer } from "../../lib/workspace.server";
import type { Route } from "./+types/manage";

export function meta({ location, matches }: Route.MetaArgs): Route.MetaDescriptors {
  const t = metaTranslator(location, matches);
  return privateMeta(t("salesPoints.managerTitle"), undefined);
}

export async function loader({ context, url }: Route.LoaderArgs) {
  await requireViewer(context, url);
  const r = await query(context, SalesPointManagerQuery);
  const slugs = (r.viewer?.roles ?? []).flatMap((role) => ("salesPoint" in role && role.salesPoint ? [role.salesPoint.slug] : []));
  const points = await Promise.all(
    slugs.map(async (slug) => {
      const [requested, confirmed] = await Promise.all([
        query(context, SalesPointManagedQuery, { slug, state: "REQUESTED" }),
        query(context, SalesPointManagedQuery, { slug, state: "CONFIRMED" }),
      ]);
      const point = requested.salesPoint;
      return point ? { ...point, requests: point.listings, confirmed: confirmed.salesPoint?.listings ?? { nodes: [] } } : null;
    }),
  );
  return { points: points.filter((p) => p !== null) };
}

export async function action({ request, context, url }: Route.ActionArgs) {
  await requireViewer(context, url);
  const form = await request.formData();
  const text = (name: string) => String(form.get(name) ?? "").trim();
  const input = { salesPointId: text("salesPointId"), productId: text("productId") };
  const name = text("productName");
  const stockLevel = stockLevelOf(text("stockLevel"));
  const intent = text("intent");
  const errors =
    intent === "confirm"
      ? (await mutate(context, SalesPointListingConfirmMutation, { input })).salesPointListingConfirm.userErrors
      : intent === "reject"
        ? (await mutate(context, SalesPointListingRejectMutation, { input })).salesPointListingReject.userErrors
        : (await mutate(context, SalesPointListingStockUpdateMutation, { input: { ...input, stockLevel } })).salesPointListingStockUpdate.userErrors;
  const error = firstError(errors);
  const done = intent === "confirm" ? ("confirmed" as const) : intent === "reject" ? ("rejected" as const) : ("stockSaved" as const);
  return error ? data({ error, done: null, name }, { status: 400 }) : { error: null, done, name };
}

function ListingHidden({ pointId, productId, name }: { pointId: string; productId: string; name: string }) {
  return (
    <>
      <input type="hidden" name="salesPointId" value={pointId} />
      <input type="hidden" name="productId" value={productId} />
      <input type="hidden" name="productName" value={name} />
    </>
  );
}

export default function ManageSalesPoints({ loaderData, actionData }: Route.ComponentProps) {
  const t = useTranslations("salesPoints");
  const locale = useLocale();
  const { pathname } = useLocation();
  const nav = [
    { href: localeHref("salesPointManager", locale), label: t("managerTitle"), end: true },
    { href: localeHref("salesPoints", locale), label: t("mapTitle") },
    { href: localeHref("salesPointRegister", locale), label: t("registerLink") },
  ];
  return (
    <WorkspaceLayout title={t("managerTitle")} nav={nav}>
      <h1>{t("managerTitle")}</h1>
      <ListingActionResult result={actionData} />
      {loaderData.points.length === 0 ? (
        <p>
          {t("managerNone")} <Link to={localeHref("salesPointRegister", locale)}>{t("registerLink")}</Link>
        </p>
      ) : null}
      {loaderData.points.map((point) => (
        <section key={point.id} className="workspace-section" aria-labelledby={`sp-${point.slug}`}>
          <h2 id={`sp-${point.slug}`} lang="vi">
            {point.name}
          </h2>
          <p lang="vi">
            {t(`kinds.${point.kind}`)} · {point.addressLine ? `${point.addressLine}, ` : ""}
            {point.province.name}
          </p>
          <p>
            <Link to={localeHref("salesPointEdit", locale, { slug: point.slug })} aria-label={t("editPointLabel", { name: point.name })} data-testid="edit-point">
              {t("editPoint")}
            </Link>
          </p>
          {point.approval === "PENDING" ? <p className="notice notice--warning">{t("pendingApproval")}</p> : null}
          <h3>{t("requests")}</h3>
          {point.requests.nodes.length === 0 ? (
            <p>{t("requestsNone")}</p>
          ) : (
            <table className="workspace-table">
              <thead>
                <tr>
                  <th scope="col">{t("colProduct")}</th>
                  <th scope="col">{t("colProducer")}</th>
                  <th scope="col">{t("colStock")}</th>
                  <th scope="col" />
                </tr>
              </thead>
              <tbody>
                {point.requests.nodes.map((l) => (
                  <tr key={l.product.id} data-testid="listing-request">
                    <td lang="vi">{l.product.name}</td>
                    <td lang="vi">{l.product.producer.name}</td>
                    <td>
                      <StockLevelText level={l.stockLevel} />
                    </td>
                    <td>
                      <Form method="post" action={pathname} className="inline-form">
                        <ListingHidden pointId={point.id} productId={l.product.id} name={l.product.name} />
                        <button type="submit" name="intent" value="confirm" className="button">
                          {t("confirm")}
                        </button>{" "}
                        <button type="submit" name="intent" value="reject" className="button button--secondary">
                          {t("reject")}
                        </button>
                      </Form>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <h3>{t("listed")}</h3>
          {point.confirmed.nodes.length === 0 ? (
            <p>{t("listedNone")}</p>
          ) : (
            <table className="workspace-table">
              <thead>
                <tr>
                  <th scope="col">{t("colProduct")}</th>
                  <th scope="col">{t("colProducer")}</th>
                  <th scope="col">{t("colStock")}</th>
                </tr>
              </thead>
              <tbody>
                {point.confirmed.nodes.map((l) => (
                  <tr key={l.product.id} data-testid="listing-confirmed">
                    <td lang="vi">{l.product.name}</td>
                    <td lang="vi">{l.product.producer.name}</td>
                    <td>
                      <Form method="post" action={pathname} className="inline-form">
                        <ListingHidden pointId={point.id} productId={l.product.id} name={l.product.name} />
                        <StockLevelSelect defaultValue={l.stockLevel} label={`${t("colStock")}: ${l.product.name}`} />{" "}
                        <button type="submit" name="intent" value="stock" className="button button--secondary">
                          {t("saveStock")}
                        </button>
                      </Form>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      ))}
    </WorkspaceLayout>
  );
}
