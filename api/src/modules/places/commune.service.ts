import type { EntityManager } from '@mikro-orm/postgresql';
import type { Page } from '../../graphql/relay.js';
import { orderedBy, rows } from '../../lib/sql.js';


export interface CommuneRecord {
  id: string;
  code: string;
  name: string;
  provinceId: string;
  districtId: string | null;
  validTo: string | null;
  /** The current commune a pre-2025 one was merged into. */
  successorId: string | null;
}

export interface DistrictRecord {
  id: string;
  code: string;
  name: string;
  provinceId: string;
  validTo: string | null;
}

export class CommuneService {
  constructor(private readonly em: EntityManager) {}

  async byIds(ids: readonly string[]): Promise<(CommuneRecord | undefined)[]> {
    const found = await rows<CommuneRecord>(
      this.em,
      `select id, code, name, province_id as "provinceId", district_id as "districtId", valid_to::text as "validTo",
              successor_id as "successorId"
       from commune where id = any(?)`,
      [ids],
    );
    return orderedBy(ids, found, (c) => c.id);
  }

  /** The current commune (not merged away) with this five-digit code, or null. */
  async currentByCode(code: string): Promise<CommuneRecord | null> {
    const [found] = await rows<CommuneRecord>(
      this.em,
      `select id, code, name, province_id as "provinceId", district_id as "districtId", valid_to::text as "validTo",
              successor_id as "successorId"
       from commune where code = ? and valid_to is null`,
      [code],
    );
    return found ?? null;
  }

  /**
   * Current communes of the current province with this two-digit code, by name then id,
   * keyset-paginated after `after` (a position from `cursorOf`); null when the code names no current
   * province. One statement per page.
   */
  async listCurrentOfProvince(provinceCode: string, first: number, after: [string, string] | null): Promise<Page<CommuneRecord> | null> {
    const [found] = await rows<{ provinceFound: boolean; totalCount: string; items: CommuneRecord[] }>(
      this.em,
      `with prov as (select id from province where code = ? and valid_to is null),
            cur as (select c.id, c.code, c.name, c.province_id, c.district_id, c.valid_to, c.successor_id
                    from commune c where c.province_id = (select id from prov) and c.valid_to is null)
       select exists (select 1 from prov) as "provinceFound",
              (select count(*) from cur) as "totalCount",
              coalesce((select json_agg(json_build_object(
                          'id', p.id, 'code', p.code, 'name', p.name, 'provinceId', p.province_id, 'districtId', p.district_id,
                          'validTo', p.valid_to::text, 'successorId', p.successor_id) order by p.name, p.id)
                        from (select * from cur where ?::text is null or (name, id) > (?::text, ?::text) order by name, id limit ?) p),
                       '[]'::json) as items`,
      [provinceCode, after?.[0] ?? null, after?.[0] ?? null, after?.[1] ?? null, first + 1],
    );
    if (!found?.provinceFound) return null;
    return {
      items: found.items.slice(0, first),
      totalCount: Number(found.totalCount),
      hasNextPage: found.items.length > first,
      hasPreviousPage: after !== null,
      cursorOf: (c) => JSON.stringify([c.name, c.id]),
    };
  }

  async districtsByIds(ids: readonly string[]): Promise<(DistrictRecord | undefined)[]> {
    const found = await rows<DistrictRecord>(
      this.em,
      `select id, code, name, province_id as "provinceId", valid_to::text as "validTo" from district where id = any(?)`,
      [ids],
    );
    return orderedBy(ids, found, (d) => d.id);
  }
}
