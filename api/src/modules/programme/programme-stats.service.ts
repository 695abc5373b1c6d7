import type { EntityManager } from '@mikro-orm/postgresql';
import { rows, type SqlFragment } from '../../lib/sql.js';
import type { CatalogueStats } from '../catalog/catalogue-stats.js';
import type { CertificationStats } from '../certification/certification-stats.js';
import type { CraftVillageStats } from '../craftvillages/craft-village-stats.js';
import { ProvinceUnits } from '../places/province-units.js';
import type { ProducerStats } from '../producers/producer-stats.js';
import type { SalesPointStats } from '../salespoints/sales-point-stats.js';
import { progressOf, type Progress } from './pace.js';
import type { MeasuredTarget } from './programme-records.js';

/** Certificates expiring within this many days are due for re-evaluation. */
export const EXPIRY_WINDOW_DAYS = 90;

export interface ProgrammeScope {
  /** The province figures are for (a current unit, or a historic one shown as issued); null = national. */
  provinceId: string | null;
  /** Units whose producers count; null = all. */
  unitIds: string[] | null;
  asIssued: boolean;
}

export interface Figures {
  certifiedProducts: number;
  producers: number;
  producersSellingOnline: number;
  certificatesExpiringSoon: number;
  byStars: { stars: number; count: number }[];
  byGroup: { group: string; count: number }[];
  byYear: { year: number; count: number }[];
}

export interface ProvinceFigures extends Figures {
  provinceId: string;
}

/**
 * Live programme figures, each a handful of aggregate statements whatever the number of products: the
 * catalogue, certification and producers modules publish SQL fragments over their tables, composed
 * here into one statement per question (figures per current province; values of many targets).
 */
export class ProgrammeStatsService {
  private unitsCache: Promise<ProvinceUnits> | null = null;

  constructor(
    private readonly em: EntityManager,
    private readonly producers: ProducerStats,
    private readonly catalogue: CatalogueStats,
    private readonly certification: CertificationStats,
    private readonly salesPoints: SalesPointStats,
    private readonly craftVillages: CraftVillageStats,
  ) {}

  /**
   * Products of the producers in the CTE `units`, "sold online" when the catalogue says so (published,
   * a variant on sale) or when a confirmed listing at an approved online-channel sales point says so.
   */
  private products(): SqlFragment {
    const products = this.catalogue.products({ sql: 'select producer_id from units', params: [] });
    const listed = this.salesPoints.productsListedOnline();
    return {
      sql: `select c.product_id, c.producer_id, c.product_group, (c.sold_online or c.product_id in (${listed.sql})) as sold_online from (${products.sql}) c`,
      params: [...listed.params, ...products.params],
    };
  }

  /** Every province unit with its successions (one statement per unit of work). */
  units(): Promise<ProvinceUnits> {
    this.unitsCache ??= ProvinceUnits.load(this.em);
    return this.unitsCache;
  }

  /** A province code → the scope it names: the current unit with its historic ones, or (asIssued) the historic unit alone. */
  async scopeOf(provinceCode: string | null, asIssued: boolean): Promise<ProgrammeScope | null> {
    if (provinceCode === null) return { provinceId: null, unitIds: null, asIssued: false };
    const units = await this.units();
    if (asIssued) {
      const unit = units.historicByCode(provinceCode) ?? units.currentByCode(provinceCode);
      return unit ? { provinceId: unit.id, unitIds: [unit.id], asIssued: true } : null;
    }
    const current = units.currentByCode(provinceCode);
    return current ? { provinceId: current.id, unitIds: units.rolledUp(current.id), asIssued: false } : null;
  }

