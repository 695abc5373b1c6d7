import { useEffect, useState } from "react";
import { Form } from "react-router";
import { useLocale, useTranslations } from "use-intl";
import { formatScore } from "../../lib/certificates";
import type { CouncilActionData } from "../../lib/council-actions.server";
import { totalOf } from "../../lib/council-forms";
import { formatDate } from "../../lib/format";
import { Field, FormError } from "../CouncilFields";

/**
 * The council's two decision forms on a product under review: the scorecard (an evaluation) and the
 * recognition of a certificate from a scored evaluation. Both post to the review page's action.
 */
/** The criteria set in force, as the review page's query reads it. */
interface Criteria {
  version: string;
  decision: string;
  parts: readonly { code: string; name: string; max: number }[];
}

/** The scorecard of the criteria set in force: one input per part with its maximum, and a live total (the server decides). */
export function EvaluationForm({
  criteria,
  levels,
  today,
  reevaluation,
  failed,
}: {
  criteria: Criteria;
  levels: ("PROVINCE" | "CENTRAL")[];
  today: string;
  reevaluation: boolean;
  failed?: CouncilActionData;
}) {
  const t = useTranslations("council.evaluate");
  const locale = useLocale();
  const initial = Object.fromEntries(criteria.parts.map((p) => [p.code, failed?.values[`score.${p.code}`] ?? ""]));
  const [scores, setScores] = useState<Record<string, string>>(initial);
  useEffect(() => setScores(initial), [failed]); // eslint-disable-line react-hooks/exhaustive-deps
  const max = criteria.parts.reduce((sum, p) => sum + p.max, 0);
  return (
    <section aria-labelledby="cham-diem">
      <h2 id="cham-diem">{reevaluation ? t("reheading") : t("heading")}</h2>
      <p>{t("intro", { version: criteria.version, decision: criteria.decision })}</p>
      {reevaluation ? <p className="notice notice--warning">{t("reintro")}</p> : null}
      <Form method="post" className="workspace-form council-scorecard" noValidate>
        <input type="hidden" name="intent" value="evaluate" />
        <input type="hidden" name="criteriaVersion" value={criteria.version} />
        <FormError error={failed?.errors.form} />
        {criteria.parts.map((part) => (
          <Field
            key={part.code}
            id={`score-${part.code}`}
            name={`score.${part.code}`}
            label={
              <>
                {t("part", { code: part.code, name: part.name })} <span className="field-hint">({t("max", { max: formatScore(part.max, locale) })})</span>
              </>
            }
            error={failed?.errors[`scores.${part.code}`]}
          >
            {(props) => (
              <input
                {...props}
                type="text"
                inputMode="decimal"
                autoComplete="off"
                defaultValue={failed?.values[`score.${part.code}`] ?? ""}
                onChange={(e) => {
                  const value = e.currentTarget.value;
                  setScores((s) => ({ ...s, [part.code]: value }));
                }}
              />
            )}
          </Field>
        ))}
        <p className="council-total" aria-live="polite">
          {t("total", { total: formatScore(totalOf(scores), locale), max: formatScore(max, locale) })}
        </p>
        {levels.length > 1 ? (
          <Field id="council-level" name="councilLevel" label={t("councilLevel")} error={failed?.errors.councilLevel}>
            {(props) => (
              <select {...props} defaultValue={failed?.values.councilLevel ?? levels[0]}>
                {levels.map((l) => (
                  <option key={l} value={l}>
                    {t(`levels.${l}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        ) : (
          <input type="hidden" name="councilLevel" value={levels[0] ?? "PROVINCE"} />
        )}
        <Field id="evaluated-on" name="evaluatedOn" label={t("evaluatedOn")} error={failed?.errors.evaluatedOn}>
          {(props) => <input {...props} type="date" max={today} defaultValue={failed?.values.evaluatedOn ?? today} />}
        </Field>
        <p>
          <button type="submit" className="button">
            {t("submit")}
          </button>
        </p>
      </Form>
    </section>
  );
}

export function RecogniseForm({
  evaluation,
  allowed,
  today,
  failed,
}: {
  evaluation: { id: string; total: number; stars: number; evaluatedOn: string };
  allowed: boolean;
  today: string;
  failed?: CouncilActionData;
}) {
  const t = useTranslations("council.recognise");
  const locale = useLocale();
  return (
    <section aria-labelledby="cong-nhan">
      <h2 id="cong-nhan">{t("heading")}</h2>
      <p>{t("intro", { date: formatDate(evaluation.evaluatedOn, locale), total: formatScore(evaluation.total, locale), stars: evaluation.stars })}</p>
      {allowed ? (
        <Form method="post" className="workspace-form" noValidate>
          <input type="hidden" name="intent" value="recognise" />
          <input type="hidden" name="evaluationId" value={evaluation.id} />
          <FormError error={failed?.errors.form} />
          <Field id="certificate-number" name="number" label={t("number")} hint={t("numberHint")} error={failed?.errors.number}>
            {(props) => <input {...props} type="text" autoComplete="off" defaultValue={failed?.values.number ?? ""} />}
          </Field>
          <Field id="decision-date" name="decisionDate" label={t("decisionDate")} error={failed?.errors.decisionDate}>
            {(props) => <input {...props} type="date" defaultValue={failed?.values.decisionDate ?? today} />}
          </Field>
          <Field id="issued-by" name="issuedBy" label={t("issuedBy")} hint={t("issuedByHint")} error={failed?.errors.issuedBy}>
            {(props) => <input {...props} type="text" defaultValue={failed?.values.issuedBy ?? ""} />}
          </Field>
          <p>
            <button type="submit" className="button">
              {t("submit")}
            </button>
          </p>
        </Form>
      ) : (
        <p className="notice notice--warning">{t("ministryOnly")}</p>
      )}
    </section>
  );
}
