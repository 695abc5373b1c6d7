import type { EntityManager } from '@mikro-orm/postgresql';
import { keysetPage, type KeysetPage } from '../../lib/keyset.js';
import { orderedBy, rows, type SqlFragment } from '../../lib/sql.js';
import type { ApprovalState } from '../../graphql/enums.js';
import type { OperatorKind } from './operator-kind.js';

export interface TourismOperatorRecord {
  id: string;
  slug: string;
  name: string;
  kind: OperatorKind;
  provinceId: string;
  communeId: string | null;
  addressLine: string | null;
  phone: string | null;
  email: string | null;
  description: string;
  approvedAt: Date | null;
  createdAt: Date;
}


export const OPERATOR_COLUMNS = `id, slug, name, kind, province_id as "provinceId", commune_id as "communeId", address_line as "addressLine",
  phone, email, description, approved_at as "approvedAt", created_at as "createdAt"`;

/** Reads tourism operators (writes: OperatorRegistrationService). */
export class TourismOperatorService {
  constructor(private readonly em: EntityManager) {}

  async byIds(ids: readonly string[]): Promise<(TourismOperatorRecord | undefined)[]> {
    const found = await rows<TourismOperatorRecord>(this.em, `select ${OPERATOR_COLUMNS} from tourism_operator where id = any(?)`, [ids]);
    return orderedBy(ids, found, (o) => o.id);
  }

  async bySlug(slug: string): Promise<TourismOperatorRecord | null> {
    const [found] = await rows<TourismOperatorRecord>(this.em, `select ${OPERATOR_COLUMNS} from tourism_operator where slug = ?`, [slug]);
    return found ?? null;
  }

  /** Newest registrations first (ids are time-ordered), optionally only pending or approved ones. One statement. */
  list(options: { approval: ApprovalState | null; first: number; after: string | null }): Promise<KeysetPage<TourismOperatorRecord>> {
    const where = options.approval === 'PENDING' ? 'where approved_at is null' : options.approval === 'APPROVED' ? 'where approved_at is not null' : '';
    return keysetPage<TourismOperatorRecord>(this.em, {
      select: `select ${OPERATOR_COLUMNS} from tourism_operator ${where}`,
      params: [],
      keys: [{ column: 'id', type: 'text' }],
      descending: true,
      first: options.first,
      after: options.after,
    });
  }

  /** SQL yielding the ids of approved operators (for modules whose rows are public only when their operator is). */
  approvedOperatorIds(): SqlFragment {
    return { sql: `select id from tourism_operator where approved_at is not null`, params: [] };
  }
}
