import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { badArgument } from '../../graphql/errors.js';
import { ConnectionArgs, checkedPageSize, decodeCursor, toConnection } from '../../graphql/relay.js';
import { InvalidCursorError } from '../../lib/keyset.js';
import { Rule } from '../../graphql/auth.js';
import type { Context } from '../../graphql/context.js';
import { localIdOf } from '../../graphql/global-id.js';
import type { ProducerResult } from './producer-registration.service.js';
import { ProducerPayload, ProducerRegisterInput, ProducerRegistrationFilter, ProducerUserErrorType } from './producer-registration.types.js';
import { ProducerConnection, ProducerType } from './producer.types.js';

function payload(result: ProducerResult): ProducerPayload {
  return Object.assign(new ProducerPayload(), {
    producer: result.producer ? ProducerType.from(result.producer) : null,
    userErrors: result.userErrors.map(ProducerUserErrorType.from),
  });
}

@Resolver()
export class ProducerRegistrationResolver {
  @Rule('ADMIN')
  @Query(() => ProducerConnection, {
    description: 'Registered producers, newest first, pending or approved ones when filtered (admins only: the approval queue).',
  })
  async producerRegistrations(
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('filter', () => ProducerRegistrationFilter, { nullable: true }) filter: ProducerRegistrationFilter | null,
    @Ctx() ctx: Context,
  ): Promise<ProducerConnection> {
    const first = checkedPageSize(args.first);
    const after = decodeCursor(args.after);
    try {
      return toConnection(await ctx.services.producers.listByApproval({ approval: filter?.approval ?? null, first, after }), ProducerType.from);
    } catch (e) {
      if (e instanceof InvalidCursorError) throw badArgument('after', 'is not a cursor returned by this API.');
      throw e;
    }
  }

  @Rule('SIGNED_IN')
  @Mutation(() => ProducerPayload, {
    description: 'Registers a producer, pending until an admin approves it (its products are not public before); the caller becomes its OWNER.',
  })
  async producerRegister(@Arg('input', () => ProducerRegisterInput) input: ProducerRegisterInput, @Ctx() ctx: Context): Promise<ProducerPayload> {
    return payload(await ctx.services.producerRegistration.register(ctx.viewer, input));
  }

  @Rule('ADMIN')
  @Mutation(() => ProducerPayload, { description: 'Approves a pending producer: its published products become public.' })
  async producerApprove(@Arg('producerId', () => ID) producerId: string, @Ctx() ctx: Context): Promise<ProducerPayload> {
    return payload(await ctx.services.producerRegistration.approve(ctx.viewer, localIdOf(producerId, 'Producer')));
  }
}
