import DataLoader from 'dataloader';
import { orderedBy } from '../lib/sql.js';
import type { ProvinceRecord } from '../modules/places/province.service.js';
import type { Services } from '../modules/services.js';
import { batchCursorKey, type BatchPage, type BatchPosition } from '../modules/traceability/traceability.service.js';

/**
 * Per-request batch loaders: every relation a list renders goes through one, so a page of N products
 * costs one statement per relation, not N.
 */
/** Related products are a short strip on a product page; the loader fetches this many per product. */
export const MAX_RELATED = 12;

export function createLoaders(services: Services, today: string) {
  const province: DataLoader<string, ProvinceRecord | undefined> = new DataLoader(async (ids: readonly string[]) => {
    const found = await services.provinces.withSuccessors(ids);
    for (const p of found) if (!ids.includes(p.id)) province.prime(p.id, p);
    return orderedBy(ids, found, (p) => p.id);
  });

  // Paginated list relations: one loader per distinct (first, after), so all products of a page that
  // ask for the same page of their batches share one statement.
  const batchPages = new Map<string, DataLoader<string, BatchPage>>();
  const batchesOfProducts = (page: { first: number; after: BatchPosition | null }) => {
    const key = `${page.first}|${page.after ? batchCursorKey(page.after) : ''}`;
    let loader = batchPages.get(key);
    if (!loader) {
      loader = new DataLoader((productIds: readonly string[]) => services.traceability.batchesForProducts(productIds, page));
      batchPages.set(key, loader);
    }
    return loader;
  };

  return {
    province,
    producer: new DataLoader((ids: readonly string[]) => services.producers.byIds(ids)),
    commune: new DataLoader((ids: readonly string[]) => services.communes.byIds(ids)),
    productSet: new DataLoader((codes: readonly string[]) => services.productSets.byCodes(codes)),
    relatedProducts: new DataLoader((productIds: readonly string[]) => services.products.relatedTo(productIds, MAX_RELATED)),
    images: new DataLoader((productIds: readonly string[]) => services.products.imagesOf(productIds)),
    variants: new DataLoader((productIds: readonly string[]) => services.products.variantsOf(productIds)),
    /** Published products by id (a batch's product). */
    product: new DataLoader((ids: readonly string[]) => services.products.byIds(ids)),
    validCertificate: new DataLoader((productIds: readonly string[]) =>
      services.certification.validForProducts(productIds, today),
    ),
    batchesOfProducts,
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
