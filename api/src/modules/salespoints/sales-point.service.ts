import type { EntityManager } from '@mikro-orm/postgresql';
import { keysetPage, InvalidCursorError, type KeysetPage } from '../../lib/keyset.js';
import { orderedBy, rows, type SqlFragment } from '../../lib/sql.js';
import type { ApprovalState } from '../../graphql/enums.js';
import type { ProductService } from '../catalog/product.service.js';
import type { ProvinceService } from '../places/province.service.js';
import type { OpeningHours } from './opening-hours.js';
import type { ListingState, SalesPointKind, StockLevel } from './sales-point-kind.js';

export interface SalesPointRecord {
  id: string;
  slug: string;
  name: string;
  kind: SalesPointKind;
  chainName: string | null;
  provinceId: string;
  communeId: string | null;
  addressLine: string | null;
  latitude: number | null;
  longitude: number | null;
  url: string | null;
  openingHours: OpeningHours;
  timeZone: string;
  phone: string | null;
  email: string | null;
  approvedAt: Date | null;
  createdById: string | null;
  createdAt: Date;
  /** Metres from the `near` point of the query that found it; null without one. */
  distanceM: number | null;
}

export interface ListingRecord {
  pointId: string;
  productId: string;
  state: ListingState;
  stockLevel: StockLevel | null;
  requestedById: string | null;
  decidedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export const SALES_POINT_COLUMNS = `sp.id, sp.slug, sp.name, sp.kind, sp.chain_name as "chainName", sp.province_id as "provinceId", sp.commune_id as "communeId",
  sp.address_line as "addressLine", sp.latitude, sp.longitude, sp.url, sp.opening_hours as "openingHours", sp.time_zone as "timeZone",
  sp.phone, sp.email, sp.approved_at as "approvedAt", sp.created_by_id as "createdById", sp.created_at as "createdAt"`;

export const LISTING_COLUMNS = `l.point_id as "pointId", l.product_id as "productId", l.state, l.stock_level as "stockLevel",
  l.requested_by_id as "requestedById", l.decided_at as "decidedAt", l.created_at as "createdAt", l.updated_at as "updatedAt"`;

/** The largest search radius: about the length of a long province; beyond it "near" means nothing. */
export const MAX_RADIUS_KM = 500;
export const DEFAULT_RADIUS_KM = 50;

export interface Near {
  lat: number;
  lng: number;
  radiusKm: number;
}

export interface SalesPointFilter {
  near?: Near | null;
  provinceCode?: string | null;
  productId?: string | null;
  kind?: SalesPointKind | null;
  /** Only points open at this instant (each in its own time zone). */
  openAt?: Date | null;
  /** Part of the name, accents and case ignored. */
  nameContains?: string | null;
}

export class UnknownProvinceCodeError extends Error {
  constructor(readonly code: string) {
    super(`No current province has code "${code}"`);
  }
}

/** SQL: the distance in metres from (lat, lng) to the point `sp` (earthdistance's sphere, radius 6,378,168 m). */
function distanceSql(near: Near): SqlFragment {
  return { sql: `earth_distance(ll_to_earth(?, ?), ll_to_earth(sp.latitude, sp.longitude))`, params: [near.lat, near.lng] };
}

/**
 * SQL: `sp` lies within the radius. `earth_box @> ll_to_earth(...)` is the part the GiST index
 * sales_point_earth_idx answers (a cube around the circle); the distance check then drops the corners.
 * `latitude is not null` lets the planner use the partial index.
 */
function withinSql(near: Near): SqlFragment {
  const radiusM = near.radiusKm * 1000;
  const distance = distanceSql(near);
  return {
    sql: `sp.latitude is not null and earth_box(ll_to_earth(?, ?), ?) @> ll_to_earth(sp.latitude, sp.longitude) and ${distance.sql} <= ?`,
    params: [near.lat, near.lng, radiusM, ...distance.params, radiusM],
  };
}

/**
 * SQL: `sp` is open at the instant given as the parameter, by its weekly hours in its own time zone.
 * The same rule as isOpenAt in opening-hours.ts ('HH:MM' strings compare like times; '24:00' ends a day).
 */
function openAtSql(at: Date): SqlFragment {
  return {
    sql: `exists (
      select 1 from jsonb_to_recordset(sp.opening_hours) as h(day int, opens text, closes text),
        lateral (select (?::timestamptz at time zone sp.time_zone) as t) l
      where case when h.closes > h.opens
        then extract(isodow from l.t) = h.day and to_char(l.t, 'HH24:MI') >= h.opens and to_char(l.t, 'HH24:MI') < h.closes
        else (extract(isodow from l.t) = h.day and to_char(l.t, 'HH24:MI') >= h.opens)
          or (extract(isodow from l.t) = h.day % 7 + 1 and to_char(l.t, 'HH24:MI') < h.closes)
      end)`,
    params: [at],
  };
}

const and = (conditions: SqlFragment[]): SqlFragment => ({
  sql: conditions.length ? conditions.map((c) => `(${c.sql})`).join(' and ') : 'true',
  params: conditions.flatMap((c) => c.params),
});

/** Reads sales points and their listings (writes: SalesPointRegistrationService, SalesPointListingService). */
export class SalesPointService {
  constructor(
    private readonly em: EntityManager,
    private readonly provinces: ProvinceService,
    private readonly products: ProductService,
  ) {}

