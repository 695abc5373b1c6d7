import type { EntityManager } from '@mikro-orm/postgresql';
import { keysetPage, type KeysetPage, type SortKey } from '../../lib/keyset.js';
import { orderedBy, rows, type SqlFragment } from '../../lib/sql.js';
import type { CertificationService } from '../certification/certification.service.js';
import type { ProvinceService } from '../places/province.service.js';
import type { ProducerService } from '../producers/producer.service.js';
import type { ProductGroup, ProductStatus } from './product-group.js';

export interface ProductRecord {
  id: string;
  slug: string;
  name: string;
  description: string;
  group: ProductGroup;
  productSetCode: string | null;
  rawMaterialArea: string | null;
  priceAmount: number;
  producerId: string;
  status: ProductStatus;
}

export interface ProductOwnership {
  productId: string;
  producerId: string;
  currentProvinceId: string;
}

export interface VariantRecord {
  id: string;
  productId: string;
  sku: string;
  label: string;
  priceAmount: number;
  stock: number;
  weightGrams: number | null;
}

export interface ImageRecord {
  id: string;
  productId: string;
  url: string;
  alt: string;
  width: number;
  height: number;
}

export const PRODUCT_SORTS = ['RELEVANCE', 'NEWEST', 'PRICE_ASC', 'PRICE_DESC', 'STARS_DESC'] as const;
export type ProductSort = (typeof PRODUCT_SORTS)[number];

export interface ProductListFilter {
  group?: ProductGroup | null;
  subgroupCode?: string | null;
  productSetCode?: string | null;
  minStars?: number | null;
  stars?: number | null;
  provinceCode?: string | null;
  producerId?: string | null;
  priceMin?: number | null;
  priceMax?: number | null;
  inStock?: boolean | null;
  /**
   * Free-text match, given as the search module's fragments (the catalogue does not know its index):
   * `ids` yields matching product ids, `ranked` yields `product_id, rank` for RELEVANCE.
   */
  text?: { ids: SqlFragment; ranked: SqlFragment } | null;
}

/** Facet dimensions: each facet's counts apply every filter except its own (disjunctive facets). */
type Dimension = 'group' | 'stars' | 'province';

export class UnknownProvinceError extends Error {
  constructor(readonly code: string) {
    super(`unknown province code "${code}"`);
  }
}

/** A listed product with its variants and images (fetched with the page: a page of cards costs no extra statement for them). */
export type ListedProduct = ProductRecord & { variants: VariantRecord[]; images: ImageRecord[] };

const VARIANT_FIELDS = `v.id, v.product_id as "productId", v.sku, v.label, v.price_amount::float8 as "priceAmount", v.stock, v.weight_grams as "weightGrams"`;
const IMAGE_FIELDS = `i.id, i.product_id as "productId", i.url, i.alt, i.width, i.height`;

/** Per page row: its variants and images in display order, as JSON arrays of the records above. */
const PAGE_PARTS = `coalesce((select json_agg(x order by x.position, x.id) from (select ${VARIANT_FIELDS}, v.position from product_variant v where v.product_id = page.id) x), '[]'::json) as "variants",
  coalesce((select json_agg(x order by x.position, x.id) from (select ${IMAGE_FIELDS}, i.position from product_image i where i.product_id = page.id) x), '[]'::json) as "images"`;

const COLUMNS = `p.id, p.slug, p.name, p.description, p.group, p.product_set_code as "productSetCode",
  p.raw_material_area as "rawMaterialArea", p.price_amount::float8 as "priceAmount", p.producer_id as "producerId", p.status`;

export class ProductService {
  constructor(
    private readonly em: EntityManager,
    private readonly provinces: ProvinceService,
    private readonly producers: ProducerService,
    private readonly certification: CertificationService,
  ) {}

  /**
   * What makes a product public: published, by a producer an admin has approved (issue 4: products of
   * a pending producer are never public). Every public read composes it over `product p`.
   */
  private isPublic(): SqlFragment {
    const approved = this.producers.approvedProducerIds();
    return { sql: `(p.status = 'PUBLISHED' and p.producer_id in (${approved.sql}))`, params: approved.params };
  }

  async bySlug(slug: string): Promise<ProductRecord | null> {
    const visible = this.isPublic();
    const [found] = await rows<ProductRecord>(this.em, `select ${COLUMNS} from product p where p.slug = ? and ${visible.sql}`, [slug, ...visible.params]);
    return found ?? null;
  }

  async byIds(ids: readonly string[]): Promise<(ProductRecord | undefined)[]> {
    const visible = this.isPublic();
    const found = await rows<ProductRecord>(this.em, `select ${COLUMNS} from product p where p.id = any(?) and ${visible.sql}`, [ids, ...visible.params]);
    return orderedBy(ids, found, (p) => p.id);
  }