  /**
   * Figures of each current province (historic units rolled up) among the scope's units, in one
   * statement: products certified today by stars and by group, products recognised per year of
   * `years`, certificates expiring within 90 days, OCOP producers and those selling online.
   */
  async figuresByProvince(scope: ProgrammeScope, years: { from: number; to: number }, today: string): Promise<ProvinceFigures[]> {
    const units = this.producers.units(scope.unitIds);
    const products = this.products();
    const inForce = this.certification.inForce({ sql: 'select product_id from prods', params: [] }, today);
    const recognitions = this.certification.recognitions({ sql: 'select product_id from prods', params: [] });
    const found = await rows<{ provinceId: string; dim: string; key: string | null; n: number }>(
      this.em,
      `with units as materialized (${units.sql}),
            prods as materialized (${products.sql}),
            inforce as materialized (${inForce.sql}),
            recog as (${recognitions.sql}),
            certified as materialized (
              select u.current_province_id, f.stars, f.valid_until, p.product_group, p.producer_id, p.product_id
              from inforce f join prods p on p.product_id = f.product_id join units u on u.producer_id = p.producer_id),
            online as (select producer_id from prods group by producer_id having bool_or(sold_online))
       select current_province_id as "provinceId", 'STARS' as dim, stars::text as key, count(*)::int as n from certified group by 1, 3
       union all select current_province_id, 'GROUP', product_group, count(*)::int from certified group by 1, 3
       union all select current_province_id, 'EXPIRING', null, count(*)::int from certified where valid_until < ?::date + ${EXPIRY_WINDOW_DAYS} group by 1
       union all select current_province_id, 'PRODUCERS', null, count(distinct producer_id)::int from certified group by 1
       union all select current_province_id, 'ONLINE', null, count(distinct producer_id)::int from certified
                 where producer_id in (select producer_id from online) group by 1
       union all select u.current_province_id, 'YEAR', extract(year from r.decision_date)::int::text, count(distinct r.product_id)::int
                 from recog r join prods p on p.product_id = r.product_id join units u on u.producer_id = p.producer_id
                 where r.decision_date between make_date(?, 1, 1) and make_date(?, 12, 31) group by 1, 3`,
      [...units.params, ...products.params, ...inForce.params, ...recognitions.params, today, years.from, years.to],
    );
    const byProvince = new Map<string, ProvinceFigures>();
    for (const r of found) {
      let f = byProvince.get(r.provinceId);
      if (!f) {
        f = { provinceId: r.provinceId, ...emptyFigures() };
        byProvince.set(r.provinceId, f);
      }
      addRow(f, r);
    }
    return [...byProvince.values()];
  }

  /** Figures of a scope: the sum over its provinces (a producer is in one province, so counts add up). */
  async figures(scope: ProgrammeScope, years: { from: number; to: number }, today: string): Promise<{ total: Figures; byProvince: ProvinceFigures[] }> {
    const byProvince = await this.figuresByProvince(scope, years, today);
    const total = emptyFigures();
    for (const f of byProvince) {
      total.certifiedProducts += f.certifiedProducts;
      total.producers += f.producers;
      total.producersSellingOnline += f.producersSellingOnline;
      total.certificatesExpiringSoon += f.certificatesExpiringSoon;
      for (const s of f.byStars) addCount(total.byStars, 'stars', s.stars, s.count);
      for (const g of f.byGroup) addCount(total.byGroup, 'group', g.group, g.count);
      for (const y of f.byYear) addCount(total.byYear, 'year', y.year, y.count);
    }
    for (let year = years.from; year <= years.to; year++) if (!total.byYear.some((y) => y.year === year)) total.byYear.push({ year, count: 0 });
    total.byStars.sort((a, b) => a.stars - b.stars);
    total.byYear.sort((a, b) => a.year - b.year);
    total.byGroup.sort((a, b) => b.count - a.count || a.group.localeCompare(b.group));
    return { total, byProvince };
  }