  async exists(id: string): Promise<boolean> {
    return (await rows(this.em, `select 1 from sales_point where id = ?`, [id])).length > 0;
  }

  /** Any point by id, approved or not (callers decide who may see a pending one). */
  async byIds(ids: readonly string[]): Promise<(SalesPointRecord | undefined)[]> {
    const found = await rows<SalesPointRecord>(this.em, `select ${SALES_POINT_COLUMNS}, null::float8 as "distanceM" from sales_point sp where sp.id = any(?)`, [ids]);
    return orderedBy(ids, found, (p) => p.id);
  }

  async bySlug(slug: string): Promise<SalesPointRecord | null> {
    const [found] = await rows<SalesPointRecord>(this.em, `select ${SALES_POINT_COLUMNS}, null::float8 as "distanceM" from sales_point sp where sp.slug = ?`, [slug]);
    return found ?? null;
  }

  private async filterConditions(filter: SalesPointFilter): Promise<SqlFragment[]> {
    const conditions: SqlFragment[] = [{ sql: `sp.approved_at is not null`, params: [] }];
    if (filter.near) conditions.push(withinSql(filter.near));
    if (filter.provinceCode != null) {
      const ids = await this.provinces.idsCoveredByCurrentCode(filter.provinceCode);
      if (!ids) throw new UnknownProvinceCodeError(filter.provinceCode);
      conditions.push({ sql: `sp.province_id = any(?)`, params: [ids] });
    }
    if (filter.kind) conditions.push({ sql: `sp.kind = ?`, params: [filter.kind] });
    if (filter.productId) {
      conditions.push({
        sql: `exists (select 1 from sales_point_product l where l.point_id = sp.id and l.product_id = ? and l.state = 'CONFIRMED')`,
        params: [filter.productId],
      });
    }
    if (filter.openAt) conditions.push(openAtSql(filter.openAt));
    if (filter.nameContains?.trim()) {
      conditions.push({ sql: `unaccent(sp.name) ilike '%' || unaccent(?) || '%'`, params: [filter.nameContains.trim().replace(/[\\%_]/g, (c) => `\\${c}`)] });
    }
    return conditions;
  }

  /**
   * Approved points matching the filter: with `near`, nearest first (keyset on distance, id) and only
   * within the radius; otherwise by name. One statement for the page and its total.
   */
  async search(filter: SalesPointFilter, page: { first: number; after: string | null }): Promise<KeysetPage<SalesPointRecord>> {
    const where = and(await this.filterConditions(filter));
    if (filter.near) {
      const distance = distanceSql(filter.near);
      return keysetPage<SalesPointRecord>(this.em, {
        select: `select ${SALES_POINT_COLUMNS}, ${distance.sql} as "distanceM" from sales_point sp where ${where.sql}`,
        params: [...distance.params, ...where.params],
        keys: [{ column: 'distanceM', type: 'float8' }, { column: 'id', type: 'text' }],
        descending: false,
        first: page.first,
        after: page.after,
      });
    }
    return keysetPage<SalesPointRecord>(this.em, {
      select: `select ${SALES_POINT_COLUMNS}, null::float8 as "distanceM" from sales_point sp where ${where.sql}`,
      params: where.params,
      keys: [{ column: 'name', type: 'text' }, { column: 'id', type: 'text' }],
      descending: false,
      first: page.first,
      after: page.after,
    });
  }

  /** The SQL `search` runs for a filter (EXPLAIN in the index test). */
  async searchSql(filter: SalesPointFilter & { near: Near }, limit: number): Promise<SqlFragment> {
    const where = and(await this.filterConditions(filter));
    const distance = distanceSql(filter.near);
    return {
      sql: `select sp.id, ${distance.sql} as "distanceM" from sales_point sp where ${where.sql} order by 2, 1 limit ?`,
      params: [...distance.params, ...where.params, limit],
    };
  }

