import { defineEntity, p } from '@mikro-orm/core';
import { Province } from '../places/province.entity.js';
import { Producer } from '../producers/producer.entity.js';
import { SalesPoint } from '../salespoints/sales-point.entity.js';
import { TourismOperator } from '../tourism/tourism-operator.entity.js';
import { COUNCIL_LEVELS, OPERATOR_ROLES, PRODUCER_ROLES, ROLE_KINDS } from './roles.js';
import { User } from './user.entity.js';

/**
 * A role a user holds, with its scope. The check constraint keeps each kind's scope columns filled
 * and the others empty; partial unique indexes keep one row per (user, kind, scope).
 */
const RoleAssignmentSchema = defineEntity({
  name: 'RoleAssignment',
  tableName: 'role_assignment',
  properties: {
    id: p.string().primary(),
    user: () => p.manyToOne(User).index().deleteRule('cascade'),
    kind: p.enum(ROLE_KINDS).nativeEnumName('role_kind'),
    /** PRODUCER_MEMBER: which producer, and as what. */
    producer: () => p.manyToOne(Producer).nullable().index().deleteRule('cascade'),
    producerRole: p.enum(PRODUCER_ROLES).nativeEnumName('producer_role').nullable(),
    /** COUNCIL_MEMBER: the province's council, or the ministry's when null. */
    province: () => p.manyToOne(Province).nullable().index().deleteRule('restrict'),
    councilLevel: p.enum(COUNCIL_LEVELS).nativeEnumName('council_level').nullable(),
    /** OPERATOR_MEMBER: which tourism operator, and as what. */
    operator: () => p.manyToOne(TourismOperator).nullable().index().deleteRule('cascade'),
    operatorRole: p.enum(OPERATOR_ROLES).nativeEnumName('operator_role').nullable(),
    /** SALES_POINT_MANAGER: which sales point. */
    salesPoint: () => p.manyToOne(SalesPoint).nullable().index().deleteRule('cascade'),
    /** The admin who assigned it (null for the first admin, made by the CLI). */
    grantedBy: () => p.manyToOne(User).nullable().deleteRule('set null'),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
  checks: [
    {
      name: 'role_assignment_scope_check',
      expression: `(kind = 'ADMIN' and producer_id is null and producer_role is null and province_id is null and council_level is null
            and operator_id is null and operator_role is null and sales_point_id is null)
        or (kind = 'PRODUCER_MEMBER' and producer_id is not null and producer_role is not null and province_id is null and council_level is null
            and operator_id is null and operator_role is null and sales_point_id is null)
        or (kind = 'COUNCIL_MEMBER' and producer_id is null and producer_role is null and council_level is not null
            and ((council_level = 'MINISTRY') = (province_id is null)) and operator_id is null and operator_role is null and sales_point_id is null)
        or (kind = 'OPERATOR_MEMBER' and operator_id is not null and operator_role is not null and producer_id is null and producer_role is null
            and province_id is null and council_level is null and sales_point_id is null)
        or (kind = 'SALES_POINT_MANAGER' and sales_point_id is not null and producer_id is null and producer_role is null
            and province_id is null and council_level is null and operator_id is null and operator_role is null)`,
    },
  ],
  indexes: [
    {
      name: 'role_assignment_scope_unique',
      expression: `create unique index "role_assignment_scope_unique" on "role_assignment" ("user_id", "kind", coalesce("producer_id", ''), coalesce("province_id", ''), coalesce("operator_id", ''), coalesce("sales_point_id", ''))`,
    },
  ],
});

export class RoleAssignment extends RoleAssignmentSchema.class {}
RoleAssignmentSchema.setClass(RoleAssignment);
