import { Link, useLocation } from "react-router";
import { useTranslations } from "use-intl";
import { APPROVAL_FILTERS, APPROVAL_PARAM, CURSOR_PARAM, withParams, type ApprovalFilter } from "../lib/admin";

const LABELS = { "cho-duyet": "filterPending", "da-duyet": "filterApproved", "tat-ca": "filterAll" } as const;

/** Pending / approved / all, as links (URL state), and the next-page link of a keyset list. */
export function ApprovalFilterNav({ current }: { current: ApprovalFilter }) {
  const t = useTranslations("admin");
  const location = useLocation();
  const params = new URLSearchParams(location.search);
  return (
    <nav aria-label={t("filterLabel")}>
      <ul className="filter-tabs">
        {(Object.keys(APPROVAL_FILTERS) as ApprovalFilter[]).map((f) => (
          <li key={f}>
            <Link
              to={withParams(params, { [APPROVAL_PARAM]: f === "cho-duyet" ? null : f, [CURSOR_PARAM]: null }) || location.pathname}
              aria-current={f === current ? "page" : undefined}
            >
              {t(LABELS[f])}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

export function NextPageLinks({ endCursor, hasNextPage, onFirstPage }: { endCursor: string | null | undefined; hasNextPage: boolean; onFirstPage: boolean }) {
  const t = useTranslations("admin");
  const location = useLocation();
  const params = new URLSearchParams(location.search);
  if (!hasNextPage && onFirstPage) return null;
  return (
    <p className="pager">
      {!onFirstPage ? <Link to={withParams(params, { [CURSOR_PARAM]: null }) || location.pathname}>{t("firstPage")}</Link> : null}{" "}
      {hasNextPage && endCursor ? <Link to={withParams(params, { [CURSOR_PARAM]: endCursor })}>{t("nextPage")}</Link> : null}
    </p>
  );
}
