import { Arg, Args, Ctx, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Rule } from '../../graphql/auth.js';
import type { Context } from '../../graphql/context.js';
import { localIdOf } from '../../graphql/global-id.js';
import { Connection, ConnectionArgs, checkedPageSize, connectionFromArray, decodeCursor, toConnection } from '../../graphql/relay.js';
import { InvalidCursorError } from '../../lib/keyset.js';
import type { Outcome } from '../../lib/user-errors.js';
import { badArgument } from '../../graphql/errors.js';
import { ProductType } from '../catalog/product.types.js';
import { CertificateType, EvaluationType } from './certification.types.js';
import { canSeeRequest, type EvaluationRequestRecord } from './evaluation-request.service.js';
import {
  EvaluationRequestConnection,
  EvaluationRequestPayload,
  EvaluationRequestRejectInput,
  EvaluationRequestSubmitInput,
  EvaluationRequestType,
  EvaluationRequestUserErrorType,
  EvaluationRequestWithdrawInput,
} from './evaluation-request.types.js';

@ObjectType('EvaluationConnection')
export class EvaluationConnection extends Connection(EvaluationType, 'Evaluation') {}

function payload({ result, userErrors }: Outcome<EvaluationRequestRecord>): EvaluationRequestPayload {
  return Object.assign(new EvaluationRequestPayload(), {
    evaluationRequest: result ? EvaluationRequestType.from(result) : null,
    userErrors: userErrors.map(EvaluationRequestUserErrorType.from),
  });
}

/** May the viewer see this product's requests and evaluations? Its producer's members, the councils reviewing its province, admins. */
async function mayReview(ctx: Context, productId: string): Promise<boolean> {
  const owner = await ctx.loaders.productOwnership.load(productId);
  return !!owner && canSeeRequest(ctx.viewer, owner);
}

/** Producers' requests for an evaluation, and the rating councils' queue of them. */
@Resolver(() => EvaluationRequestType)
export class EvaluationRequestResolver {
  @Rule('COUNCIL_MEMBER')
  @Query(() => EvaluationRequestConnection, {
    description:
      "Open evaluation requests for the viewer's councils, oldest first: a province council sees its province's products (including those registered in a province since merged into it); the ministry's council sees those whose latest evaluation earned 5★ (only it recognises them); admins see all.",
  })
  async evaluationQueue(@Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context): Promise<EvaluationRequestConnection> {
    const first = checkedPageSize(args.first);
    const after = decodeCursor(args.after);
    try {
      return toConnection(await ctx.services.evaluationRequests.queue(ctx.viewer, { first, after }), EvaluationRequestType.from);
    } catch (e) {
      if (e instanceof InvalidCursorError) throw badArgument('after', 'is not a cursor returned by this API.');
      throw e;
    }
  }

