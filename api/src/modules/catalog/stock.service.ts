import type { EntityManager } from '@mikro-orm/postgresql';
import { orderedBy, rows } from '../../lib/sql.js';
import type { ProducerService } from '../producers/producer.service.js';

/** A variant as the cart and checkout see it: its current price and whether it can be bought now. */
export interface SellableVariant {
  id: string;
  productId: string;
  productName: string;
  producerId: string;
  sku: string;
  label: string;
  priceAmount: number;
  weightGrams: number | null;
  /** Units available now. */
  stock: number;
  /** The product is published and its producer approved (public in the catalogue). */
  forSale: boolean;
}

export interface StockLine {
  variantId: string;
  quantity: number;
}

export type StockMove = 'AVAILABLE_TO_RESERVED' | 'RESERVED_TO_SOLD' | 'RESERVED_TO_AVAILABLE' | 'SOLD_TO_AVAILABLE';

/** Column pairs of each move: units leave `from` and enter `to` (see product-variant.entity.ts). */
const MOVES: Record<StockMove, { from: string; to: string }> = {
  AVAILABLE_TO_RESERVED: { from: 'stock', to: 'reserved' },
  RESERVED_TO_SOLD: { from: 'reserved', to: 'sold' },
  RESERVED_TO_AVAILABLE: { from: 'reserved', to: 'stock' },
  SOLD_TO_AVAILABLE: { from: 'sold', to: 'stock' },
};

export class InsufficientStockError extends Error {
  constructor(readonly variantId: string, readonly move: StockMove) {
    super(`variant ${variantId}: not enough units for ${move}`);
  }
}

/**
 * The catalogue's stock buckets, moved only by the orders module through this service, inside the
 * caller's transaction. Every move is a conditional UPDATE (`where <from> >= quantity`), never a
 * read-then-write, and variants are locked in one fixed order (by id) so two checkouts sharing
 * variants cannot deadlock.
 */
export class StockService {
  constructor(private readonly em: EntityManager, private readonly producers: ProducerService) {}

  async sellable(variantIds: readonly string[]): Promise<(SellableVariant | undefined)[]> {
    const approved = this.producers.approvedProducerIds();
    const found = await rows<SellableVariant>(
      this.em,
      `select v.id, v.product_id as "productId", p.name as "productName", p.producer_id as "producerId", v.sku, v.label,
         v.price_amount::float8 as "priceAmount", v.weight_grams as "weightGrams", v.stock,
         (p.status = 'PUBLISHED' and p.producer_id in (${approved.sql})) as "forSale"
       from product_variant v join product p on p.id = v.product_id where v.id = any(?)`,
      [...approved.params, variantIds],
    );
    return orderedBy(variantIds, found, (v) => v.id);
  }

  /** Locks the variants' rows in id order (for update), in `em`'s transaction. */
  async lock(em: EntityManager, variantIds: readonly string[]): Promise<void> {
    await rows(em, `select id from product_variant where id = any(?) order by id for update`, [[...new Set(variantIds)].sort()]);
  }

  /**
   * Moves units between buckets for every line, in `em`'s transaction (lock first). Throws
   * InsufficientStockError naming the first line whose source bucket is short; the caller rolls back.
   */
  async move(em: EntityManager, lines: readonly StockLine[], move: StockMove): Promise<void> {
    const { from, to } = MOVES[move];
    const merged = new Map<string, number>();
    for (const l of lines) merged.set(l.variantId, (merged.get(l.variantId) ?? 0) + l.quantity);
    const ids = [...merged.keys()].sort();
    if (ids.length === 0) return;
    // One statement for all lines (rows already locked in id order by lock()).
    const updated = await rows<{ id: string }>(
      em,
      `update product_variant v set ${from} = v.${from} - x.quantity, ${to} = v.${to} + x.quantity
       from unnest(?::text[], ?::int[]) as x(id, quantity)
       where v.id = x.id and v.${from} >= x.quantity returning v.id`,
      [ids, ids.map((id) => merged.get(id)!)],
    );
    if (updated.length < ids.length) {
      const done = new Set(updated.map((u) => u.id));
      throw new InsufficientStockError(ids.find((id) => !done.has(id))!, move);
    }
  }

  /** Buckets of variants (tests and admin views). */
  async buckets(variantIds: readonly string[]): Promise<{ id: string; stock: number; reserved: number; sold: number; onHand: number }[]> {
    return rows(this.em, `select id, stock, reserved, sold, on_hand as "onHand" from product_variant where id = any(?) order by id`, [variantIds]);
  }
}
