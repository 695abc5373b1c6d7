import DataLoader from 'dataloader';
import { orderedBy } from '../lib/sql.js';
import type { ProvinceRecord } from '../modules/places/province.service.js';
import type { Services } from '../modules/services.js';

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
  return {
    province,
    producer: new DataLoader((ids: readonly string[]) => services.producers.byIds(ids)),
    commune: new DataLoader((ids: readonly string[]) => services.communes.byIds(ids)),
    productSet: new DataLoader((codes: readonly string[]) => services.productSets.byCodes(codes)),
    relatedProducts: new DataLoader((productIds: readonly string[]) => services.products.relatedTo(productIds, MAX_RELATED)),
    images: new DataLoader((productIds: readonly string[]) => services.products.imagesOf(productIds)),
    variants: new DataLoader((productIds: readonly string[]) => services.products.variantsOf(productIds)),
    validCertificate: new DataLoader((productIds: readonly string[]) =>
      services.certification.validForProducts(productIds, today),
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
