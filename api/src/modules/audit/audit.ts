import type { EntityManager } from '@mikro-orm/postgresql';
import { newId } from '../../lib/ids.js';
import { rows } from '../../lib/sql.js';

export const AUDIT_ACTIONS = [
  'EVALUATION_RECORDED',
  'CERTIFICATE_RECOGNISED',
  'CERTIFICATE_SUPERSEDED',
  'CERTIFICATE_REVOKED',
  'CERTIFICATE_EXPIRED',
  'PRODUCER_APPROVED',
  'OPERATOR_APPROVED',
  'SALES_POINT_APPROVED',
  'SALES_POINT_REJECTED',
  'ROLE_ASSIGNED',
  'ROLE_REVOKED',
  'TOURISM_POINT_CERTIFICATE_RECORDED',
  'TOURISM_POINT_CERTIFICATE_REVOKED',
  'PROGRAMME_PLAN_CREATED',
  'PROGRAMME_PLAN_UPDATED',
  'PROGRAMME_PLAN_DELETED',
  'PROGRAMME_TARGET_ADDED',
  'PROGRAMME_TARGET_UPDATED',
  'PROGRAMME_TARGET_REMOVED',
  'CRAFT_VILLAGE_CREATED',
  'CRAFT_VILLAGE_UPDATED',
  'CRAFT_VILLAGE_DELETED',
  'CRAFT_VILLAGE_PRODUCER_ADDED',
  'CRAFT_VILLAGE_PRODUCER_REMOVED',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];
/**
 * What the log records changes of: certificates and evaluations, the admin's approvals and role changes,
 * programme plans (a target's change is an event of its plan) and craft villages (a producer placed in
 * or taken out of one is an event of the village).
 */
export const AUDIT_SUBJECT_TYPES = ['Certificate', 'Evaluation', 'Producer', 'TourismOperator', 'SalesPoint', 'RoleAssignment', 'TourismPointCertificate', 'ProgrammePlan', 'CraftVillage'] as const;
export type AuditSubjectType = (typeof AUDIT_SUBJECT_TYPES)[number];

export interface AuditEventInput {
  action: AuditAction;
  subjectType: AuditSubjectType;
  subjectId: string;
  before: unknown;
  after: unknown;
}

/** Who makes a change: a user, or null for the system (expiry sweep). */
export interface Actor {
  userId: string | null;
}
export const SYSTEM_ACTOR: Actor = { userId: null };

/**
 * Appends events on `em` — the transaction of the change they describe, so the log and the change
 * commit or roll back together. One statement for any number of events.
 */
export async function appendAuditEvents(em: EntityManager, actor: Actor, events: AuditEventInput[]): Promise<void> {
  if (!events.length) return;
  await rows(
    em,
    `insert into audit_event (id, at, actor_user_id, action, subject_type, subject_id, before, after)
     select id, now(), ?, action, subject_type, subject_id, before, after
     from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::jsonb[], ?::jsonb[]) as e(id, action, subject_type, subject_id, before, after)`,
    [
      actor.userId,
      events.map(() => newId('auditEvent')),
      events.map((e) => e.action),
      events.map((e) => e.subjectType),
      events.map((e) => e.subjectId),
      events.map((e) => (e.before == null ? null : JSON.stringify(e.before))),
      events.map((e) => (e.after == null ? null : JSON.stringify(e.after))),
    ],
  );
}
