import type { SqlFragment } from '../../lib/sql.js';

/**
 * SQL over products and variants for programme figures and open data (the catalogue's own tables).
 * A product is "sold online" when it is published and has a variant with a price that its producer
 * has put units on sale of (on_hand > 0: available, held or sold through the platform).
 */
export class CatalogueStats {
  /** `product_id, producer_id, product_group, sold_online` of every product of the producers in `producerIds`, whatever its status. */
  products(producerIds: SqlFragment): SqlFragment {
    return {
      sql: `select p.id as product_id, p.producer_id, p."group"::text as product_group,
              (p.status = 'PUBLISHED' and exists (select 1 from product_variant v where v.product_id = p.id and v.price_amount > 0 and v.on_hand > 0)) as sold_online
            from product p where p.producer_id in (${producerIds.sql})`,
      params: producerIds.params,
    };
  }

  /**
   * What the open-data export publishes of each product among `productIds`: `product_id, product_name,
   * product_group, product_set_code`, and its first variant's `price, variant_label, sku` (the import
   * format has one variant per row).
   */
  exportColumns(productIds: SqlFragment): SqlFragment {
    return {
      sql: `select p.id as product_id, p.name as product_name, p."group"::text as product_group, p.product_set_code,
              v.price_amount::float8 as price, v.label as variant_label, v.sku
            from product p
            left join lateral (select price_amount, label, sku from product_variant where product_id = p.id order by position, id limit 1) v on true
            where p.id in (${productIds.sql})`,
      params: productIds.params,
    };
  }
}
