import type { SqlFragment } from '../../lib/sql.js';
import type { ProvinceService } from '../places/province.service.js';

/**
 * SQL over producers for programme figures: the producers module's own table, published as fragments
 * so the programme module composes aggregate statements without reading it.
 */
export class ProducerStats {
  constructor(private readonly provinces: ProvinceService) {}

  /**
   * Approved producers (only they take part in the programme's public figures): `producer_id,
   * province_id` (as registered) and `current_province_id` (the unit it is part of today); only those
   * registered in `provinceIds` when given.
   */
  units(provinceIds: readonly string[] | null): SqlFragment {
    const current = this.provinces.currentIdOf('pr.province_id');
    return {
      sql: `select pr.id as producer_id, pr.province_id, ${current.sql} as current_province_id
            from producer pr where pr.verified and (?::text[] is null or pr.province_id = any(?::text[]))`,
      params: [...current.params, provinceIds, provinceIds],
    };
  }

  /** Columns the open-data export publishes: `producer_id, producer_name, producer_kind, registration_number`. */
  exportColumns(producerIds: SqlFragment): SqlFragment {
    return {
      sql: `select id as producer_id, name as producer_name, kind::text as producer_kind, registration_number
            from producer where id in (${producerIds.sql})`,
      params: producerIds.params,
    };
  }
}
