import type { EntityManager } from '@mikro-orm/postgresql';
import { rows } from '../../lib/sql.js';
import type { CheckedExperience } from './experience-input.js';
import type { ExperiencePriceRecord, ExperienceProductLink } from './experience-records.js';
import type { UnitType } from './tourism-kinds.js';

/** An experience's prices (per OCTO unit type) and its links to OCOP products: reads and replacement. */

/** The order of unit types on a page (OCTO's list order). */
const UNIT_ORDER = `array_position(array['ADULT','YOUTH','CHILD','INFANT','SENIOR','STUDENT','MILITARY','FAMILY','OTHER']::unit_type[], unit_type)`;
const DEFAULT_SEATS: Record<UnitType, number> = { ADULT: 1, YOUTH: 1, CHILD: 1, INFANT: 0, SENIOR: 1, STUDENT: 1, MILITARY: 1, FAMILY: 4, OTHER: 1 };

/** The prices of experiences, each in OCTO's unit type order. */
export async function pricesOf(em: EntityManager, experienceIds: readonly string[]): Promise<ExperiencePriceRecord[][]> {
  const found = await rows<ExperiencePriceRecord>(
    em,
    `select experience_id as "experienceId", unit_type as "unitType", label, amount::float8 as amount, seats, min_age as "minAge", max_age as "maxAge"
     from experience_price where experience_id = any(?) order by experience_id, ${UNIT_ORDER}`,
    [experienceIds],
  );
  return experienceIds.map((id) => found.filter((p) => p.experienceId === id));
}

/** Product links of experiences (the caller keeps only public products, through the catalogue's loader). */
export async function productLinksOf(em: EntityManager, experienceIds: readonly string[]): Promise<ExperienceProductLink[][]> {
  const found = await rows<ExperienceProductLink>(
    em,
    `select experience_id as "experienceId", product_id as "productId", relation from experience_product where experience_id = any(?) order by experience_id, relation, product_id`,
    [experienceIds],
  );
  return experienceIds.map((id) => found.filter((l) => l.experienceId === id));
}

/** Replaces an experience's prices and product links when the checked input gives them (inside the caller's transaction). */
export async function writeExperienceLinks(em: EntityManager, experienceId: string, v: CheckedExperience): Promise<void> {
  if (v.prices) {
    await rows(em, `delete from experience_price where experience_id = ?`, [experienceId]);
    if (v.prices.length) {
      await rows(
        em,
        `insert into experience_price (experience_id, unit_type, label, amount, seats, min_age, max_age)
         select ?, * from unnest(?::unit_type[], ?::text[], ?::bigint[], ?::smallint[], ?::smallint[], ?::smallint[])`,
        [experienceId, v.prices.map((p) => p.unitType), v.prices.map((p) => p.label?.trim() || null), v.prices.map((p) => p.amount),
          v.prices.map((p) => p.seats ?? DEFAULT_SEATS[p.unitType]), v.prices.map((p) => p.minAge ?? null), v.prices.map((p) => p.maxAge ?? null)],
      );
    }
  }
  if (v.productLinks) {
    await rows(em, `delete from experience_product where experience_id = ?`, [experienceId]);
    if (v.productLinks.length) {
      await rows(
        em,
        `insert into experience_product (experience_id, product_id, relation) select ?, * from unnest(?::text[], ?::experience_product_relation[])`,
        [experienceId, v.productLinks.map((l) => l.productId), v.productLinks.map((l) => l.relation)],
      );
    }
  }
}
