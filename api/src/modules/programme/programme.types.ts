import { LocalDateResolver } from 'graphql-scalars';
import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { enumFromValues } from '../../graphql/enums.js';
import { toGlobalId } from '../../graphql/global-id.js';
import { Connection, Node } from '../../graphql/relay.js';
import { ProductGroupEnum } from '../catalog/product-group.types.js';
import type { ProductGroup } from '../catalog/product-group.js';
import { ProvinceType } from '../places/province.types.js';
import { PROGRESS_STATUSES, type Progress, type ProgressStatus } from './pace.js';
import type { PlanRecord, TargetRecord } from './programme-records.js';
import { PROGRAMME_ERROR_CODES, type ProgrammeErrorCode, type ProgrammeUserError } from './programme-editing.service.js';
import { PROGRAMME_TARGET_KINDS, type ProgrammeTargetKind } from './programme-target-kind.js';

export const ProgrammeTargetKindEnum = enumFromValues(PROGRAMME_TARGET_KINDS, 'ProgrammeTargetKind', {
  description: 'What a programme target measures (docs/programme.md gives each rule).',
  valueDescriptions: {
    PRODUCTS_CERTIFIED_MIN_STARS: 'Distinct products recognised (certificate decided in the period, not revoked) at ≥ minStars.',
    PRODUCTS_PER_YEAR_MIN_STARS: 'At least targetValue products recognised at ≥ minStars in each calendar year of the period.',
    PRODUCTS_EVALUATED: 'Scored evaluations in the period.',
    SHARE_PRODUCERS_MODERN_CHANNELS: 'Percentage of OCOP producers (a product certified today) with at least one product sold online.',
    SHARE_CRAFT_VILLAGES_WITH_OCOP: 'Percentage of the craft villages recorded in the plan’s province (or nation) with an OCOP product today; of `denominator` instead when the plan states a larger count. NOT_MEASURED while neither exists.',
    SALES_POINTS_COUNT: 'Approved OCOP sales points in the plan’s province.',
  },
});
export const ProgressStatusEnum = enumFromValues(PROGRESS_STATUSES, 'ProgressStatus', {
  description: 'A target against linear pace over its plan’s period, at the API clock.',
  valueDescriptions: {
    ACHIEVED: 'The value has reached the target.',
    ON_TRACK: 'The value is at least target × elapsed fraction of the period.',
    BEHIND: 'Below linear pace (or, for per-year targets, a finished year fell short).',
    NOT_MEASURED: 'The platform holds no data to measure it (no number is shown).',
  },
});
export const ProgrammeErrorCodeEnum = enumFromValues(PROGRAMME_ERROR_CODES, 'ProgrammeErrorCode', { description: 'Why a programme plan mutation did not happen.' });

@ObjectType('ProgrammeShareCount', { description: 'The two counts a share target’s percentage is computed from.' })
export class ShareCountType {
  @Field(() => Int, { description: 'Those that qualify: OCOP producers selling online, craft villages with an OCOP product.' }) count!: number;
  @Field(() => Int, { description: 'What the share is taken of: OCOP producers, craft villages (or the plan’s stated count).' }) total!: number;
}

@ObjectType('ProgrammeYearValue')
export class YearValueType {
  @Field(() => Int) year!: number;
  @Field(() => Int) value!: number;
}

@ObjectType('ProgrammeTargetProgress', { description: 'A target measured live (docs/programme.md: the pace rule).' })
export class TargetProgressType {
  @Field(() => Float, { nullable: true, description: 'Count, or percentage for share kinds; null when NOT_MEASURED.' }) value!: number | null;
  @Field(() => Int, { description: 'What the plan asks by the end of the period (per-year targets: per year × years).' }) target!: number;
  @Field(() => Float, { description: 'target × elapsed fraction of the period today.' }) expected!: number;
  @Field(() => Float, { nullable: true, description: 'value / target × 100, one decimal; may exceed 100.' }) percent!: number | null;
  @Field(() => Float, { description: 'Elapsed fraction of the period, 0 to 1.' }) elapsed!: number;
  @Field(() => ProgressStatusEnum) status!: ProgressStatus;
  @Field(() => [YearValueType], { description: 'Per-year targets: each calendar year of the period so far.' }) years!: YearValueType[];
  @Field(() => ShareCountType, { nullable: true, description: 'Share kinds, when measured: what the percentage is of (e.g. 12 of 20 craft villages).' })
  share!: ShareCountType | null;

  static from(p: Progress): TargetProgressType {
    return Object.assign(new TargetProgressType(), { ...p, share: p.share ? Object.assign(new ShareCountType(), p.share) : null });
  }
}