  /** Products whatever their status or producer's approval: for the producer workspace, after an ownership check. */
  async byIdsAnyStatus(ids: readonly string[]): Promise<(ProductRecord | undefined)[]> {
    const found = await rows<ProductRecord>(this.em, `select ${COLUMNS} from product p where p.id = any(?)`, [ids]);
    return orderedBy(ids, found, (p) => p.id);
  }

  /**
   * A producer's products in every status (or one), newest first, keyset-paginated: the producer
   * workspace's list, after an ownership check. One statement for the page and its total.
   */
  listOfProducer(options: { producerId: string; status: ProductStatus | null; first: number; after: string | null }): Promise<KeysetPage<ProductRecord>> {
    return keysetPage<ProductRecord>(this.em, {
      select: `select ${COLUMNS} from product p where p.producer_id = ? and (?::text is null or p.status::text = ?)`,
      params: [options.producerId, options.status, options.status],
      keys: [{ column: 'id', type: 'text' }],
      descending: true,
      first: options.first,
      after: options.after,
    });
  }

  /** How many products of this producer are in each status. One statement. */
  async statusCounts(producerId: string): Promise<Record<ProductStatus, number>> {
    const found = await rows<{ status: ProductStatus; count: number }>(
      this.em,
      `select status, count(*)::int as count from product where producer_id = ? group by status`,
      [producerId],
    );
    const counts: Record<ProductStatus, number> = { DRAFT: 0, PUBLISHED: 0, ARCHIVED: 0 };
    for (const row of found) counts[row.status] = row.count;
    return counts;
  }

  /** SQL yielding the ids of every product of this producer, whatever its status (for other modules' queries). */
  productIdsOfProducer(producerId: string): SqlFragment {
    return { sql: `select id from product where producer_id = ?`, params: [producerId] };
  }

  /** Ids of every product of this producer, whatever its status (to reindex after a producer changes). */
  async idsOfProducer(producerId: string): Promise<string[]> {
    return (await rows<{ id: string }>(this.em, `select id from product where producer_id = ?`, [producerId])).map((r) => r.id);
  }

  /**
   * Who answers for a product, whatever its status (drafts and archived ones too): its producer and
   * the producer's current province (a pre-2025 unit counts as the province it merged into). For
   * write checks; null when there is no such product. One statement.
   */
  async ownership(productId: string): Promise<ProductOwnership | null> {
    const province = this.producers.currentProvinceIdOf('p.producer_id');
    const [found] = await rows<ProductOwnership>(
      this.em,
      `select p.id as "productId", p.producer_id as "producerId", ${province.sql} as "currentProvinceId" from product p where p.id = ?`,
      [...province.params, productId],
    );
    return found ?? null;
  }

  /** `ownership` of many products at once (for a DataLoader): one statement. */
  async ownerships(productIds: readonly string[]): Promise<(ProductOwnership | undefined)[]> {
    const province = this.producers.currentProvinceIdOf('p.producer_id');
    const found = await rows<ProductOwnership>(
      this.em,
      `select p.id as "productId", p.producer_id as "producerId", ${province.sql} as "currentProvinceId" from product p where p.id = any(?)`,
      [...province.params, productIds],
    );
    return orderedBy(productIds, found, (o) => o.productId);
  }

  /** SQL for the current province id of the product `productIdSql` (its producer's unit, as merged today). */
  currentProvinceIdOfProduct(productIdSql: string): SqlFragment {
    const province = this.producers.currentProvinceIdOf('p.producer_id');
    return { sql: `(select ${province.sql} from product p where p.id = ${productIdSql})`, params: province.params };
  }

  /** SQL: true when the product `productIdSql` is public (published by an approved producer). */
  isPublicProduct(productIdSql: string): SqlFragment {
    const visible = this.isPublic();
    return { sql: `exists (select 1 from product p where p.id = ${productIdSql} and ${visible.sql})`, params: visible.params };
  }

  /** Variants of each product, in display order (for a DataLoader). */
  async variantsOf(productIds: readonly string[]): Promise<VariantRecord[][]> {
    const found = await rows<VariantRecord>(
      this.em,
      `select ${VARIANT_FIELDS} from product_variant v where v.product_id = any(?) order by v.product_id, v.position, v.id`,
      [productIds],
    );
    const byProduct = Map.groupBy(found, (v) => v.productId);
    return productIds.map((id) => byProduct.get(id) ?? []);
  }

  /** Images of each product, in display order (for a DataLoader). */
  async imagesOf(productIds: readonly string[]): Promise<ImageRecord[][]> {
    const found = await rows<ImageRecord>(
      this.em,
      `select ${IMAGE_FIELDS} from product_image i where i.product_id = any(?) order by i.product_id, i.position, i.id`,
      [productIds],
    );
    const byProduct = Map.groupBy(found, (i) => i.productId);
    return productIds.map((id) => byProduct.get(id) ?? []);
  }

