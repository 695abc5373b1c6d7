import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { Rule } from '../../graphql/auth.js';
import type { Context } from '../../graphql/context.js';
import { localIdOf } from '../../graphql/global-id.js';
import type { ProductEditResult } from './product-editing.service.js';
import { ProductCreateInput, ProductEditPayload, ProductImagesReorderInput, ProductUpdateInput, ProductUserErrorType } from './product-editing.types.js';
import { ProductType } from './product.types.js';

function payload(result: ProductEditResult): ProductEditPayload {
  return Object.assign(new ProductEditPayload(), {
    product: result.product ? ProductType.from(result.product) : null,
    userErrors: result.userErrors.map(ProductUserErrorType.from),
  });
}

/** The producer workspace's product writes: members (owner or staff) of the product's producer, or an admin. */
@Resolver()
export class ProductEditingResolver {
  @Rule('PRODUCER_MEMBER')
  @Mutation(() => ProductEditPayload, { description: "Creates a DRAFT product of a producer: its owner or staff (or an admin)." })
  async productCreate(@Arg('input', () => ProductCreateInput) input: ProductCreateInput, @Ctx() ctx: Context): Promise<ProductEditPayload> {
    return payload(await ctx.services.productEditing.create(ctx.viewer, { ...input, producerId: localIdOf(input.producerId, 'Producer') }));
  }

  @Rule('PRODUCER_MEMBER')
  @Mutation(() => ProductEditPayload, { description: "Changes a product and upserts its variants: its producer's owner or staff (or an admin)." })
  async productUpdate(@Arg('input', () => ProductUpdateInput) input: ProductUpdateInput, @Ctx() ctx: Context): Promise<ProductEditPayload> {
    return payload(await ctx.services.productEditing.update(ctx.viewer, { ...input, productId: localIdOf(input.productId, 'Product') }));
  }

  @Rule('PRODUCER_MEMBER')
  @Mutation(() => ProductEditPayload, { description: 'Publishes a product (public once its producer is approved).' })
  async productPublish(@Arg('productId', () => ID) productId: string, @Ctx() ctx: Context): Promise<ProductEditPayload> {
    return payload(await ctx.services.productEditing.publish(ctx.viewer, localIdOf(productId, 'Product')));
  }

  @Rule('PRODUCER_MEMBER')
  @Mutation(() => ProductEditPayload, { description: 'Takes a product off the catalogue (it can be published again).' })
  async productArchive(@Arg('productId', () => ID) productId: string, @Ctx() ctx: Context): Promise<ProductEditPayload> {
    return payload(await ctx.services.productEditing.archive(ctx.viewer, localIdOf(productId, 'Product')));
  }

  @Rule('PRODUCER_MEMBER')
  @Mutation(() => ProductEditPayload, { description: "Removes a product photo: its producer's owner or staff (or an admin)." })
  async productImageRemove(@Arg('imageId', () => ID) imageId: string, @Ctx() ctx: Context): Promise<ProductEditPayload> {
    return payload(await ctx.services.productImageEditing.remove(ctx.viewer, localIdOf(imageId, 'ProductImage')));
  }

  @Rule('PRODUCER_MEMBER')
  @Mutation(() => ProductEditPayload, { description: "Puts a product's photos in a new order (the first is the main photo)." })
  async productImagesReorder(@Arg('input', () => ProductImagesReorderInput) input: ProductImagesReorderInput, @Ctx() ctx: Context): Promise<ProductEditPayload> {
    return payload(
      await ctx.services.productImageEditing.reorder(ctx.viewer, localIdOf(input.productId, 'Product'), input.imageIds.map((id) => localIdOf(id, 'ProductImage'))),
    );
  }
}
