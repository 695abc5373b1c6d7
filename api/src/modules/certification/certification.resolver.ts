import { badArgument } from '../../graphql/errors.js';
import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { ConnectionArgs, checkedPageSize, decodeCursor, toConnection } from '../../graphql/relay.js';
import { ProductType } from '../catalog/product.types.js';
import {
  CertificateConnection,
  CertificateType,
  CriteriaSetConnection,
  CriteriaSetType,
  EvaluationType,
} from './certification.types.js';

const MAX_NUMBER_LENGTH = 255;

@Resolver(() => CertificateType)
export class CertificateResolver {
  @Query(() => CertificateType, {
    nullable: true,
    description:
      'A certificate by its decision number as issued; null when there is none. One decision can recognise several products: then pass `productSlug`.',
  })
  async certificate(
    @Arg('number', () => String) number: string,
    @Arg('productSlug', () => String, { nullable: true }) productSlug: string | null,
    @Ctx() ctx: Context,
  ): Promise<CertificateType | null> {
    if (number.length > MAX_NUMBER_LENGTH) return null;
    let productId: string | null = null;
    if (productSlug != null) {
      const product = await ctx.services.products.bySlug(productSlug);
      if (!product) return null;
      productId = product.id;
    }
    const found = await ctx.services.certification.byNumber(number, productId);
    if (found.length > 1) {
      throw badArgument('productSlug', `decision "${number}" recognises several products; say which one with productSlug.`);
    }
    return found[0] ? CertificateType.from(found[0], ctx.today) : null;
  }

  @Query(() => CriteriaSetConnection, { description: 'The OCOP criteria sets, newest first.' })
  async criteriaSets(@Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context): Promise<CriteriaSetConnection> {
    const page = await ctx.services.certification.criteriaSets({ first: checkedPageSize(args.first), after: decodeCursor(args.after) });
    return toConnection(page, CriteriaSetType.from);
  }

  @FieldResolver(() => ProductType, { nullable: true, description: 'The certified product; null when it is no longer published.' })
  async product(@Root() certificate: CertificateType, @Ctx() ctx: Context): Promise<ProductType | null> {
    const product = await ctx.loaders.product.load(certificate.record.productId);
    return product ? ProductType.from(product) : null;
  }

  @FieldResolver(() => EvaluationType, { nullable: true, description: 'The evaluation it was issued from; null for historic certificates imported as issued.' })
  async evaluation(@Root() certificate: CertificateType, @Ctx() ctx: Context): Promise<EvaluationType | null> {
    if (!certificate.record.evaluationId) return null;
    const evaluation = await ctx.loaders.evaluation.load(certificate.record.evaluationId);
    return evaluation ? EvaluationType.from(evaluation) : null;
  }

  @FieldResolver(() => CertificateType, { nullable: true, description: 'The certificate of the re-evaluation that replaced this one.' })
  async supersededBy(@Root() certificate: CertificateType, @Ctx() ctx: Context): Promise<CertificateType | null> {
    if (!certificate.record.supersededById) return null;
    const next = await ctx.loaders.certificate.load(certificate.record.supersededById);
    return next ? CertificateType.from(next, ctx.today) : null;
  }
}

/** Certification fields on Product, kept in this module. */
@Resolver(() => ProductType)
export class ProductCertificatesResolver {
  @FieldResolver(() => CertificateConnection, {
    description: 'Every certificate of the product, newest decision first, including expired, revoked and superseded ones.',
  })
  async certificates(
    @Root() product: ProductType,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Ctx() ctx: Context,
  ): Promise<CertificateConnection> {
    const first = checkedPageSize(args.first);
    const after = decodeCursor(args.after);
    const page = await ctx.loaders.certificateHistory.load({ productId: product.record.id, first, after });
    return toConnection(page, (c) => CertificateType.from(c, ctx.today));
  }
}
