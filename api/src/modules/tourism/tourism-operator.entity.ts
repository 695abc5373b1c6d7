import { defineEntity, p } from '@mikro-orm/core';
import { Commune } from '../places/commune.entity.js';
import { Province } from '../places/province.entity.js';
import { User } from '../accounts/user.entity.js';
import { OPERATOR_KINDS } from './operator-kind.js';

/**
 * A tourism operator: whoever runs community-tourism points and experiences (OCOP group VI) — a
 * cooperative, a household, an enterprise or a community group. Self-registered, pending until an
 * admin approves it (`approvedAt`). Its members are RoleAssignment rows of kind OPERATOR_MEMBER.
 * Tourism points and experiences (issue 6) belong to an operator.
 */
const TourismOperatorSchema = defineEntity({
  name: 'TourismOperator',
  tableName: 'tourism_operator',
  properties: {
    id: p.string().primary(),
    slug: p.string().unique(),
    name: p.string(),
    kind: p.enum(OPERATOR_KINDS).nativeEnumName('operator_kind'),
    /** A current province (registration happens after the 2025 merger). */
    province: () => p.manyToOne(Province).index().deleteRule('restrict'),
    commune: () => p.manyToOne(Commune).nullable().index().deleteRule('restrict'),
    addressLine: p.string().nullable(),
    phone: p.string().nullable(),
    email: p.string().nullable(),
    /** Sanitised HTML. */
    description: p.text().default(''),
    /** When an admin approved it; null while pending. */
    approvedAt: p.datetime().nullable(),
    /** The admin who approved it. */
    approvedBy: () => p.manyToOne(User).nullable().deleteRule('set null'),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
  indexes: [{ name: 'tourism_operator_pending_idx', properties: ['approvedAt', 'createdAt'] }],
});

export class TourismOperator extends TourismOperatorSchema.class {}
TourismOperatorSchema.setClass(TourismOperator);
