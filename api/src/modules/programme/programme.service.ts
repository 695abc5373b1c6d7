import type { EntityManager } from '@mikro-orm/postgresql';
import { newId } from '../../lib/ids.js';
import { keysetPage, type KeysetPage } from '../../lib/keyset.js';
import { orderedBy, rows } from '../../lib/sql.js';
import { ForbiddenError, isAdmin, signedIn, type Viewer } from '../accounts/viewer.js';
import type { ProvinceUnits } from '../places/province-units.js';
import type { Progress, ProgressStatus } from './pace.js';
import type { ProgrammeStatsService } from './programme-stats.service.js';
import type { MeasuredTarget, PlanRecord, TargetRecord } from './programme-records.js';
import { SHARE_KINDS, STAR_KINDS, type ProgrammeTargetKind } from './programme-target-kind.js';

export const PROGRAMME_ERROR_CODES = [
  'NOT_FOUND', 'TITLE_REQUIRED', 'TITLE_TOO_LONG', 'PROVINCE_NOT_FOUND', 'INVALID_PERIOD', 'TOO_MANY_TARGETS',
  'TARGET_LABEL_REQUIRED', 'INVALID_TARGET_VALUE', 'INVALID_MIN_STARS',
] as const;
export type ProgrammeErrorCode = (typeof PROGRAMME_ERROR_CODES)[number];

export interface ProgrammeUserError {
  field: string[];
  code: ProgrammeErrorCode;
  message: string;
}

export interface TargetInput {
  kind: ProgrammeTargetKind;
  label: string;
  targetValue: number;
  minStars?: number | null;
  denominator?: number | null;
}

export interface PlanInput {
  /** Local id of the province as issued (may be historic); null = national plan. */
  provinceId?: string | null;
  title?: string | null;
  periodStart?: string | null;
  periodEnd?: string | null;
  decisionReference?: string | null;
  /** When given, replaces every target of the plan. */
  targets?: TargetInput[] | null;
}

export type PlanResult = { plan: PlanRecord | null; userErrors: ProgrammeUserError[] };

const PLAN_COLUMNS = `id, province_id as "provinceId", title, period_start::text as "periodStart", period_end::text as "periodEnd",
  decision_reference as "decisionReference", created_by_id as "createdById", created_at as "createdAt", updated_at as "updatedAt"`;
const TARGET_COLUMNS = `id, plan_id as "planId", kind, label, target_value as "targetValue", min_stars as "minStars", denominator, position`;
const TITLE_MAX = 200;
const MAX_TARGETS = 20;

const error = (field: string[], code: ProgrammeErrorCode, message: string): ProgrammeUserError => ({ field, code, message });

/** Raw SQL gives timestamps as text (MikroORM's pg type parsers): the records carry Dates (the API's DateTimeISO). */
const dated = (p: PlanRecord): PlanRecord => ({ ...p, createdAt: new Date(p.createdAt), updatedAt: new Date(p.updatedAt) });

/**
 * Programme plans: public to read; written by admins (any plan, national ones included) and by the
 * rating council of the province a plan's unit is part of today (a Hải Dương plan by Hải Phòng's council).
 */