  /**
   * Approved points with a CONFIRMED listing of each product (Product.salesPoints, for a DataLoader):
   * nearest first with `near` (within its radius), else physical points by name then online channels.
   * One statement for any number of products; `totalCount` per product.
   */
  async ofProducts(productIds: readonly string[], options: { near: Near | null; provinceCode: string | null; first: number }) {
    const where = and(await this.filterConditions({ near: options.near, provinceCode: options.provinceCode }));
    const distance = options.near ? distanceSql(options.near) : { sql: 'null::float8', params: [] };
    const order = options.near ? `"distanceM", sp.id` : `(sp.kind = 'ONLINE_CHANNEL'), sp.name, sp.id`;
    const found = await rows<SalesPointRecord & { productId: string; total: string }>(
      this.em,
      `select x.product_id as "productId", s.* from unnest(?::text[]) as x(product_id)
       cross join lateral (
         select ${SALES_POINT_COLUMNS}, ${distance.sql} as "distanceM", count(*) over () as total
         from sales_point sp join sales_point_product l on l.point_id = sp.id and l.product_id = x.product_id and l.state = 'CONFIRMED'
         where ${where.sql} order by ${order} limit ?) s`,
      [productIds, ...distance.params, ...where.params, options.first],
    );
    const byProduct = Map.groupBy(found, (r) => r.productId);
    return productIds.map((id) => {
      const items = (byProduct.get(id) ?? []).map(({ productId: _p, total: _t, ...point }) => point as SalesPointRecord);
      const totalCount = Number(byProduct.get(id)?.[0]?.total ?? 0);
      return { items, totalCount, hasNextPage: totalCount > items.length, hasPreviousPage: false, cursorOf: (p: SalesPointRecord) => JSON.stringify([p.distanceM, p.id]) };
    });
  }

  /**
   * Listings of each point (SalesPoint.products and the manager's requests, for a DataLoader), by
   * product id, after a product id. `publicOnly`: only products that are public in the catalogue.
   * One statement for any number of points.
   */
  async listingsOfPoints(pointIds: readonly string[], options: { states: ListingState[]; publicOnly: boolean; first: number; after: string | null }) {
    const visible = options.publicOnly ? this.products.isPublicProduct('l.product_id') : { sql: 'true', params: [] };
    const found = await rows<ListingRecord & { total: string }>(
      this.em,
      `select s.* from unnest(?::text[]) as x(point_id)
       cross join lateral (
         select * from (
           select ${LISTING_COLUMNS}, count(*) over () as total
           from sales_point_product l where l.point_id = x.point_id and l.state::text = any(?) and ${visible.sql}
         ) all_rows where ?::text is null or "productId" > ? order by "productId" limit ?) s`,
      [pointIds, options.states, ...visible.params, options.after, options.after, options.first + 1],
    );
    const byPoint = Map.groupBy(found, (r) => r.pointId);
    return pointIds.map((id) => {
      const matched = (byPoint.get(id) ?? []).map(({ total: _t, ...l }) => l as ListingRecord);
      return {
        items: matched.slice(0, options.first),
        totalCount: Number(byPoint.get(id)?.[0]?.total ?? 0),
        hasNextPage: matched.length > options.first,
        hasPreviousPage: options.after != null,
        cursorOf: (l: ListingRecord) => l.productId,
      };
    });
  }

  /** Listings of a producer's products at any point, newest first (the seller workspace). One statement. */
  listingsOfProducer(producerId: string, page: { first: number; after: string | null }): Promise<KeysetPage<ListingRecord & { key: string }>> {
    const products = this.products.productIdsOfProducer(producerId);
    return keysetPage<ListingRecord & { key: string }>(this.em, {
      select: `select ${LISTING_COLUMNS}, to_char(l.updated_at at time zone 'UTC', 'YYYYMMDDHH24MISSUS') || l.point_id || l.product_id as key
               from sales_point_product l where l.product_id in (${products.sql})`,
      params: products.params,
      keys: [{ column: 'key', type: 'text' }],
      descending: true,
      first: page.first,
      after: page.after,
    });
  }

  async listing(pointId: string, productId: string): Promise<ListingRecord | null> {
    const [found] = await rows<ListingRecord>(this.em, `select ${LISTING_COLUMNS} from sales_point_product l where l.point_id = ? and l.product_id = ?`, [pointId, productId]);
    return found ?? null;
  }

  /** Newest registrations first, optionally only pending or approved ones (the admin's approval queue). */
  list(options: { approval: ApprovalState | null; first: number; after: string | null }): Promise<KeysetPage<SalesPointRecord>> {
    const where = options.approval === 'PENDING' ? 'where sp.approved_at is null' : options.approval === 'APPROVED' ? 'where sp.approved_at is not null' : '';
    return keysetPage<SalesPointRecord>(this.em, {
      select: `select ${SALES_POINT_COLUMNS}, null::float8 as "distanceM" from sales_point sp ${where}`,
      params: [],
      keys: [{ column: 'id', type: 'text' }],
      descending: true,
      first: options.first,
      after: options.after,
    });
  }

  /** SQL yielding the ids of approved sales points (for other modules, e.g. programme targets). */
  approvedSalesPointIds(): SqlFragment {
    return { sql: `select id from sales_point where approved_at is not null`, params: [] };
  }
}

export { InvalidCursorError };
