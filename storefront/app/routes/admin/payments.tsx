import { data, Form, Link } from "react-router";
import { useLocale, useTranslations } from "use-intl";
import { WorkspaceLayout } from "../../components/WorkspaceLayout";
import { localeFromPathname, localeHref, metaTranslator } from "../../i18n";
import { adminNav, cursorFrom } from "../../lib/admin";
import { mutate, query } from "../../lib/apollo.server";
import { formatDateTime, formatVnd } from "../../lib/format";
import { fulfilmentErrorMessage, fulfilmentErrors, isStatementOutcome, statementText } from "../../lib/fulfilment";
import { forbiddenAsError } from "../../lib/fulfilment.server";
import { AdminPaymentsQuery, BankStatementImportMutation, PaymentMarkReceivedMutation } from "../../lib/operations.server";
import { pageTitle } from "../../lib/seo";
import { requireViewer } from "../../lib/workspace.server";
import type { Route } from "./+types/payments";

const PAGE_SIZE = 25;

export function meta({ location, matches }: Route.MetaArgs): Route.MetaDescriptors {
  const t = metaTranslator(location, matches);
  return [{ title: pageTitle(t("fulfilment.paymentsTitle")) }, { name: "robots", content: "noindex" }];
}

export async function loader({ context, url }: Route.LoaderArgs) {
  await requireViewer(context, url, "admin");
  const after = cursorFrom(url.searchParams);
  const r = await query(context, AdminPaymentsQuery, { first: PAGE_SIZE, after });
  return { onFirstPage: !after, list: r.ordersAwaitingTransfer };
}

type StatementRow = { row: number; orderNumber: string | null; amount: number | null; outcome: string };
type ActionResult =
  | { intent: "markReceived"; number: string; error: string | null }
  | { intent: "import"; error: string | null; paidCount: number; rows: StatementRow[] | null };

export async function action({ request, context, url }: Route.ActionArgs) {
  await requireViewer(context, url, "admin");
  const form = await request.formData();
  if (form.get("intent") === "import") {
    const file = await statementText(form.get("statement"));
    if ("error" in file) return data<ActionResult>({ intent: "import", error: file.error, paidCount: 0, rows: null }, { status: 400 });
    let paidCount = 0;
    let rows: StatementRow[] | null = null;
    const userErrors = await forbiddenAsError(async () => {
      const result = (await mutate(context, BankStatementImportMutation, { input: { content: file.text } })).bankStatementImport;
      paidCount = result.paidCount;
      rows = result.rows ?? null;
      return result.userErrors;
    });
    if (userErrors.length) return data<ActionResult>({ intent: "import", error: userErrors[0]!.code, paidCount: 0, rows: null }, { status: 400 });
    return { intent: "import", error: null, paidCount, rows } satisfies ActionResult;
  }
  const number = String(form.get("orderNumber") ?? "").trim();
  const userErrors = await forbiddenAsError(async () => (await mutate(context, PaymentMarkReceivedMutation, { input: { orderNumber: number } })).paymentMarkReceived.userErrors);
  if (userErrors.length) return data<ActionResult>({ intent: "markReceived", number, error: fulfilmentErrors(userErrors).form ?? "UNKNOWN" }, { status: 400 });
  return { intent: "markReceived", number, error: null } satisfies ActionResult;
}

