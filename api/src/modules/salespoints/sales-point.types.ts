import { DateTimeISOResolver } from 'graphql-scalars';
import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { ApprovalStateEnum, enumFromValues, type ApprovalState } from '../../graphql/enums.js';
import { toGlobalId } from '../../graphql/global-id.js';
import { Connection, Node } from '../../graphql/relay.js';
import { SALES_POINT_ERROR_CODES, type SalesPointErrorCode, type SalesPointUserError } from './sales-point-errors.js';
import { LISTING_STATES, SALES_POINT_KINDS, STOCK_LEVELS, type ListingState, type SalesPointKind, type StockLevel } from './sales-point-kind.js';
import type { ListingRecord, SalesPointRecord } from './sales-point.service.js';

export const SalesPointKindEnum = enumFromValues(SALES_POINT_KINDS, 'SalesPointKind', {
  description: 'What kind of place sells OCOP products (điểm giới thiệu và bán sản phẩm OCOP).',
  valueDescriptions: {
    OCOP_SHOWROOM: 'An OCOP showroom or store (cửa hàng, điểm giới thiệu sản phẩm OCOP).',
    RETAIL_CHAIN_SHELF: 'A shelf in a supermarket or convenience chain (`chainName` names the chain).',
    CRAFT_VILLAGE_SHOP: 'A shop in a craft village (làng nghề).',
    TOURIST_SITE_KIOSK: 'A kiosk at a tourist site.',
    ONLINE_CHANNEL: 'An e-commerce platform listing (`url`; no coordinates).',
  },
});
export const ListingStateEnum = enumFromValues(LISTING_STATES, 'SalesPointListingState', {
  description: "Where a producer's request to list a product at a sales point stands.",
  valueDescriptions: { REQUESTED: 'Waiting for the point’s manager.', CONFIRMED: 'The point carries the product.', REJECTED: 'The point declined.' },
});
export const StockLevelEnum = enumFromValues(STOCK_LEVELS, 'SalesPointStockLevel', { description: 'How much of a product a point has, as its manager reports it.' });
export const SalesPointErrorCodeEnum = enumFromValues(SALES_POINT_ERROR_CODES, 'SalesPointErrorCode', {
  description: 'Why a sales point or listing mutation did not happen (nothing was written).',
});

@ObjectType('OpeningInterval', { description: 'A weekly opening interval in the point’s local time; `closes` ≤ `opens` runs past midnight.' })
export class OpeningIntervalType {
  @Field(() => Int, { description: 'ISO weekday: 1 Monday … 7 Sunday.' }) day!: number;
  @Field(() => String, { description: 'HH:MM.' }) opens!: string;
  @Field(() => String, { description: 'HH:MM; 24:00 is the end of the day.' }) closes!: string;
}

@InputType('OpeningIntervalInput')
export class OpeningIntervalInput {
  @Field(() => Int, { description: 'ISO weekday: 1 Monday … 7 Sunday.' }) day!: number;
  @Field(() => String, { description: 'HH:MM.' }) opens!: string;
  @Field(() => String, { description: 'HH:MM; earlier than `opens` runs past midnight; 24:00 ends the day.' }) closes!: string;
}

@ObjectType('SalesPointContact')
export class SalesPointContact {
  @Field(() => String, { nullable: true }) phone!: string | null;
  @Field(() => String, { nullable: true }) email!: string | null;
}

