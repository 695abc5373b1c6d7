import type { SqlFragment } from '../../lib/sql.js';

/** SQL over craft villages for programme figures (this module's own tables, composed by the programme module). */
export class CraftVillageStats {
  /** `village_id, province_id` (the unit as recorded, may be historic) of every craft village. */
  villages(): SqlFragment {
    return { sql: `select id as village_id, province_id from craft_village`, params: [] };
  }

  /** `village_id, producer_id` of every producer located in a craft village (a producer in at most one). */
  members(): SqlFragment {
    return { sql: `select village_id, producer_id from craft_village_producer`, params: [] };
  }
}