  /**
   * The progress of each target, measured in one statement whatever the number of targets. A plan
   * measures producers registered in its unit as issued and, for a historic unit, in the current unit
   * it was merged into (which carries its plan on); a current unit's plan also counts the historic
   * units merged into it; a national plan counts everyone.
   */
  async progress(targets: readonly MeasuredTarget[], today: string): Promise<Progress[]> {
    if (!targets.length) return [];
    const units = await this.units();
    const scope: { targetId: string; unitId: string | null }[] = [];
    for (const t of targets) {
      if (t.planProvinceId === null) {
        scope.push({ targetId: t.id, unitId: null });
        continue;
      }
      const unit = units.byId(t.planProvinceId);
      const ids = unit?.validTo ? [unit.id, ...(unit.successorId ? [unit.successorId] : [])] : units.rolledUp(t.planProvinceId);
      for (const id of ids) scope.push({ targetId: t.id, unitId: id });
    }
    const producers = this.producers.units(null);
    const products = this.products();
    const recognitions = this.certification.recognitions({ sql: 'select product_id from prods', params: [] });
    const evaluations = this.certification.evaluations({ sql: 'select product_id from prods', params: [] });
    const inForce = this.certification.inForce({ sql: 'select product_id from prods', params: [] }, today);
    // Craft villages: those recorded in the target's units, and those with an approved producer whose
    // product has a certificate in force (over the members' products only, not every product).
    const villages = this.craftVillages.villages();
    const members = this.craftVillages.members();
    const villageInForce = this.certification.inForce({ sql: 'select p.product_id from prods p join members m on m.producer_id = p.producer_id', params: [] }, today);
    const sales = this.salesPoints.approvedCount({
      all: 'exists (select 1 from s where s.target_id = t.id and s.unit_id is null)',
      unitIds: 'select unit_id from s where s.target_id = t.id and s.unit_id is not null',
    });
    const found = await rows<{ targetId: string; year: number | null; n: number; d: number | null }>(
      this.em,
      `with t as (select * from unnest(?::text[], ?::text[], ?::int[], ?::date[], ?::date[]) as t(id, kind, min_stars, period_start, period_end)),
            s as (select * from unnest(?::text[], ?::text[]) as s(target_id, unit_id)),
            units as materialized (${producers.sql}),
            prods as materialized (${products.sql}),
            tp as materialized (
              select distinct s.target_id, p.product_id, p.producer_id, p.sold_online
              from s join units u on s.unit_id is null or u.province_id = s.unit_id join prods p on p.producer_id = u.producer_id),
            recog as (${recognitions.sql}),
            evals as (${evaluations.sql}),
            inforce as (${inForce.sql}),
            villages as (${villages.sql}),
            members as materialized (${members.sql}),
            vinforce as (${villageInForce.sql}),
            ocopv as (select distinct m.village_id from members m join prods p on p.producer_id = m.producer_id join vinforce f on f.product_id = p.product_id)
       select t.id as "targetId", null::int as year, count(distinct r.product_id)::int as n, null::int as d
         from t join tp on tp.target_id = t.id join recog r on r.product_id = tp.product_id
         where t.kind = 'PRODUCTS_CERTIFIED_MIN_STARS' and r.stars >= t.min_stars and r.decision_date between t.period_start and least(t.period_end, ?::date)
         group by t.id
       union all select t.id, extract(year from r.decision_date)::int, count(distinct r.product_id)::int, null
         from t join tp on tp.target_id = t.id join recog r on r.product_id = tp.product_id
         where t.kind = 'PRODUCTS_PER_YEAR_MIN_STARS' and r.stars >= t.min_stars and r.decision_date between t.period_start and least(t.period_end, ?::date)
         group by t.id, 2
       union all select t.id, null, count(*)::int, null
         from t join tp on tp.target_id = t.id join evals e on e.product_id = tp.product_id
         where t.kind = 'PRODUCTS_EVALUATED' and e.evaluated_on between t.period_start and least(t.period_end, ?::date)
         group by t.id
       union all select t.id, null, count(distinct tp.producer_id) filter (where o.online)::int, count(distinct tp.producer_id)::int
         from t join tp on tp.target_id = t.id join inforce f on f.product_id = tp.product_id
         join (select producer_id, bool_or(sold_online) as online from prods group by producer_id) o on o.producer_id = tp.producer_id
         where t.kind = 'SHARE_PRODUCERS_MODERN_CHANNELS'
         group by t.id
       union all select t.id, null, count(distinct v.village_id) filter (where v.village_id in (select village_id from ocopv))::int, count(distinct v.village_id)::int
         from t join s on s.target_id = t.id join villages v on s.unit_id is null or v.province_id = s.unit_id
         where t.kind = 'SHARE_CRAFT_VILLAGES_WITH_OCOP'
         group by t.id
       union all select t.id, null, (${sales.sql})::int, null from t where t.kind = 'SALES_POINTS_COUNT'`,
      [
        targets.map((t) => t.id), targets.map((t) => t.kind), targets.map((t) => t.minStars ?? 3), targets.map((t) => t.periodStart), targets.map((t) => t.periodEnd),
        scope.map((s) => s.targetId), scope.map((s) => s.unitId),
        ...producers.params, ...products.params, ...recognitions.params, ...evaluations.params, ...inForce.params, ...villages.params, ...members.params, ...villageInForce.params,
        today, today, today, ...sales.params,
      ],
    );
    return targets.map((t) => {
      const mine = found.filter((r) => r.targetId === t.id);
      const share = shareOf(t, mine);
      const value = share ? (share.total ? (share.count / share.total) * 100 : 0) : measuredValue(t, mine);
      return { ...progressOf(t, { value, years: mine.filter((r) => r.year !== null).map((r) => ({ year: r.year!, value: r.n })) }, today), share };
    });
  }
}

