import { SafeIntResolver } from 'graphql-scalars';
import { Arg, Args, Ctx, Field, InputType, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { Rule } from '../../graphql/auth.js';
import type { Context } from '../../graphql/context.js';
import { enumFromValues } from '../../graphql/enums.js';
import { badArgument } from '../../graphql/errors.js';
import { InvalidCursorError } from '../../lib/keyset.js';
import { checkedPageSize, ConnectionArgs, decodeCursor, toConnection } from '../../graphql/relay.js';
import { OrderConnection, OrderType } from '../orders/order.types.js';
import {
  RECONCILIATION_ERROR_CODES, STATEMENT_OUTCOMES, type ReconciliationErrorCode, type ReconciliationUserError, type StatementOutcome,
} from './reconciliation.service.js';

const ReconciliationErrorCodeEnum = enumFromValues(RECONCILIATION_ERROR_CODES, 'ReconciliationErrorCode');
const StatementOutcomeEnum = enumFromValues(STATEMENT_OUTCOMES, 'StatementRowOutcome', {
  valueDescriptions: {
    PAID: 'Memo and amount matched a pending bank transfer: the order is paid.',
    DUPLICATE: 'The order was already paid (the same row imported again, or a second transfer): refund if money came twice.',
    PARTIAL: 'The amount differs from the order total: nothing applied; settle by hand.',
    UNKNOWN: 'No order number in the memo, or no such order, or no amount.',
    LATE: 'The order’s hold had expired (payment cancelled): recorded as late money to refund.',
  },
});

@ObjectType('ReconciliationUserError')
class ReconciliationUserErrorType {
  @Field(() => [String], { nullable: true }) field!: string[] | null;
  @Field(() => ReconciliationErrorCodeEnum) code!: ReconciliationErrorCode;
  @Field(() => String) message!: string;

  static from(e: ReconciliationUserError) {
    return Object.assign(new ReconciliationUserErrorType(), { field: ['input', ...e.field], code: e.code, message: e.message });
  }
}

@InputType('PaymentMarkReceivedInput')
class PaymentMarkReceivedInput {
  @Field(() => String, { description: 'The order number the transfer named.' }) orderNumber!: string;
}

@ObjectType('PaymentMarkReceivedPayload')
class PaymentMarkReceivedPayload {
  @Field(() => OrderType, { nullable: true }) order!: OrderType | null;
  @Field(() => [ReconciliationUserErrorType]) userErrors!: ReconciliationUserErrorType[];
}

@InputType('BankStatementImportInput')
class BankStatementImportInput {
  @Field(() => String, { description: 'CSV with a header row: an amount column (amount, credit, so_tien…) and a memo column (memo, description, noi_dung…).' })
  content!: string;
}

@ObjectType('BankStatementRow')
class BankStatementRowType {
  @Field(() => Int, { description: 'Row in the file (the header is row 1).' }) row!: number;
  @Field(() => String, { nullable: true }) orderNumber!: string | null;
  @Field(() => SafeIntResolver, { nullable: true, description: 'Integer đồng.' }) amount!: number | null;
  @Field(() => StatementOutcomeEnum) outcome!: StatementOutcome;
}

@ObjectType('BankStatementImportPayload')
class BankStatementImportPayload {
  @Field(() => [BankStatementRowType], { nullable: true, description: 'Every row with what became of it (a statement is bounded: 2 MB).' })
  rows!: BankStatementRowType[] | null;
  @Field(() => Int) paidCount!: number;
  @Field(() => [ReconciliationUserErrorType]) userErrors!: ReconciliationUserErrorType[];
}

@Resolver()
export class ReconciliationResolver {
  @Rule('ADMIN')
  @Query(() => OrderConnection, { description: 'Orders paid by bank transfer whose money has not arrived yet (payment PENDING), newest first (admin).' })
  async ordersAwaitingTransfer(@Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context): Promise<OrderConnection> {
    const page = { first: checkedPageSize(args.first), after: decodeCursor(args.after) };
    try {
      return toConnection(await ctx.services.reconciliation.awaitingTransfer(ctx.viewer, page), OrderType.from) as OrderConnection;
    } catch (e) {
      if (e instanceof InvalidCursorError) throw badArgument('after', 'is not a cursor returned by this API.');
      throw e;
    }
  }

  @Rule('PRODUCER_MEMBER')
  @Mutation(() => PaymentMarkReceivedPayload, { description: "Marks a bank transfer received: an admin, or a member of a producer with a share of the order." })
  async paymentMarkReceived(@Arg('input', () => PaymentMarkReceivedInput) input: PaymentMarkReceivedInput, @Ctx() ctx: Context): Promise<PaymentMarkReceivedPayload> {
    const result = await ctx.services.reconciliation.markReceived(ctx.viewer, input.orderNumber);
    const order = result.orderId ? (await ctx.services.orders.byIds([result.orderId]))[0] : undefined;
    return Object.assign(new PaymentMarkReceivedPayload(), { order: order ? OrderType.from(order) : null, userErrors: result.userErrors.map(ReconciliationUserErrorType.from) });
  }

  @Rule('ADMIN')
  @Mutation(() => BankStatementImportPayload, { description: 'Matches a bank statement (CSV) to pending bank transfers by memo and amount (admin).' })
  async bankStatementImport(@Arg('input', () => BankStatementImportInput) input: BankStatementImportInput, @Ctx() ctx: Context): Promise<BankStatementImportPayload> {
    const result = await ctx.services.reconciliation.importStatement(ctx.viewer, input.content);
    return Object.assign(new BankStatementImportPayload(), {
      rows: result.rows?.map((r) => Object.assign(new BankStatementRowType(), r)) ?? null,
      paidCount: result.rows?.filter((r) => r.outcome === 'PAID').length ?? 0,
      userErrors: result.userErrors.map(ReconciliationUserErrorType.from),
    });
  }
}
