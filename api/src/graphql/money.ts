import { SafeIntResolver } from 'graphql-scalars';
import { Field, ObjectType, registerEnumType } from 'type-graphql';

export enum CurrencyCode {
  VND = 'VND',
}
registerEnumType(CurrencyCode, { name: 'CurrencyCode', description: 'ISO 4217. VND is zero-decimal.' });

@ObjectType({ description: 'An amount of money in the minor unit of its currency; for VND, integer đồng.' })
export class Money {
  @Field(() => SafeIntResolver, { description: 'Integer đồng for VND: 250000 is 250.000 ₫.' })
  amount!: number;

  @Field(() => CurrencyCode)
  currencyCode!: CurrencyCode;

  static vnd(amount: number): Money {
    if (!Number.isSafeInteger(amount)) throw new Error(`Money amount must be a safe integer, got ${amount}`);
    return Object.assign(new Money(), { amount, currencyCode: CurrencyCode.VND });
  }
}
