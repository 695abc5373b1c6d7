import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { Rule } from '../../graphql/auth.js';
import type { Context } from '../../graphql/context.js';
import { localIdOf } from '../../graphql/global-id.js';
import type { ProducerResult } from './producer-registration.service.js';
import { ProducerPayload, ProducerRegisterInput, ProducerUserErrorType } from './producer-registration.types.js';
import { ProducerType } from './producer.types.js';

function payload(result: ProducerResult): ProducerPayload {
  return Object.assign(new ProducerPayload(), {
    producer: result.producer ? ProducerType.from(result.producer) : null,
    userErrors: result.userErrors.map(ProducerUserErrorType.from),
  });
}

@Resolver()
export class ProducerRegistrationResolver {
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
