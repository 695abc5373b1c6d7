import type { EntityManager } from '@mikro-orm/postgresql';
import { orderedBy, rows } from '../../lib/sql.js';
import type { ExperienceConfirmation, UnitType } from './tourism-kinds.js';

/** A slot with what booking rules need of its experience, point and operator. */
export interface BookableSlot {
  id: string;
  experienceId: string;
  experienceName: string;
  experienceSlug: string;
  pointId: string;
  pointName: string;
  operatorId: string;
  startsAt: Date;
  endsAt: Date;
  capacity: number;
  held: number;
  booked: number;
  /** capacity - held - booked. */
  remaining: number;
  closedAt: Date | null;
  closeReason: string | null;
  confirmation: ExperienceConfirmation;
  bookingCutoffHours: number;
  freeCancellationHours: number;
  maxPartySize: number;
  /** The experience and its point are published and the operator approved: shoppers may book it. */
  onSale: boolean;
}

export interface UnitPrice {
  experienceId: string;
  unitType: UnitType;
  label: string | null;
  amount: number;
  /** Places one unit takes in a slot. */
  seats: number;
}

/** Where places move in a slot: `held` (unpaid or awaiting the operator) and `booked` (confirmed). */
export type PlacesMove = 'HOLD' | 'HELD_TO_BOOKED' | 'RELEASE_HELD' | 'RELEASE_BOOKED';

export class NoPlacesError extends Error {
  constructor(readonly slotId: string) {
    super(`not enough places left in slot ${slotId}`);
  }
}

const SLOT_COLUMNS = `s.id, s.experience_id as "experienceId", e.name as "experienceName", e.slug as "experienceSlug", e.point_id as "pointId",
  pt.name as "pointName", pt.operator_id as "operatorId", s.starts_at as "startsAt", s.ends_at as "endsAt", s.capacity, s.held, s.booked,
  s.capacity - s.held - s.booked as remaining, s.closed_at as "closedAt", s.close_reason as "closeReason", e.confirmation,
  e.booking_cutoff_hours as "bookingCutoffHours", e.free_cancellation_hours as "freeCancellationHours", e.max_party_size as "maxPartySize",
  (e.status = 'PUBLISHED' and pt.status = 'PUBLISHED' and op.approved_at is not null) as "onSale"`;
const SLOT_FROM = `experience_slot s join experience e on e.id = s.experience_id join tourism_point pt on pt.id = e.point_id join tourism_operator op on op.id = pt.operator_id`;

/**
 * The tourism module's side of bookings: reads of slots and prices, and the only writes of a slot's
 * `held` and `booked` (the bookings module calls them in its transactions). Like the stock model
 * (docs/decisions/0001-stock-model.md): slots are locked in id order, each move is ONE conditional
 * UPDATE, and the CHECKs (held, booked >= 0; held + booked <= capacity) hold whatever the concurrency.
 */
export class SlotPlacesService {
  constructor(private readonly em: EntityManager) {}

  async slots(ids: readonly string[], em: EntityManager = this.em): Promise<(BookableSlot | undefined)[]> {
    if (ids.length === 0) return [];
    const found = await rows<BookableSlot>(em, `select ${SLOT_COLUMNS} from ${SLOT_FROM} where s.id = any(?)`, [ids]);
    return orderedBy(ids, found.map(dated), (s) => s.id);
  }

  /** Slots of an operator's experiences starting in [from, to) (the operator calendar), by start. */
  async slotsOfOperator(operatorId: string, from: Date, to: Date): Promise<BookableSlot[]> {
    const found = await rows<BookableSlot>(
      this.em,
      `select ${SLOT_COLUMNS} from ${SLOT_FROM} where pt.operator_id = ? and s.starts_at >= ? and s.starts_at < ? order by s.starts_at, e.name, s.id limit 2000`,
      [operatorId, from, to],
    );
    return found.map(dated);
  }

  /** Prices of each experience, by unit type (DataLoader-friendly: one statement). */
  async prices(experienceIds: readonly string[], em: EntityManager = this.em): Promise<UnitPrice[][]> {
    if (experienceIds.length === 0) return [];
    const found = await rows<UnitPrice>(
      em,
      `select experience_id as "experienceId", unit_type as "unitType", label, amount::float8 as amount, seats
       from experience_price where experience_id = any(?) order by experience_id, unit_type`,
      [experienceIds],
    );
    const byExperience = Map.groupBy(found, (p) => p.experienceId);
    return experienceIds.map((id) => byExperience.get(id) ?? []);
  }

  /** Locks the slots (in id order, so two transactions never wait on each other in a cycle). */
  async lock(tx: EntityManager, slotIds: readonly string[]): Promise<void> {
    const ids = [...new Set(slotIds)].sort();
    if (ids.length) await rows(tx, `select id from experience_slot where id = any(?) order by id for update`, [ids]);
  }

  /**
   * Moves places of a slot in one conditional UPDATE; throws NoPlacesError when the condition fails
   * (HOLD: the slot is closed or has fewer than `seats` left; the others: fewer than `seats` where
   * they come from, which would be a bookkeeping bug).
   */
  async move(tx: EntityManager, slotId: string, seats: number, move: PlacesMove, now: Date): Promise<void> {
    if (seats === 0) return;
    const sql = {
      HOLD: `update experience_slot set held = held + ?, updated_at = ? where id = ? and closed_at is null and held + booked + ? <= capacity returning id`,
      HELD_TO_BOOKED: `update experience_slot set held = held - ?, booked = booked + ?, updated_at = ? where id = ? and held >= ? returning id`,
      RELEASE_HELD: `update experience_slot set held = held - ?, updated_at = ? where id = ? and held >= ? returning id`,
      RELEASE_BOOKED: `update experience_slot set booked = booked - ?, updated_at = ? where id = ? and booked >= ? returning id`,
    }[move];
    const params = {
      HOLD: [seats, now, slotId, seats],
      HELD_TO_BOOKED: [seats, seats, now, slotId, seats],
      RELEASE_HELD: [seats, now, slotId, seats],
      RELEASE_BOOKED: [seats, now, slotId, seats],
    }[move];
    const moved = await rows(tx, sql, params);
    if (!moved.length) {
      if (move === 'HOLD') throw new NoPlacesError(slotId);
      throw new Error(`slot ${slotId}: cannot ${move} ${seats} places (bookkeeping out of step)`);
    }
  }
}

function dated(s: BookableSlot): BookableSlot {
  return { ...s, startsAt: new Date(s.startsAt), endsAt: new Date(s.endsAt), closedAt: s.closedAt ? new Date(s.closedAt) : null };
}
