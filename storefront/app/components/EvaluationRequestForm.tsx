import { Form, useSearchParams } from "react-router";
import { useLocale, useTranslations } from "use-intl";
import { localeHref, useTranslator } from "../i18n";
import { formatDateTime } from "../lib/certificate-history";
import { councilErrorMessage } from "../lib/council-forms";

/** The query parameter the evaluation-request route answers with (SUBMITTED, WITHDRAWN or an error code). */
export const EVALUATION_REQUEST_RESULT = "de-nghi";

export interface EvaluationRequestFormProps {
  /** The product's global id. */
  productId: string;
  /** The product's open request (`Product.openEvaluationRequest { id submittedAt }`), or null. */
  openRequest: { id: string; submittedAt: string } | null;
  /** Where to come back to afterwards (a path on this site, e.g. the producer's product page). */
  redirectTo: string;
}

/**
 * The producer's button to ask for an OCOP evaluation of a product, or to withdraw an open request.
 * Posts to the `evaluationRequest` route (works without JavaScript), which redirects back to
 * `redirectTo?de-nghi=<result>`; the result is shown here in the page's language.
 */
export function EvaluationRequestForm({ productId, openRequest, redirectTo }: EvaluationRequestFormProps) {
  const t = useTranslations("council.request");
  const locale = useLocale();
  const translate = useTranslator();
  const [searchParams] = useSearchParams();
  const result = searchParams.get(EVALUATION_REQUEST_RESULT);
  const done = result === "SUBMITTED" || result === "WITHDRAWN" ? result : null;
  return (
    <section className="evaluation-request" aria-labelledby="de-nghi-danh-gia">
      <h2 id="de-nghi-danh-gia">{t("submit")}</h2>
      {done ? (
        <p className="notice" role="status">
          {t(done)}
        </p>
      ) : result ? (
        <p className="form-error" role="alert">
          {councilErrorMessage(translate, { code: result })}
        </p>
      ) : null}
      <Form method="post" action={localeHref("evaluationRequest", locale)} className="workspace-form">
        <input type="hidden" name="productId" value={productId} />
        <input type="hidden" name="redirectTo" value={redirectTo} />
        {openRequest ? (
          <>
            <p>{t("open", { date: formatDateTime(openRequest.submittedAt, locale) })}</p>
            <input type="hidden" name="requestId" value={openRequest.id} />
            <p>
              <button type="submit" name="intent" value="withdraw" className="button button--secondary">
                {t("withdraw")}
              </button>
            </p>
          </>
        ) : (
          <>
            <p>{t("intro")}</p>
            <p>
              <button type="submit" name="intent" value="submit" className="button">
                {t("submit")}
              </button>
            </p>
          </>
        )}
      </Form>
    </section>
  );
}