@ObjectType('ProgrammeTarget')
export class TargetType {
  @Field(() => ID) id!: string;
  @Field(() => ProgrammeTargetKindEnum) kind!: ProgrammeTargetKind;
  @Field(() => String, { description: 'The plan’s wording.' }) label!: string;
  @Field(() => Int, { description: 'A count, or a percentage for share kinds; per year for PRODUCTS_PER_YEAR_MIN_STARS.' }) targetValue!: number;
  @Field(() => Int, { nullable: true }) minStars!: number | null;
  @Field(() => Int, { nullable: true, description: 'SHARE_CRAFT_VILLAGES_WITH_OCOP: the count of craft villages the plan states; the share is taken of it when it exceeds the villages recorded.' })
  denominator!: number | null;
  record!: TargetRecord;

  static from(record: TargetRecord): TargetType {
    return Object.assign(new TargetType(), {
      id: toGlobalId('ProgrammeTarget', record.id), kind: record.kind, label: record.label, targetValue: record.targetValue,
      minStars: record.minStars, denominator: record.denominator, record,
    });
  }
}

@ObjectType('ProgrammePlan', { implements: Node, description: 'A provincial (or national) OCOP programme plan as issued, with its targets.' })
export class PlanType extends Node {
  @Field(() => String) title!: string;
  @Field(() => LocalDateResolver) periodStart!: string;
  @Field(() => LocalDateResolver) periodEnd!: string;
  @Field(() => String, { nullable: true }) decisionReference!: string | null;
  @Field(() => Date) updatedAt!: Date;
  record!: PlanRecord;

  static from(record: PlanRecord): PlanType {
    return Object.assign(new PlanType(), {
      id: toGlobalId('ProgrammePlan', record.id), title: record.title, periodStart: record.periodStart, periodEnd: record.periodEnd,
      decisionReference: record.decisionReference, updatedAt: record.updatedAt, record,
    });
  }
}

@ObjectType('ProgrammePlanConnection')
export class PlanConnection extends Connection(PlanType, 'ProgrammePlan') {}

@ObjectType('ProgrammeStarsCount')
export class StarsCountType {
  @Field(() => Int) stars!: number;
  @Field(() => Int) count!: number;
}

@ObjectType('ProgrammeGroupCount')
export class GroupCountType {
  @Field(() => ProductGroupEnum) group!: ProductGroup;
  @Field(() => Int) count!: number;
}

@ObjectType('ProgrammeYearCount')
export class YearCountType {
  @Field(() => Int) year!: number;
  @Field(() => Int, { description: 'Distinct products recognised (any certificate not revoked) that year.' }) count!: number;
}

@ObjectType('ProgrammeFigures', { description: 'Live figures of a province or the country.' })
export class FiguresType {
  @Field(() => Int, { description: 'Products with a certificate valid today.' }) certifiedProducts!: number;
  @Field(() => Int, { description: 'OCOP producers: at least one product certified today.' }) producers!: number;
  @Field(() => Int, { description: 'OCOP producers with at least one product sold online (published, a variant with units put on sale).' })
  producersSellingOnline!: number;
  @Field(() => Float, { description: 'producersSellingOnline / producers × 100, one decimal (0 without producers).' }) shareProducersSellingOnline!: number;
  @Field(() => Int, { description: 'Certificates in force that expire within 90 days.' }) certificatesExpiringSoon!: number;
  @Field(() => [StarsCountType], { description: 'Products certified today by stars (3, 4, 5; zero counts included).' }) productsByStars!: StarsCountType[];
  @Field(() => [GroupCountType], { description: 'Products certified today by group, largest first (all six groups).' }) productsByGroup!: GroupCountType[];
  @Field(() => [YearCountType], { description: 'Products recognised in each year of the period.' }) recognitionsByYear!: YearCountType[];
}

@ObjectType('ProvinceProgress', { description: 'A current province on the national map: its figures and the mean progress of its plans.' })
export class ProvinceProgressType {
  @Field(() => ProvinceType) province!: ProvinceType;
  @Field(() => Int) certifiedProducts!: number;
  @Field(() => Float, { nullable: true, description: 'Mean percent (capped at 100) of the measured targets of its plans; null without plans.' })
  progressPercent!: number | null;
  @Field(() => ProgressStatusEnum, { nullable: true, description: 'BEHIND if any measured target is behind, else ON_TRACK/ACHIEVED; null without plans.' })
  status!: ProgressStatus | null;
}

@ObjectType('ProgrammePeriod')
export class PeriodType {
  @Field(() => Int) fromYear!: number;
  @Field(() => Int) toYear!: number;
}

@ObjectType('ProgrammeStats')
export class StatsType {
  @Field(() => ProvinceType, { nullable: true, description: 'Null for the national figures.' }) province!: ProvinceType | null;
  @Field(() => Boolean, { description: 'True when a historic unit is shown as issued (without roll-up).' }) asIssued!: boolean;
  @Field(() => LocalDateResolver, { description: 'The day the figures are for (API clock, Vietnam).' }) asOf!: string;
  @Field(() => PeriodType) period!: PeriodType;
  @Field(() => FiguresType) figures!: FiguresType;
  @Field(() => [ProvinceProgressType], { description: 'The 34 current provinces (national figures: all; a province: itself).' })
  provinces!: ProvinceProgressType[];
}

