import type { EntityManager } from '@mikro-orm/postgresql';
import { newId } from '../../lib/ids.js';
import { orderedBy, rows } from '../../lib/sql.js';
import { validateBatchInput, type BatchUserError, type RecordBatchInput, type ValidBatchInput } from './batch-rules.js';
import { newTraceCode, normaliseTraceCode } from './trace-code.js';

/** A stored batch: the checked input plus its id and public trace code. */
export interface BatchRecord extends ValidBatchInput {
  id: string;
  traceCode: string;
}

/** Keyset position in a product's batches, newest production first. */
export interface BatchPosition {
  productionDate: string;
  id: string;
}

export interface BatchPage {
  items: BatchRecord[];
  totalCount: number;
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  cursorOf(batch: BatchRecord): string;
}

export const batchCursorKey = (b: BatchRecord | BatchPosition) => JSON.stringify([b.productionDate, b.id]);

const COLUMNS = `b.id, b.product_id as "productId", b.lot_code as "lotCode", b.production_date::text as "productionDate",
  b.expiry_date::text as "expiryDate", b.quantity, b.unit, b.raw_material_origin as "rawMaterialOrigin",
  b.raw_material_province_id as "rawMaterialProvinceId", b.notes, b.trace_code as "traceCode"`;

/** How often a new trace code is drawn when the random one is taken (at 50 bits, practically never). */
const TRACE_CODE_ATTEMPTS = 3;

export class TraceabilityService {
  constructor(
    private readonly em: EntityManager,
    private readonly drawTraceCode: () => string = newTraceCode,
  ) {}

  /**
   * Records a production batch of a product. Rules are checked first and reported all at once as
   * userErrors; uniqueness (lot code per product, trace code) is left to the database's constraints,
   * so two producers' clerks recording the same lot at once cannot both succeed.
   * Who may record a batch (the product's producer) is checked by BatchRecordingService before this.
   */
  async recordBatch(
    input: RecordBatchInput,
    options: { today: string },
  ): Promise<{ batch: BatchRecord | null; userErrors: BatchUserError[] }> {
    const checked = validateBatchInput(input, options.today);
    if (!checked.ok) return { batch: null, userErrors: checked.userErrors };
    const v = checked.value;
    for (let attempt = 0; attempt < TRACE_CODE_ATTEMPTS; attempt++) {
      let inserted: BatchRecord[];
      try {
        inserted = await rows<BatchRecord>(
          this.em,
          `insert into batch as b (id, product_id, lot_code, production_date, expiry_date, quantity, unit,
             raw_material_origin, raw_material_province_id, notes, trace_code, created_at)
           values (?, ?, ?, ?::date, ?::date, ?, ?, ?, ?, ?, ?, now())
           on conflict do nothing
           returning ${COLUMNS}`,
          [
            newId('batch'), v.productId, v.lotCode, v.productionDate, v.expiryDate, v.quantity, v.unit,
            v.rawMaterialOrigin, v.rawMaterialProvinceId, v.notes, this.drawTraceCode(),
          ],
        );
      } catch (e) {
        const constraint = (e as { code?: string; constraint?: string }).code === '23503' ? (e as { constraint?: string }).constraint : undefined;
        if (constraint === 'batch_product_id_foreign') {
          return { batch: null, userErrors: [{ field: ['productId'], code: 'PRODUCT_NOT_FOUND', message: 'No such product.' }] };
        }
        if (constraint === 'batch_raw_material_province_id_foreign') {
          return {
            batch: null,
            userErrors: [{ field: ['rawMaterialProvinceId'], code: 'PROVINCE_NOT_FOUND', message: 'No such province.' }],
          };
        }
        throw e;
      }
      if (inserted[0]) return { batch: inserted[0], userErrors: [] };
      // Nothing inserted: either the lot is already recorded, or the drawn trace code was taken.
      const [existing] = await rows<{ id: string }>(
        this.em,
        `select id from batch where product_id = ? and lot_code = ?`,
        [v.productId, v.lotCode],
      );
      if (existing) {
        return {
          batch: null,
          userErrors: [
            { field: ['lotCode'], code: 'DUPLICATE_LOT_CODE', message: `Lot "${v.lotCode}" is already recorded for this product.` },
          ],
        };
      }
    }
    throw new Error(`no free trace code after ${TRACE_CODE_ATTEMPTS} attempts`);
  }

  /** The batch a QR or a typed code points to; null when the code is malformed or unknown. */
  async byTraceCode(code: string): Promise<BatchRecord | null> {
    const normalised = normaliseTraceCode(code);
    if (!normalised) return null;
    const [found] = await rows<BatchRecord>(this.em, `select ${COLUMNS} from batch b where b.trace_code = ?`, [normalised]);
    return found ?? null;
  }

  async byIds(ids: readonly string[]): Promise<(BatchRecord | undefined)[]> {
    const found = await rows<BatchRecord>(this.em, `select ${COLUMNS} from batch b where b.id = any(?)`, [ids]);
    return orderedBy(ids, found, (b) => b.id);
  }

  /**
   * One page of batches for each product, newest production first, in one statement whatever the
   * number of products (for a DataLoader). Totals count every batch of the product, even when the
   * page after `after` is empty.
   */
  async batchesForProducts(
    productIds: readonly string[],
    page: { first: number; after: BatchPosition | null },
  ): Promise<BatchPage[]> {
    const { first, after } = page;
    const found = await rows<Partial<BatchRecord> & { forProduct: string; totalCount: number }>(
      this.em,
      `with totals as (
         select product_id, count(*)::int as total from batch where product_id = any(?) group by product_id
       ), paged as (
         select ${COLUMNS},
                row_number() over (partition by b.product_id order by b.production_date desc, b.id desc) as rn
         from batch b
         where b.product_id = any(?) and (?::date is null or (b.production_date, b.id) < (?::date, ?::text))
       )
       select t.product_id as "forProduct", t.total as "totalCount", p.*
       from totals t left join paged p on p."productId" = t.product_id and p.rn <= ?
       order by t.product_id, p.rn`,
      [productIds, productIds, after?.productionDate ?? null, after?.productionDate ?? null, after?.id ?? null, first + 1],
    );
    const byProduct = new Map<string, { total: number; items: BatchRecord[] }>();
    for (const row of found) {
      const entry = byProduct.get(row.forProduct) ?? { total: row.totalCount, items: [] };
      byProduct.set(row.forProduct, entry);
      if (row.id) {
        const { forProduct: _, totalCount: __, rn: ___, ...batch } = row as BatchRecord & { forProduct: string; totalCount: number; rn: string };
        entry.items.push(batch);
      }
    }
    return productIds.map((id) => {
      const entry = byProduct.get(id) ?? { total: 0, items: [] };
      return {
        items: entry.items.slice(0, first),
        totalCount: entry.total,
        hasNextPage: entry.items.length > first,
        hasPreviousPage: after != null,
        cursorOf: batchCursorKey,
      };
    });
  }
}
