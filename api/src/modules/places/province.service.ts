import type { EntityManager } from '@mikro-orm/postgresql';
import { rows, type SqlFragment } from '../../lib/sql.js';

export interface ProvinceRecord {
  id: string;
  code: string;
  name: string;
  /** CITY (thành phố trực thuộc trung ương) or PROVINCE (tỉnh). */
  kind: 'CITY' | 'PROVINCE';
  validFrom: string | null;
  validTo: string | null;
  /** The current unit a historic one was merged into; null for current units. */
  successorId: string | null;
}

const COLUMNS = `id, code, name, kind, valid_from::text as "validFrom", valid_to::text as "validTo", successor_id as "successorId"`;

/**
 * Every province row, loaded once per database (per ORM driver) and kept: provinces are reference
 * data written only by migrations (the 63 units before 1/7/2025 and the 34 after), so a catalogue
 * page's producer and facet provinces cost no statement.
 */
const ALL_PROVINCES = new WeakMap<object, Promise<ProvinceRecord[]>>();

export class ProvinceService {
  /** Per unit of work: a request may ask for the same code several times (list + facets). */
  private readonly covered = new Map<string, string[] | null>();

  constructor(private readonly em: EntityManager) {}

  /**
   * These provinces and the current units they map to, in one statement: a list that shows
   * `province { current }` then needs no second round trip.
   */
  async withSuccessors(ids: readonly string[]): Promise<ProvinceRecord[]> {
    const all = await this.all();
    const wanted = new Set(ids);
    for (const p of all) if (wanted.has(p.id) && p.successorId) wanted.add(p.successorId);
    return all.filter((p) => wanted.has(p.id));
  }

  private all(): Promise<ProvinceRecord[]> {
    const key = this.em.getDriver();
    let found = ALL_PROVINCES.get(key);
    if (!found) {
      found = rows<ProvinceRecord>(this.em, `select ${COLUMNS} from province order by id`);
      ALL_PROVINCES.set(key, found);
      // A failed load (database away) is not kept: the next request tries again.
      found.catch(() => ALL_PROVINCES.delete(key));
    }
    return found;
  }

  /** The current province with this two-digit code, or null. */
  async currentByCode(code: string): Promise<ProvinceRecord | null> {
    const [found] = await rows<ProvinceRecord>(this.em, `select ${COLUMNS} from province where code = ? and valid_to is null`, [code]);
    return found ?? null;
  }

  /** Current provinces in Vietnamese alphabetical order, keyset-paginated by (name, id). */
  async listCurrent(first: number, after: string | null) {
    const position = after ? (JSON.parse(after) as [string, string]) : null;
    const found = await rows<ProvinceRecord & { totalCount: string }>(
      this.em,
      `select ${COLUMNS}, count(*) over () as "totalCount" from province where valid_to is null
       order by name, id`,
    );
    // 34 rows: paginating in memory keeps the ordering rule in one place and is still one statement.
    const start = position ? found.findIndex((p) => p.name === position[0] && p.id === position[1]) + 1 : 0;
    const items = found.slice(start, start + first);
    return {
      items,
      totalCount: found.length,
      hasNextPage: start + first < found.length,
      hasPreviousPage: start > 0,
      cursorOf: (p: ProvinceRecord) => JSON.stringify([p.name, p.id]),
    };
  }

  /**
   * The ids of the current province with this code and of every historic unit merged into it, so a
   * filter by today's province also finds producers registered under the old one. Null when unknown.
   */
  async idsCoveredByCurrentCode(code: string): Promise<string[] | null> {
    const cached = this.covered.get(code);
    if (cached !== undefined) return cached;
    const found = await rows<{ id: string }>(
      this.em,
      `with cur as (select id from province where code = ? and valid_to is null)
       select id from cur union all select p.id from province p join cur on p.successor_id = cur.id`,
      [code],
    );
    const ids = found.length ? found.map((r) => r.id) : null;
    this.covered.set(code, ids);
    return ids;
  }

  /**
   * SQL yielding every unit's name for search: `province_id, province_name` (as issued) and
   * `current_province_name` (the unit it was merged into; null when it is current or kept its name, e.g. Hà Nội).
   */
  searchSource(): SqlFragment {
    return {
      sql: `select p.id as province_id, p.name as province_name, nullif(s.name, p.name) as current_province_name
            from province p left join province s on s.id = p.successor_id`,
      params: [],
    };
  }

  /** SQL for the id of the current unit that the province `provinceIdSql` is or was merged into. */
  /** SQL yielding `id, current_id` for every unit (a pre-2025 province and the one it merged into): to join. */
  currentIds(): SqlFragment {
    return { sql: `select id, coalesce(successor_id, id) as current_id from province`, params: [] };
  }

  currentIdOf(provinceIdSql: string): SqlFragment {
    return { sql: `(select coalesce(successor_id, id) from province where id = ${provinceIdSql})`, params: [] };
  }
}
