import type { EntityManager } from '@mikro-orm/postgresql';
import { keysetPage, type KeysetPage } from '../../lib/keyset.js';
import { orderedBy, rows } from '../../lib/sql.js';
import type { ProvinceUnits } from '../places/province-units.js';
import type { Progress, ProgressStatus } from './pace.js';
import type { ProgrammeStatsService } from './programme-stats.service.js';
import type { MeasuredTarget, PlanRecord, TargetRecord } from './programme-records.js';

export const PLAN_COLUMNS = `id, province_id as "provinceId", title, period_start::text as "periodStart", period_end::text as "periodEnd",
  decision_reference as "decisionReference", created_by_id as "createdById", created_at as "createdAt", updated_at as "updatedAt"`;
export const TARGET_COLUMNS = `id, plan_id as "planId", kind, label, target_value as "targetValue", min_stars as "minStars", denominator, position`;

/** Raw SQL gives timestamps as text (MikroORM's pg type parsers): the records carry Dates (the API's DateTimeISO). */
const dated = (p: PlanRecord): PlanRecord => ({ ...p, createdAt: new Date(p.createdAt), updatedAt: new Date(p.updatedAt) });

/**
 * Programme plans and their targets as read (public). Writes: ProgrammeEditingService.
 */
export class ProgrammeService {
  constructor(
    private readonly em: EntityManager,
    private readonly stats: ProgrammeStatsService,
  ) {}

  private units(): Promise<ProvinceUnits> {
    return this.stats.units();
  }

  /**
   * Each current province's progress over the targets of its plans (plans of its unit or of historic
   * units merged into it): the mean percent of measured targets (each capped at 100) and BEHIND when
   * any is behind. Two statements for the whole country.
   */
  async provinceProgress(today: string): Promise<Map<string, { percent: number; status: ProgressStatus }>> {
    const targets = await this.allMeasuredTargets();
    const progress = await this.stats.progress(targets, today);
    const units = await this.units();
    const byProvince = new Map<string, Progress[]>();
    targets.forEach((t, i) => {
      const current = units.currentOf(t.planProvinceId!)?.id;
      if (!current || progress[i]!.status === 'NOT_MEASURED') return;
      byProvince.set(current, [...(byProvince.get(current) ?? []), progress[i]!]);
    });
    const result = new Map<string, { percent: number; status: ProgressStatus }>();
    for (const [id, list] of byProvince) {
      const percent = Math.round((list.reduce((sum, p) => sum + Math.min(100, p.percent ?? 0), 0) / list.length) * 10) / 10;
      const status: ProgressStatus = list.some((p) => p.status === 'BEHIND') ? 'BEHIND' : list.every((p) => p.status === 'ACHIEVED') ? 'ACHIEVED' : 'ON_TRACK';
      result.set(id, { percent, status });
    }
    return result;
  }

  async byIds(ids: readonly string[]): Promise<(PlanRecord | undefined)[]> {
    const found = await rows<PlanRecord>(this.em, `select ${PLAN_COLUMNS} from programme_plan where id = any(?)`, [ids]);
    return orderedBy(ids, found.map(dated), (p) => p.id);
  }

  /** Plans of the units in `unitIds` (null: every plan, national ones included), latest period first. */
  async list(unitIds: string[] | null, page: { first: number; after: string | null }): Promise<KeysetPage<PlanRecord>> {
    const found = await keysetPage<PlanRecord>(this.em, {
      select: `select ${PLAN_COLUMNS} from programme_plan where ?::text[] is null or province_id = any(?::text[])`,
      params: [unitIds, unitIds],
      keys: [{ column: 'periodEnd', type: 'text' }, { column: 'id', type: 'text' }],
      descending: true,
      first: page.first,
      after: page.after,
    });
    return { ...found, items: found.items.map(dated) };
  }

  /** Targets of each plan in display order (for a DataLoader). */
  async targetsOf(planIds: readonly string[]): Promise<TargetRecord[][]> {
    const found = await rows<TargetRecord>(this.em, `select ${TARGET_COLUMNS} from programme_target where plan_id = any(?) order by plan_id, position, id`, [planIds]);
    const byPlan = Map.groupBy(found, (t) => t.planId);
    return planIds.map((id) => byPlan.get(id) ?? []);
  }

  /** Targets by id with their plan's period and unit (what measuring needs). */
  async measuredTargets(targetIds: readonly string[]): Promise<(MeasuredTarget | undefined)[]> {
    const found = await rows<MeasuredTarget>(
      this.em,
      `select t.id, t.plan_id as "planId", t.kind, t.label, t.target_value as "targetValue", t.min_stars as "minStars", t.denominator, t.position,
         p.period_start::text as "periodStart", p.period_end::text as "periodEnd", p.province_id as "planProvinceId"
       from programme_target t join programme_plan p on p.id = t.plan_id where t.id = any(?)`,
      [targetIds],
    );
    return orderedBy(targetIds, found, (t) => t.id);
  }

  /** Every target of every provincial plan (the province tile grid measures them all at once). */
  allMeasuredTargets(): Promise<MeasuredTarget[]> {
    return rows<MeasuredTarget>(
      this.em,
      `select t.id, t.plan_id as "planId", t.kind, t.label, t.target_value as "targetValue", t.min_stars as "minStars", t.denominator, t.position,
         p.period_start::text as "periodStart", p.period_end::text as "periodEnd", p.province_id as "planProvinceId"
       from programme_target t join programme_plan p on p.id = t.plan_id where p.province_id is not null order by p.id, t.position`,
    );
  }
}
