import type { EntityManager } from '@mikro-orm/postgresql';
import { orderedBy, rows, type SqlFragment } from '../../lib/sql.js';
import type { ProducerKind } from './producer-kind.js';

export interface ProducerRecord {
  id: string;
  name: string;
  kind: ProducerKind;
  provinceId: string;
}

export class ProducerService {
  constructor(private readonly em: EntityManager) {}

  async byIds(ids: readonly string[]): Promise<(ProducerRecord | undefined)[]> {
    const found = await rows<ProducerRecord>(
      this.em,
      `select id, name, kind, province_id as "provinceId" from producer where id = any(?)`,
      [ids],
    );
    return orderedBy(ids, found, (p) => p.id);
  }

  /** SQL yielding the ids of producers registered in any of these provinces (for other modules' filters). */
  producerIdsInProvinces(provinceIds: string[]): SqlFragment {
    return { sql: `select id from producer where province_id = any(?)`, params: [provinceIds] };
  }
}
