import { LocalDateResolver } from 'graphql-scalars';
import { Field, Int, ObjectType } from 'type-graphql';
import type { CertificateRecord } from './certification.service.js';

@ObjectType('OcopRating', { description: 'The OCOP recognition of a product, valid today.' })
export class OcopRating {
  @Field(() => Int, { description: '3 to 5 stars.' })
  stars!: number;

  @Field(() => String)
  certificateNumber!: string;

  @Field(() => LocalDateResolver)
  decisionDate!: string;

  @Field(() => LocalDateResolver, { description: '36 months after the decision.' })
  validUntil!: string;

  @Field(() => String, { description: 'The recognising authority as named on the decision.' })
  issuedBy!: string;

  static from(c: CertificateRecord): OcopRating {
    return Object.assign(new OcopRating(), {
      stars: c.stars,
      certificateNumber: c.number,
      decisionDate: c.decisionDate,
      validUntil: c.validUntil,
      issuedBy: c.issuedBy,
    });
  }
}
