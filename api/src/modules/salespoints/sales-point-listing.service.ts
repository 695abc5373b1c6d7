import type { EntityManager } from '@mikro-orm/postgresql';
import { rows } from '../../lib/sql.js';
import type { ProductService } from '../catalog/product.service.js';
import { assertProducerMember, assertSalesPointManager, isAdmin, signedIn, type Viewer } from '../accounts/viewer.js';
import { spError, type SalesPointUserError } from './sales-point-errors.js';
import type { ListingState, StockLevel } from './sales-point-kind.js';
import { LISTING_COLUMNS, type ListingRecord, type SalesPointService } from './sales-point.service.js';

export type ListingResult = { listing: ListingRecord | null; userErrors: SalesPointUserError[] };

export interface ListingKey {
  salesPointId: string | null;
  productId: string | null;
}

const fail = (error: SalesPointUserError): ListingResult => ({ listing: null, userErrors: [error] });

/**
 * Which products a point carries. A member of the product's producer requests a listing (at an
 * approved point; again after a rejection) and may withdraw it; the point's manager or an admin
 * confirms or rejects a request and keeps the stock level of confirmed ones. Each change is one
 * conditional statement, so two managers deciding at once cannot both win.
 */
export class SalesPointListingService {
  constructor(
    private readonly em: EntityManager,
    private readonly salesPoints: SalesPointService,
    private readonly products: ProductService,
    private readonly now: () => Date,
  ) {}

  /** For the manager's view of a point's requests: its managers and admins. */
  assertMayManage(viewer: Viewer | null, salesPointId: string): void {
    assertSalesPointManager(viewer, salesPointId);
  }

  async request(viewer: Viewer | null, key: ListingKey, stockLevel: StockLevel | null): Promise<ListingResult> {
    const producerCheck = await this.checkProducer(viewer, key.productId);
    if (producerCheck) return producerCheck;
    const [point] = key.salesPointId ? await this.salesPoints.byIds([key.salesPointId]) : [];
    if (!point) return fail(spError('salesPointId', 'NOT_FOUND', 'There is no such sales point.'));
    if (!point.approvedAt) return fail(spError('salesPointId', 'POINT_NOT_APPROVED', 'This sales point is not approved yet.'));
    const at = this.now();
    const [listing] = await rows<ListingRecord>(
      this.em,
      `insert into sales_point_product as l (point_id, product_id, state, stock_level, requested_by_id, created_at, updated_at)
       values (?, ?, 'REQUESTED', ?, ?, ?, ?)
       on conflict (point_id, product_id) do update
         set state = 'REQUESTED', stock_level = excluded.stock_level, requested_by_id = excluded.requested_by_id,
             decided_by_id = null, decided_at = null, updated_at = excluded.updated_at
         where l.state = 'REJECTED'
       returning ${LISTING_COLUMNS}`,
      [point.id, key.productId, stockLevel, viewer!.userId, at, at],
    );
    if (!listing) return fail(spError('productId', 'ALREADY_LISTED', 'This product is already requested or listed at this point.'));
    return { listing, userErrors: [] };
  }

  /** The producer takes its product off the point (a request, a confirmed or a rejected listing). */
  async withdraw(viewer: Viewer | null, key: ListingKey): Promise<ListingResult> {
    const producerCheck = await this.checkProducer(viewer, key.productId);
    if (producerCheck) return producerCheck;
    const [listing] = await rows<ListingRecord>(
      this.em,
      `delete from sales_point_product l where l.point_id = ? and l.product_id = ? returning ${LISTING_COLUMNS}`,
      [key.salesPointId, key.productId],
    );
    if (!listing) return fail(spError('productId', 'LISTING_NOT_FOUND', 'This product is not requested or listed at this point.'));
    return { listing, userErrors: [] };
  }

  confirm(viewer: Viewer | null, key: ListingKey, stockLevel: StockLevel | null): Promise<ListingResult> {
    return this.decide(viewer, key, 'CONFIRMED', stockLevel);
  }

  reject(viewer: Viewer | null, key: ListingKey): Promise<ListingResult> {
    return this.decide(viewer, key, 'REJECTED', null);
  }

  /** The manager reports how much of a confirmed product the point has (null: not said). */
  async updateStock(viewer: Viewer | null, key: ListingKey, stockLevel: StockLevel | null): Promise<ListingResult> {
    assertSalesPointManager(viewer, key.salesPointId ?? '');
    const [listing] = await rows<ListingRecord>(
      this.em,
      `update sales_point_product l set stock_level = ?, updated_at = ? where l.point_id = ? and l.product_id = ? and l.state = 'CONFIRMED' returning ${LISTING_COLUMNS}`,
      [stockLevel, this.now(), key.salesPointId, key.productId],
    );
    if (listing) return { listing, userErrors: [] };
    return fail(await this.whyNot(key, 'LISTING_NOT_CONFIRMED'));
  }

  private async decide(viewer: Viewer | null, key: ListingKey, state: ListingState, stockLevel: StockLevel | null): Promise<ListingResult> {
    const manager = assertSalesPointManager(viewer, key.salesPointId ?? '');
    const at = this.now();
    const [listing] = await rows<ListingRecord>(
      this.em,
      `update sales_point_product l set state = ?, stock_level = coalesce(?, l.stock_level), decided_by_id = ?, decided_at = ?, updated_at = ?
       where l.point_id = ? and l.product_id = ? and l.state = 'REQUESTED' returning ${LISTING_COLUMNS}`,
      [state, state === 'CONFIRMED' ? stockLevel : null, manager.userId, at, at, key.salesPointId, key.productId],
    );
    if (listing) return { listing, userErrors: [] };
    return fail(await this.whyNot(key, 'LISTING_NOT_REQUESTED'));
  }

  private async whyNot(key: ListingKey, otherwise: 'LISTING_NOT_REQUESTED' | 'LISTING_NOT_CONFIRMED'): Promise<SalesPointUserError> {
    const existing = key.salesPointId && key.productId ? await this.salesPoints.listing(key.salesPointId, key.productId) : null;
    if (!existing) return spError('productId', 'LISTING_NOT_FOUND', 'This product is not requested or listed at this point.');
    return otherwise === 'LISTING_NOT_REQUESTED'
      ? spError('productId', otherwise, `This listing is ${existing.state.toLowerCase()}, not waiting for a decision.`)
      : spError('productId', otherwise, 'Stock levels are kept for confirmed listings only.');
  }

  /** Members of the product's producer (or admins); unknown products are FORBIDDEN for others, as foreign ones are. */
  private async checkProducer(viewer: Viewer | null, productId: string | null): Promise<ListingResult | null> {
    const v = signedIn(viewer);
    const ownership = productId ? await this.products.ownership(productId) : null;
    if (!ownership) {
      if (!isAdmin(v)) assertProducerMember(v, '');
      return fail(spError('productId', 'PRODUCT_NOT_FOUND', 'There is no such product.'));
    }
    assertProducerMember(v, ownership.producerId);
    return null;
  }
}
