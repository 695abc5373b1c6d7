import type { EntityManager } from '@mikro-orm/postgresql';
import { orderedBy, rows, type SqlFragment } from '../../lib/sql.js';

export interface CertificateRecord {
  id: string;
  productId: string;
  number: string;
  stars: number;
  decisionDate: string;
  validUntil: string;
  issuedBy: string;
}

/** Valid on `day`: recognised and inside its validity window (36 months from the decision). */
const VALID_ON = `state = 'RECOGNISED' and decision_date <= ?::date and valid_until >= ?::date`;

export class CertificationService {
  constructor(private readonly em: EntityManager) {}

  /** For each product, the highest-star certificate valid on `day`, or undefined. One statement. */
  async validForProducts(productIds: readonly string[], day: string): Promise<(CertificateRecord | undefined)[]> {
    const found = await rows<CertificateRecord>(
      this.em,
      `select distinct on (product_id) id, product_id as "productId", number, stars,
              decision_date::text as "decisionDate", valid_until::text as "validUntil", issued_by as "issuedBy"
       from certificate where product_id = any(?) and ${VALID_ON}
       order by product_id, stars desc, decision_date desc`,
      [productIds, day, day],
    );
    return orderedBy(productIds, found, (c) => c.productId);
  }

  /** SQL yielding ids of products holding a certificate valid on `day` with at least `minStars`. */
  productIdsWithValidCertificate(day: string, minStars: number): SqlFragment {
    return { sql: `select product_id from certificate where ${VALID_ON} and stars >= ?`, params: [day, day, minStars] };
  }

  /** SQL for the stars of the best certificate valid on `day` of the product `productIdSql` (null if none). */
  validStarsOf(productIdSql: string, day: string): SqlFragment {
    return { sql: `(select max(stars) from certificate where product_id = ${productIdSql} and ${VALID_ON})`, params: [day, day] };
  }
}
