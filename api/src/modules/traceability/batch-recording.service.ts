import { assertProducerMember, signedIn, type Viewer } from '../accounts/viewer.js';
import type { ProductService } from '../catalog/product.service.js';
import type { ProvinceService } from '../places/province.service.js';
import { validateBatchInput, type BatchUserError, type RecordBatchInput } from './batch-rules.js';
import type { BatchRecord, TraceabilityService } from './traceability.service.js';

export interface BatchRequest extends Omit<RecordBatchInput, 'productId' | 'rawMaterialProvinceId'> {
  /** Null when the client's id named no product (a malformed or other-type global id). */
  productId: string | null;
  /** Two-digit code of the current province the raw material comes from, if known. */
  rawMaterialProvinceCode?: string | null;
}

export type BatchResult = { batch: BatchRecord | null; userErrors: BatchUserError[] };

/**
 * A producer's staff record a production batch: only members of the product's producer (or an admin)
 * may, checked before anything is written (FORBIDDEN otherwise). The batch rules stay in
 * TraceabilityService.recordBatch.
 */
export class BatchRecordingService {
  constructor(
    private readonly traceability: TraceabilityService,
    private readonly products: ProductService,
    private readonly provinces: ProvinceService,
  ) {}

  async record(viewer: Viewer | null, request: BatchRequest, options: { today: string }): Promise<BatchResult> {
    signedIn(viewer);
    const owner = request.productId ? await this.products.ownership(request.productId) : null;
    if (!owner) return { batch: null, userErrors: [{ field: ['productId'], code: 'NOT_FOUND', message: 'There is no such product.' }] };
    assertProducerMember(viewer, owner.producerId);

    const { rawMaterialProvinceCode: code, ...fields } = request;
    const input: RecordBatchInput = { ...fields, productId: owner.productId, rawMaterialProvinceId: null };
    if (code != null && code.trim() !== '') {
      const province = await this.provinces.currentByCode(code.trim());
      if (!province) {
        // Report it with the other rule violations, all at once.
        const checked = validateBatchInput(input, options.today);
        const unknown: BatchUserError = { field: ['rawMaterialProvinceCode'], code: 'PROVINCE_NOT_FOUND', message: `No current province has code "${code}".` };
        return { batch: null, userErrors: [...(checked.ok ? [] : checked.userErrors), unknown] };
      }
      input.rawMaterialProvinceId = province.id;
    }
    const result = await this.traceability.recordBatch(input, options);
    return {
      batch: result.batch,
      userErrors: result.userErrors.map((e) => (e.field[0] === 'rawMaterialProvinceId' ? { ...e, field: ['rawMaterialProvinceCode'] } : e)),
    };
  }
}
