import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { Rule } from '../../graphql/auth.js';
import type { Context } from '../../graphql/context.js';
import { badArgument } from '../../graphql/errors.js';
import { fromGlobalId } from '../../graphql/global-id.js';
import { ConnectionArgs, checkedPageSize, decodeCursor, toConnection } from '../../graphql/relay.js';
import { isAdmin } from '../accounts/viewer.js';
import { CertificateType } from '../certification/certification.types.js';
import { AUDIT_SUBJECT_TYPES, type AuditSubjectType } from './audit.js';
import { AuditEventConnection, AuditEventFilter, AuditEventType } from './audit.types.js';

const SUBJECT_TYPES: readonly string[] = AUDIT_SUBJECT_TYPES;

@Resolver(() => AuditEventType)
export class AuditEventResolver {
  @Rule('ADMIN')
  @Query(() => AuditEventConnection, { description: 'The audit log (certificates, evaluations, approvals, roles), newest first (admins only).' })
  async auditEvents(
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('filter', () => AuditEventFilter, { nullable: true }) filter: AuditEventFilter | null,
    @Ctx() ctx: Context,
  ): Promise<AuditEventConnection> {
    let subject: { type: AuditSubjectType; id: string } | null = null;
    if (filter?.subjectId != null) {
      const decoded = fromGlobalId(filter.subjectId);
      if (!decoded || !SUBJECT_TYPES.includes(decoded.type)) throw badArgument('filter.subjectId', 'is not the id of an object the audit log records.');
      subject = { type: decoded.type as AuditSubjectType, id: decoded.id };
    }
    let actorUserId: string | null = null;
    const actorEmail = filter?.actorEmail?.trim();
    if (actorEmail) {
      // An unknown email matches no event (an id no user has).
      actorUserId = (await ctx.services.accounts.userIdByEmail(actorEmail)) ?? 'usr_none';
    }
    const page = await ctx.services.audit.list(
      { action: filter?.action ?? null, subjectType: subject?.type ?? filter?.subjectType ?? null, subjectId: subject?.id ?? null, actorUserId },
      { first: checkedPageSize(args.first), after: decodeCursor(args.after) },
    );
    return toConnection(page, AuditEventType.from);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Email of the user who made the change: shown to admins and council members only (null for others, and for the system).',
  })
  async actorEmail(@Root() event: AuditEventType, @Ctx() ctx: Context): Promise<string | null> {
    const viewer = ctx.viewer;
    const privileged = isAdmin(viewer) || !!viewer?.roles.some((r) => r.kind === 'COUNCIL_MEMBER');
    if (!privileged || !event.record.actorUserId) return null;
    return (await ctx.loaders.userEmail.load(event.record.actorUserId)) ?? null;
  }
}

/** The audit trail on Certificate, kept in this module. */
@Resolver(() => CertificateType)
export class CertificateHistoryResolver {
  @FieldResolver(() => [AuditEventType], { description: 'Every recorded change of this certificate, oldest first (the append-only audit log).' })
  async history(@Root() certificate: CertificateType, @Ctx() ctx: Context): Promise<AuditEventType[]> {
    const events = await ctx.loaders.certificateAuditEvents.load(certificate.record.id);
    return events.map(AuditEventType.from);
  }
}
