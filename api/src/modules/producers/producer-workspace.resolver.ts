import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Rule } from '../../graphql/auth.js';
import type { Context } from '../../graphql/context.js';
import { badArgument } from '../../graphql/errors.js';
import { localIdOf } from '../../graphql/global-id.js';
import { ConnectionArgs, checkedPageSize, decodeCursor, toConnection } from '../../graphql/relay.js';
import { InvalidCursorError } from '../../lib/keyset.js';
import type { ProductStatus } from '../catalog/product-group.js';
import { ProductStatusEnum, ProductType } from '../catalog/product.types.js';
import { CertificateType } from '../certification/certification.types.js';
import { daysUntil, expiryWarning } from '../certification/expiry.js';
import { ProducerPayload, ProducerUserErrorType } from './producer-registration.types.js';
import {
  CertificateInForceConnection,
  CertificateInForceType,
  ProducerUpdateInput,
  ProducerWorkspaceType,
  ProductStatusCounts,
  WorkspaceProductConnection,
} from './producer-workspace.types.js';
import { ProducerType } from './producer.types.js';

async function page<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (e) {
    if (e instanceof InvalidCursorError) throw badArgument('after', 'is not a cursor returned by this API.');
    throw e;
  }
}

/**
 * The producer workspace: `producerWorkspace(producerId)` is opened by members of that producer (or an
 * admin) and shows everything of it; its fields need no further check (they are only reachable
 * through the guarded query).
 */
@Resolver(() => ProducerWorkspaceType)
export class ProducerWorkspaceResolver {
  @Rule('PRODUCER_MEMBER')
  @Query(() => ProducerWorkspaceType, {
    nullable: true,
    description: 'The workspace of a producer: its owner or staff (or an admin); null when the id names no producer.',
  })
  async producerWorkspace(@Arg('producerId', () => ID) producerId: string, @Ctx() ctx: Context): Promise<ProducerWorkspaceType | null> {
    const producer = await ctx.services.producerWorkspace.open(ctx.viewer, localIdOf(producerId, 'Producer'));
    return producer ? Object.assign(new ProducerWorkspaceType(), { producer: ProducerType.from(producer) }) : null;
  }

  @FieldResolver(() => ProductStatusCounts)
  async productCounts(@Root() workspace: ProducerWorkspaceType, @Ctx() ctx: Context): Promise<ProductStatusCounts> {
    const counts = await ctx.services.producerWorkspace.statusCounts(workspace.producer.record.id);
    return { draft: counts.DRAFT, published: counts.PUBLISHED, archived: counts.ARCHIVED, total: counts.DRAFT + counts.PUBLISHED + counts.ARCHIVED };
  }

  @FieldResolver(() => WorkspaceProductConnection, { description: 'Its products in every status (or the one asked for), newest first.' })
  async products(
    @Root() workspace: ProducerWorkspaceType,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('status', () => ProductStatusEnum, { nullable: true }) status: ProductStatus | null,
    @Ctx() ctx: Context,
  ): Promise<WorkspaceProductConnection> {
    const first = checkedPageSize(args.first);
    const after = decodeCursor(args.after);
    const found = await page(() => ctx.services.producerWorkspace.listProducts(workspace.producer.record.id, { status: status ?? null, first, after }));
    return toConnection(found, ProductType.from);
  }

  @FieldResolver(() => ProductType, { nullable: true, description: 'One of its products whatever its status (for editing); null when it is not this producer\'s.' })
  async product(@Root() workspace: ProducerWorkspaceType, @Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<ProductType | null> {
    const product = await ctx.services.producerWorkspace.product(workspace.producer.record.id, localIdOf(id, 'Product'));
    return product ? ProductType.from(product) : null;
  }

  @FieldResolver(() => CertificateInForceConnection, {
    description: 'The certificate in force today of each of its products that has one, soonest to expire first, with 90/30-day warnings.',
  })
  async certificates(
    @Root() workspace: ProducerWorkspaceType,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Ctx() ctx: Context,
  ): Promise<CertificateInForceConnection> {
    const first = checkedPageSize(args.first);
    const after = decodeCursor(args.after);
    const found = await page(() => ctx.services.producerWorkspace.certificatesInForce(workspace.producer.record.id, ctx.today, { first, after }));
    const products = new Map(
      (await Promise.all(found.items.map(async (c) => [c.productId, await ctx.loaders.productAnyStatus.load(c.productId)] as const))),
    );
    return toConnection(found, (c) =>
      Object.assign(new CertificateInForceType(), {
        product: ProductType.from(products.get(c.productId)!),
        certificate: CertificateType.from(c, ctx.today),
        validUntil: c.validUntil,
        daysLeft: daysUntil(c.validUntil, ctx.today),
        warning: expiryWarning(c.validUntil, ctx.today),
      }),
    );
  }

  @Rule('PRODUCER_MEMBER')
  @Mutation(() => ProducerPayload, { description: "Changes a producer's profile: its OWNER (staff may not) or an admin." })
  async producerUpdate(@Arg('input', () => ProducerUpdateInput) input: ProducerUpdateInput, @Ctx() ctx: Context): Promise<ProducerPayload> {
    const result = await ctx.services.producerWorkspace.updateProfile(ctx.viewer, { ...input, producerId: localIdOf(input.producerId, 'Producer') });
    return Object.assign(new ProducerPayload(), {
      producer: result.producer ? ProducerType.from(result.producer) : null,
      userErrors: result.userErrors.map(ProducerUserErrorType.from),
    });
  }
}