@InputType('ProgrammePeriodInput', { description: 'Calendar years, inclusive.' })
export class PeriodInput {
  @Field(() => Int) fromYear!: number;
  @Field(() => Int) toYear!: number;
}

@InputType('ProgrammeTargetInput')
export class TargetInputType {
  @Field(() => ProgrammeTargetKindEnum) kind!: ProgrammeTargetKind;
  @Field(() => String) label!: string;
  @Field(() => Int) targetValue!: number;
  @Field(() => Int, { nullable: true, description: 'Star kinds only: 3 to 5.' }) minStars?: number | null;
  @Field(() => Int, { nullable: true }) denominator?: number | null;
}

@InputType('ProgrammePlanCreateInput')
export class PlanCreateInput {
  @Field(() => ID, { nullable: true, description: 'The province as issued (a historic unit is allowed); omit for a national plan (admins).' })
  provinceId?: string | null;
  @Field(() => String) title!: string;
  @Field(() => LocalDateResolver) periodStart!: string;
  @Field(() => LocalDateResolver) periodEnd!: string;
  @Field(() => String, { nullable: true }) decisionReference?: string | null;
  @Field(() => [TargetInputType], { defaultValue: [] }) targets!: TargetInputType[];
}

@InputType('ProgrammePlanUpdateInput', { description: 'Fields left out stay as they are; targets, when given, replace all of them.' })
export class PlanUpdateInput {
  @Field(() => ID) planId!: string;
  @Field(() => String, { nullable: true }) title?: string | null;
  @Field(() => LocalDateResolver, { nullable: true }) periodStart?: string | null;
  @Field(() => LocalDateResolver, { nullable: true }) periodEnd?: string | null;
  @Field(() => String, { nullable: true, description: 'Empty clears it.' }) decisionReference?: string | null;
  @Field(() => [TargetInputType], { nullable: true }) targets?: TargetInputType[] | null;
}

@ObjectType('ProgrammeUserError', { description: 'An expected failure of a programme plan mutation.' })
export class ProgrammeUserErrorType {
  @Field(() => [String], { nullable: true }) field!: string[] | null;
  @Field(() => ProgrammeErrorCodeEnum) code!: ProgrammeErrorCode;
  @Field(() => String) message!: string;

  static from(e: ProgrammeUserError): ProgrammeUserErrorType {
    return Object.assign(new ProgrammeUserErrorType(), { field: ['input', ...e.field], code: e.code, message: e.message });
  }
}

@ObjectType('ProgrammePlanPayload')
export class PlanPayload {
  @Field(() => PlanType, { nullable: true }) plan!: PlanType | null;
  @Field(() => [ProgrammeUserErrorType]) userErrors!: ProgrammeUserErrorType[];
}

@InputType('ProgrammeTargetAddInput', { description: 'A new target, added at the end of its plan.' })
export class TargetAddInput {
  @Field(() => ID) planId!: string;
  @Field(() => ProgrammeTargetKindEnum) kind!: ProgrammeTargetKind;
  @Field(() => String) label!: string;
  @Field(() => Int, { description: 'A count, or a whole percentage (1–100) for share kinds; per year for PRODUCTS_PER_YEAR_MIN_STARS.' }) targetValue!: number;
  @Field(() => Int, { nullable: true, description: 'Star kinds only (required there): 3 to 5.' }) minStars?: number | null;
  @Field(() => Int, { nullable: true, description: 'SHARE_CRAFT_VILLAGES_WITH_OCOP: the count of craft villages the plan states, when known (used when larger than the villages recorded).' }) denominator?: number | null;
}

@InputType('ProgrammeTargetUpdateInput', { description: 'The target’s new kind, wording and figures (all of them: minStars and denominator left out become null).' })
export class TargetUpdateInput {
  @Field(() => ID) targetId!: string;
  @Field(() => ProgrammeTargetKindEnum) kind!: ProgrammeTargetKind;
  @Field(() => String) label!: string;
  @Field(() => Int) targetValue!: number;
  @Field(() => Int, { nullable: true, description: 'Star kinds only (required there): 3 to 5.' }) minStars?: number | null;
  @Field(() => Int, { nullable: true }) denominator?: number | null;
}

@ObjectType('ProgrammeTargetPayload')
export class TargetPayload {
  @Field(() => TargetType, { nullable: true, description: 'The target added or changed; null when refused. (A removed target: see deletedTargetId.)' })
  target!: TargetType | null;
  @Field(() => ID, { nullable: true, description: 'programmeTargetDelete: the global id of the target removed.' }) deletedTargetId!: string | null;
  @Field(() => PlanType, { nullable: true, description: 'The target’s plan after the change.' }) plan!: PlanType | null;
  @Field(() => [ProgrammeUserErrorType]) userErrors!: ProgrammeUserErrorType[];
}