  @Rule('PRODUCER_MEMBER', 'COUNCIL_MEMBER')
  @Query(() => EvaluationRequestType, {
    nullable: true,
    description: "An evaluation request by id: for its producer's members, the councils that review its product, admins; null for anyone else.",
  })
  async evaluationRequest(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<EvaluationRequestType | null> {
    const localId = localIdOf(id, 'EvaluationRequest');
    const record = localId ? await ctx.loaders.evaluationRequest.load(localId) : undefined;
    return record && (await mayReview(ctx, record.productId)) ? EvaluationRequestType.from(record) : null;
  }

  @Rule('COUNCIL_MEMBER')
  @Query(() => ProductType, {
    nullable: true,
    description:
      'A product as a council reviews it, whatever its status: one of a province the viewer reviews that is public or was submitted for evaluation; null otherwise.',
  })
  async productForReview(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<ProductType | null> {
    const product = await ctx.services.evaluationRequests.productForReview(ctx.viewer, localIdOf(id, 'Product'));
    return product ? ProductType.from(product) : null;
  }

  @FieldResolver(() => ProductType, { description: 'The product to evaluate, whatever its status.' })
  async product(@Root() request: EvaluationRequestType, @Ctx() ctx: Context): Promise<ProductType> {
    const product = await ctx.loaders.productAnyStatus.load(request.record.productId);
    if (!product) throw new Error(`evaluation request ${request.record.id} has no product`);
    return ProductType.from(product);
  }

  @FieldResolver(() => CertificateType, { nullable: true, description: 'The certificate whose recognition decided it (state DECIDED).' })
  async certificate(@Root() request: EvaluationRequestType, @Ctx() ctx: Context): Promise<CertificateType | null> {
    if (!request.record.certificateId) return null;
    const certificate = await ctx.loaders.certificate.load(request.record.certificateId);
    return certificate ? CertificateType.from(certificate, ctx.today) : null;
  }

  @Rule('PRODUCER_MEMBER')
  @Mutation(() => EvaluationRequestPayload, {
    description: "Asks the rating council to evaluate a product (draft or published): its producer's owner or staff (or an admin). One open request per product.",
  })
  async evaluationRequestSubmit(
    @Arg('input', () => EvaluationRequestSubmitInput) input: EvaluationRequestSubmitInput,
    @Ctx() ctx: Context,
  ): Promise<EvaluationRequestPayload> {
    return payload(await ctx.services.evaluationRequests.submit(ctx.viewer, localIdOf(input.productId, 'Product')));
  }

  @Rule('PRODUCER_MEMBER')
  @Mutation(() => EvaluationRequestPayload, { description: "Takes back an open request: its producer's owner or staff (or an admin)." })
  async evaluationRequestWithdraw(
    @Arg('input', () => EvaluationRequestWithdrawInput) input: EvaluationRequestWithdrawInput,
    @Ctx() ctx: Context,
  ): Promise<EvaluationRequestPayload> {
    return payload(await ctx.services.evaluationRequests.withdraw(ctx.viewer, localIdOf(input.requestId, 'EvaluationRequest')));
  }

  @Rule('COUNCIL_MEMBER')
  @Mutation(() => EvaluationRequestPayload, {
    description: "Turns down an open request with a reason: a council that reviews the product's province (or an admin).",
  })
  async evaluationRequestReject(
    @Arg('input', () => EvaluationRequestRejectInput) input: EvaluationRequestRejectInput,
    @Ctx() ctx: Context,
  ): Promise<EvaluationRequestPayload> {
    return payload(
      await ctx.services.evaluationRequests.reject(ctx.viewer, { requestId: localIdOf(input.requestId, 'EvaluationRequest'), reason: input.reason }),
    );
  }
}

/** Review fields on Product, kept in this module: private to its producer's members, its councils and admins. */
@Resolver(() => ProductType)
export class ProductReviewResolver {
  @Rule('PRODUCER_MEMBER', 'COUNCIL_MEMBER')
  @FieldResolver(() => EvaluationRequestType, {
    nullable: true,
    description: "The product's open evaluation request, if any; null also for viewers who are not its producer's members, its councils or admins.",
  })
  async openEvaluationRequest(@Root() product: ProductType, @Ctx() ctx: Context): Promise<EvaluationRequestType | null> {
    if (!(await mayReview(ctx, product.record.id))) return null;
    const request = await ctx.loaders.openEvaluationRequest.load(product.record.id);
    return request ? EvaluationRequestType.from(request) : null;
  }

  @Rule('PRODUCER_MEMBER', 'COUNCIL_MEMBER')
  @FieldResolver(() => EvaluationConnection, {
    nullable: true,
    description: "Every evaluation of the product, newest first (failed ones too); null for viewers who are not its producer's members, its councils or admins.",
  })
  async evaluations(@Root() product: ProductType, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context): Promise<EvaluationConnection | null> {
    if (!(await mayReview(ctx, product.record.id))) return null;
    const evaluations = await ctx.loaders.productEvaluations.load(product.record.id);
    return connectionFromArray(evaluations, args, (e) => e.id, EvaluationType.from);
  }
}