@ObjectType('SalesPoint', { implements: Node, description: 'A place (or online channel) where OCOP products are introduced and sold (điểm bán).' })
export class SalesPointType extends Node {
  @Field(() => String) name!: string;
  @Field(() => String, { description: 'URL key, unique.' }) slug!: string;
  @Field(() => SalesPointKindEnum) kind!: SalesPointKind;
  @Field(() => String, { nullable: true, description: 'The supermarket/convenience chain or e-commerce platform.' }) chainName!: string | null;
  @Field(() => String, { nullable: true, description: 'Street address within the commune.' }) addressLine!: string | null;
  @Field(() => Float, { nullable: true, description: 'WGS84 degrees; null for online channels.' }) latitude!: number | null;
  @Field(() => Float, { nullable: true, description: 'WGS84 degrees; null for online channels.' }) longitude!: number | null;
  @Field(() => String, { nullable: true, description: 'https address (the shop page of an online channel).' }) url!: string | null;
  @Field(() => [OpeningIntervalType], { description: 'Weekly opening hours in `timeZone`; empty when not given.' }) openingHours!: OpeningIntervalType[];
  @Field(() => String, { description: 'IANA time zone of the opening hours.' }) timeZone!: string;
  @Field(() => SalesPointContact) contact!: SalesPointContact;
  @Field(() => ApprovalStateEnum, { description: 'PENDING until an admin approves it; only approved points are public.' }) approval!: ApprovalState;
  @Field(() => DateTimeISOResolver, { nullable: true }) approvedAt!: Date | null;
  @Field(() => DateTimeISOResolver, { description: 'When it registered.' }) createdAt!: Date;
  @Field(() => Float, { nullable: true, description: 'Kilometres from the `near` point of the query that found it (great circle); null without `near`.' })
  distanceKm!: number | null;

  record!: SalesPointRecord;

  static from(record: SalesPointRecord): SalesPointType {
    return Object.assign(new SalesPointType(), {
      id: toGlobalId('SalesPoint', record.id),
      name: record.name,
      slug: record.slug,
      kind: record.kind,
      chainName: record.chainName,
      addressLine: record.addressLine,
      latitude: record.latitude,
      longitude: record.longitude,
      url: record.url,
      openingHours: record.openingHours.map((h) => Object.assign(new OpeningIntervalType(), h)),
      timeZone: record.timeZone,
      contact: Object.assign(new SalesPointContact(), { phone: record.phone, email: record.email }),
      approval: record.approvedAt ? 'APPROVED' : 'PENDING',
      approvedAt: record.approvedAt ? new Date(record.approvedAt) : null,
      createdAt: new Date(record.createdAt),
      distanceKm: record.distanceM == null ? null : Number(record.distanceM) / 1000,
      record,
    });
  }
}

@ObjectType('SalesPointConnection')
export class SalesPointConnection extends Connection(SalesPointType, 'SalesPoint') {}

@ObjectType('SalesPointListing', { description: 'A product at a sales point: requested by its producer, confirmed or rejected by the point.' })
export class SalesPointListingType {
  @Field(() => ListingStateEnum) state!: ListingState;
  @Field(() => StockLevelEnum, { nullable: true, description: 'As the point reports it; null when not said.' }) stockLevel!: StockLevel | null;
  @Field(() => DateTimeISOResolver, { description: 'When it was (last) requested.' }) requestedAt!: Date;
  @Field(() => DateTimeISOResolver, { nullable: true, description: 'When the point confirmed or rejected it.' }) decidedAt!: Date | null;
  @Field(() => DateTimeISOResolver) updatedAt!: Date;
  record!: ListingRecord;

  static from(record: ListingRecord): SalesPointListingType {
    return Object.assign(new SalesPointListingType(), {
      state: record.state,
      stockLevel: record.stockLevel,
      requestedAt: new Date(record.createdAt),
      decidedAt: record.decidedAt ? new Date(record.decidedAt) : null,
      updatedAt: new Date(record.updatedAt),
      record,
    });
  }
}

@ObjectType('SalesPointListingConnection')
export class SalesPointListingConnection extends Connection(SalesPointListingType, 'SalesPointListing') {}

@InputType('NearInput', { description: 'A circle on the map: centre in WGS84 degrees, radius in kilometres.' })
export class NearInput {
  @Field(() => Float) lat!: number;
  @Field(() => Float) lng!: number;
  @Field(() => Float, { defaultValue: 50, description: 'Greater than 0, at most 500.' }) radiusKm!: number;
}

@InputType('SalesPointRegistrationFilter')
export class SalesPointRegistrationFilter {
  @Field(() => ApprovalStateEnum, { nullable: true }) approval?: ApprovalState | null;
}

@ObjectType('SalesPointUserError', { description: 'An expected failure of a sales point or listing mutation.' })
export class SalesPointUserErrorType {
  @Field(() => [String], { nullable: true }) field!: string[] | null;
  @Field(() => SalesPointErrorCodeEnum) code!: SalesPointErrorCode;
  @Field(() => String) message!: string;

  static from(error: SalesPointUserError): SalesPointUserErrorType {
    return Object.assign(new SalesPointUserErrorType(), { field: error.field.length ? ['input', ...error.field] : null, code: error.code, message: error.message });
  }
}

