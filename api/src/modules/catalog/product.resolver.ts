import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { badArgument } from '../../graphql/errors.js';
import { ConnectionArgs, checkedPageSize, decodeCursor, toConnection } from '../../graphql/relay.js';
import { OcopRating } from '../certification/ocop-rating.types.js';
import { ProducerType } from '../producers/producer.types.js';
import { UnknownProvinceError } from './product.service.js';
import { ProductConnection, ProductFilterInput, ProductType } from './product.types.js';

@Resolver(() => ProductType)
export class ProductResolver {
  @Query(() => ProductConnection, { description: 'Published products, newest first.' })
  async products(
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('filter', () => ProductFilterInput, { nullable: true }) filter: ProductFilterInput | null,
    @Ctx() ctx: Context,
  ): Promise<ProductConnection> {
    const first = checkedPageSize(args.first);
    const minStars = filter?.minStars;
    if (minStars != null && (minStars < 1 || minStars > 5)) {
      throw badArgument('filter.minStars', `must be between 1 and 5, got ${minStars}.`);
    }
    try {
      const page = await ctx.services.products.list({
        filter: filter ?? {},
        first,
        after: decodeCursor(args.after),
        today: ctx.today,
      });
      return toConnection(page, ProductType.from);
    } catch (e) {
      if (e instanceof UnknownProvinceError) throw badArgument('filter.provinceCode', `${e.message}.`);
      throw e;
    }
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

  @FieldResolver(() => OcopRating, {
    nullable: true,
    description: 'Stars and certificate while a certificate is valid today; null otherwise.',
  })
  async ocop(@Root() product: ProductType, @Ctx() ctx: Context): Promise<OcopRating | null> {
    const certificate = await ctx.loaders.validCertificate.load(product.record.id);
    return certificate ? OcopRating.from(certificate) : null;
  }
}
