import type { EntityManager } from '@mikro-orm/postgresql';
import { newId } from '../../lib/ids.js';
import { rows } from '../../lib/sql.js';
import { appendAuditEvents, type AuditAction, type AuditEventInput } from '../audit/audit.js';
import { ForbiddenError, isAdmin, signedIn, type Viewer } from '../accounts/viewer.js';
import type { ProvinceUnits } from '../places/province-units.js';
import type { ProgrammeStatsService } from './programme-stats.service.js';
import type { PlanRecord, TargetRecord } from './programme-records.js';
import { SHARE_KINDS, STAR_KINDS, type ProgrammeTargetKind } from './programme-target-kind.js';
import { TARGET_COLUMNS, type ProgrammeService } from './programme.service.js';

export const PROGRAMME_ERROR_CODES = [
  'NOT_FOUND', 'TITLE_REQUIRED', 'TITLE_TOO_LONG', 'PROVINCE_NOT_FOUND', 'INVALID_PERIOD', 'TOO_MANY_TARGETS',
  'TARGET_LABEL_REQUIRED', 'INVALID_TARGET_VALUE', 'INVALID_MIN_STARS', 'TARGET_LABEL_TOO_LONG',
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
export type TargetResult = { plan: PlanRecord | null; target: TargetRecord | null; userErrors: ProgrammeUserError[] };

const TITLE_MAX = 200;
const LABEL_MAX = 300;
const MAX_TARGETS = 20;

const error = (field: string[], code: ProgrammeErrorCode, message: string): ProgrammeUserError => ({ field, code, message });

/** What the audit log keeps of a plan and of a target (the log's subject is always the plan). */
const planSnapshot = (p: Pick<PlanRecord, 'provinceId' | 'title' | 'periodStart' | 'periodEnd' | 'decisionReference'>) => ({
  title: p.title, provinceId: p.provinceId, periodStart: p.periodStart, periodEnd: p.periodEnd, decisionReference: p.decisionReference,
});
const targetSnapshot = (t: TargetRecord) => ({ targetId: t.id, kind: t.kind, label: t.label, targetValue: t.targetValue, minStars: t.minStars, denominator: t.denominator });
const planEvent = (action: AuditAction, planId: string, before: unknown, after: unknown): AuditEventInput => ({ action, subjectType: 'ProgrammePlan', subjectId: planId, before, after });

/** A target as stored (once checked): label trimmed, absent figures null. */
function normalised(t: TargetInput): TargetInput {
  return { kind: t.kind, label: t.label.trim(), targetValue: t.targetValue, minStars: t.minStars ?? null, denominator: t.denominator ?? null };
}

/** The rules of one target; `at` names its fields in the input. */
function targetErrors(t: TargetInput, at: (field: string) => string[]): ProgrammeUserError[] {
  const errors: ProgrammeUserError[] = [];
  const label = t.label?.trim() ?? '';
  if (!label) errors.push(error(at('label'), 'TARGET_LABEL_REQUIRED', 'Say what the target is, in the plan’s words.'));
  else if (label.length > LABEL_MAX) errors.push(error(at('label'), 'TARGET_LABEL_TOO_LONG', `A target's wording has at most ${LABEL_MAX} characters.`));
  const share = SHARE_KINDS.includes(t.kind);
  const max = share ? 100 : 1_000_000;
  if (!Number.isInteger(t.targetValue) || t.targetValue <= 0 || t.targetValue > max) {
    errors.push(error(at('targetValue'), 'INVALID_TARGET_VALUE', share ? 'A share is a whole percentage from 1 to 100.' : 'A target is a positive whole number.'));
  }
  if (STAR_KINDS.includes(t.kind) ? !(t.minStars && t.minStars >= 3 && t.minStars <= 5) : t.minStars != null) {
    errors.push(error(at('minStars'), 'INVALID_MIN_STARS', STAR_KINDS.includes(t.kind) ? 'Give the minimum stars, 3 to 5.' : 'Only star targets take a minimum of stars.'));
  }
  if (t.denominator != null && (!Number.isInteger(t.denominator) || t.denominator <= 0 || t.denominator > 1_000_000)) {
    errors.push(error(at('denominator'), 'INVALID_TARGET_VALUE', 'The count a share is taken of is a positive whole number.'));
  }
  return errors;
}

/**
 * Writes programme plans and their targets: admins (any plan, national ones included) and the rating
 * council of the province a plan's unit is part of today (a Hải Dương plan by Hải Phòng's council).
 * Every change is written to the audit log (subject: the plan) in its transaction.
 */
export class ProgrammeEditingService {
  constructor(
    private readonly em: EntityManager,
    private readonly plans: ProgrammeService,
    private readonly stats: ProgrammeStatsService,
    private readonly now: () => Date,
  ) {}

  private units(): Promise<ProvinceUnits> {
    return this.stats.units();
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
    const plan = { provinceId, title: input.title!.trim(), periodStart: input.periodStart!, periodEnd: input.periodEnd!, decisionReference: input.decisionReference?.trim() || null };
    await this.em.transactional(async (tx) => {
      await rows(
        tx,
        `insert into programme_plan (id, province_id, title, period_start, period_end, decision_reference, created_by_id, created_at, updated_at)
         values (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        [id, plan.provinceId, plan.title, plan.periodStart, plan.periodEnd, plan.decisionReference, v.userId, now, now],
      );
      const targets = await this.replaceTargets(tx, id, input.targets ?? []);
      await appendAuditEvents(tx, v, [planEvent('PROGRAMME_PLAN_CREATED', id, null, { ...planSnapshot(plan), targets: targets.map(targetSnapshot) })]);
    });
    const [created] = await this.plans.byIds([id]);
    return { plan: created!, userErrors: [] };
  }

  async update(viewer: Viewer | null, planId: string | null, input: PlanInput): Promise<PlanResult> {
    const v = signedIn(viewer);
    const found = await this.editablePlan(v, planId);
    if ('userErrors' in found) return { plan: null, userErrors: found.userErrors };
    const { plan } = found;
    const merged = {
      provinceId: plan.provinceId,
      title: (input.title ?? plan.title).trim(),
      periodStart: input.periodStart ?? plan.periodStart,
      periodEnd: input.periodEnd ?? plan.periodEnd,
      decisionReference: input.decisionReference === undefined || input.decisionReference === null ? plan.decisionReference : input.decisionReference.trim() || null,
      targets: input.targets,
    };
    const errors = this.check(merged);
    if (errors.length) return { plan: null, userErrors: errors };
    await this.em.transactional(async (tx) => {
      await rows(tx, `update programme_plan set title = ?, period_start = ?, period_end = ?, decision_reference = ?, updated_at = ? where id = ?`,
        [merged.title, merged.periodStart, merged.periodEnd, merged.decisionReference, this.now(), plan.id]);
      let targets: { before: unknown; after: unknown } = { before: undefined, after: undefined };
      if (input.targets) {
        const before = await rows<TargetRecord>(tx, `select ${TARGET_COLUMNS} from programme_target where plan_id = ? order by position, id`, [plan.id]);
        targets = { before: before.map(targetSnapshot), after: (await this.replaceTargets(tx, plan.id, input.targets)).map(targetSnapshot) };
      }
      await appendAuditEvents(tx, v, [planEvent('PROGRAMME_PLAN_UPDATED', plan.id, { ...planSnapshot(plan), targets: targets.before }, { ...planSnapshot(merged), targets: targets.after })]);
    });
    const [updated] = await this.plans.byIds([plan.id]);
    return { plan: updated!, userErrors: [] };
  }

  async remove(viewer: Viewer | null, planId: string | null): Promise<PlanResult> {
    const v = signedIn(viewer);
    const found = await this.editablePlan(v, planId);
    if ('userErrors' in found) return { plan: null, userErrors: found.userErrors };
    const { plan } = found;
    await this.em.transactional(async (tx) => {
      const targets = await rows<TargetRecord>(tx, `select ${TARGET_COLUMNS} from programme_target where plan_id = ? order by position, id`, [plan.id]);
      await rows(tx, `delete from programme_plan where id = ?`, [plan.id]);
      await appendAuditEvents(tx, v, [planEvent('PROGRAMME_PLAN_DELETED', plan.id, { ...planSnapshot(plan), targets: targets.map(targetSnapshot) }, null)]);
    });
    return { plan, userErrors: [] };
  }

  /** Adds a target at the end of a plan (at most 20 a plan; the plan row is locked while counting). */
  async addTarget(viewer: Viewer | null, planId: string | null, input: TargetInput): Promise<TargetResult> {
    const v = signedIn(viewer);
    const found = await this.editablePlan(v, planId);
    if ('userErrors' in found) return { plan: null, target: null, userErrors: found.userErrors };
    const { plan } = found;
    const errors = targetErrors(input, (field) => [field]);
    if (errors.length) return { plan: null, target: null, userErrors: errors };
    const t = normalised(input);
    const id = newId('programmeTarget');
    const added = await this.em.transactional(async (tx) => {
      await rows(tx, `select id from programme_plan where id = ? for update`, [plan.id]);
      const [{ n, next }] = (await rows<{ n: number; next: number }>(tx, `select count(*)::int as n, coalesce(max(position) + 1, 0)::int as next from programme_target where plan_id = ?`, [plan.id])) as [{ n: number; next: number }];
      if (n >= MAX_TARGETS) return null;
      const [target] = await rows<TargetRecord>(
        tx,
        `insert into programme_target (id, plan_id, kind, label, target_value, min_stars, denominator, position) values (?, ?, ?, ?, ?, ?, ?, ?) returning ${TARGET_COLUMNS}`,
        [id, plan.id, t.kind, t.label, t.targetValue, t.minStars, t.denominator, next],
      );
      await this.touch(tx, plan.id);
      await appendAuditEvents(tx, v, [planEvent('PROGRAMME_TARGET_ADDED', plan.id, null, targetSnapshot(target!))]);
      return target!;
    });
    if (!added) return { plan: null, target: null, userErrors: [error(['planId'], 'TOO_MANY_TARGETS', `A plan has at most ${MAX_TARGETS} targets.`)] };
    const [updated] = await this.plans.byIds([plan.id]);
    return { plan: updated!, target: added, userErrors: [] };
  }

  /** Replaces a target's kind, wording and figures (it keeps its id and place in the plan). */
  async updateTarget(viewer: Viewer | null, targetId: string | null, input: TargetInput): Promise<TargetResult> {
    const v = signedIn(viewer);
    const found = await this.editableTarget(v, targetId);
    if ('userErrors' in found) return { plan: null, target: null, userErrors: found.userErrors };
    const { plan, target } = found;
    const errors = targetErrors(input, (field) => [field]);
    if (errors.length) return { plan: null, target: null, userErrors: errors };
    const t = normalised(input);
    const updated = await this.em.transactional(async (tx) => {
      const [after] = await rows<TargetRecord>(
        tx,
        `update programme_target set kind = ?, label = ?, target_value = ?, min_stars = ?, denominator = ? where id = ? returning ${TARGET_COLUMNS}`,
        [t.kind, t.label, t.targetValue, t.minStars, t.denominator, target.id],
      );
      await this.touch(tx, plan.id);
      await appendAuditEvents(tx, v, [planEvent('PROGRAMME_TARGET_UPDATED', plan.id, targetSnapshot(target), targetSnapshot(after!))]);
      return after!;
    });
    const [fresh] = await this.plans.byIds([plan.id]);
    return { plan: fresh!, target: updated, userErrors: [] };
  }

  async removeTarget(viewer: Viewer | null, targetId: string | null): Promise<TargetResult> {
    const v = signedIn(viewer);
    const found = await this.editableTarget(v, targetId);
    if ('userErrors' in found) return { plan: null, target: null, userErrors: found.userErrors };
    const { plan, target } = found;
    await this.em.transactional(async (tx) => {
      await rows(tx, `delete from programme_target where id = ?`, [target.id]);
      await this.touch(tx, plan.id);
      await appendAuditEvents(tx, v, [planEvent('PROGRAMME_TARGET_REMOVED', plan.id, targetSnapshot(target), null)]);
    });
    const [fresh] = await this.plans.byIds([plan.id]);
    return { plan: fresh!, target, userErrors: [] };
  }

  /** The plan, if the viewer may edit it; NOT_FOUND only to admins (others are refused, learning nothing). */
  private async editablePlan(v: Viewer, planId: string | null): Promise<{ plan: PlanRecord } | { userErrors: ProgrammeUserError[] }> {
    const [plan] = planId ? await this.plans.byIds([planId]) : [undefined];
    const units = await this.units();
    if (!plan) {
      if (!isAdmin(v)) this.assertEditor(v, null, units);
      return { userErrors: [error(['planId'], 'NOT_FOUND', 'There is no such plan.')] };
    }
    this.assertEditor(v, plan.provinceId, units);
    return { plan };
  }

  private async editableTarget(v: Viewer, targetId: string | null): Promise<{ plan: PlanRecord; target: TargetRecord } | { userErrors: ProgrammeUserError[] }> {
    const [target] = targetId ? await rows<TargetRecord>(this.em, `select ${TARGET_COLUMNS} from programme_target where id = ?`, [targetId]) : [];
    const found = target ? await this.editablePlan(v, target.planId) : null;
    if (!found || 'userErrors' in found) {
      if (!isAdmin(v)) this.assertEditor(v, null, await this.units());
      return { userErrors: [error(['targetId'], 'NOT_FOUND', 'There is no such target.')] };
    }
    return { plan: found.plan, target: target! };
  }

  private touch(tx: EntityManager, planId: string) {
    return rows(tx, `update programme_plan set updated_at = ? where id = ?`, [this.now(), planId]);
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
    targets.forEach((t, i) => errors.push(...targetErrors(t, (field) => ['targets', String(i), field])));
    return errors;
  }

  private async replaceTargets(em: EntityManager, planId: string, input: TargetInput[]): Promise<TargetRecord[]> {
    await rows(em, `delete from programme_target where plan_id = ?`, [planId]);
    if (!input.length) return [];
    const targets = input.map(normalised);
    return rows<TargetRecord>(
      em,
      `insert into programme_target (id, plan_id, kind, label, target_value, min_stars, denominator, position)
       select u.id, ?, u.kind, u.label, u.target_value, u.min_stars, u.denominator, u.position
       from unnest(?::text[], ?::programme_target_kind[], ?::text[], ?::int[], ?::smallint[], ?::int[], ?::smallint[])
         as u(id, kind, label, target_value, min_stars, denominator, position)
       returning ${TARGET_COLUMNS}`,
      [planId, targets.map(() => newId('programmeTarget')), targets.map((t) => t.kind), targets.map((t) => t.label), targets.map((t) => t.targetValue),
        targets.map((t) => t.minStars ?? null), targets.map((t) => t.denominator ?? null), targets.map((_, i) => i)],
    );
  }
}
