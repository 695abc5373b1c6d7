import type { EntityManager } from '@mikro-orm/postgresql';
import { rows } from '../../lib/sql.js';
import type { AuditAction, AuditSubjectType } from './audit.js';

export interface AuditEventRecord {
  id: string;
  at: Date;
  actorUserId: string | null;
  action: AuditAction;
  subjectType: AuditSubjectType;
  subjectId: string;
  before: unknown;
  after: unknown;
}

export interface AuditFilter {
  action?: AuditAction | null;
  subjectType?: AuditSubjectType | null;
  subjectId?: string | null;
  actorUserId?: string | null;
}

const COLUMNS = `id, at, actor_user_id as "actorUserId", action, subject_type as "subjectType", subject_id as "subjectId", before, after`;

/** Reads the append-only audit log (writes go through appendAuditEvents, in the writer's transaction). */
export class AuditService {
  constructor(private readonly em: EntityManager) {}

  /** Each subject's events, oldest first (ids are time-ordered). One statement. */
  async forSubjects(subjectType: AuditSubjectType, ids: readonly string[]): Promise<AuditEventRecord[][]> {
    const found = await rows<AuditEventRecord>(
      this.em,
      `select ${COLUMNS} from audit_event where subject_type = ? and subject_id = any(?) order by id`,
      [subjectType, ids],
    );
    return ids.map((id) => found.filter((e) => e.subjectId === id));
  }

  /** Newest first, keyset on the id. Two statements (page, count). */
  async list(filter: AuditFilter, page: { first: number; after: string | null }) {
    const where = `(?::text is null or action = ?) and (?::text is null or subject_type = ?) and (?::text is null or subject_id = ?)
      and (?::text is null or actor_user_id = ?)`;
    const params = [
      filter.action ?? null, filter.action ?? null, filter.subjectType ?? null, filter.subjectType ?? null,
      filter.subjectId ?? null, filter.subjectId ?? null, filter.actorUserId ?? null, filter.actorUserId ?? null,
    ];
    const items = await rows<AuditEventRecord>(
      this.em,
      `select ${COLUMNS} from audit_event where ${where} and (?::text is null or id < ?) order by id desc limit ?`,
      [...params, page.after, page.after, page.first + 1],
    );
    const [count] = await rows<{ n: number }>(this.em, `select count(*)::int as n from audit_event where ${where}`, params);
    return {
      items: items.slice(0, page.first),
      hasNextPage: items.length > page.first,
      hasPreviousPage: page.after !== null,
      totalCount: count!.n,
      cursorOf: (e: AuditEventRecord) => e.id,
    };
  }
}
