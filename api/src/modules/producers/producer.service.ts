import type { EntityManager } from '@mikro-orm/postgresql';
import { keysetPage, type KeysetPage } from '../../lib/keyset.js';
import { orderedBy, rows, type SqlFragment } from '../../lib/sql.js';
import { isAdmin, producerRoleOf, type Viewer } from '../accounts/viewer.js';
import type { ProvinceService } from '../places/province.service.js';
import type { ProducerKind } from './producer-kind.js';

export interface ProducerRecord {
  id: string;
  slug: string;
  name: string;
  kind: ProducerKind;
  provinceId: string;
  communeId: string | null;
  registrationNumber: string | null;
  addressLine: string | null;
  phone: string | null;
  email: string | null;
  website: string | null;
  story: string;
  logoUrl: string | null;
  verified: boolean;
}

export interface ProducerListFilter {
  provinceIds?: string[] | null;
  kind?: ProducerKind | null;
}

const COLUMNS = `id, slug, name, kind, province_id as "provinceId", commune_id as "communeId",
  registration_number as "registrationNumber", address_line as "addressLine", phone, email, website, story,
  logo_url as "logoUrl", verified`;

export class ProducerService {
  constructor(
    private readonly em: EntityManager,
    private readonly provinces: ProvinceService,
  ) {}

  async byIds(ids: readonly string[]): Promise<(ProducerRecord | undefined)[]> {
    const found = await rows<ProducerRecord>(this.em, `select ${COLUMNS} from producer where id = any(?)`, [ids]);
    return orderedBy(ids, found, (p) => p.id);
  }

  async bySlug(slug: string): Promise<ProducerRecord | null> {
    const [found] = await rows<ProducerRecord>(this.em, `select ${COLUMNS} from producer where slug = ?`, [slug]);
    return found ?? null;
  }

  /**
   * Whether `viewer` may see this producer's profile: everyone once an admin approved it; before
   * that only its own members and admins (a pending registration is not public).
   */
  visibleTo(producer: ProducerRecord, viewer: Viewer | null): boolean {
    return producer.verified || isAdmin(viewer) || producerRoleOf(viewer, producer.id) !== null;
  }

  /** Producers by name (Vietnamese collation), keyset-paginated on (name, id). One statement. */
  list(options: { filter: ProducerListFilter; first: number; after: string | null }): Promise<KeysetPage<ProducerRecord>> {
    const { filter } = options;
    const conditions: SqlFragment[] = [];
    if (filter.provinceIds) conditions.push({ sql: `province_id = any(?)`, params: [filter.provinceIds] });
    if (filter.kind) conditions.push({ sql: `kind = ?`, params: [filter.kind] });
    // The public list: approved producers only.
    conditions.push({ sql: `verified`, params: [] });
    const where = conditions.length ? `where ${conditions.map((c) => c.sql).join(' and ')}` : '';
    return keysetPage<ProducerRecord>(this.em, {
      select: `select ${COLUMNS} from producer ${where}`,
      params: conditions.flatMap((c) => c.params),
      keys: [{ column: 'name', type: 'text' }, { column: 'id', type: 'text' }],
      descending: false,
      first: options.first,
      after: options.after,
    });
  }

  /**
   * Producers newest first (ids are time-ordered), only pending (`verified = false`) or approved ones
   * when asked: the admin's review queue. One statement.
   */
  listByApproval(options: { approval: 'PENDING' | 'APPROVED' | null; first: number; after: string | null }): Promise<KeysetPage<ProducerRecord>> {
    const where = options.approval === 'PENDING' ? 'where not verified' : options.approval === 'APPROVED' ? 'where verified' : '';
    return keysetPage<ProducerRecord>(this.em, {
      select: `select ${COLUMNS} from producer ${where}`,
      params: [],
      keys: [{ column: 'id', type: 'text' }],
      descending: true,
      first: options.first,
      after: options.after,
    });
  }

  /** SQL yielding the ids of producers registered in any of these provinces (for other modules' filters). */
  producerIdsInProvinces(provinceIds: string[]): SqlFragment {
    return { sql: `select id from producer where province_id = any(?)`, params: [provinceIds] };
  }

  async idByRegistrationNumber(registrationNumber: string): Promise<string | null> {
    const [found] = await rows<{ id: string }>(this.em, `select id from producer where registration_number = ?`, [registrationNumber]);
    return found?.id ?? null;
  }

  /** SQL yielding the ids of producers an admin has approved (only their products are ever public). */
  approvedProducerIds(): SqlFragment {
    return { sql: `select id from producer where verified`, params: [] };
  }

  /** SQL yielding what search indexes of every producer: `producer_id, producer_name, province_id`. */
  searchSource(): SqlFragment {
    return { sql: `select id as producer_id, name as producer_name, province_id from producer`, params: [] };
  }

  /**
   * SQL yielding `producer_id, province_id` for every producer, the province as merged today: join it
   * (rather than calling currentProvinceIdOf per row) when many products need their province.
   */
  currentProvinces(): SqlFragment {
    const current = this.provinces.currentIds();
    return { sql: `select pr.id as producer_id, pc.current_id as province_id from producer pr join (${current.sql}) pc on pc.id = pr.province_id`, params: current.params };
  }

  /** SQL for the current province id of the producer `producerIdSql` (its registered unit, as merged today). */
  currentProvinceIdOf(producerIdSql: string): SqlFragment {
    const current = this.provinces.currentIdOf('pr.province_id');
    return { sql: `(select ${current.sql} from producer pr where pr.id = ${producerIdSql})`, params: current.params };
  }
}
