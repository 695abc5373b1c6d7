import { LocalDateResolver } from 'graphql-scalars';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { enumFromValues } from '../../graphql/enums.js';
import { Connection } from '../../graphql/relay.js';
import { ProductType } from '../catalog/product.types.js';
import { CertificateType } from '../certification/certification.types.js';
import { EXPIRY_WARNINGS, type ExpiryWarning } from '../certification/expiry.js';
import type { ProducerKind } from './producer-kind.js';
import { ProducerKindEnum, ProducerType } from './producer.types.js';

export const ExpiryWarningEnum = enumFromValues(EXPIRY_WARNINGS, 'CertificateExpiryWarning', {
  description: 'How soon a certificate in force runs out (judged on the day in Vietnam): time to ask for re-evaluation.',
  valueDescriptions: {
    NONE: 'More than 90 days left.',
    WITHIN_90_DAYS: '31 to 90 days left.',
    WITHIN_30_DAYS: '30 days or fewer left.',
  },
});

@ObjectType('ProducerWorkspace', {
  description: "A producer as its members see it in the producer workspace: every product whatever its status, and what needs attention.",
})
export class ProducerWorkspaceType {
  @Field(() => ProducerType) producer!: ProducerType;
}

@ObjectType('ProductStatusCounts', { description: "How many of the producer's products are in each status." })
export class ProductStatusCounts {
  @Field(() => Int) draft!: number;
  @Field(() => Int) published!: number;
  @Field(() => Int) archived!: number;
  @Field(() => Int) total!: number;
}

@ObjectType('WorkspaceProductConnection')
export class WorkspaceProductConnection extends Connection(ProductType, 'WorkspaceProduct') {}

@ObjectType('CertificateInForce', { description: 'The certificate a product holds today, with how soon it expires.' })
export class CertificateInForceType {
  @Field(() => ProductType) product!: ProductType;
  @Field(() => CertificateType) certificate!: CertificateType;
  @Field(() => LocalDateResolver, { description: 'Its last valid day.' }) validUntil!: string;
  @Field(() => Int, { description: 'Days from today (in Vietnam) to validUntil; 0 on the last valid day.' }) daysLeft!: number;
  @Field(() => ExpiryWarningEnum) warning!: ExpiryWarning;
}

@ObjectType('CertificateInForceConnection')
export class CertificateInForceConnection extends Connection(CertificateInForceType, 'CertificateInForce') {}

@InputType('ProducerUpdateInput', { description: 'Omitted fields keep their value; null or blank clears an optional one.' })
export class ProducerUpdateInput {
  @Field(() => ID) producerId!: string;
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => ProducerKindEnum, { nullable: true }) kind?: ProducerKind | null;
  @Field(() => String, { nullable: true, description: 'Business, cooperative or household registration number; unique.' }) registrationNumber?: string | null;
  @Field(() => String, { nullable: true, description: "Five-digit code of a current commune of the producer's province." }) communeCode?: string | null;
  @Field(() => String, { nullable: true, description: 'Street address within the commune.' }) addressLine?: string | null;
  @Field(() => String, { nullable: true }) phone?: string | null;
  @Field(() => String, { nullable: true }) email?: string | null;
  @Field(() => String, { nullable: true }) website?: string | null;
  @Field(() => String, { nullable: true, description: 'HTML; sanitised when stored.' }) story?: string | null;
}