/**
 * What a share target is taken of. Producers: OCOP producers selling online of OCOP producers (0 of 0
 * is 0%). Craft villages: villages with an OCOP product of the villages recorded in the plan's units,
 * or of the plan's stated count of villages (`denominator`) when it is larger (the platform may not
 * hold every village); none recorded and none stated → not measured.
 */
function shareOf(t: MeasuredTarget, found: { n: number; d: number | null }[]): { count: number; total: number } | null {
  const [r] = found;
  switch (t.kind) {
    case 'SHARE_PRODUCERS_MODERN_CHANNELS':
      return { count: r?.n ?? 0, total: r?.d ?? 0 };
    case 'SHARE_CRAFT_VILLAGES_WITH_OCOP': {
      const total = Math.max(r?.d ?? 0, t.denominator ?? 0);
      return total ? { count: r?.n ?? 0, total } : null;
    }
    default:
      return null;
  }
}

function measuredValue(t: MeasuredTarget, found: { year: number | null; n: number; d: number | null }[]): number | null {
  switch (t.kind) {
    case 'SHARE_CRAFT_VILLAGES_WITH_OCOP':
      // No craft village recorded in the plan's units and no count stated by the plan: nothing to take a share of.
      return null;
    case 'SALES_POINTS_COUNT':
      return found[0]?.n ?? 0;
    default:
      return found.reduce((sum, r) => sum + r.n, 0);
  }
}

function emptyFigures(): Figures {
  return { certifiedProducts: 0, producers: 0, producersSellingOnline: 0, certificatesExpiringSoon: 0, byStars: [], byGroup: [], byYear: [] };
}

function addCount<K extends string>(list: ({ count: number } & Record<K, unknown>)[], key: K, value: unknown, n: number) {
  const found = list.find((x) => x[key] === value);
  if (found) found.count += n;
  else list.push({ [key]: value, count: n } as { count: number } & Record<K, unknown>);
}

function addRow(f: Figures, r: { dim: string; key: string | null; n: number }) {
  switch (r.dim) {
    case 'STARS':
      f.byStars.push({ stars: Number(r.key), count: r.n });
      f.certifiedProducts += r.n;
      break;
    case 'GROUP':
      f.byGroup.push({ group: r.key!, count: r.n });
      break;
    case 'EXPIRING':
      f.certificatesExpiringSoon = r.n;
      break;
    case 'PRODUCERS':
      f.producers = r.n;
      break;
    case 'ONLINE':
      f.producersSellingOnline = r.n;
      break;
    case 'YEAR':
      f.byYear.push({ year: Number(r.key), count: r.n });
      break;
  }
}
