import type { EntityManager } from '@mikro-orm/postgresql';
import { newId } from '../../lib/ids.js';
import { keysetPage, type KeysetPage } from '../../lib/keyset.js';
import { orderedBy, rows, type SqlFragment } from '../../lib/sql.js';
import { failed, succeeded, type Outcome } from '../../lib/user-errors.js';
import { assertProducerMember, ForbiddenError, isAdmin, producerRoleOf, signedIn, type Viewer } from '../accounts/viewer.js';
import type { ProductOwnership, ProductRecord, ProductService } from '../catalog/product.service.js';
import type { EvaluationRequestState } from './evaluation-request.entity.js';
import { evaluationRequestError } from './evaluation-request.errors.js';

export interface EvaluationRequestRecord {
  id: string;
  productId: string;
  state: EvaluationRequestState;
  submittedByUserId: string;
  submittedAt: Date;
  closedByUserId: string | null;
  closedAt: Date | null;
  rejectionReason: string | null;
  certificateId: string | null;
}

const COLUMNS = `r.id, r.product_id as "productId", r.state, r.submitted_by_user_id as "submittedByUserId",
  r.submitted_at as "submittedAt", r.closed_by_user_id as "closedByUserId", r.closed_at as "closedAt",
  r.rejection_reason as "rejectionReason", r.certificate_id as "certificateId"`;

/** A rejection reason is a sentence or a paragraph, not a document. */
export const MAX_REASON_LENGTH = 2000;

/**
 * Which products' requests a council member reviews: those of the current provinces of their
 * province councils (a product registered in a historic province belongs to its successor, as in
 * assertCouncilFor), and, for the ministry's council, any (it decides 5★ nationwide; its queue shows
 * the requests whose latest evaluation reached 5★). Admins review all.
 */
export interface ReviewScope {
  all: boolean;
  ministry: boolean;
  provinceIds: string[];
}

export function reviewScopeOf(viewer: Viewer | null): ReviewScope {
  const v = signedIn(viewer);
  const provinceIds = v.roles.flatMap((r) => (r.kind === 'COUNCIL_MEMBER' && r.councilLevel === 'PROVINCE' && r.provinceId ? [r.provinceId] : []));
  const ministry = v.roles.some((r) => r.kind === 'COUNCIL_MEMBER' && r.councilLevel === 'MINISTRY' && r.provinceId === null);
  return { all: isAdmin(v), ministry, provinceIds };
}

/** Whether the viewer's councils review products of `provinceId` (the product's current province). */
export function reviewsProvince(viewer: Viewer | null, provinceId: string): boolean {
  if (!viewer) return false;
  const scope = reviewScopeOf(viewer);
  return scope.all || scope.ministry || scope.provinceIds.includes(provinceId);
}

/** Who may see a request: the product's producer members, the councils that review its province, admins. */
export function canSeeRequest(viewer: Viewer | null, owner: ProductOwnership): boolean {
  return !!viewer && (producerRoleOf(viewer, owner.producerId) !== null || reviewsProvince(viewer, owner.currentProvinceId));
}

/**
 * A producer's request that a council evaluate a product, and the council queue. A request closes
 * when the producer withdraws it, a council rejects it, or a certificate is recognised for the
 * product (certification.commands.ts closes it in the same transaction as the recognition).
 */
export class EvaluationRequestService {
  constructor(
    private readonly em: EntityManager,
    private readonly products: ProductService,
  ) {}

  async byIds(ids: readonly string[]): Promise<(EvaluationRequestRecord | undefined)[]> {
    const found = await rows<EvaluationRequestRecord>(this.em, `select ${COLUMNS} from evaluation_request r where r.id = any(?)`, [ids]);
    return orderedBy(ids, found, (r) => r.id);
  }

  /** The open request of each product, if any (for a DataLoader). */
  async openForProducts(productIds: readonly string[]): Promise<(EvaluationRequestRecord | undefined)[]> {
    const found = await rows<EvaluationRequestRecord>(
      this.em,
      `select ${COLUMNS} from evaluation_request r where r.product_id = any(?) and r.state = 'OPEN'`,
      [productIds],
    );
    return orderedBy(productIds, found, (r) => r.productId);
  }

  /** SQL: whether the product `productIdSql` was ever submitted for evaluation. */
  everSubmitted(productIdSql: string): SqlFragment {
    return { sql: `exists (select 1 from evaluation_request er where er.product_id = ${productIdSql})`, params: [] };
  }

  /**
   * Open requests the viewer's councils review, oldest first (ids are time-sortable: submission
   * order). Province councils: products of their provinces; the ministry: products whose latest
   * evaluation earned 5★ (only it may recognise them); admins: all. One statement per page.
   */
  async queue(viewer: Viewer | null, options: { first: number; after: string | null }): Promise<KeysetPage<EvaluationRequestRecord>> {
    const scope = reviewScopeOf(viewer);
    const conditions: SqlFragment[] = [];
    if (!scope.all) {
      const province = this.products.currentProvinceIdOfProduct('r.product_id');
      conditions.push({ sql: `${province.sql} = any(?::text[])`, params: [...province.params, scope.provinceIds] });
      if (scope.ministry) {
        conditions.push({
          sql: `(select e.stars from evaluation e where e.product_id = r.product_id order by e.evaluated_on desc, e.id desc limit 1) >= 5`,
          params: [],
        });
      }
    }
    const where = conditions.length ? `and (${conditions.map((c) => c.sql).join(' or ')})` : '';
    return keysetPage<EvaluationRequestRecord>(this.em, {
      select: `select ${COLUMNS} from evaluation_request r where r.state = 'OPEN' ${where}`,
      params: conditions.flatMap((c) => c.params),
      keys: [{ column: 'id', type: 'text' }],
      descending: false,
      first: options.first,
      after: options.after,
    });
  }