export default function AdminPayments({ loaderData, actionData }: Route.ComponentProps) {
  const t = useTranslations();
  const locale = useLocale();
  const { list, onFirstPage } = loaderData;
  const result = actionData as ActionResult | undefined;
  const here = localeHref("adminPayments", locale);
  return (
    <WorkspaceLayout title={t("admin.title")} nav={adminNav(t, locale)}>
      <h1>{t("fulfilment.paymentsTitle")}</h1>
      <p>{t("fulfilment.paymentsIntro")}</p>
      {result?.intent === "markReceived" && !result.error ? (
        <p className="notice notice--success" role="status">
          {t("fulfilment.done.markReceived", { number: result.number })}
        </p>
      ) : null}
      {result?.intent === "markReceived" && result.error ? (
        <p className="form-error" role="alert">
          {result.number} – {fulfilmentErrorMessage(t, result.error)}
        </p>
      ) : null}
      {list.nodes.length ? <p>{t("fulfilment.awaitingTotal", { count: list.totalCount })}</p> : null}
      {list.nodes.length ? (
        <table className="workspace-table payments-table" data-testid="awaiting-transfers">
          <thead>
            <tr>
              <th scope="col">{t("fulfilment.colOrder")}</th>
              <th scope="col">{t("fulfilment.colPlacedAt")}</th>
              <th scope="col">{t("fulfilment.colBuyer")}</th>
              <th scope="col">{t("fulfilment.colProducers")}</th>
              <th scope="col" className="numeric">{t("fulfilment.colAmount")}</th>
              <th scope="col">{t("fulfilment.colHoldUntil")}</th>
              <th scope="col">{t("fulfilment.colAction")}</th>
            </tr>
          </thead>
          <tbody>
            {list.nodes.map((o) => (
              <tr key={o.id}>
                <td className="payments-table__order">
                  <strong>{o.number}</strong>
                </td>
                <td>{formatDateTime(o.createdAt, locale)}</td>
                <td>
                  <span className="contact-line">{o.email}</span>
                  <span className="contact-line payments-table__phone">{o.phone}</span>
                </td>
                <td lang="vi" className="payments-table__producers">
                  {o.subOrders.map((s) => (
                    <span key={s.id} className="contact-line">
                      {s.producer.name}
                    </span>
                  ))}
                </td>
                <td className="numeric">{formatVnd(o.total.amount, locale)}</td>
                <td>{o.payment.holdExpiresAt ? formatDateTime(o.payment.holdExpiresAt, locale) : "–"}</td>
                <td>
                  <Form method="post">
                    <input type="hidden" name="intent" value="markReceived" />
                    <input type="hidden" name="orderNumber" value={o.number} />
                    <button type="submit" className="button" aria-label={t("fulfilment.markReceivedLabel", { number: o.number })}>
                      {t("fulfilment.markReceived")}
                    </button>
                  </Form>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>{t("fulfilment.noAwaiting")}</p>
      )}
      <p className="button-row">
        {!onFirstPage ? <Link to={here}>← {t("fulfilment.firstPage")}</Link> : null}
        {list.pageInfo.hasNextPage && list.pageInfo.endCursor ? (
          <Link to={`${here}?sau=${encodeURIComponent(list.pageInfo.endCursor)}`}>{t("fulfilment.nextPage")} →</Link>
        ) : null}
      </p>

      <h2 id="statement-import">{t("fulfilment.importTitle")}</h2>
      <p>{t("fulfilment.importIntro")}</p>
      <Form method="post" encType="multipart/form-data" className="workspace-form" aria-labelledby="statement-import">
        <input type="hidden" name="intent" value="import" />
        <div className="field">
          <label htmlFor="statement-file">{t("fulfilment.importFile")}</label>
          <input
            id="statement-file"
            name="statement"
            type="file"
            accept=".csv,text/csv"
            aria-invalid={result?.intent === "import" && result.error ? true : undefined}
            aria-describedby={result?.intent === "import" && result.error ? "statement-file-error" : undefined}
          />
          {result?.intent === "import" && result.error ? (
            <p className="field-error" id="statement-file-error">
              {fulfilmentErrorMessage(t, result.error)}
            </p>
          ) : null}
        </div>
        <div>
          <button type="submit" className="button">
            {t("fulfilment.importSubmit")}
          </button>
        </div>
      </Form>
      {result?.intent === "import" && result.rows ? <StatementReport rows={result.rows} paidCount={result.paidCount} /> : null}
    </WorkspaceLayout>
  );
}

function StatementReport({ rows, paidCount }: { rows: StatementRow[]; paidCount: number }) {
  const t = useTranslations("fulfilment");
  const locale = useLocale();
  return (
    <section aria-labelledby="statement-report">
      <h2 id="statement-report">{t("reportTitle")}</h2>
      <p className="notice notice--success" role="status">
        {t("reportSummary", { rows: rows.length, paid: paidCount })}
      </p>
      <table className="workspace-table" data-testid="statement-report">
        <thead>
          <tr>
            <th scope="col" className="numeric">{t("colRow")}</th>
            <th scope="col">{t("colOrder")}</th>
            <th scope="col" className="numeric">{t("colAmount")}</th>
            <th scope="col">{t("colOutcome")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.row} data-outcome={r.outcome}>
              <td className="numeric">{r.row}</td>
              <td>{r.orderNumber ?? <em>{t("noOrderNumber")}</em>}</td>
              <td className="numeric">{r.amount === null ? "–" : formatVnd(r.amount, locale)}</td>
              <td>
                {isStatementOutcome(r.outcome) ? (
                  <>
                    <span className={`status-badge status-badge--outcome-${r.outcome.toLowerCase()}`}>{t(`outcomes.${r.outcome}`)}</span>
                    <br />
                    <small>{t(`outcomeHints.${r.outcome}`)}</small>
                  </>
                ) : (
                  r.outcome
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
