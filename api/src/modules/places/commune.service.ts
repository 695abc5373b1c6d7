import type { EntityManager } from '@mikro-orm/postgresql';
import { orderedBy, rows } from '../../lib/sql.js';

export interface CommuneRecord {
  id: string;
  code: string;
  name: string;
  provinceId: string;
}

export class CommuneService {
  constructor(private readonly em: EntityManager) {}

  async byIds(ids: readonly string[]): Promise<(CommuneRecord | undefined)[]> {
    const found = await rows<CommuneRecord>(
      this.em,
      `select id, code, name, province_id as "provinceId" from commune where id = any(?)`,
      [ids],
    );
    return orderedBy(ids, found, (c) => c.id);
  }
}
