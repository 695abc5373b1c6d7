import { DateTimeISOResolver, JSONResolver } from 'graphql-scalars';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { enumFromValues } from '../../graphql/enums.js';
import { toGlobalId } from '../../graphql/global-id.js';
import { Connection } from '../../graphql/relay.js';
import { AUDIT_ACTIONS, AUDIT_SUBJECT_TYPES, type AuditAction, type AuditSubjectType } from './audit.js';
import type { AuditEventRecord } from './audit.service.js';

export const AuditActionEnum = enumFromValues(AUDIT_ACTIONS, 'AuditAction', {
  description: 'What a change to a certificate or evaluation was.',
  valueDescriptions: {
    EVALUATION_RECORDED: 'A council scored a product.',
    CERTIFICATE_RECOGNISED: 'A certificate was issued from an evaluation.',
    CERTIFICATE_SUPERSEDED: 'A newer certificate of the product replaced it.',
    CERTIFICATE_REVOKED: 'The recognising authority withdrew it.',
    CERTIFICATE_EXPIRED: 'The expiry sweep marked it expired (no user acted).',
    PRODUCER_APPROVED: 'An admin approved a registered producer.',
    OPERATOR_APPROVED: 'An admin approved a registered tourism operator.',
    ROLE_ASSIGNED: 'An admin gave a user a role.',
    ROLE_REVOKED: 'An admin took a role away.',
    PROGRAMME_PLAN_CREATED: 'An admin or a province council created a programme plan (with its targets).',
    PROGRAMME_PLAN_UPDATED: 'A programme plan’s title, period or decision (or all its targets) changed.',
    PROGRAMME_PLAN_DELETED: 'A programme plan was deleted with its targets.',
    PROGRAMME_TARGET_ADDED: 'A target was added to a programme plan (the subject is the plan).',
    PROGRAMME_TARGET_UPDATED: 'A target of a programme plan changed (the subject is the plan).',
    PROGRAMME_TARGET_REMOVED: 'A target was removed from a programme plan (the subject is the plan).',
    CRAFT_VILLAGE_CREATED: 'An admin or a province council recorded a craft village.',
    CRAFT_VILLAGE_UPDATED: 'A craft village’s name, craft, commune or recognition changed.',
    CRAFT_VILLAGE_DELETED: 'A craft village was deleted (its producers are then in no village).',
    CRAFT_VILLAGE_PRODUCER_ADDED: 'A producer was placed in a craft village (the subject is the village).',
    CRAFT_VILLAGE_PRODUCER_REMOVED: 'A producer left a craft village, taken out or moved to another (the subject is the village).',
  },
});

export const AuditSubjectTypeEnum = enumFromValues(AUDIT_SUBJECT_TYPES, 'AuditSubjectType', {
  description: 'The kinds of object the audit log records changes of.',
});

@ObjectType('AuditEvent', { description: 'One entry of the append-only audit log (certificates, approvals, roles).' })
export class AuditEventType {
  @Field(() => ID) id!: string;
  @Field(() => DateTimeISOResolver) at!: Date;
  @Field(() => AuditActionEnum) action!: AuditAction;
  @Field(() => String, { description: 'The kind of object changed: Certificate, Evaluation, Producer, TourismOperator or RoleAssignment.' }) subjectType!: string;
  @Field(() => ID, { description: 'Global id of the object changed.' }) subjectId!: string;
  @Field(() => JSONResolver, { nullable: true, description: 'The object before the change; null when it was created.' }) before!: unknown;
  @Field(() => JSONResolver, { nullable: true, description: 'The object after the change.' }) after!: unknown;
  record!: AuditEventRecord;

  static from(record: AuditEventRecord): AuditEventType {
    return Object.assign(new AuditEventType(), {
      id: toGlobalId('AuditEvent', record.id),
      at: new Date(record.at),
      action: record.action,
      subjectType: record.subjectType,
      subjectId: toGlobalId(record.subjectType, record.subjectId),
      before: record.before,
      after: record.after,
      record,
    });
  }
}

@ObjectType('AuditEventConnection')
export class AuditEventConnection extends Connection(AuditEventType, 'AuditEvent') {}

@InputType('AuditEventFilter')
export class AuditEventFilter {
  @Field(() => AuditActionEnum, { nullable: true }) action?: AuditAction | null;
  @Field(() => ID, { nullable: true, description: 'Global id of the object changed (a Certificate, Evaluation, Producer, TourismOperator or RoleAssignment).' })
  subjectId?: string | null;
  @Field(() => AuditSubjectTypeEnum, { nullable: true }) subjectType?: AuditSubjectType | null;
  @Field(() => String, { nullable: true, description: 'Only changes made by the user with this email (exact, case-insensitive).' }) actorEmail?: string | null;
}
