import type { SqlFragment } from '../../lib/sql.js';

/** SQL over sales points for programme figures (the salespoints module's own tables). */
export class SalesPointStats {
  /**
   * A scalar: approved sales points (every kind, online channels included) in the provinces that
   * `scope.unitIds` yields, or everywhere when `scope.all` is true (both SQL of the caller's statement).
   */
  approvedCount(scope: { all: string; unitIds: string }): SqlFragment {
    return {
      sql: `(select count(*) from sales_point sp where sp.approved_at is not null and ((${scope.all}) or sp.province_id in (${scope.unitIds})))`,
      params: [],
    };
  }

  /** Ids of products with a confirmed listing at an approved online channel (an e-commerce platform). */
  productsListedOnline(): SqlFragment {
    return {
      sql: `select spp.product_id from sales_point_product spp join sales_point sp on sp.id = spp.point_id
            where spp.state = 'CONFIRMED' and sp.kind = 'ONLINE_CHANNEL' and sp.approved_at is not null`,
      params: [],
    };
  }
}
