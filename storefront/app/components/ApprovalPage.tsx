import type { ReactNode } from "react";
import { Form } from "react-router";
import { useLocale, useTranslations } from "use-intl";
import { adminNav, type ApprovalFilter } from "../lib/admin";
import { ApprovalFilterNav, NextPageLinks } from "./ApprovalFilterNav";
import { WorkspaceLayout } from "./WorkspaceLayout";

interface Registration {
  id: string;
  name: string;
  addressLine?: string | null;
  contact: { phone?: string | null; email?: string | null };
}

/** What an approval page's action answers (lib/admin.ts approvalAnswer, rejectionAnswer). */
export type ApprovalAnswer =
  | { error: "NOT_FOUND" | "ALREADY_APPROVED"; approved: null; rejected?: null }
  | { error: null; approved: string; rejected?: null }
  | { error: null; approved: null; rejected: string };

/**
 * An admin approval page (producers, tourism operators): the filter, the count, one row per
 * registration with its contact lines and status, and an approve button on each pending row.
 */
export function ApprovalPage<R extends Registration>(props: {
  heading: string;
  none: string;
  filter: ApprovalFilter;
  onFirstPage: boolean;
  list: { totalCount: number; nodes: readonly R[]; pageInfo: { endCursor?: string | null; hasNextPage: boolean } };
  answer: ApprovalAnswer | undefined;
  /** The posted field naming the registration. */
  idName: string;
  approved: (row: R) => boolean;
  /** The name, kind and province cells of a row. */
  cells: (row: R) => ReactNode;
  /** Under the status (e.g. when it registered). */
  statusNote?: (row: R) => ReactNode;
  /** Pending rows also get a reject button with an optional reason (posted as intent=reject, reason). */
  rejectable?: boolean;
}) {
  const t = useTranslations();
  const locale = useLocale();
  const { list, answer } = props;
  return (
    <WorkspaceLayout title={t("admin.title")} nav={adminNav(t, locale)}>
      <h1>{props.heading}</h1>
      <ApprovalFilterNav current={props.filter} />
      {answer?.approved ? (
        <p className="notice" role="status">
          {t("admin.approvedNotice", { name: answer.approved })}
        </p>
      ) : null}
      {answer?.rejected ? (
        <p className="notice" role="status">
          {t("admin.rejectedNotice", { name: answer.rejected })}
        </p>
      ) : null}
      {answer?.error ? (
        <p className="form-error" role="alert">
          {t(`admin.errors.${answer.error}`)}
        </p>
      ) : null}
      <p>{t("admin.total", { count: list.totalCount })}</p>
      {list.nodes.length ? (
        <table className="workspace-table">
          <thead>
            <tr>
              <th scope="col">{t("admin.colName")}</th>
              <th scope="col">{t("admin.colKind")}</th>
              <th scope="col">{t("admin.colProvince")}</th>
              <th scope="col">{t("admin.colContact")}</th>
              <th scope="col">{t("admin.colStatus")}</th>
              <th scope="col">{t("admin.colAction")}</th>
            </tr>
          </thead>
          <tbody>
            {list.nodes.map((row) => {
              const approved = props.approved(row);
              const note = props.statusNote?.(row);
              return (
                <tr key={row.id}>
                  {props.cells(row)}
                  <td>
                    {[row.contact.phone, row.contact.email, row.addressLine].filter(Boolean).map((line) => (
                      <span key={line} className="contact-line">
                        {line}
                      </span>
                    ))}
                  </td>
                  <td>
                    {approved ? t("admin.approved") : <strong>{t("admin.pending")}</strong>}
                    {note ? (
                      <>
                        <br />
                        <small>{note}</small>
                      </>
                    ) : null}
                  </td>
                  <td>
                    {approved ? null : (
                      <Form method="post">
                        <input type="hidden" name={props.idName} value={row.id} />
                        <button type="submit" name="intent" value="approve" className="button" aria-label={t("admin.approveLabel", { name: row.name })}>
                          {t("admin.approve")}
                        </button>
                      </Form>
                    )}
                    {approved || !props.rejectable ? null : (
                      <details className="calendar-details" data-testid="reject">
                        <summary>{t("admin.reject")}</summary>
                        <Form method="post" className="calendar-action">
                          <input type="hidden" name={props.idName} value={row.id} />
                          <label htmlFor={`tu-choi-${row.id}`}>{t("admin.rejectReason")}</label>
                          <input id={`tu-choi-${row.id}`} name="reason" maxLength={500} />
                          <button type="submit" name="intent" value="reject" className="button button--secondary" aria-label={t("admin.rejectLabel", { name: row.name })}>
                            {t("admin.reject")}
                          </button>
                        </Form>
                      </details>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : (
        <p>{props.none}</p>
      )}
      <NextPageLinks endCursor={list.pageInfo.endCursor} hasNextPage={list.pageInfo.hasNextPage} onFirstPage={props.onFirstPage} />
    </WorkspaceLayout>
  );
}