  /**
   * Up to `limit` products related to each of `productIds`: same producer first, then others from the
   * producer's current province, the same group before others. One statement for any number of products.
   */
  async relatedTo(productIds: readonly string[], limit: number): Promise<ProductRecord[][]> {
    const provinces = this.producers.currentProvinces();
    const visible = this.isPublic();
    // Candidates are the producer's own products and those of producers in the same current province
    // (found through the producer index), never a scan of the whole catalogue per product.
    const found = await rows<ProductRecord & { forId: string }>(
      this.em,
      `with pp as (${provinces.sql})
       select base.id as "forId", r.* from product base
       join pp bp on bp.producer_id = base.producer_id
       cross join lateral (
         select ${COLUMNS} from product p
         where ${visible.sql} and p.id <> base.id
           and p.producer_id in (select producer_id from pp where pp.province_id = bp.province_id)
         order by (p.producer_id = base.producer_id) desc, (p.group = base.group) desc, p.id desc
         limit ?
       ) r
       where base.id = any(?)`,
      [...provinces.params, ...visible.params, limit, productIds],
    );
    const byProduct = Map.groupBy(found, (r) => r.forId);
    return productIds.map((id) => (byProduct.get(id) ?? []).map(({ forId: _, ...p }) => p));
  }

  /**
   * Published products matching the filter, in the requested order, keyset-paginated: one statement
   * for the page and its total whatever the page size (two when filtering by province code).
   */
  async list(options: { filter: ProductListFilter; sort: ProductSort; first: number; after: string | null; today: string }): Promise<KeysetPage<ListedProduct>> {
    const { sort, today } = options;
    const conditions = await this.conditions(options.filter, today);
    const sortKey = this.sortKey(sort, today, options.filter);
    const keys: SortKey[] = sort === 'NEWEST' ? [{ column: 'id', type: 'text' }] : [{ column: 'sortKey', type: 'bigint' }, { column: 'id', type: 'text' }];
    // The matching set holds ids and sort keys only; the page's columns are joined onto its rows.
    const page = await keysetPage<ListedProduct>(this.em, {
      select: `select p.id${sortKey ? `, ${sortKey.sql} as "sortKey"` : ''} from product p ${sortKey?.join?.sql ?? ''}
               where ${conditions.map((c) => c.sql).join(' and ')}`,
      params: [...(sortKey?.params ?? []), ...(sortKey?.join?.params ?? []), ...conditions.flatMap((c) => c.params)],
      keys,
      descending: sort !== 'PRICE_ASC',
      first: options.first,
      after: options.after,
      detail: { columns: `${COLUMNS.replace(/\bp\.id,/, '')}, ${PAGE_PARTS}`, join: 'left join product p on p.id = page.id' },
    });
    // json_agg carried the ordering column along: drop it so the records match variantsOf/imagesOf.
    for (const item of page.items) {
      item.variants = item.variants.map(({ position: _, ...v }: VariantRecord & { position?: number }) => v);
      item.images = item.images.map(({ position: _, ...i }: ImageRecord & { position?: number }) => i);
    }
    return page;
  }

  /**
   * SQL yielding the ids of published products matching the filter, for other modules' queries
   * (search narrows its hits with it). Async: a province code is resolved to its units first.
   */
  async idsMatching(filter: ProductListFilter, today: string): Promise<SqlFragment> {
    const conditions = await this.conditions(filter, today);
    return { sql: `select p.id from product p where ${conditions.map((c) => c.sql).join(' and ')}`, params: conditions.flatMap((c) => c.params) };
  }

  /**
   * SQL yielding what search indexes of public products (published, approved producer) (all, or these ids): `product_id, name,
   * description_text` (the rich text without tags) and `producer_id`.
   */
  searchSource(productIds: readonly string[] | null): SqlFragment {
    const visible = this.isPublic();
    return {
      sql: `select p.id as product_id, p.name, regexp_replace(p.description, '<[^>]*>|&[a-z0-9#]+;', ' ', 'gi') as description_text,
              p.producer_id
            from product p where ${visible.sql}${productIds ? ' and p.id = any(?)' : ''}`,
      params: [...visible.params, ...(productIds ? [productIds] : [])],
    };
  }