@InputType('SalesPointRegisterInput')
export class SalesPointRegisterInput {
  @Field(() => String) name!: string;
  @Field(() => SalesPointKindEnum) kind!: SalesPointKind;
  @Field(() => String, { nullable: true }) chainName?: string | null;
  @Field(() => String, { description: 'Two-digit code of a current province.' }) provinceCode!: string;
  @Field(() => String, { nullable: true, description: 'Five-digit code of a current commune of that province.' }) communeCode?: string | null;
  @Field(() => String, { nullable: true }) addressLine?: string | null;
  @Field(() => Float, { nullable: true, description: 'Required except for online channels.' }) latitude?: number | null;
  @Field(() => Float, { nullable: true, description: 'Required except for online channels.' }) longitude?: number | null;
  @Field(() => String, { nullable: true, description: 'https only; required for online channels.' }) url?: string | null;
  @Field(() => [OpeningIntervalInput], { nullable: true }) openingHours?: OpeningIntervalInput[] | null;
  @Field(() => String, { nullable: true, description: 'IANA time zone; Asia/Ho_Chi_Minh when left out.' }) timeZone?: string | null;
  @Field(() => String, { nullable: true }) phone?: string | null;
  @Field(() => String, { nullable: true }) email?: string | null;
}

@InputType('SalesPointUpdateInput', { description: 'Fields left out stay as they are; an empty string clears an optional field.' })
export class SalesPointUpdateInput {
  @Field(() => ID) salesPointId!: string;
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => SalesPointKindEnum, { nullable: true }) kind?: SalesPointKind | null;
  @Field(() => String, { nullable: true }) chainName?: string | null;
  @Field(() => String, { nullable: true }) provinceCode?: string | null;
  @Field(() => String, { nullable: true }) communeCode?: string | null;
  @Field(() => String, { nullable: true }) addressLine?: string | null;
  @Field(() => Float, { nullable: true }) latitude?: number | null;
  @Field(() => Float, { nullable: true }) longitude?: number | null;
  @Field(() => String, { nullable: true }) url?: string | null;
  @Field(() => [OpeningIntervalInput], { nullable: true }) openingHours?: OpeningIntervalInput[] | null;
  @Field(() => String, { nullable: true }) timeZone?: string | null;
  @Field(() => String, { nullable: true }) phone?: string | null;
  @Field(() => String, { nullable: true }) email?: string | null;
}

@InputType('SalesPointRejectInput')
export class SalesPointRejectInput {
  @Field(() => ID) salesPointId!: string;
  @Field(() => String, { nullable: true, description: 'Kept in the audit log.' }) reason?: string | null;
}

@InputType('SalesPointListingInput', { description: 'A product at a sales point.' })
export class SalesPointListingInput {
  @Field(() => ID) salesPointId!: string;
  @Field(() => ID) productId!: string;
}

@InputType('SalesPointListingRequestInput')
export class SalesPointListingRequestInput extends SalesPointListingInput {
  @Field(() => StockLevelEnum, { nullable: true }) stockLevel?: StockLevel | null;
}

@InputType('SalesPointListingConfirmInput')
export class SalesPointListingConfirmInput extends SalesPointListingInput {
  @Field(() => StockLevelEnum, { nullable: true, description: 'Keeps the requested level when left out.' }) stockLevel?: StockLevel | null;
}

@InputType('SalesPointListingStockUpdateInput')
export class SalesPointListingStockUpdateInput extends SalesPointListingInput {
  @Field(() => StockLevelEnum, { nullable: true, description: 'Null: not said.' }) stockLevel?: StockLevel | null;
}

@ObjectType('SalesPointPayload')
export class SalesPointPayload {
  @Field(() => SalesPointType, { nullable: true }) salesPoint!: SalesPointType | null;
  @Field(() => [SalesPointUserErrorType]) userErrors!: SalesPointUserErrorType[];
}

@ObjectType('SalesPointListingPayload')
export class SalesPointListingPayload {
  @Field(() => SalesPointListingType, { nullable: true }) listing!: SalesPointListingType | null;
  @Field(() => [SalesPointUserErrorType]) userErrors!: SalesPointUserErrorType[];
}
