import type { EntityManager } from '@mikro-orm/postgresql';
import { COLUMNS as IMPORT_COLUMNS } from '../../db/import/format.js';
import { rows } from '../../lib/sql.js';
import type { CatalogueStats } from '../catalog/catalogue-stats.js';
import type { CertificationStats } from '../certification/certification-stats.js';
import { PRODUCT_GROUPS } from '../catalog/product-group.js';
import type { ProducerStats } from '../producers/producer-stats.js';
import type { ProgrammeScope, ProgrammeStatsService } from './programme-stats.service.js';

/** The day the provinces merged: a decision from then on names a current unit (as the import reads it). */
const REFORM_DATE = '2025-07-01';

/** Columns of the certified-product list: exactly the catalogue import's (db/import/format.ts), in its order. */
export const PRODUCT_LIST_COLUMNS = IMPORT_COLUMNS;
export type ProductListRow = Record<(typeof PRODUCT_LIST_COLUMNS)[number], string | number | null>;

/** Columns of the stats download, one row per current province (docs/open-data.md). */
export const STATS_COLUMNS = [
  'province_code', 'province_name', 'as_of', 'certified_products', 'stars_3', 'stars_4', 'stars_5',
  ...PRODUCT_GROUPS.map((g) => `group_${g.toLowerCase()}`),
  'producers', 'producers_selling_online', 'share_producers_selling_online', 'certificates_expiring_90_days',
] as const;
export type StatsRow = Record<(typeof STATS_COLUMNS)[number], string | number>;

/**
 * Open data: the certified-product list (products with a certificate valid today, one row each, in
 * the catalogue import's format so a download imports as is) and the figures per province.
 */
export class OpenDataService {
  constructor(
    private readonly em: EntityManager,
    private readonly stats: ProgrammeStatsService,
    private readonly producers: ProducerStats,
    private readonly catalogue: CatalogueStats,
    private readonly certification: CertificationStats,
  ) {}

  /** One statement (plus the province units): certified products of approved producers in the scope. */
  async certifiedProducts(scope: ProgrammeScope, today: string): Promise<ProductListRow[]> {
    const units = this.producers.units(scope.unitIds);
    const products = this.catalogue.products({ sql: 'select producer_id from units', params: [] });
    const inForce = this.certification.inForce({ sql: 'select product_id from prods', params: [] }, today);
    const producerColumns = this.producers.exportColumns({ sql: 'select producer_id from units', params: [] });
    const productColumns = this.catalogue.exportColumns({ sql: 'select product_id from inforce', params: [] });
    const found = await rows<{
      provinceId: string; producerName: string; producerKind: string; registrationNumber: string | null; productName: string; productGroup: string;
      productSetCode: string | null; stars: number; certificateNumber: string; decisionDate: string; issuedBy: string; price: number | null;
      variantLabel: string | null; sku: string | null;
    }>(
      this.em,
      `with units as materialized (${units.sql}), prods as materialized (${products.sql}), inforce as materialized (${inForce.sql})
       select u.province_id as "provinceId", pr.producer_name as "producerName", pr.producer_kind as "producerKind", pr.registration_number as "registrationNumber",
         x.product_name as "productName", x.product_group as "productGroup", x.product_set_code as "productSetCode", f.stars,
         f.certificate_number as "certificateNumber", f.decision_date::text as "decisionDate", f.issued_by as "issuedBy", x.price,
         x.variant_label as "variantLabel", x.sku
       from inforce f join prods p on p.product_id = f.product_id join units u on u.producer_id = p.producer_id
       join (${producerColumns.sql}) pr on pr.producer_id = p.producer_id
       join (${productColumns.sql}) x on x.product_id = f.product_id
       order by pr.producer_name, pr.producer_id, x.product_name, f.product_id`,
      [...units.params, ...products.params, ...inForce.params, ...producerColumns.params, ...productColumns.params],
    );
    const provinces = await this.stats.units();
    return found.map((r) => {
      const unit = provinces.byId(r.provinceId)!;
      // The import reads the code as the unit on the decision date: after the merger, the current one.
      const code = r.decisionDate >= REFORM_DATE && unit.validTo ? provinces.currentOf(unit.id)!.code : unit.code;
      return {
        province_code: code, producer_name: r.producerName, producer_kind: r.producerKind, producer_registration_number: r.registrationNumber,
        product_name: r.productName, product_group: r.productGroup, product_set_code: r.productSetCode, stars: r.stars,
        certificate_number: r.certificateNumber, decision_date: r.decisionDate, issued_by: r.issuedBy, price: r.price,
        variant_label: r.variantLabel, sku: r.sku,
      };
    });
  }

  /** Figures per current province in the scope (the national download: all 34). */
  async statsRows(scope: ProgrammeScope, today: string): Promise<StatsRow[]> {
    const year = Number(today.slice(0, 4));
    const { byProvince } = await this.stats.figures(scope, { from: year, to: year }, today);
    const units = await this.stats.units();
    const shown = scope.provinceId ? [units.byId(scope.provinceId)!] : units.current();
    return shown.map((p) => {
      const f = scope.provinceId
        ? byProvince.reduce((acc, x) => mergeInto(acc, x), null as null | (typeof byProvince)[number])
        : byProvince.find((x) => x.provinceId === p.id);
      const stars = (n: number) => f?.byStars.find((s) => s.stars === n)?.count ?? 0;
      const row: Record<string, string | number> = {
        province_code: p.code, province_name: p.name, as_of: today, certified_products: f?.certifiedProducts ?? 0,
        stars_3: stars(3), stars_4: stars(4), stars_5: stars(5),
      };
      for (const g of PRODUCT_GROUPS) row[`group_${g.toLowerCase()}`] = f?.byGroup.find((x) => x.group === g)?.count ?? 0;
      row.producers = f?.producers ?? 0;
      row.producers_selling_online = f?.producersSellingOnline ?? 0;
      row.share_producers_selling_online = f?.producers ? Math.round((f.producersSellingOnline / f.producers) * 1000) / 10 : 0;
      row.certificates_expiring_90_days = f?.certificatesExpiringSoon ?? 0;
      return row as StatsRow;
    });
  }
}

function mergeInto<T extends { certifiedProducts: number; producers: number; producersSellingOnline: number; certificatesExpiringSoon: number; byStars: { stars: number; count: number }[]; byGroup: { group: string; count: number }[] }>(acc: T | null, x: T): T {
  if (!acc) return { ...x, byStars: x.byStars.map((s) => ({ ...s })), byGroup: x.byGroup.map((g) => ({ ...g })) };
  acc.certifiedProducts += x.certifiedProducts;
  acc.producers += x.producers;
  acc.producersSellingOnline += x.producersSellingOnline;
  acc.certificatesExpiringSoon += x.certificatesExpiringSoon;
  for (const s of x.byStars) {
    const found = acc.byStars.find((y) => y.stars === s.stars);
    if (found) found.count += s.count;
    else acc.byStars.push({ ...s });
  }
  for (const g of x.byGroup) {
    const found = acc.byGroup.find((y) => y.group === g.group);
    if (found) found.count += g.count;
    else acc.byGroup.push({ ...g });
  }
  return acc;
}
