import { badArgument } from '../../graphql/errors.js';
import { fromGlobalId } from '../../graphql/global-id.js';
import type { ProductListFilter } from './product.service.js';
import type { ProductFilterInput } from './product.types.js';

/** Checks a GraphQL product filter and turns it into the service's filter; errors name the field. */
/** The checked filter, with free text (if any) kept apart for the search module to turn into SQL. */
export function toListFilter(input: ProductFilterInput | null | undefined): ProductListFilter & { textQuery?: string } {
  if (!input) return {};
  for (const field of ['minStars', 'stars'] as const) {
    const value = input[field];
    if (value != null && (value < 1 || value > 5)) throw badArgument(`filter.${field}`, `must be between 1 and 5, got ${value}.`);
  }
  for (const field of ['priceMin', 'priceMax'] as const) {
    const value = input[field];
    if (value != null && value < 0) throw badArgument(`filter.${field}`, `must be 0 or more đồng, got ${value}.`);
  }
  if (input.priceMin != null && input.priceMax != null && input.priceMin > input.priceMax) {
    throw badArgument('filter.priceMax', `must not be below filter.priceMin (${input.priceMin}).`);
  }
  if (input.productSetCode != null && !/^\d{2}$/.test(input.productSetCode)) {
    throw badArgument('filter.productSetCode', 'must be a two-digit product set code such as "11".');
  }
  if (input.subgroupCode != null && !/^\d\.\d$/.test(input.subgroupCode)) {
    throw badArgument('filter.subgroupCode', 'must be a sub-group code such as "1.4".');
  }
  if (input.provinceCode != null && !/^\d{2}$/.test(input.provinceCode)) {
    throw badArgument('filter.provinceCode', 'must be a two-digit province code such as "31".');
  }
  let producerId: string | null = null;
  if (input.producerId != null) {
    const ref = fromGlobalId(input.producerId);
    if (ref?.type !== 'Producer') throw badArgument('filter.producerId', 'is not a Producer ID.');
    producerId = ref.id;
  }
  const query = input.query?.normalize('NFC').trim() || null;
  if (query != null && query.length > 200) throw badArgument('filter.query', 'must be at most 200 characters.');
  const { query: _, ...rest } = input;
  return { ...rest, producerId, ...(query ? { textQuery: query } : {}) };
}
