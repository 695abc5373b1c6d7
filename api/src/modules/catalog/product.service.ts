import type { EntityManager } from '@mikro-orm/postgresql';
import { rows, type SqlFragment } from '../../lib/sql.js';
import type { CertificationService } from '../certification/certification.service.js';
import type { ProvinceService } from '../places/province.service.js';
import type { ProducerService } from '../producers/producer.service.js';
import type { ProductGroup } from './product-group.js';

export interface ProductRecord {
  id: string;
  slug: string;
  name: string;
  description: string;
  group: ProductGroup;
  priceAmount: number;
  producerId: string;
}

export interface ProductListFilter {
  group?: ProductGroup | null;
  minStars?: number | null;
  provinceCode?: string | null;
}

export class UnknownProvinceError extends Error {
  constructor(readonly code: string) {
    super(`unknown province code "${code}"`);
  }
}

const COLUMNS = `p.id, p.slug, p.name, p.description, p.group, p.price_amount::float8 as "priceAmount",
  p.producer_id as "producerId"`;

export class ProductService {
  constructor(
    private readonly em: EntityManager,
    private readonly provinces: ProvinceService,
    private readonly producers: ProducerService,
    private readonly certification: CertificationService,
  ) {}

  async bySlug(slug: string): Promise<ProductRecord | null> {
    const [found] = await rows<ProductRecord>(
      this.em,
      `select ${COLUMNS} from product p where p.slug = ? and p.status = 'PUBLISHED'`,
      [slug],
    );
    return found ?? null;
  }

  async byIds(ids: readonly string[]): Promise<ProductRecord[]> {
    return rows<ProductRecord>(this.em, `select ${COLUMNS} from product p where p.id = any(?) and p.status = 'PUBLISHED'`, [
      ids,
    ]);
  }

  /**
   * Published products, newest first, keyset-paginated on id (ULIDs sort by creation time).
   * One statement for the page and its total, whatever the page size.
   */
  async list(options: { filter: ProductListFilter; first: number; after: string | null; today: string }) {
    const { filter, first, after, today } = options;
    const conditions: SqlFragment[] = [{ sql: `p.status = 'PUBLISHED'`, params: [] }];
    if (filter.group) conditions.push({ sql: `p.group = ?`, params: [filter.group] });
    if (filter.minStars != null) {
      const certified = this.certification.productIdsWithValidCertificate(today, filter.minStars);
      conditions.push({ sql: `p.id in (${certified.sql})`, params: certified.params });
    }
    if (filter.provinceCode != null) {
      const provinceIds = await this.provinces.idsCoveredByCurrentCode(filter.provinceCode);
      if (!provinceIds) throw new UnknownProvinceError(filter.provinceCode);
      const producers = this.producers.producerIdsInProvinces(provinceIds);
      conditions.push({ sql: `p.producer_id in (${producers.sql})`, params: producers.params });
    }
    const where = conditions.map((c) => c.sql).join(' and ');
    const params = conditions.flatMap((c) => c.params);
    const found = await rows<ProductRecord & { totalCount: string }>(
      this.em,
      `with matching as (select ${COLUMNS} from product p where ${where})
       select m.*, (select count(*) from matching) as "totalCount" from matching m
       where ?::text is null or m.id < ? order by m.id desc limit ?`,
      [...params, after, after, first + 1],
    );
    const items = found.slice(0, first).map(({ totalCount: _, ...product }) => product);
    return {
      items,
      totalCount: found.length ? Number(found[0]!.totalCount) : await this.count(where, params),
      hasNextPage: found.length > first,
      hasPreviousPage: after != null,
      cursorOf: (p: ProductRecord) => p.id,
    };
  }

  /** Only for a page past the end (no rows to carry the total). */
  private async count(where: string, params: unknown[]): Promise<number> {
    const [row] = await rows<{ n: string }>(this.em, `select count(*) as n from product p where ${where}`, params);
    return Number(row?.n ?? 0);
  }
}
