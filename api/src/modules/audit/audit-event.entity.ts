import { defineEntity, p } from '@mikro-orm/core';

/**
 * Append-only log of changes to certificates (and their evaluations), and of the admin's approvals
 * and role changes: who, when, what, before/after.
 * Written in the transaction of the change; a trigger refuses UPDATE and DELETE (see the migration).
 * The actor is a plain user id (no foreign key): the log outlives accounts.
 */
const AuditEventSchema = defineEntity({
  name: 'AuditEvent',
  tableName: 'audit_event',
  properties: {
    id: p.string().primary(),
    at: p.datetime(),
    /** The user who made the change; null for system jobs (expiry sweep, imports). */
    actorUserId: p.string().nullable(),
    /** e.g. CERTIFICATE_RECOGNISED, CERTIFICATE_REVOKED, EVALUATION_RECORDED, PRODUCER_APPROVED, ROLE_ASSIGNED (see audit.ts). */
    action: p.string(),
    subjectType: p.string(),
    subjectId: p.string(),
    before: p.json().nullable(),
    after: p.json().nullable(),
  },
  indexes: [{ name: 'audit_event_subject_idx', properties: ['subjectType', 'subjectId', 'at'] }],
  // Append-only: calls audit_event_append_only() (created in the audit_log migration), which raises. The
  // migration also adds a TRUNCATE trigger, not listed here: the schema introspection does not see those.
  triggers: [
    {
      name: 'audit_event_no_update_delete',
      timing: 'before',
      events: ['update', 'delete'],
      forEach: 'row',
      expression: `create trigger "audit_event_no_update_delete" before update or delete on "audit_event" for each row execute function "audit_event_append_only"()`,
    },
  ],
});

export class AuditEvent extends AuditEventSchema.class {}
AuditEventSchema.setClass(AuditEvent);
