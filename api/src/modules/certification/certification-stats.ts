import type { SqlFragment } from '../../lib/sql.js';

const VALID_ON = `c.state = 'RECOGNISED' and c.decision_date <= ?::date and c.valid_until >= ?::date`;

/** SQL over certificates and evaluations for programme figures and open data (this module's tables). */
export class CertificationStats {
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
