/** What the dashboard's year chart needs of plans: each year's target line. */
export interface PlanForLine {
  periodStart: string;
  periodEnd: string;
  targets: { kind: string; targetValue: number; minStars?: number | null }[];
}

/**
 * The target line of "products recognised per year": a per-year target gives its N for each year of
 * its plan; a period target of products at 3★+ gives its total spread evenly over the plan's years.
 * Where several plans cover a year, the highest line is drawn.
 */
export function yearTargets(plans: readonly PlanForLine[]): Map<number, number> {
  const line = new Map<number, number>();
  for (const plan of plans) {
    const first = Number(plan.periodStart.slice(0, 4));
    const last = Number(plan.periodEnd.slice(0, 4));
    const years = last - first + 1;
    for (const target of plan.targets) {
      const perYear =
        target.kind === "PRODUCTS_PER_YEAR_MIN_STARS"
          ? target.targetValue
          : target.kind === "PRODUCTS_CERTIFIED_MIN_STARS" && (target.minStars ?? 3) <= 3
            ? Math.round(target.targetValue / years)
            : null;
      if (perYear === null) continue;
      for (let y = first; y <= last; y++) line.set(y, Math.max(line.get(y) ?? 0, perYear));
    }
  }
  return line;
}
