import type { EntityManager } from '@mikro-orm/postgresql';
import { newId } from '../../lib/ids.js';
import { slugify } from '../../lib/slug.js';
import { rows } from '../../lib/sql.js';
import { createServices } from '../../modules/services.js';
import { addMonths } from '../seed/generate.js';
import { readRecords, validateRecords, type ImportRow, type RowError } from './format.js';

export interface ImportReport {
  rows: number;
  imported: number;
  errors: RowError[];
  /** True when nothing was written (errors without --skip-invalid, or a dry run). */
  rolledBack: boolean;
  producers: { created: number; updated: number };
  products: { created: number; updated: number };
  certificates: { created: number; updated: number };
}

/** The day the provinces merged: a decision before it was issued by the pre-2025 unit with that code. */
const REFORM_DATE = '2025-07-01';
const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase().replace(/\s+/g, ' ').trim();

type Row = ImportRow & { row: number };
interface Province { id: string; code: string; name: string; kind: string; validTo: string | null }

class RollBack extends Error {}

/**
 * Loads a province's list of certified products. Every row is checked first; with any error nothing
 * is written unless `skipInvalid`. Re-importing the same file changes nothing: producers are matched
 * by registration number (else name + province), products by producer + name, certificates by
 * product + number, variants by SKU (else the product's first variant).
 */
export async function importCatalogue(
  em: EntityManager,
  content: string,
  format: 'csv' | 'jsonl',
  options: { skipInvalid?: boolean; dryRun?: boolean; today?: string } = {},
): Promise<ImportReport> {
  const records = readRecords(content, format);
  const { valid, errors } = validateRecords(records);
  const report: ImportReport = {
    rows: records.length, imported: 0, errors, rolledBack: false,
    producers: { created: 0, updated: 0 }, products: { created: 0, updated: 0 }, certificates: { created: 0, updated: 0 },
  };
  try {
    await em.transactional(async (tx) => {
      const accepted = await checkAgainstDatabase(tx, valid, errors, options.today ?? new Date().toISOString().slice(0, 10));
      errors.sort((a, b) => a.row - b.row || a.field.localeCompare(b.field));
      if (errors.length && !options.skipInvalid) throw new RollBack();
      await write(tx, accepted, report);
      report.imported = accepted.length;
      if (options.dryRun) throw new RollBack();
    });
  } catch (e) {
    if (!(e instanceof RollBack)) throw e;
    report.rolledBack = true;
    if (!options.dryRun) report.imported = 0;
  }
  return report;
}

export async function importFile(em: EntityManager, path: string, content: string, options: Parameters<typeof importCatalogue>[3] = {}) {
  const format = /\.jsonl?$/i.test(path) ? 'jsonl' : 'csv';
  return importCatalogue(em, content, format, options);
}

/** Rules that need reference data: province valid on the decision date, set inside its group, duplicates. */
async function checkAgainstDatabase(em: EntityManager, valid: Row[], errors: RowError[], today: string) {
  const provinces = await rows<Province>(em, `select id, code, name, kind, valid_to::text as "validTo" from province`);
  const sets = new Map((await rows<{ code: string; group: string }>(em, `select s.code, g.group from product_set s join product_subgroup g on g.code = s.subgroup_code`)).map((s) => [s.code, s.group]));
  const seen = new Map<string, number>();
  const skus = new Map<string, number>();
  const accepted: (Row & { province: Province })[] = [];
  for (const row of valid) {
    const before = errors.length;
    const current = row.decision_date >= REFORM_DATE;
    const province = provinces.find((p) => p.code === row.province_code && (current ? p.validTo === null : p.validTo !== null));
    if (!province) errors.push({ row: row.row, field: 'province_code', message: `no province has code ${row.province_code} on ${row.decision_date}` });
    if (row.decision_date > today) errors.push({ row: row.row, field: 'decision_date', message: `${row.decision_date} is in the future` });
    if (row.product_set_code && sets.get(row.product_set_code) !== row.product_group) {
      errors.push({ row: row.row, field: 'product_set_code', message: `product set ${row.product_set_code} is not in group ${row.product_group}` });
    }
    const key = `${row.producer_registration_number ?? fold(row.producer_name)}|${fold(row.product_name)}|${row.certificate_number}`;
    if (seen.has(key)) errors.push({ row: row.row, field: 'certificate_number', message: `repeats row ${seen.get(key)} (same producer, product and certificate)` });
    else seen.set(key, row.row);
    if (row.sku) {
      if (skus.has(row.sku)) errors.push({ row: row.row, field: 'sku', message: `repeats row ${skus.get(row.sku)}` });
      else skus.set(row.sku, row.row);
    }
    if (errors.length === before && province) accepted.push({ ...row, province });
  }
  return accepted;
}