export class ProgrammeService {
  constructor(
    private readonly em: EntityManager,
    private readonly stats: ProgrammeStatsService,
    private readonly now: () => Date,
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

  async create(viewer: Viewer | null, input: PlanInput): Promise<PlanResult> {
    const v = signedIn(viewer);
    const provinceId = input.provinceId ?? null;
    const units = await this.units();
    if (provinceId !== null && !units.byId(provinceId)) {
      if (!isAdmin(v)) this.assertEditor(v, null, units); // only an admin learns which ids exist
      return { plan: null, userErrors: [error(['provinceId'], 'PROVINCE_NOT_FOUND', 'There is no such province.')] };
    }
    this.assertEditor(v, provinceId, units);
    const errors = this.check({ ...input, provinceId });
    if (errors.length) return { plan: null, userErrors: errors };
    const id = newId('programmePlan');
    const now = this.now();
    await this.em.transactional(async (tx) => {
      await rows(
        tx,
        `insert into programme_plan (id, province_id, title, period_start, period_end, decision_reference, created_by_id, created_at, updated_at)
         values (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        [id, provinceId, input.title!.trim(), input.periodStart, input.periodEnd, input.decisionReference?.trim() || null, v.userId, now, now],
      );
      await this.replaceTargets(tx, id, input.targets ?? []);
    });
    const [plan] = await this.byIds([id]);
    return { plan: plan!, userErrors: [] };
  }

  async update(viewer: Viewer | null, planId: string | null, input: PlanInput): Promise<PlanResult> {
    const v = signedIn(viewer);
    const [plan] = planId ? await this.byIds([planId]) : [undefined];
    const units = await this.units();
    if (!plan) {
      if (!isAdmin(v)) this.assertEditor(v, null, units);
      return { plan: null, userErrors: [error(['planId'], 'NOT_FOUND', 'There is no such plan.')] };
    }
    this.assertEditor(v, plan.provinceId, units);
    const merged = {
      title: input.title ?? plan.title,
      periodStart: input.periodStart ?? plan.periodStart,
      periodEnd: input.periodEnd ?? plan.periodEnd,
      targets: input.targets,
    };
    const errors = this.check(merged);
    if (errors.length) return { plan: null, userErrors: errors };
    await this.em.transactional(async (tx) => {
      await rows(
        tx,
        `update programme_plan set title = ?, period_start = ?, period_end = ?, decision_reference = ?, updated_at = ? where id = ?`,
        [merged.title.trim(), merged.periodStart, merged.periodEnd,
          input.decisionReference === undefined || input.decisionReference === null ? plan.decisionReference : input.decisionReference.trim() || null,
          this.now(), plan.id],
      );
      if (input.targets) await this.replaceTargets(tx, plan.id, input.targets);
    });
    const [updated] = await this.byIds([plan.id]);
    return { plan: updated!, userErrors: [] };
  }

  async remove(viewer: Viewer | null, planId: string | null): Promise<PlanResult> {
    const v = signedIn(viewer);
    const [plan] = planId ? await this.byIds([planId]) : [undefined];
    const units = await this.units();
    if (!plan) {
      if (!isAdmin(v)) this.assertEditor(v, null, units);
      return { plan: null, userErrors: [error(['planId'], 'NOT_FOUND', 'There is no such plan.')] };
    }
    this.assertEditor(v, plan.provinceId, units);
    await rows(this.em, `delete from programme_plan where id = ?`, [plan.id]);
    return { plan, userErrors: [] };
  }

  /** Admins edit every plan; a province council member the plans of units that are (part of) its province today. */
  private assertEditor(viewer: Viewer, provinceId: string | null, units: ProvinceUnits) {
    if (isAdmin(viewer)) return;
    const current = provinceId ? units.currentOf(provinceId)?.id : undefined;
    const allowed = current !== undefined && viewer.roles.some((r) => r.kind === 'COUNCIL_MEMBER' && r.councilLevel === 'PROVINCE' && r.provinceId === current);
    if (!allowed) throw new ForbiddenError(provinceId ? 'Only the council of this province or an administrator can edit its plans.' : 'Only an administrator can edit national plans.');
  }

  private check(input: PlanInput): ProgrammeUserError[] {
    const errors: ProgrammeUserError[] = [];
    const title = input.title?.trim() ?? '';
    if (!title) errors.push(error(['title'], 'TITLE_REQUIRED', 'Give the plan a title.'));
    else if (title.length > TITLE_MAX) errors.push(error(['title'], 'TITLE_TOO_LONG', `A title has at most ${TITLE_MAX} characters.`));
    if (!input.periodStart || !input.periodEnd || input.periodEnd < input.periodStart) {
      errors.push(error(['periodEnd'], 'INVALID_PERIOD', 'The period ends on or after it starts.'));
    }
    const targets = input.targets ?? [];
    if (targets.length > MAX_TARGETS) errors.push(error(['targets'], 'TOO_MANY_TARGETS', `A plan has at most ${MAX_TARGETS} targets.`));
    targets.forEach((t, i) => {
      const at = (field: string) => ['targets', String(i), field];
      if (!t.label?.trim()) errors.push(error(at('label'), 'TARGET_LABEL_REQUIRED', 'Say what the target is, in the plan’s words.'));
      const max = SHARE_KINDS.includes(t.kind) ? 100 : 1_000_000;
      if (!Number.isInteger(t.targetValue) || t.targetValue <= 0 || t.targetValue > max) {
        errors.push(error(at('targetValue'), 'INVALID_TARGET_VALUE', SHARE_KINDS.includes(t.kind) ? 'A share is a whole percentage from 1 to 100.' : 'A target is a positive whole number.'));
      }
      if (STAR_KINDS.includes(t.kind) ? !(t.minStars && t.minStars >= 3 && t.minStars <= 5) : t.minStars != null) {
        errors.push(error(at('minStars'), 'INVALID_MIN_STARS', STAR_KINDS.includes(t.kind) ? 'Give the minimum stars, 3 to 5.' : 'Only star targets take a minimum of stars.'));
      }
      if (t.denominator != null && (!Number.isInteger(t.denominator) || t.denominator <= 0)) {
        errors.push(error(at('denominator'), 'INVALID_TARGET_VALUE', 'The count a share is taken of is a positive whole number.'));
      }
    });
    return errors;
  }

  private async replaceTargets(em: EntityManager, planId: string, targets: TargetInput[]) {
    await rows(em, `delete from programme_target where plan_id = ?`, [planId]);
    if (!targets.length) return;
    await rows(
      em,
      `insert into programme_target (id, plan_id, kind, label, target_value, min_stars, denominator, position)
       select u.id, ?, u.kind, u.label, u.target_value, u.min_stars, u.denominator, u.position
       from unnest(?::text[], ?::programme_target_kind[], ?::text[], ?::int[], ?::smallint[], ?::int[], ?::smallint[])
         as u(id, kind, label, target_value, min_stars, denominator, position)`,
      [planId, targets.map(() => newId('programmeTarget')), targets.map((t) => t.kind), targets.map((t) => t.label.trim()), targets.map((t) => t.targetValue),
        targets.map((t) => t.minStars ?? null), targets.map((t) => t.denominator ?? null), targets.map((_, i) => i)],
    );
  }
}
