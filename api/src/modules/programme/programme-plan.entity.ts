import { defineEntity, p } from '@mikro-orm/core';
import { User } from '../accounts/user.entity.js';
import { Province } from '../places/province.entity.js';

/**
 * A provincial (or national) OCOP programme plan as issued: e.g. "Hải Dương 2023–2025", decided by the
 * province before the 2025 merger. The province is the unit as issued (may be historic); a null
 * province is a national plan. The period runs from periodStart to periodEnd inclusive (whole years
 * are stored as 1 January – 31 December).
 */
const ProgrammePlanSchema = defineEntity({
  name: 'ProgrammePlan',
  tableName: 'programme_plan',
  properties: {
    id: p.string().primary(),
    province: () => p.manyToOne(Province).nullable().index().deleteRule('restrict'),
    title: p.string(),
    periodStart: p.date(),
    periodEnd: p.date(),
    /** The decision or plan that sets the targets, e.g. "Kế hoạch 123/KH-UBND"; null when not known. */
    decisionReference: p.string().nullable(),
    createdBy: () => p.manyToOne(User).nullable().deleteRule('set null'),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
  },
  checks: [{ name: 'programme_plan_period_check', expression: 'period_end >= period_start' }],
});

export class ProgrammePlan extends ProgrammePlanSchema.class {}
ProgrammePlanSchema.setClass(ProgrammePlan);