async function freeSlugs(em: EntityManager, table: 'producer' | 'product', names: string[]): Promise<string[]> {
  const bases = names.map((n) => slugify(n) || 'san-pham');
  const taken = new Set((await rows<{ slug: string }>(em, `select slug from ${table} where slug like any(?)`, [bases.map((b) => `${b}%`)])).map((r) => r.slug));
  return bases.map((base) => {
    let slug = base;
    for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
    taken.add(slug);
    return slug;
  });
}

async function write(em: EntityManager, accepted: (Row & { province: Province })[], report: ImportReport) {
  if (!accepted.length) return;
  // Producers
  const producerKey = (r: { registrationNumber?: string | null; producer_registration_number?: string | null; name?: string; producer_name?: string; provinceId?: string; province?: Province }) =>
    (r.registrationNumber ?? r.producer_registration_number) ? `reg:${r.registrationNumber ?? r.producer_registration_number}` : `name:${fold(r.name ?? r.producer_name ?? '')}|${r.provinceId ?? r.province?.id}`;
  const existing = await rows<{ id: string; registrationNumber: string | null; name: string; provinceId: string; kind: string }>(
    em,
    `select id, registration_number as "registrationNumber", name, province_id as "provinceId", kind from producer
     where registration_number = any(?) or name = any(?)`,
    [accepted.map((r) => r.producer_registration_number).filter(Boolean), accepted.map((r) => r.producer_name)],
  );
  const producerIds = new Map(existing.map((p) => [producerKey(p), p.id]));
  const firstByProducer = new Map<string, Row & { province: Province }>();
  for (const r of accepted) if (!firstByProducer.has(producerKey(r))) firstByProducer.set(producerKey(r), r);
  const newProducers = [...firstByProducer.entries()].filter(([key]) => !producerIds.has(key)).map(([, r]) => r);
  const producerSlugs = await freeSlugs(em, 'producer', newProducers.map((r) => r.producer_name));
  const createdProducers = newProducers.map((r, i) => ({ id: newId('producer'), slug: producerSlugs[i]!, r }));
  for (const p of createdProducers) producerIds.set(producerKey(p.r), p.id);
  if (createdProducers.length) {
    await rows(
      em,
      `insert into producer (id, slug, name, kind, registration_number, province_id, verified, created_at)
       select *, true, now() from unnest(?::text[], ?::text[], ?::text[], ?::producer_kind[], ?::text[], ?::text[])`,
      [createdProducers.map((p) => p.id), createdProducers.map((p) => p.slug), createdProducers.map((p) => p.r.producer_name),
        createdProducers.map((p) => p.r.producer_kind), createdProducers.map((p) => p.r.producer_registration_number), createdProducers.map((p) => p.r.province.id)],
    );
  }
  report.producers.created = createdProducers.length;
  const producerUpdates = [...firstByProducer.values()].filter((r) => !newProducers.includes(r));
  if (producerUpdates.length) {
    const updated = await rows(
      em,
      `update producer p set name = u.name, kind = u.kind from unnest(?::text[], ?::text[], ?::producer_kind[]) as u(id, name, kind)
       where p.id = u.id and (p.name, p.kind) is distinct from (u.name, u.kind) returning p.id`,
      [producerUpdates.map((r) => producerIds.get(producerKey(r))), producerUpdates.map((r) => r.producer_name), producerUpdates.map((r) => r.producer_kind)],
    );
    report.producers.updated = updated.length;
  }

  // Products (one per producer + name)
  const productKey = (producerId: string, name: string) => `${producerId}|${fold(name)}`;
  const byProduct = new Map<string, Row & { province: Province; producerId: string }>();
  for (const r of accepted) {
    const producerId = producerIds.get(producerKey(r))!;
    byProduct.set(productKey(producerId, r.product_name), { ...r, producerId });
  }
  const existingProducts = await rows<{ id: string; producerId: string; name: string }>(
    em,
    `select id, producer_id as "producerId", name from product where producer_id = any(?)`,
    [[...new Set([...byProduct.values()].map((r) => r.producerId))]],
  );
  const productIds = new Map(existingProducts.map((p) => [productKey(p.producerId, p.name), p.id]));
  const newProducts = [...byProduct.entries()].filter(([key]) => !productIds.has(key));
  const productSlugs = await freeSlugs(em, 'product', newProducts.map(([, r]) => r.product_name));
  const createdProducts = newProducts.map(([key, r], i) => ({ key, id: newId('product'), slug: productSlugs[i]!, r }));
  for (const p of createdProducts) productIds.set(p.key, p.id);
  if (createdProducts.length) {
    await rows(
      em,
      `insert into product (id, slug, name, "group", product_set_code, price_amount, producer_id, created_at, updated_at)
       select *, now(), now() from unnest(?::text[], ?::text[], ?::text[], ?::product_group[], ?::text[], ?::bigint[], ?::text[])`,
      [createdProducts.map((p) => p.id), createdProducts.map((p) => p.slug), createdProducts.map((p) => p.r.product_name),
        createdProducts.map((p) => p.r.product_group), createdProducts.map((p) => p.r.product_set_code ?? null),
        createdProducts.map((p) => p.r.price), createdProducts.map((p) => p.r.producerId)],
    );
  }
  report.products.created = createdProducts.length;
  const productUpdates = [...byProduct.entries()].filter(([key]) => !createdProducts.some((p) => p.key === key));
  let changedProducts = new Set<string>();
  if (productUpdates.length) {
    const updated = await rows<{ id: string }>(
      em,
      `update product p set "group" = u.g, product_set_code = coalesce(u.set_code, p.product_set_code), updated_at = now()
       from unnest(?::text[], ?::product_group[], ?::text[]) as u(id, g, set_code)
       where p.id = u.id and (p."group", p.product_set_code) is distinct from (u.g, coalesce(u.set_code, p.product_set_code)) returning p.id`,
      [productUpdates.map(([key]) => productIds.get(key)), productUpdates.map(([, r]) => r.product_group), productUpdates.map(([, r]) => r.product_set_code ?? null)],
    );
    changedProducts = new Set(updated.map((u) => u.id));
  }

  // Variants: by SKU, else the product's first variant; then the product's "from" price.
  const variantRows = [...byProduct.entries()].map(([key, r]) => ({ productId: productIds.get(key)!, r }));
  // Imported products are searchable at once (the search module owns its index; producers are written).
  await createServices(em).search.reindexProducts([...new Set(variantRows.map((v) => v.productId))]);
  const existingVariants = await rows<{ id: string; productId: string; sku: string; position: number }>(
    em,
    `select distinct on (product_id) id, product_id as "productId", sku, position from product_variant where product_id = any(?) order by product_id, position, id`,
    [variantRows.map((v) => v.productId)],
  );
  const firstVariant = new Map(existingVariants.map((v) => [v.productId, v]));
  const upserts = variantRows.map(({ productId, r }) => {
    const target = firstVariant.get(productId);
    return { id: target && (!r.sku || r.sku === target.sku) ? target.id : newId('variant'), productId, sku: r.sku ?? target?.sku ?? `IMP-${productId.slice(-10)}`, label: r.variant_label ?? 'Tiêu chuẩn', price: r.price };
  });
  const changedPrices = await rows<{ productId: string }>(
    em,
    `insert into product_variant (id, product_id, sku, label, price_amount, stock, position)
     select id, product_id, sku, label, price, 0, 0 from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::bigint[]) as u(id, product_id, sku, label, price)
     on conflict (sku) do update set label = excluded.label, price_amount = excluded.price_amount
       where product_variant.product_id = excluded.product_id
         and (product_variant.label, product_variant.price_amount) is distinct from (excluded.label, excluded.price_amount)
     returning product_id as "productId"`,
    [upserts.map((u) => u.id), upserts.map((u) => u.productId), upserts.map((u) => u.sku), upserts.map((u) => u.label), upserts.map((u) => u.price)],
  );
  if (changedPrices.length) {
    await rows(
      em,
      `update product p set price_amount = v.min_price from
       (select product_id, min(price_amount) as min_price from product_variant where product_id = any(?) group by product_id) v
       where p.id = v.product_id`,
      [changedPrices.map((c) => c.productId)],
    );
  }
  const createdIds = new Set(createdProducts.map((p) => p.id));
  for (const { productId } of changedPrices) if (!createdIds.has(productId)) changedProducts.add(productId);
  report.products.updated = changedProducts.size;

  // Certificates: by product + number; valid 36 months from the decision.
  const certRows = accepted.map((r) => {
    const productId = productIds.get(productKey(producerIds.get(producerKey(r))!, r.product_name))!;
    const authority = r.issued_by ?? (r.stars === 5 ? 'Bộ Nông nghiệp và Môi trường' : `UBND ${r.province.kind === 'CITY' ? 'thành phố' : 'tỉnh'} ${r.province.name}`);
    return { productId, r, authority };
  });
  const existingCerts = await rows<{ id: string; productId: string; number: string }>(
    em,
    `select id, product_id as "productId", number from certificate where product_id = any(?)`,
    [certRows.map((c) => c.productId)],
  );
  const certIds = new Map(existingCerts.map((c) => [`${c.productId}|${c.number}`, c.id]));
  const newCerts = certRows.filter((c) => !certIds.has(`${c.productId}|${c.r.certificate_number}`));
  if (newCerts.length) {
    await rows(
      em,
      `insert into certificate (id, product_id, number, stars, decision_date, valid_until, issued_by, state, created_at)
       select *, 'RECOGNISED', now() from unnest(?::text[], ?::text[], ?::text[], ?::smallint[], ?::date[], ?::date[], ?::text[])`,
      [newCerts.map(() => newId('certificate')), newCerts.map((c) => c.productId), newCerts.map((c) => c.r.certificate_number), newCerts.map((c) => c.r.stars),
        newCerts.map((c) => c.r.decision_date), newCerts.map((c) => addMonths(c.r.decision_date, 36)), newCerts.map((c) => c.authority)],
    );
  }
  report.certificates.created = newCerts.length;
  const oldCerts = certRows.filter((c) => certIds.has(`${c.productId}|${c.r.certificate_number}`));
  if (oldCerts.length) {
    const updated = await rows(
      em,
      `update certificate c set stars = u.stars, decision_date = u.d, valid_until = u.v, issued_by = u.by
       from unnest(?::text[], ?::smallint[], ?::date[], ?::date[], ?::text[]) as u(id, stars, d, v, by)
       where c.id = u.id and (c.stars, c.decision_date, c.valid_until, c.issued_by) is distinct from (u.stars, u.d, u.v, u.by) returning c.id`,
      [oldCerts.map((c) => certIds.get(`${c.productId}|${c.r.certificate_number}`)), oldCerts.map((c) => c.r.stars), oldCerts.map((c) => c.r.decision_date),
        oldCerts.map((c) => addMonths(c.r.decision_date, 36)), oldCerts.map((c) => c.authority)],
    );
    report.certificates.updated = updated.length;
  }
}
