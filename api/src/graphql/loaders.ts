import DataLoader from 'dataloader';
import type { Services } from '../modules/services.js';

/**
 * Per-request batch loaders: every relation a list renders goes through one, so a page of N products
 * costs one statement per relation, not N.
 */
export function createLoaders(services: Services, today: string) {
  return {
    province: new DataLoader((ids: readonly string[]) => services.provinces.byIds(ids)),
    producer: new DataLoader((ids: readonly string[]) => services.producers.byIds(ids)),
    validCertificate: new DataLoader((productIds: readonly string[]) =>
      services.certification.validForProducts(productIds, today),
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
