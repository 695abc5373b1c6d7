import { DateTimeISOResolver, JSONResolver } from 'graphql-scalars';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { enumFromValues } from '../../graphql/enums.js';
import { toGlobalId } from '../../graphql/global-id.js';
import { Connection } from '../../graphql/relay.js';
import { AUDIT_ACTIONS, type AuditAction } from './audit.js';
import type { AuditEventRecord } from './audit.service.js';

export const AuditActionEnum = enumFromValues(AUDIT_ACTIONS, 'AuditAction', {
  description: 'What a change to a certificate or evaluation was.',
  valueDescriptions: {
    EVALUATION_RECORDED: 'A council scored a product.',
    CERTIFICATE_RECOGNISED: 'A certificate was issued from an evaluation.',
    CERTIFICATE_SUPERSEDED: 'A newer certificate of the product replaced it.',
    CERTIFICATE_REVOKED: 'The recognising authority withdrew it.',
    CERTIFICATE_EXPIRED: 'The expiry sweep marked it expired (no user acted).',
  },
});

@ObjectType('AuditEvent', { description: 'One entry of the append-only audit log of certificates.' })
export class AuditEventType {
  @Field(() => ID) id!: string;
  @Field(() => DateTimeISOResolver) at!: Date;
  @Field(() => AuditActionEnum) action!: AuditAction;
  @Field(() => String, { description: 'The kind of object changed: Certificate or Evaluation.' }) subjectType!: string;
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
  @Field(() => ID, { nullable: true, description: 'Global id of a Certificate or Evaluation.' }) subjectId?: string | null;
}
