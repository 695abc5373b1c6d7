import { Arg, Ctx, Field, ID, InputType, Mutation, ObjectType, Resolver } from 'type-graphql';
import { Rule } from '../../graphql/auth.js';
import type { Context } from '../../graphql/context.js';
import { enumFromValues } from '../../graphql/enums.js';
import { localIdOf } from '../../graphql/global-id.js';
import { FULFILMENT_ERROR_CODES, type FulfilmentErrorCode, type FulfilmentResult, type FulfilmentUserError } from './fulfilment.service.js';
import { SubOrderType } from './order.types.js';

export const FulfilmentErrorCodeEnum = enumFromValues(FULFILMENT_ERROR_CODES, 'FulfilmentErrorCode', {
  description: 'Why a sub-order did not change (nothing was written).',
  valueDescriptions: {
    INVALID_TRANSITION: 'The state machine does not allow this move from the current state (moves go forward only).',
    PAYMENT_GATEWAY_FAILED: 'A card refund (or the cancel of an unpaid card payment) was refused or not answered by the gateway; nothing changed.',
  },
});

@ObjectType('FulfilmentUserError')
class FulfilmentUserErrorType {
  @Field(() => [String], { nullable: true }) field!: string[] | null;
  @Field(() => FulfilmentErrorCodeEnum) code!: FulfilmentErrorCode;
  @Field(() => String) message!: string;

  static from(e: FulfilmentUserError): FulfilmentUserErrorType {
    return Object.assign(new FulfilmentUserErrorType(), { field: ['input', ...e.field], code: e.code, message: e.message });
  }
}

@ObjectType('SubOrderPayload')
class SubOrderPayload {
  @Field(() => SubOrderType, { nullable: true }) subOrder!: SubOrderType | null;
  @Field(() => [FulfilmentUserErrorType]) userErrors!: FulfilmentUserErrorType[];
}

@InputType('SubOrderInput')
class SubOrderInput {
  @Field(() => ID) subOrderId!: string;
}

@InputType('SubOrderShipInput')
class SubOrderShipInput {
  @Field(() => ID) subOrderId!: string;
  @Field(() => String, { description: 'e.g. Viettel Post, GHN, VNPost.' }) carrier!: string;
  @Field(() => String) trackingNumber!: string;
}

@InputType('SubOrderCancelInput')
class SubOrderCancelInput {
  @Field(() => ID) subOrderId!: string;
  @Field(() => String) reason!: string;
}

@InputType('SubOrderRefundInput')
class SubOrderRefundInput {
  @Field(() => ID) subOrderId!: string;
  @Field(() => String) reason!: string;
  @Field(() => Boolean, { defaultValue: false, description: 'Shipped units came back and go on sale again (units never shipped always do).' }) restock!: boolean;
}

function payload(result: FulfilmentResult): SubOrderPayload {
  return Object.assign(new SubOrderPayload(), {
    subOrder: result.subOrder ? SubOrderType.from(result.subOrder) : null,
    userErrors: result.userErrors.map(FulfilmentUserErrorType.from),
  });
}

const id = (subOrderId: string) => localIdOf(subOrderId, 'SubOrder');

/** A producer's fulfilment of its own sub-orders: members of that producer, or an admin. */
@Resolver()
export class FulfilmentResolver {
  @Rule('PRODUCER_MEMBER')
  @Mutation(() => SubOrderPayload, { description: 'PAID or CONFIRMED → PROCESSING (the producer prepares it).' })
  async subOrderProcess(@Arg('input', () => SubOrderInput) input: SubOrderInput, @Ctx() ctx: Context): Promise<SubOrderPayload> {
    return payload(await ctx.services.fulfilment.process(ctx.viewer, id(input.subOrderId)));
  }

  @Rule('PRODUCER_MEMBER')
  @Mutation(() => SubOrderPayload, { description: 'PROCESSING → SHIPPED with carrier and tracking number.' })
  async subOrderShip(@Arg('input', () => SubOrderShipInput) input: SubOrderShipInput, @Ctx() ctx: Context): Promise<SubOrderPayload> {
    return payload(await ctx.services.fulfilment.ship(ctx.viewer, { ...input, subOrderId: id(input.subOrderId) }));
  }

  @Rule('PRODUCER_MEMBER')
  @Mutation(() => SubOrderPayload, { description: 'SHIPPED → DELIVERED (cash on delivery is then paid).' })
  async subOrderDeliver(@Arg('input', () => SubOrderInput) input: SubOrderInput, @Ctx() ctx: Context): Promise<SubOrderPayload> {
    return payload(await ctx.services.fulfilment.deliver(ctx.viewer, id(input.subOrderId)));
  }

  @Rule('PRODUCER_MEMBER')
  @Mutation(() => SubOrderPayload, { description: 'Cancels before shipping when no money was taken; units go back on sale.' })
  async subOrderCancel(@Arg('input', () => SubOrderCancelInput) input: SubOrderCancelInput, @Ctx() ctx: Context): Promise<SubOrderPayload> {
    return payload(await ctx.services.fulfilment.cancel(ctx.viewer, { ...input, subOrderId: id(input.subOrderId) }));
  }

  @Rule('PRODUCER_MEMBER')
  @Mutation(() => SubOrderPayload, { description: 'Refunds money taken: a card payment goes back to the card through the gateway; a transfer or cash is given back outside and recorded here.' })
  async subOrderRefund(@Arg('input', () => SubOrderRefundInput) input: SubOrderRefundInput, @Ctx() ctx: Context): Promise<SubOrderPayload> {
    return payload(await ctx.services.fulfilment.refund(ctx.viewer, { ...input, subOrderId: id(input.subOrderId) }));
  }
}