  /**
   * Counts per group, star level and current province for the filter, each ignoring its own
   * dimension (disjunctive facets): one statement of three aggregates, each a hash join over the
   * matching products (stars and provinces are joined as sets, never looked up per product).
   */
  async facets(filter: ProductListFilter, today: string) {
    const where = (conditions: SqlFragment[]) => ({ sql: conditions.map((c) => c.sql).join(' and '), params: conditions.flatMap((c) => c.params) });
    const groupWhere = where(await this.conditions(filter, today, 'group'));
    const starsWhere = where(await this.conditions(filter, today, 'stars'));
    const provinceWhere = where(await this.conditions(filter, today, 'province'));
    const stars = this.certification.validStarsByProduct(today);
    const provinces = this.producers.currentProvinces();
    const found = await rows<{ dimension: Dimension; key: string; count: number }>(
      this.em,
      `with g as (select p.group::text as key, count(*)::int as count from product p where ${groupWhere.sql} group by p.group),
       s as (select vs.stars::text as key, count(*)::int as count from product p join (${stars.sql}) vs on vs.product_id = p.id
             where ${starsWhere.sql} group by vs.stars),
       v as (select pp.province_id as key, count(*)::int as count from product p join (${provinces.sql}) pp on pp.producer_id = p.producer_id
             where ${provinceWhere.sql} group by pp.province_id)
       select 'group' as dimension, key, count from g
       union all select 'stars', key, count from s
       union all select 'province', key, count from v`,
      [...groupWhere.params, ...stars.params, ...starsWhere.params, ...provinces.params, ...provinceWhere.params],
    );
    const of = (dimension: Dimension) => found.filter((r) => r.dimension === dimension);
    return {
      groups: of('group').map((r) => ({ group: r.key as ProductGroup, count: r.count })),
      stars: of('stars').map((r) => ({ stars: Number(r.key), count: r.count })),
      provinces: of('province').map((r) => ({ provinceId: r.key, count: r.count })),
    };
  }

  /** The sort key's SQL over `product p`, with the set it joins when it needs one. */
  private sortKey(sort: ProductSort, today: string, filter: ProductListFilter): (SqlFragment & { join?: SqlFragment }) | null {
    switch (sort) {
      case 'RELEVANCE': {
        if (!filter.text) throw new Error('RELEVANCE needs a text query');
        const ranked = filter.text.ranked;
        return {
          sql: 'rk.rank_key',
          params: [],
          join: { sql: `left join (select r.product_id, round(max(r.rank) * 1e6)::bigint as rank_key from (${ranked.sql}) r group by r.product_id) rk on rk.product_id = p.id`, params: ranked.params },
        };
      }
      case 'NEWEST':
        return null;
      case 'PRICE_ASC':
      case 'PRICE_DESC':
        return { sql: 'p.price_amount', params: [] };
      case 'STARS_DESC': {
        const stars = this.certification.validStarsByProduct(today);
        return { sql: 'coalesce(vs.stars, 0)::bigint', params: [], join: { sql: `left join (${stars.sql}) vs on vs.product_id = p.id`, params: stars.params } };
      }
    }
  }

  private async conditions(filter: ProductListFilter, today: string, skip?: Dimension): Promise<SqlFragment[]> {
    const conditions: SqlFragment[] = [this.isPublic()];
    if (filter.group && skip !== 'group') conditions.push({ sql: `p.group = ?`, params: [filter.group] });
    if (filter.subgroupCode) {
      conditions.push({ sql: `p.product_set_code in (select code from product_set where subgroup_code = ?)`, params: [filter.subgroupCode] });
    }
    if (filter.productSetCode) conditions.push({ sql: `p.product_set_code = ?`, params: [filter.productSetCode] });
    if (skip !== 'stars') {
      if (filter.minStars != null) {
        const certified = this.certification.productIdsWithValidCertificate(today, filter.minStars);
        conditions.push({ sql: `p.id in (${certified.sql})`, params: certified.params });
      }
      if (filter.stars != null) {
        const stars = this.certification.validStarsByProduct(today);
        conditions.push({ sql: `p.id in (select vs.product_id from (${stars.sql}) vs where vs.stars = ?)`, params: [...stars.params, filter.stars] });
      }
    }
    if (filter.provinceCode != null && skip !== 'province') {
      const provinceIds = await this.provinces.idsCoveredByCurrentCode(filter.provinceCode);
      if (!provinceIds) throw new UnknownProvinceError(filter.provinceCode);
      const producers = this.producers.producerIdsInProvinces(provinceIds);
      conditions.push({ sql: `p.producer_id in (${producers.sql})`, params: producers.params });
    }
    if (filter.producerId) conditions.push({ sql: `p.producer_id = ?`, params: [filter.producerId] });
    if (filter.priceMin != null) conditions.push({ sql: `p.price_amount >= ?`, params: [filter.priceMin] });
    if (filter.priceMax != null) conditions.push({ sql: `p.price_amount <= ?`, params: [filter.priceMax] });
    if (filter.text) conditions.push({ sql: `p.id in (${filter.text.ids.sql})`, params: filter.text.ids.params });
    if (filter.inStock) {
      conditions.push({ sql: `exists (select 1 from product_variant v where v.product_id = p.id and v.stock > 0)`, params: [] });
    }
    return conditions;
  }
}
