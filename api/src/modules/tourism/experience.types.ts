import { DateTimeISOResolver, LocalDateResolver, SafeIntResolver } from 'graphql-scalars';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { toGlobalId } from '../../graphql/global-id.js';
import { Money } from '../../graphql/money.js';
import { Connection, Node } from '../../graphql/relay.js';
import { richTextToPlain, sanitizeRichText } from '../../lib/rich-text.js';
import { ProductType } from '../catalog/product.types.js';
import type { ExperiencePriceRecord, ExperienceRecord } from './experience-records.js';
import {
  ExperienceConfirmationEnum, ExperienceProductRelationEnum, TourismStatusEnum, TourismUserErrorType, UnitTypeEnum,
} from './tourism-common.types.js';
import type { ExperienceConfirmation, ExperienceProductRelation, TourismStatus, UnitType } from './tourism-kinds.js';

/** GraphQL types of an experience: the experience, its prices and product links, the list filter, inputs and payloads. */

@ObjectType('ExperiencePrice', { description: 'The price of one unit of a type, and the places in a slot one unit takes.' })
export class ExperiencePriceType {
  @Field(() => UnitTypeEnum) unitType!: UnitType;
  @Field(() => String, { nullable: true, description: "Overrides the unit type's name, e.g. \"Trẻ em 6–11 tuổi\"." }) label!: string | null;
  @Field(() => Money) price!: Money;
  @Field(() => Int, { description: 'Places one unit takes: an adult 1, an infant 0, a family e.g. 4.' }) seats!: number;
  @Field(() => Int, { nullable: true }) minAge!: number | null;
  @Field(() => Int, { nullable: true }) maxAge!: number | null;

  static from(p: ExperiencePriceRecord): ExperiencePriceType {
    return Object.assign(new ExperiencePriceType(), {
      unitType: p.unitType, label: p.label, price: Money.vnd(p.amount), seats: p.seats, minAge: p.minAge, maxAge: p.maxAge,
    });
  }
}

@ObjectType('Experience', { implements: Node, description: 'Something a visitor does at a tourism point, priced per unit type and booked into slots.' })
export class ExperienceType extends Node {
  @Field(() => String) name!: string;
  @Field(() => String, { description: 'URL key, unique.' }) slug!: string;
  @Field(() => String) summary!: string;
  @Field(() => String, { description: 'Sanitised HTML.' }) descriptionHtml!: string;
  @Field(() => String, { description: 'Plain text.' }) description!: string;
  @Field(() => Int) durationMinutes!: number;
  @Field(() => [String], { description: "What's included (short labels)." }) included!: string[];
  @Field(() => [String], { description: 'ISO 639-1 codes of the languages it is given in.' }) languages!: string[];
  @Field(() => ExperienceConfirmationEnum) confirmation!: ExperienceConfirmation;
  @Field(() => Int, { description: 'No booking later than this many hours before a slot starts.' }) bookingCutoffHours!: number;
  @Field(() => Int, { description: 'Cancellation is free until this many hours before the start.' }) freeCancellationHours!: number;
  @Field(() => Int) maxPartySize!: number;
  @Field(() => TourismStatusEnum) status!: TourismStatus;
  @Field(() => DateTimeISOResolver) updatedAt!: Date;

  record!: ExperienceRecord;

  static from(record: ExperienceRecord): ExperienceType {
    return Object.assign(new ExperienceType(), {
      id: toGlobalId('Experience', record.id),
      name: record.name,
      slug: record.slug,
      summary: record.summary,
      descriptionHtml: sanitizeRichText(record.description),
      description: richTextToPlain(record.description),
      durationMinutes: record.durationMinutes,
      included: record.included,
      languages: record.languages,
      confirmation: record.confirmation,
      bookingCutoffHours: record.bookingCutoffHours,
      freeCancellationHours: record.freeCancellationHours,
      maxPartySize: record.maxPartySize,
      status: record.status,
      updatedAt: new Date(record.updatedAt),
      record,
    });
  }
}

@ObjectType('ExperienceConnection')
export class ExperienceConnection extends Connection(ExperienceType, 'Experience') {}

