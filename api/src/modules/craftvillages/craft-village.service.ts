import type { EntityManager } from '@mikro-orm/postgresql';
import type { Page } from '../../graphql/relay.js';
import { keysetPage, type KeysetPage } from '../../lib/keyset.js';
import { orderedBy, rows } from '../../lib/sql.js';
import type { CatalogueStats } from '../catalog/catalogue-stats.js';
import type { CertificationStats } from '../certification/certification-stats.js';
import type { ProducerService } from '../producers/producer.service.js';

export interface CraftVillageRecord {
  id: string;
  name: string;
  /** The unit it is recorded under (a current province, or a historic one that rolls up). */
  provinceId: string;
  communeId: string | null;
  craft: string;
  recognitionDecision: string | null;
  recognisedOn: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export const VILLAGE_COLUMNS = `v.id, v.name, v.province_id as "provinceId", v.commune_id as "communeId", v.craft,
  v.recognition_decision as "recognitionDecision", v.recognised_on::text as "recognisedOn", v.created_at as "createdAt", v.updated_at as "updatedAt"`;

/** Raw SQL gives timestamps as text: the records carry Dates (the API's DateTimeISO). */
export const dated = (v: CraftVillageRecord): CraftVillageRecord => ({ ...v, createdAt: new Date(v.createdAt), updatedAt: new Date(v.updatedAt) });

/**
 * Craft villages and their producers as read (public). Writes: CraftVillageEditingService. "Has an
 * OCOP product" = one of its approved producers has a product with a certificate in force today,
 * composed from the catalogue's and the certification module's published fragments.
 */
export class CraftVillageService {
  constructor(
    private readonly em: EntityManager,
    private readonly producers: ProducerService,
    private readonly catalogue: CatalogueStats,
    private readonly certification: CertificationStats,
  ) {}

  async byIds(ids: readonly string[]): Promise<(CraftVillageRecord | undefined)[]> {
    const found = await rows<CraftVillageRecord>(this.em, `select ${VILLAGE_COLUMNS} from craft_village v where v.id = any(?)`, [ids]);
    return orderedBy(ids, found.map(dated), (v) => v.id);
  }

  /** Villages recorded under the units in `unitIds` (null: all), by name then id. One statement. */
  async list(unitIds: string[] | null, page: { first: number; after: string | null }): Promise<KeysetPage<CraftVillageRecord>> {
    const found = await keysetPage<CraftVillageRecord>(this.em, {
      select: `select ${VILLAGE_COLUMNS} from craft_village v where ?::text[] is null or v.province_id = any(?::text[])`,
      params: [unitIds, unitIds],
      keys: [{ column: 'name', type: 'text' }, { column: 'id', type: 'text' }],
      descending: false,
      first: page.first,
      after: page.after,
    });
    return { ...found, items: found.items.map(dated) };
  }

  /** Villages with this name (case and spacing aside) among the units: a council does not record one twice. */
  async idsNamed(name: string, unitIds: string[]): Promise<string[]> {
    const found = await rows<{ id: string }>(
      this.em,
      `select id from craft_village where province_id = any(?) and lower(regexp_replace(name, '\\s+', ' ', 'g')) = lower(regexp_replace(?, '\\s+', ' ', 'g'))`,
      [unitIds, name],
    );
    return found.map((r) => r.id);
  }

  /**
   * Distinct products with a certificate in force on `today` of each village's approved producers
   * (for a DataLoader: one statement for a whole page of villages).
   */
  async ocopProductCounts(villageIds: readonly string[], today: string): Promise<number[]> {
    const approved = this.producers.approvedProducerIds();
    const products = this.catalogue.products({ sql: 'select producer_id from members', params: [] });
    const inForce = this.certification.inForce({ sql: 'select product_id from prods', params: [] }, today);
    const found = await rows<{ villageId: string; n: number }>(
      this.em,
      `with members as materialized (select producer_id, village_id from craft_village_producer where village_id = any(?) and producer_id in (${approved.sql})),
            prods as materialized (${products.sql}),
            inforce as (${inForce.sql})
       select m.village_id as "villageId", count(distinct f.product_id)::int as n
       from members m join prods p on p.producer_id = m.producer_id join inforce f on f.product_id = p.product_id
       group by m.village_id`,
      [villageIds, ...approved.params, ...products.params, ...inForce.params],
    );
    const byId = new Map(found.map((r) => [r.villageId, r.n]));
    return villageIds.map((id) => byId.get(id) ?? 0);
  }

  /** The producer ids of each village, keyset-paginated on the producer id (one statement for a page of villages). */
  async producersOf(villageIds: readonly string[], page: { first: number; after: string | null }): Promise<Page<string>[]> {
    const found = await rows<{ villageId: string; producerId: string; total: string }>(
      this.em,
      `select s.* from unnest(?::text[]) as x(village_id)
       cross join lateral (
         select * from (
           select l.village_id as "villageId", l.producer_id as "producerId", count(*) over () as total
           from craft_village_producer l where l.village_id = x.village_id
         ) all_rows where ?::text is null or "producerId" > ? order by "producerId" limit ?) s`,
      [villageIds, page.after, page.after, page.first + 1],
    );
    const byVillage = Map.groupBy(found, (r) => r.villageId);
    return villageIds.map((id) => {
      const matched = (byVillage.get(id) ?? []).map((r) => r.producerId);
      return {
        items: matched.slice(0, page.first),
        totalCount: Number(byVillage.get(id)?.[0]?.total ?? 0),
        hasNextPage: matched.length > page.first,
        hasPreviousPage: page.after != null,
        cursorOf: (producerId: string) => producerId,
      };
    });
  }

  /** The village of each producer, if it is in one (for Producer.craftVillage). */
  async villageIdsOfProducers(producerIds: readonly string[]): Promise<(string | null)[]> {
    const found = await rows<{ producerId: string; villageId: string }>(
      this.em,
      `select producer_id as "producerId", village_id as "villageId" from craft_village_producer where producer_id = any(?)`,
      [producerIds],
    );
    const byProducer = new Map(found.map((r) => [r.producerId, r.villageId]));
    return producerIds.map((id) => byProducer.get(id) ?? null);
  }
}