  /**
   * A product a council may open for review, whatever its status: one of a province it reviews that
   * is public or was submitted for evaluation. Null otherwise (unknown, or not the viewer's to see).
   */
  async productForReview(viewer: Viewer | null, productId: string | null): Promise<ProductRecord | null> {
    signedIn(viewer);
    const owner = productId ? await this.products.ownership(productId) : null;
    if (!owner || !reviewsProvince(viewer, owner.currentProvinceId)) return null;
    const visible = this.products.isPublicProduct('?');
    const submitted = this.everSubmitted('?');
    const [row] = await rows<{ ok: boolean }>(this.em, `select (${visible.sql}) or (${submitted.sql}) as ok`, [
      owner.productId,
      ...visible.params,
      owner.productId,
    ]);
    if (!row?.ok) return null;
    const [product] = await this.products.byIdsAnyStatus([owner.productId]);
    return product ?? null;
  }

  /** A producer member asks for an evaluation of one of its products (draft or published). */
  async submit(viewer: Viewer | null, productId: string | null): Promise<Outcome<EvaluationRequestRecord>> {
    const v = signedIn(viewer);
    const owner = productId ? await this.products.ownership(productId) : null;
    if (!owner) return failed(evaluationRequestError('NOT_FOUND', 'productId', 'There is no such product.'));
    assertProducerMember(v, owner.producerId);
    const [product] = await this.products.byIdsAnyStatus([owner.productId]);
    if (product?.status === 'ARCHIVED') {
      return failed(evaluationRequestError('PRODUCT_ARCHIVED', 'productId', 'An archived product cannot be submitted; publish it or save it as a draft first.'));
    }
    const id = newId('evaluationRequest');
    // The partial unique index keeps one open request per product, also under concurrent submissions.
    const [inserted] = await rows<EvaluationRequestRecord>(
      this.em,
      `insert into evaluation_request as r (id, product_id, state, submitted_by_user_id, submitted_at)
       values (?, ?, 'OPEN', ?, now())
       on conflict (product_id) where state = 'OPEN' do nothing
       returning ${COLUMNS}`,
      [id, owner.productId, v.userId],
    );
    if (!inserted) return failed(evaluationRequestError('ALREADY_SUBMITTED', 'productId', 'This product already awaits an evaluation.'));
    return succeeded(inserted);
  }

  /** The producer takes back its open request. */
  async withdraw(viewer: Viewer | null, requestId: string | null): Promise<Outcome<EvaluationRequestRecord>> {
    const v = signedIn(viewer);
    const found = await this.requestWithOwner(requestId);
    if (!found) return failed(evaluationRequestError('NOT_FOUND', 'requestId', 'There is no such evaluation request.'));
    assertProducerMember(v, found.owner.producerId);
    return this.close(found.request.id, { state: 'WITHDRAWN', by: v.userId, reason: null });
  }

  /** A council that reviews the product's province turns the request down, saying why. */
  async reject(viewer: Viewer | null, input: { requestId: string | null; reason: string }): Promise<Outcome<EvaluationRequestRecord>> {
    const v = signedIn(viewer);
    const found = await this.requestWithOwner(input.requestId);
    if (!found) return failed(evaluationRequestError('NOT_FOUND', 'requestId', 'There is no such evaluation request.'));
    if (!reviewsProvince(v, found.owner.currentProvinceId)) throw new ForbiddenError("Only a council that reviews this product's province can reject its request.");
    const reason = input.reason.trim();
    if (!reason) return failed(evaluationRequestError('REQUIRED', 'reason', 'A rejection needs its reason.'));
    if (reason.length > MAX_REASON_LENGTH) return failed(evaluationRequestError('TOO_LONG', 'reason', `The reason takes at most ${MAX_REASON_LENGTH} characters.`));
    return this.close(found.request.id, { state: 'REJECTED', by: v.userId, reason });
  }

  private async requestWithOwner(requestId: string | null): Promise<{ request: EvaluationRequestRecord; owner: ProductOwnership } | null> {
    const [request] = requestId ? await this.byIds([requestId]) : [];
    if (!request) return null;
    const owner = await this.products.ownership(request.productId);
    return owner ? { request, owner } : null;
  }

  private async close(id: string, change: { state: 'WITHDRAWN' | 'REJECTED'; by: string; reason: string | null }): Promise<Outcome<EvaluationRequestRecord>> {
    const [closed] = await rows<EvaluationRequestRecord>(
      this.em,
      `update evaluation_request r set state = ?, closed_at = now(), closed_by_user_id = ?, rejection_reason = ?
       where r.id = ? and r.state = 'OPEN' returning ${COLUMNS}`,
      [change.state, change.by, change.reason, id],
    );
    if (!closed) return failed(evaluationRequestError('REQUEST_CLOSED', 'requestId', 'This request is no longer open.'));
    return succeeded(closed);
  }
}

/** Closes the product's open request as DECIDED by `certificateId` (inside the recognition's transaction). */
export async function closeOpenRequestByDecision(em: EntityManager, productId: string, certificateId: string, userId: string | null): Promise<void> {
  await rows(
    em,
    `update evaluation_request set state = 'DECIDED', certificate_id = ?, closed_at = now(), closed_by_user_id = ?
     where product_id = ? and state = 'OPEN'`,
    [certificateId, userId, productId],
  );
}
