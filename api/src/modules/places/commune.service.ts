import type { EntityManager } from '@mikro-orm/postgresql';
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

  /** The current commune with this 5-digit code, or null. */
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

  async districtsByIds(ids: readonly string[]): Promise<(DistrictRecord | undefined)[]> {
    const found = await rows<DistrictRecord>(
      this.em,
      `select id, code, name, province_id as "provinceId", valid_to::text as "validTo" from district where id = any(?)`,
      [ids],
    );
    return orderedBy(ids, found, (d) => d.id);
  }
}
