import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Rule } from '../../graphql/auth.js';
import type { Context } from '../../graphql/context.js';
import { badArgument } from '../../graphql/errors.js';
import { localIdOf } from '../../graphql/global-id.js';
import { ConnectionArgs, checkedPageSize, decodeCursor, toConnection } from '../../graphql/relay.js';
import { ProductType } from '../catalog/product.types.js';
import { ProvinceType } from '../places/province.types.js';
import { isIsoDate } from './batch-rules.js';
import { BatchRecordInput, BatchRecordPayload, BatchUserErrorType } from './batch-record.types.js';
import { BatchConnection, BatchType } from './batch.types.js';
import type { BatchPosition } from './traceability.service.js';

function batchPosition(after: string | null | undefined): BatchPosition | null {
  const key = decodeCursor(after);
  if (key === null) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(key);
  } catch {
    parsed = null;
  }
  if (!Array.isArray(parsed) || parsed.length !== 2 || !isIsoDate(parsed[0]) || typeof parsed[1] !== 'string') {
    throw badArgument('after', 'is not a cursor returned by this API.');
  }
  return { productionDate: parsed[0], id: parsed[1] };
}

@Resolver(() => BatchType)
export class BatchResolver {
  @Query(() => BatchType, {
    nullable: true,
    description: 'The batch behind a trace code (the QR on a package); null when no batch has this code.',
  })
  async trace(@Arg('code', () => String) code: string, @Ctx() ctx: Context): Promise<BatchType | null> {
    const batch = await ctx.services.traceability.byTraceCode(code);
    if (!batch) return null;
    // A batch of a product that is not (or no longer) published is not shown to the public.
    const product = await ctx.loaders.product.load(batch.productId);
    return product ? BatchType.from(batch, ctx) : null;
  }

  @Rule('PRODUCER_MEMBER')
  @Mutation(() => BatchRecordPayload, { description: "Records a production batch of a product: its producer's owner or staff (or an admin)." })
  async batchRecord(@Arg('input', () => BatchRecordInput) input: BatchRecordInput, @Ctx() ctx: Context): Promise<BatchRecordPayload> {
    const { batch, userErrors } = await ctx.services.batchRecording.record(
      ctx.viewer,
      { ...input, productId: localIdOf(input.productId, 'Product') },
      { today: ctx.today },
    );
    return Object.assign(new BatchRecordPayload(), {
      batch: batch ? BatchType.from(batch, ctx) : null,
      userErrors: userErrors.map(BatchUserErrorType.from),
    });
  }

  @FieldResolver(() => ProductType)
  async product(@Root() batch: BatchType, @Ctx() ctx: Context): Promise<ProductType> {
    const product = await ctx.loaders.product.load(batch.record.productId);
    if (!product) throw new Error(`batch ${batch.record.id} has no published product ${batch.record.productId}`);
    return ProductType.from(product);
  }

  @FieldResolver(() => ProvinceType, { nullable: true, description: 'The province the raw material comes from, when known.' })
  async rawMaterialProvince(@Root() batch: BatchType, @Ctx() ctx: Context): Promise<ProvinceType | null> {
    const id = batch.record.rawMaterialProvinceId;
    const province = id ? await ctx.loaders.province.load(id) : undefined;
    return province ? ProvinceType.from(province) : null;
  }
}

/** `Product.batches`: declared here so the catalogue module does not need to know about batches. */
@Resolver(() => ProductType)
export class ProductBatchesResolver {
  @FieldResolver(() => BatchConnection, { description: 'Production batches, newest production first.' })
  async batches(
    @Root() product: ProductType,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Ctx() ctx: Context,
  ): Promise<BatchConnection> {
    const page = await ctx.loaders
      .batchesOfProducts({ first: checkedPageSize(args.first), after: batchPosition(args.after) })
      .load(product.record.id);
    return toConnection(page, (record) => BatchType.from(record, ctx));
  }
}
