import { seededIdFactory } from '../lib/ids.js';
import type { ProductGroup } from '../modules/catalog/product-group.js';
import type { CertificateState } from '../modules/certification/certificate.entity.js';
import type { Orm } from '../db/orm.js';
import type { CertificateRow, ProducerRow, ProductRow, ProvinceRow, SeedData } from '../db/seed/generate.js';
import { writeSeedData } from '../db/seed/seed.js';
import { seededRandom } from '../db/seed/random.js';

/**
 * A small hand-built catalogue for rule tests: say exactly which products, producers, provinces and
 * certificates exist, then write them in one go.
 */
export class CatalogueBuilder {
  private readonly id = seededIdFactory(seededRandom(7));
  private clock = Date.UTC(2025, 0, 1);
  readonly data: SeedData = { provinces: [], producers: [], products: [], certificates: [] };

  private nextId(kind: Parameters<typeof this.id>[0]) {
    this.clock += 60_000;
    return this.id(kind, this.clock);
  }

  province(code: string, name: string, successor?: ProvinceRow): ProvinceRow {
    const row: ProvinceRow = {
      id: this.nextId('province'), code, name,
      validFrom: successor ? null : '2025-07-01', validTo: successor ? '2025-06-30' : null, successorId: successor?.id ?? null,
    };
    this.data.provinces.push(row);
    return row;
  }

  producer(name: string, province: ProvinceRow, kind: ProducerRow['kind'] = 'COOPERATIVE'): ProducerRow {
    const row: ProducerRow = { id: this.nextId('producer'), name, kind, provinceId: province.id };
    this.data.producers.push(row);
    return row;
  }

  product(name: string, producer: ProducerRow, options: { group?: ProductGroup; price?: number; slug?: string } = {}): ProductRow {
    const row: ProductRow = {
      id: this.nextId('product'), name, producerId: producer.id, description: `${name}.`,
      slug: options.slug ?? `${name.toLowerCase().normalize('NFD').replace(/[^a-z0-9]+/g, '-')}-${this.data.products.length}`,
      group: options.group ?? 'FOOD', priceAmount: options.price ?? 100_000,
    };
    this.data.products.push(row);
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

  async write(orm: Orm): Promise<void> {
    await orm.em.fork().transactional((em) => writeSeedData(em, this.data));
  }
}
