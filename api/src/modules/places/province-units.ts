import type { EntityManager } from '@mikro-orm/postgresql';
import { rows } from '../../lib/sql.js';
import type { ProvinceRecord } from './province.service.js';

/**
 * Every province-level unit, current and historic, with its successions: ~100 rows of reference data
 * that the programme dashboard resolves scopes from in memory (one statement whatever is asked).
 */
export class ProvinceUnits {
  private constructor(readonly all: ProvinceRecord[]) {}

  static async load(em: EntityManager): Promise<ProvinceUnits> {
    return new ProvinceUnits(
      await rows<ProvinceRecord>(
        em,
        `select id, code, name, kind, valid_from::text as "validFrom", valid_to::text as "validTo", successor_id as "successorId"
         from province order by name, id`,
      ),
    );
  }

  byId(id: string): ProvinceRecord | undefined {
    return this.all.find((p) => p.id === id);
  }

  /** The 34 current units, by name. */
  current(): ProvinceRecord[] {
    return this.all.filter((p) => p.validTo === null);
  }

  currentByCode(code: string): ProvinceRecord | undefined {
    return this.all.find((p) => p.code === code && p.validTo === null);
  }

  /** The pre-2025 unit with this code (as issued), if any. */
  historicByCode(code: string): ProvinceRecord | undefined {
    return this.all.find((p) => p.code === code && p.validTo !== null);
  }

  /** The current unit a unit is or was merged into. */
  currentOf(id: string): ProvinceRecord | undefined {
    const unit = this.byId(id);
    return unit?.successorId ? this.byId(unit.successorId) : unit;
  }

  /** A current unit and every historic unit merged into it (the roll-up). */
  rolledUp(currentId: string): string[] {
    return [currentId, ...this.all.filter((p) => p.successorId === currentId).map((p) => p.id)];
  }
}
