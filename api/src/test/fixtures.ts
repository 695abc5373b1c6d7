import type { Orm } from '../db/orm.js';
import type { BatchRow, CertificateRow, ProducerRow, ProductRow, SeedData, VariantRow } from '../db/seed/generate.js';
import type { EvaluationRow } from '../db/seed/evaluations.js';
import { seededRandom } from '../db/seed/random.js';
import { writeSeedData } from '../db/seed/seed.js';
import { seededIdFactory } from '../lib/ids.js';
import { slugify } from '../lib/slug.js';
import type { ProductGroup } from '../modules/catalog/product-group.js';
import type { CertificateState } from '../modules/certification/certificate.entity.js';

/** Reference provinces exist in every migrated database: current `prv_31`, pre-2025 `prv_old_30`. */
export const province = {
  current: (code: string) => ({ id: `prv_${code}` }),
  historic: (code: string) => ({ id: `prv_old_${code}` }),
};

/**
 * A small hand-built catalogue for rule tests: say exactly which producers, products, variants and
 * certificates exist, then write them in one go.
 */
export class CatalogueBuilder {
  private readonly id = seededIdFactory(seededRandom(7));
  private clock = Date.UTC(2025, 0, 1);
  readonly data: SeedData = { communes: [], producers: [], products: [], variants: [], certificates: [], batches: [] };

  private nextId(kind: Parameters<typeof this.id>[0]) {
    this.clock += 60_000;
    return this.id(kind, this.clock);
  }

  producer(name: string, registeredIn: { id: string }, kind: ProducerRow['kind'] = 'COOPERATIVE', extra: Partial<ProducerRow> = {}): ProducerRow {
    const row: ProducerRow = {
      id: this.nextId('producer'), slug: slugify(name), name, kind, provinceId: registeredIn.id, communeId: null,
      registrationNumber: null, addressLine: null, phone: null, email: null, story: '', verified: true, ...extra,
    };
    this.data.producers.push(row);
    return row;
  }

  product(
    name: string,
    producer: ProducerRow,
    options: { group?: ProductGroup; price?: number; slug?: string; set?: string; variants?: { label: string; price: number; stock: number }[] } = {},
  ): ProductRow {
    const id = this.nextId('product');
    const variants: VariantRow[] = (options.variants ?? [{ label: 'hộp', price: options.price ?? 100_000, stock: 10 }]).map((v, k) => ({
      id: `${id.replace('prd_', 'var_')}${k}`, productId: id, sku: `${id}-${k}`, label: v.label, priceAmount: v.price, stock: v.stock, weightGrams: null, position: k,
    }));
    const row: ProductRow = {
      id, name, producerId: producer.id, description: `<p>${name}.</p>`,
      slug: options.slug ?? `${slugify(name)}-${this.data.products.length}`,
      group: options.group ?? 'FOOD', productSetCode: options.set ?? null, rawMaterialArea: null,
      priceAmount: Math.min(...variants.map((v) => v.priceAmount)),
    };
    this.data.products.push(row);
    this.data.variants.push(...variants);
    return row;
  }

  certificate(product: ProductRow, stars: number, decisionDate: string, validUntil: string, state: CertificateState = 'RECOGNISED'): CertificateRow {
    const row: CertificateRow = {
      id: this.nextId('certificate'), productId: product.id, number: `${this.data.certificates.length + 1}/QĐ-UBND`,
      stars, decisionDate, validUntil, issuedBy: 'UBND tỉnh Thử Nghiệm', state,
      ...(state === 'REVOKED' ? { revokedReason: 'Thu hồi khi thử nghiệm', revokedOn: decisionDate } : {}),
    };
    this.data.certificates.push(row);
    return row;
  }

  /** A scored evaluation (criteria of 148/2023, a total inside the stars' band). */
  evaluation(product: ProductRow, evaluatedOn: string, stars = 4): EvaluationRow {
    const total = { 3: 60, 4: 80, 5: 92 }[stars] ?? 40;
    const row: EvaluationRow = {
      id: this.nextId('evaluation'), productId: product.id, criteriaVersion: '148/2023', councilLevel: stars >= 5 ? 'MINISTRY' : 'PROVINCE',
      evaluatedOn, scores: { A: total * 0.4, B: total * 0.25, C: total * 0.35 }, total, stars,
    };
    (this.data.evaluations ??= []).push(row);
    return row;
  }

  batch(product: ProductRow, lotCode: string, traceCode: string, fields: Partial<Omit<BatchRow, 'id' | 'productId' | 'lotCode' | 'traceCode'>> = {}): BatchRow {
    const row: BatchRow = {
      id: this.nextId('batch'), productId: product.id, lotCode, traceCode,
      productionDate: '2026-10-01', expiryDate: '2027-10-01', quantity: 100, unit: 'hộp',
      rawMaterialOrigin: '', rawMaterialProvinceId: null, notes: '', ...fields,
    };
    this.data.batches.push(row);
    return row;
  }

  async write(orm: Orm): Promise<void> {
    await orm.em.fork().transactional((em) => writeSeedData(em, this.data));
  }
}
