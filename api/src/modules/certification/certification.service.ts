import type { EntityManager } from '@mikro-orm/postgresql';
import { keysetPage, type KeysetPage } from '../../lib/keyset.js';
import { orderedBy, rows, type SqlFragment } from '../../lib/sql.js';
import type { Outcome } from '../../lib/user-errors.js';
import {
  CERTIFICATE_COLUMNS,
  CRITERIA_SET_COLUMNS,
  EVALUATION_COLUMNS,
  type CertificateRecord,
  type CriteriaSetRecord,
  type EvaluationRecord,
} from './certification.records.js';
import {
  expireOverdue,
  recognise,
  recordEvaluation,
  revoke,
  type RecogniseInput,
  type Recognition,
  type RecordEvaluationInput,
  type RevokeInput,
} from './certification.commands.js';
import type { Actor } from '../audit/audit.js';

export type { CertificateRecord, CriteriaSetRecord, EvaluationRecord } from './certification.records.js';

/** Valid on `day`: recognised and inside its validity window (36 months from the decision). */
const VALID_ON = `state = 'RECOGNISED' and decision_date <= ?::date and valid_until >= ?::date`;

export interface Page<T> {
  items: T[];
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  totalCount: number;
  cursorOf(item: T): string;
}

/** History order: newest decision first; the cursor carries the keyset position. */
export const historyCursor = (c: CertificateRecord) => `${c.decisionDate}|${c.id}`;

function parseHistoryCursor(after: string | null): [string, string] | [null, null] {
  if (!after) return [null, null];
  const [day, id] = after.split('|');
  return day && id && /^\d{4}-\d{2}-\d{2}$/.test(day) ? [day, id] : [null, null];
}

/**
 * OCOP recognition: criteria sets, evaluations and certificates. Reads are single statements over
 * lists of keys (for DataLoaders); use cases are transactions returning `{ result, userErrors }`.
 */
export class CertificationService {
  constructor(private readonly em: EntityManager) {}

  /** For each product, the highest-star certificate valid on `day`, or undefined. One statement. */
  async validForProducts(productIds: readonly string[], day: string): Promise<(CertificateRecord | undefined)[]> {
    const found = await rows<CertificateRecord>(
      this.em,
      `select distinct on (c.product_id) ${CERTIFICATE_COLUMNS}
       from certificate c where c.product_id = any(?) and ${VALID_ON}
       order by c.product_id, c.stars desc, c.decision_date desc`,
      [productIds, day, day],
    );
    return orderedBy(productIds, found, (c) => c.productId);
  }

  /**
   * The certificate in force on `day` (the one a listing shows: most stars, latest decision) of each
   * product among `productIds` (another module's fragment) that has one, soonest to expire first,
   * keyset-paginated on (validUntil, id). One statement for the page and its total.
   */
  inForceAmong(productIds: SqlFragment, day: string, page: { first: number; after: string | null }): Promise<KeysetPage<CertificateRecord>> {
    return keysetPage<CertificateRecord>(this.em, {
      select: `select * from (
                 select distinct on (c.product_id) ${CERTIFICATE_COLUMNS}
                 from certificate c where c.product_id in (${productIds.sql}) and ${VALID_ON}
                 order by c.product_id, c.stars desc, c.decision_date desc
               ) in_force`,
      params: [...productIds.params, day, day],
      keys: [{ column: 'validUntil', type: 'text' }, { column: 'id', type: 'text' }],
      descending: false,
      first: page.first,
      after: page.after,
    });
  }

  /** SQL yielding ids of products holding a certificate valid on `day` with at least `minStars`. */
  productIdsWithValidCertificate(day: string, minStars: number): SqlFragment {
    return { sql: `select product_id from certificate where ${VALID_ON} and stars >= ?`, params: [day, day, minStars] };
  }

  /**
   * SQL yielding `product_id, stars` (the best certificate valid on `day`) for every certified
   * product: join it when many products need their stars (one hash join, not a lookup per row).
   */
  validStarsByProduct(day: string): SqlFragment {
    return { sql: `select product_id, max(stars) as stars from certificate where ${VALID_ON} group by product_id`, params: [day, day] };
  }

  /**
   * Certificates with this decision number (of one product when `productId` is given), at most
   * two: one decision recognises many products, so a bare number can be ambiguous.
   */
  byNumber(number: string, productId: string | null = null): Promise<CertificateRecord[]> {
    return rows<CertificateRecord>(
      this.em,
      `select ${CERTIFICATE_COLUMNS} from certificate c where c.number = ? and (?::text is null or c.product_id = ?)
       order by c.decision_date desc, c.id desc limit 2`,
      [number, productId, productId],
    );
  }