@ObjectType('ExperienceProduct', { description: 'An OCOP product tasted, made or sold at an experience.' })
export class ExperienceProductType {
  @Field(() => ExperienceProductRelationEnum) relation!: ExperienceProductRelation;
  @Field(() => ProductType) product!: ProductType;
}

@ObjectType('ExperienceProductConnection')
export class ExperienceProductConnection extends Connection(ExperienceProductType, 'ExperienceProduct') {}

@InputType('ExperienceFilter')
export class ExperienceFilterInput {
  @Field(() => String, { nullable: true, description: "Two-digit code of a current province; points registered under units merged into it count." }) provinceCode?: string | null;
  @Field(() => Int, { nullable: true, description: "The point's valid OCOP certificate has at least this many stars (3–5)." }) minStars?: number | null;
  @Field(() => LocalDateResolver, { nullable: true, description: 'A Vietnam day: has an open slot that day with room for partySize, before its cut-off.' }) date?: string | null;
  @Field(() => Int, { nullable: true, description: 'Places needed (default 1); also at most the maximum party size.' }) partySize?: number | null;
  @Field(() => String, { nullable: true, description: 'ISO 639-1 code the experience is given in.' }) language?: string | null;
  @Field(() => String, { nullable: true, description: 'Words of the name, summary or point (accents optional).' }) query?: string | null;
}

@InputType('ExperiencePriceInput')
export class ExperiencePriceInput {
  @Field(() => UnitTypeEnum) unitType!: UnitType;
  @Field(() => String, { nullable: true }) label?: string | null;
  @Field(() => SafeIntResolver, { description: 'Integer đồng.' }) amount!: number;
  @Field(() => Int, { nullable: true, description: 'Places one unit takes (adult 1, infant 0, family 4 by default).' }) seats?: number | null;
  @Field(() => Int, { nullable: true }) minAge?: number | null;
  @Field(() => Int, { nullable: true }) maxAge?: number | null;
}

@InputType('ExperienceProductInput')
export class ExperienceProductInput {
  @Field(() => ID, { description: 'A published OCOP product.' }) productId!: string;
  @Field(() => ExperienceProductRelationEnum) relation!: ExperienceProductRelation;
}

/** Fields shared by ExperienceCreateInput and ExperienceUpdateInput. */
@InputType('ExperienceFieldsInput')
export abstract class ExperienceFieldsInput {
  @Field(() => String, { nullable: true }) summary?: string | null;
  @Field(() => String, { nullable: true, description: 'HTML; sanitised when stored.' }) description?: string | null;
  @Field(() => [String], { nullable: true }) included?: string[] | null;
  @Field(() => [String], { nullable: true, description: "ISO 639-1 codes; the point's by default." }) languages?: string[] | null;
  @Field(() => ExperienceConfirmationEnum, { nullable: true }) confirmation?: ExperienceConfirmation | null;
  @Field(() => Int, { nullable: true }) bookingCutoffHours?: number | null;
  @Field(() => Int, { nullable: true }) freeCancellationHours?: number | null;
  @Field(() => [ExperiencePriceInput], { nullable: true, description: 'Replaces every price when given.' }) prices?: ExperiencePriceInput[] | null;
  @Field(() => [ExperienceProductInput], { nullable: true, description: 'Replaces every product link when given.' }) products?: ExperienceProductInput[] | null;
}

@InputType('ExperienceCreateInput')
export class ExperienceCreateInput extends ExperienceFieldsInput {
  @Field(() => ID) pointId!: string;
  @Field(() => String) name!: string;
  @Field(() => Int) durationMinutes!: number;
  @Field(() => Int) maxPartySize!: number;
}

@InputType('ExperienceUpdateInput', { description: 'Fields left out stay as they are.' })
export class ExperienceUpdateInput extends ExperienceFieldsInput {
  @Field(() => ID) experienceId!: string;
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => Int, { nullable: true }) durationMinutes?: number | null;
  @Field(() => Int, { nullable: true }) maxPartySize?: number | null;
}

@ObjectType('ExperiencePayload')
export class ExperiencePayload {
  @Field(() => ExperienceType, { nullable: true }) experience!: ExperienceType | null;
  @Field(() => [TourismUserErrorType]) userErrors!: TourismUserErrorType[];
}
