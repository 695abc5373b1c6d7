import type { ReactNode } from "react";
import { useLocale, useTranslations } from "use-intl";
import { formatCount, formatDate } from "../../lib/format";

interface Target {
  id: string;
  kind: string;
  label: string;
  progress: {
    value?: number | null;
    target: number;
    expected: number;
    percent?: number | null;
    status: "ACHIEVED" | "ON_TRACK" | "BEHIND" | "NOT_MEASURED";
    /** Share kinds: what the percentage is of. */
    share?: { count: number; total: number } | null;
  };
}
interface Plan {
  id: string;
  title: string;
  periodStart: string;
  periodEnd: string;
  decisionReference?: string | null;
  province?: { name: string } | null;
  targets: Target[];
}

const SHARE = new Set(["SHARE_PRODUCERS_MODERN_CHANNELS", "SHARE_CRAFT_VILLAGES_WITH_OCOP"]);

/**
 * Plans with a progress bar per target: value against target, the linear-pace mark, and the assessment.
 * `actions` adds a line under a plan's heading (the editor's "edit" link); `headingLevel` fits the page's outline.
 */
export function TargetProgressList({ plans, actions, headingLevel = 3 }: { plans: Plan[]; actions?: (plan: Plan) => ReactNode; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const t = useTranslations();
  const locale = useLocale();
  const number = (n: number) => (Number.isInteger(n) ? formatCount(n, locale) : n.toLocaleString(locale, { maximumFractionDigits: 1 }));
  return (
    <div className="plans">
      {plans.map((plan) => (
        <section key={plan.id} className="plan" aria-labelledby={`plan-${plan.id}`}>
          <Heading id={`plan-${plan.id}`} lang="vi">{plan.title}</Heading>
          <p className="plan__meta">
            {t("programme.planPeriod", { from: formatDate(plan.periodStart, locale), to: formatDate(plan.periodEnd, locale) })}
            {" · "}
            {plan.province ? t("programme.planProvince", { province: plan.province.name }) : t("programme.planNational")}
            {plan.decisionReference ? <> · {t("programme.decision", { reference: plan.decisionReference })}</> : null}
          </p>
          {actions ? actions(plan) : null}
          {plan.targets.length === 0 ? <p className="muted">{t("plans.noTargets")}</p> : null}
          <ul className="targets">
            {plan.targets.map((target) => {
              const p = target.progress;
              const measured = p.value !== null && p.value !== undefined;
              const share = SHARE.has(target.kind);
              const width = Math.min(100, p.percent ?? 0);
              const paceAt = Math.min(100, (p.expected / p.target) * 100);
              return (
                <li key={target.id} className={`target target--${p.status.toLowerCase()}`} data-testid="programme-target">
                  <p className="target__label" lang="vi">{target.label}</p>
                  {measured ? (
                    <>
                      <div
                        className="target__bar"
                        role="progressbar"
                        aria-valuemin={0}
                        aria-valuemax={p.target}
                        aria-valuenow={p.value!}
                        aria-valuetext={`${share ? t("programme.targetShare", { value: number(p.value!), target: number(p.target) }) : t("programme.targetValue", { value: number(p.value!), target: number(p.target) })}, ${t(`programme.status.${p.status}`)}`}
                        aria-label={target.label}
                      >
                        {/* SVG geometry, not style attributes: the CSP allows no inline styles. */}
                        <svg className="target__track" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                          <rect className="target__fill" x="0" y="0" width={width} height="10" />
                          <line className="target__pace" x1={paceAt} x2={paceAt} y1="0" y2="10" vectorEffect="non-scaling-stroke" />
                        </svg>
                      </div>
                      <p className="target__numbers">
                        <strong>{share ? t("programme.targetShare", { value: number(p.value!), target: number(p.target) }) : t("programme.targetValue", { value: number(p.value!), target: number(p.target) })}</strong>
                        {" · "}
                        {t("programme.targetPercent", { percent: number(p.percent ?? 0) })}
                        {" · "}
                        <span className={`target__status target__status--${p.status.toLowerCase()}`}>{t(`programme.status.${p.status}`)}</span>
                      </p>
                      {p.share ? (
                        <p className="target__share" data-testid="target-share">
                          {t(target.kind === "SHARE_CRAFT_VILLAGES_WITH_OCOP" ? "programme.shareVillages" : "programme.shareProducers", {
                            count: formatCount(p.share.count, locale),
                            total: formatCount(p.share.total, locale),
                          })}
                        </p>
                      ) : null}
                      {p.status !== "ACHIEVED" ? <p className="target__pace-note">{t("programme.expected", { expected: number(p.expected) })}</p> : null}
                    </>
                  ) : (
                    <p className="target__numbers">
                      <span className="target__status target__status--not_measured">{t("programme.status.NOT_MEASURED")}</span> · {t("programme.notMeasured")}
                    </p>
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </div>
  );
}