  async byIds(ids: readonly string[]): Promise<(CertificateRecord | undefined)[]> {
    const found = await rows<CertificateRecord>(this.em, `select ${CERTIFICATE_COLUMNS} from certificate c where c.id = any(?)`, [ids]);
    return orderedBy(ids, found, (c) => c.id);
  }

  /**
   * Every certificate of each product (expired, revoked and superseded included), newest decision
   * first, one page per product with the same `first`/`after`. One statement for any number of products.
   */
  async historyForProducts(
    productIds: readonly string[],
    options: { first: number; after: string | null },
  ): Promise<Page<CertificateRecord>[]> {
    const [afterDay, afterId] = parseHistoryCursor(options.after);
    const found = await rows<{ productKey: string; totalCount: string; certificate: CertificateRecord | null }>(
      this.em,
      `select k.product_id as "productKey",
              (select count(*) from certificate t where t.product_id = k.product_id) as "totalCount",
              to_jsonb(x) as certificate
       from unnest(?::text[]) as k(product_id)
       left join lateral (
         select ${CERTIFICATE_COLUMNS} from certificate c
         where c.product_id = k.product_id and (?::date is null or (c.decision_date, c.id) < (?::date, ?::text))
         order by c.decision_date desc, c.id desc limit ?
       ) x on true`,
      [productIds, afterDay, afterDay, afterId, options.first + 1],
    );
    const byProduct = new Map<string, { total: number; items: CertificateRecord[] }>();
    for (const row of found) {
      const entry = byProduct.get(row.productKey) ?? { total: Number(row.totalCount), items: [] };
      if (row.certificate) entry.items.push(row.certificate);
      byProduct.set(row.productKey, entry);
    }
    return productIds.map((id) => {
      const entry = byProduct.get(id) ?? { total: 0, items: [] };
      return {
        items: entry.items.slice(0, options.first),
        hasNextPage: entry.items.length > options.first,
        hasPreviousPage: options.after != null,
        totalCount: entry.total,
        cursorOf: historyCursor,
      };
    });
  }

  async evaluationsByIds(ids: readonly string[]): Promise<(EvaluationRecord | undefined)[]> {
    const found = await rows<EvaluationRecord>(
      this.em,
      `select ${EVALUATION_COLUMNS} from evaluation e join criteria_set cs on cs.id = e.criteria_set_id where e.id = any(?)`,
      [ids],
    );
    return orderedBy(ids, found, (e) => e.id);
  }

  /** Every evaluation of each product, newest first (for a DataLoader; a product has a handful). One statement. */
  async evaluationsOfProducts(productIds: readonly string[]): Promise<EvaluationRecord[][]> {
    const found = await rows<EvaluationRecord>(
      this.em,
      `select ${EVALUATION_COLUMNS} from evaluation e join criteria_set cs on cs.id = e.criteria_set_id
       where e.product_id = any(?) order by e.evaluated_on desc, e.id desc`,
      [productIds],
    );
    const byProduct = Map.groupBy(found, (e) => e.productId);
    return productIds.map((id) => byProduct.get(id) ?? []);
  }

  /** Criteria sets, newest first (ids sort by the day they took effect). */
  async criteriaSets(options: { first: number; after: string | null }): Promise<Page<CriteriaSetRecord>> {
    const found = await rows<CriteriaSetRecord & { totalCount: string }>(
      this.em,
      `select ${CRITERIA_SET_COLUMNS}, count(*) over () as "totalCount" from criteria_set cs
       order by cs.id desc`,
    );
    const all = found.map(({ totalCount: _, ...set }) => set);
    // A cursor naming no set (forged or stale) starts past the end: an empty page, never the first one again.
    const start = options.after ? (all.findIndex((s) => s.id === options.after) + 1 || all.length) : 0;
    const items = all.slice(start, start + options.first);
    return {
      items,
      hasNextPage: start + options.first < all.length,
      hasPreviousPage: options.after != null,
      totalCount: all.length,
      cursorOf: (s) => s.id,
    };
  }

  /** Scores a product under a criteria set; stars come from the set's bands. */
  recordEvaluation(input: RecordEvaluationInput, actor?: Actor): Promise<Outcome<EvaluationRecord>> {
    return recordEvaluation(this.em, input, actor);
  }

  /** Issues a certificate from a scored evaluation, superseding the product's active one. */
  recognise(input: RecogniseInput, actor?: Actor): Promise<Outcome<Recognition>> {
    return recognise(this.em, input, actor);
  }

  revoke(input: RevokeInput, actor?: Actor): Promise<Outcome<CertificateRecord>> {
    return revoke(this.em, input, actor);
  }

  /** Marks recognised certificates past their validity on `today` as EXPIRED. Idempotent. */
  expireOverdue(today: string): Promise<{ expired: number }> {
    return expireOverdue(this.em, today);
  }
}
