import { Arg, Args, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { MAX_RELATED } from '../../graphql/loaders.js';
import type { Context } from '../../graphql/context.js';
import { badArgument } from '../../graphql/errors.js';
import { ConnectionArgs, checkedPageSize, connectionFromArray, decodeCursor, toConnection } from '../../graphql/relay.js';
import { InvalidCursorError } from '../../lib/keyset.js';
import { OcopRating } from '../certification/ocop-rating.types.js';
import { ProvinceType } from '../places/province.types.js';
import { ProducerType } from '../producers/producer.types.js';
import { toListFilter } from './product-filter.js';
import { ProductSetType } from './product-set.types.js';
import { UnknownProvinceError, type ProductListFilter, type ProductSort } from './product.service.js';
import {
  ProductConnection,
  ProductFacets,
  ProductFilterInput,
  ProductImageConnection,
  ProductImageType,
  ProductSortEnum,
  ProductType,
  ProductVariantConnection,
  ProductVariantType,
} from './product.types.js';

/** Runs a catalogue read, turning the service's input errors into argument errors. */
async function asArgumentErrors<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (e) {
    if (e instanceof UnknownProvinceError) throw badArgument('filter.provinceCode', `${e.message}.`);
    if (e instanceof InvalidCursorError) throw badArgument('after', 'is not a cursor returned by this API.');
    throw e;
  }
}

/** Lists products for any filter; shared by `products` and `Producer.products`. */
export async function listProducts(
  ctx: Context,
  args: ConnectionArgs,
  filter: ProductListFilter,
  sort: ProductSort,
): Promise<ProductConnection> {
  const first = checkedPageSize(args.first);
  const after = decodeCursor(args.after);
  const page = await asArgumentErrors(() => ctx.services.products.list({ filter, sort, first, after, today: ctx.today }));
  // The page came with each product's variants and images: the cards' loaders need no statement.
  for (const { variants, images, ...product } of page.items) {
    ctx.loaders.variants.prime(product.id, variants);
    ctx.loaders.images.prime(product.id, images);
  }
  return Object.assign(toConnection(page, ({ variants: _v, images: _i, ...product }) => ProductType.from(product)), { query: { filter } }) as ProductConnection;
}

@Resolver(() => ProductType)
export class ProductResolver {
  @Query(() => ProductConnection, { description: 'Published products: filter, sort (newest first by default), facet counts.' })
  products(
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('filter', () => ProductFilterInput, { nullable: true }) filter: ProductFilterInput | null,
    @Arg('sort', () => ProductSortEnum, { nullable: true, description: 'RELEVANCE with filter.query, else NEWEST, by default.' })
    sort: ProductSort | null,
    @Ctx() ctx: Context,
  ): Promise<ProductConnection> {
    const { textQuery, ...checked } = toListFilter(filter);
    if (sort === 'RELEVANCE' && !textQuery) throw badArgument('sort', 'RELEVANCE needs filter.query.');
    // The search module owns the text index; the catalogue receives its SQL fragments.
    const text = textQuery ? { ids: ctx.services.search.productIdsMatching(textQuery), ranked: ctx.services.search.rankedMatches(textQuery) } : null;
    return listProducts(ctx, args, { ...checked, text }, sort ?? (text ? 'RELEVANCE' : 'NEWEST'));
  }

  @Query(() => ProductType, { nullable: true, description: 'A published product by its slug; null when there is none.' })
  async product(@Arg('slug', () => String) slug: string, @Ctx() ctx: Context): Promise<ProductType | null> {
    const record = await ctx.services.products.bySlug(slug);
    return record ? ProductType.from(record) : null;
  }

  @FieldResolver(() => ProducerType)
  async producer(@Root() product: ProductType, @Ctx() ctx: Context): Promise<ProducerType> {
    const producer = await ctx.loaders.producer.load(product.record.producerId);
    if (!producer) throw new Error(`product ${product.record.id} has no producer ${product.record.producerId}`);
    return ProducerType.from(producer);
  }

  @FieldResolver(() => ProductSetType, { nullable: true, description: 'The OCOP product set (and through it, sub-group).' })
  async productSet(@Root() product: ProductType, @Ctx() ctx: Context): Promise<ProductSetType | null> {
    if (!product.record.productSetCode) return null;
    const set = await ctx.loaders.productSet.load(product.record.productSetCode);
    return set ? ProductSetType.from(set) : null;
  }

  @FieldResolver(() => ProductVariantConnection)
  async variants(@Root() product: ProductType, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context): Promise<ProductVariantConnection> {
    const variants = await ctx.loaders.variants.load(product.record.id);
    return connectionFromArray(variants, args, (v) => v.id, ProductVariantType.from);
  }

  @FieldResolver(() => [ProductType], {
    description: `Up to ${MAX_RELATED} products from the same producer, then from its province (same group first).`,
  })
  async related(
    @Root() product: ProductType,
    @Arg('first', () => Int, { defaultValue: 8 }) first: number,
    @Ctx() ctx: Context,
  ): Promise<ProductType[]> {
    if (!Number.isInteger(first) || first < 1 || first > MAX_RELATED) throw badArgument('first', `must be between 1 and ${MAX_RELATED}, got ${first}.`);
    return (await ctx.loaders.relatedProducts.load(product.record.id)).slice(0, first).map(ProductType.from);
  }

  @FieldResolver(() => ProductImageConnection, { description: 'Photos in display order (may be empty).' })
  async images(@Root() product: ProductType, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context): Promise<ProductImageConnection> {
    const images = await ctx.loaders.images.load(product.record.id);
    return connectionFromArray(images, args, (i) => i.id, ProductImageType.from);
  }

  @FieldResolver(() => Boolean, { description: 'Whether any variant can be bought now.' })
  async inStock(@Root() product: ProductType, @Ctx() ctx: Context): Promise<boolean> {
    return (await ctx.loaders.variants.load(product.record.id)).some((v) => v.stock > 0);
  }

  @FieldResolver(() => OcopRating, {
    nullable: true,
    description: 'Stars and certificate while a certificate is valid today; null otherwise.',
  })
  async ocop(@Root() product: ProductType, @Ctx() ctx: Context): Promise<OcopRating | null> {
    const certificate = await ctx.loaders.validCertificate.load(product.record.id);
    return certificate ? OcopRating.from(certificate) : null;
  }
}

@Resolver(() => ProductConnection)
export class ProductConnectionResolver {
  @FieldResolver(() => ProductFacets)
  async facets(@Root() connection: ProductConnection, @Ctx() ctx: Context): Promise<ProductFacets> {
    const facets = await asArgumentErrors(() => ctx.services.products.facets(connection.query.filter, ctx.today));
    // One statement of its own (not the shared loader), so the count never depends on batching timing.
    const provinces = new Map((await ctx.services.provinces.withSuccessors(facets.provinces.map((p) => p.provinceId))).map((p) => [p.id, p]));
    return {
      groups: facets.groups.sort((a, b) => b.count - a.count),
      stars: facets.stars.sort((a, b) => b.stars - a.stars),
      provinces: facets.provinces
        .flatMap((p) => {
          const province = provinces.get(p.provinceId);
          return province ? [{ province: ProvinceType.from(province), count: p.count }] : [];
        })
        .sort((a, b) => b.count - a.count || a.province.name.localeCompare(b.province.name, 'vi')),
    };
  }
}
