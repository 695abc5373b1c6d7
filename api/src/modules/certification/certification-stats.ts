import type { EntityManager } from '@mikro-orm/postgresql';
import { keysetPage, type KeysetPage } from '../../lib/keyset.js';
import type { SqlFragment } from '../../lib/sql.js';
import { CERTIFICATE_COLUMNS, type CertificateRecord } from './certification.records.js';

const VALID_ON = `c.state = 'RECOGNISED' and c.decision_date <= ?::date and c.valid_until >= ?::date`;

/** SQL over certificates and evaluations for programme figures and open data (this module's tables). */
export class CertificationStats {
  constructor(private readonly em: EntityManager) {}

  /**
   * The re-evaluation queue: the certificate in force on `day` of each product among `productIds`
   * whose last valid day is before `before`, at ≥ `minStars`, soonest to expire first, keyset-paginated
   * on (validUntil, id). One statement for the page and its total.
   */
  expiringAmong(productIds: SqlFragment, day: string, before: string, minStars: number, page: { first: number; after: string | null }): Promise<KeysetPage<CertificateRecord>> {
    return keysetPage<CertificateRecord>(this.em, {
      select: `select * from (
                 select distinct on (c.product_id) ${CERTIFICATE_COLUMNS}
                 from certificate c where c.product_id in (${productIds.sql}) and ${VALID_ON}
                 order by c.product_id, c.stars desc, c.decision_date desc
               ) in_force where "validUntil"::date < ?::date and stars >= ?`,
      params: [...productIds.params, day, day, before, minStars],
      keys: [{ column: 'validUntil', type: 'text' }, { column: 'id', type: 'text' }],
      descending: false,
      first: page.first,
      after: page.after,
    });
  }
  /**
   * Recognitions of the products in `productIds`: `product_id, stars, decision_date, valid_until`
   * of every certificate not revoked (expired and superseded ones were recognitions all the same).
   */
  recognitions(productIds: SqlFragment): SqlFragment {
    return {
      sql: `select c.product_id, c.stars, c.decision_date, c.valid_until from certificate c
            where c.state <> 'REVOKED' and c.product_id in (${productIds.sql})`,
      params: productIds.params,
    };
  }

  /**
   * The certificate in force on `day` of each product in `productIds` that has one (the one a listing
   * shows: most stars, latest decision): `product_id, certificate_id, stars, certificate_number,
   * decision_date, valid_until, issued_by`.
   */
  inForce(productIds: SqlFragment, day: string): SqlFragment {
    return {
      sql: `select distinct on (c.product_id) c.product_id, c.id as certificate_id, c.stars, c.number as certificate_number,
              c.decision_date, c.valid_until, c.issued_by
            from certificate c where c.product_id in (${productIds.sql}) and ${VALID_ON}
            order by c.product_id, c.stars desc, c.decision_date desc`,
      params: [...productIds.params, day, day],
    };
  }

  /** Scored evaluations of the products in `productIds`: `product_id, evaluated_on`. */
  evaluations(productIds: SqlFragment): SqlFragment {
    return {
      sql: `select e.product_id, e.evaluated_on from evaluation e where e.state = 'SCORED' and e.product_id in (${productIds.sql})`,
      params: productIds.params,
    };
  }
}
