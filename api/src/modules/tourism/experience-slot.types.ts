import { DateTimeISOResolver, LocalDateResolver } from 'graphql-scalars';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { toGlobalId } from '../../graphql/global-id.js';
import { Connection, Node } from '../../graphql/relay.js';
import type { ExperienceRecord } from './experience-records.js';
import type { SlotRecord } from './experience-slot.service.js';
import { ExperienceType } from './experience.types.js';
import { TourismUserErrorType } from './tourism-common.types.js';

/** GraphQL types of an experience's slots: the slot, and the inputs and payloads of generating, changing and closing slots. */

@ObjectType('ExperienceSlot', { implements: Node, description: 'A start time of an experience with a capacity in places.' })
export class ExperienceSlotType extends Node {
  @Field(() => DateTimeISOResolver) startsAt!: Date;
  @Field(() => DateTimeISOResolver) endsAt!: Date;
  @Field(() => Int, { description: 'Places in all.' }) capacity!: number;
  @Field(() => Int, { description: 'Places left: capacity minus places held and booked.' }) remaining!: number;
  @Field(() => DateTimeISOResolver, { nullable: true, description: 'When the operator closed it; a closed slot takes no booking.' }) closedAt!: Date | null;
  @Field(() => String, { nullable: true }) closeReason!: string | null;
  @Field(() => Boolean, { description: 'Open, before its booking cut-off (API clock) and with a place left.' }) bookable!: boolean;

  record!: SlotRecord;
  experience!: ExperienceRecord;

  static from(record: SlotRecord, experience: ExperienceRecord, bookable: boolean): ExperienceSlotType {
    return Object.assign(new ExperienceSlotType(), {
      id: toGlobalId('ExperienceSlot', record.id),
      startsAt: new Date(record.startsAt),
      endsAt: new Date(record.endsAt),
      capacity: record.capacity,
      remaining: record.capacity - record.held - record.booked,
      closedAt: record.closedAt ? new Date(record.closedAt) : null,
      closeReason: record.closeReason,
      bookable,
      record,
      experience,
    });
  }
}

@ObjectType('ExperienceSlotConnection')
export class ExperienceSlotConnection extends Connection(ExperienceSlotType, 'ExperienceSlot') {}

@InputType('ExperienceSlotsGenerateInput')
export class ExperienceSlotsGenerateInput {
  @Field(() => ID) experienceId!: string;
  @Field(() => LocalDateResolver, { description: 'First Vietnam day.' }) fromDate!: string;
  @Field(() => LocalDateResolver, { description: 'Last Vietnam day (inclusive).' }) toDate!: string;
  @Field(() => [Int], { description: 'ISO weekdays: 1 = Monday … 7 = Sunday.' }) weekdays!: number[];
  @Field(() => [String], { description: "Start times in Vietnam time, 'HH:MM'." }) startTimes!: string[];
  @Field(() => Int) capacity!: number;
}

@ObjectType('ExperienceSlotsGeneratePayload')
export class ExperienceSlotsGeneratePayload {
  @Field(() => ExperienceType, { nullable: true }) experience!: ExperienceType | null;
  @Field(() => Int, { description: 'Slots created (existing and past starts are skipped).' }) createdCount!: number;
  @Field(() => [TourismUserErrorType]) userErrors!: TourismUserErrorType[];
}

@InputType('ExperienceSlotUpdateInput')
export class ExperienceSlotUpdateInput {
  @Field(() => ID) slotId!: string;
  @Field(() => DateTimeISOResolver, { nullable: true, description: 'A new start (the end follows the duration).' }) startsAt?: Date | null;
  @Field(() => Int, { nullable: true, description: 'Never below the places already held and booked.' }) capacity?: number | null;
}

@InputType('ExperienceSlotCloseInput')
export class ExperienceSlotCloseInput {
  @Field(() => ID) slotId!: string;
  @Field(() => String, { nullable: true }) reason?: string | null;
}

@ObjectType('ExperienceSlotPayload')
export class ExperienceSlotPayload {
  @Field(() => ExperienceSlotType, { nullable: true }) slot!: ExperienceSlotType | null;
  @Field(() => [TourismUserErrorType]) userErrors!: TourismUserErrorType[];
}

@InputType('ExperienceSlotsCloseInput')
export class ExperienceSlotsCloseInput {
  @Field(() => ID) experienceId!: string;
  @Field(() => LocalDateResolver) fromDate!: string;
  @Field(() => LocalDateResolver, { description: 'Inclusive.' }) toDate!: string;
  @Field(() => String, { nullable: true }) reason?: string | null;
}

@ObjectType('ExperienceSlotsClosePayload')
export class ExperienceSlotsClosePayload {
  @Field(() => ExperienceType, { nullable: true }) experience!: ExperienceType | null;
  @Field(() => Int) closedCount!: number;
  @Field(() => [TourismUserErrorType]) userErrors!: TourismUserErrorType[];
}
