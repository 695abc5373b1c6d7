/**
 * The rules a production batch must satisfy before it is recorded. Pure: the service runs them, and
 * the `batchRecord` mutation returns their userErrors unchanged.
 */

export const BATCH_ERROR_CODES = [
  'LOT_CODE_REQUIRED',
  'LOT_CODE_TOO_LONG',
  'DUPLICATE_LOT_CODE',
  'INVALID_DATE',
  'PRODUCTION_DATE_IN_FUTURE',
  'EXPIRY_BEFORE_PRODUCTION',
  'NEGATIVE_QUANTITY',
  'INVALID_QUANTITY',
  'UNIT_REQUIRED',
  'TOO_LONG',
  'PRODUCT_NOT_FOUND',
  'PROVINCE_NOT_FOUND',
  'NOT_FOUND',
] as const;
export type BatchErrorCode = (typeof BATCH_ERROR_CODES)[number];

export interface BatchUserError {
  /** Path of the input field at fault, e.g. ['expiryDate']. */
  field: string[];
  code: BatchErrorCode;
  message: string;
}

export interface RecordBatchInput {
  productId: string;
  lotCode: string;
  /** 'YYYY-MM-DD' */
  productionDate: string;
  /** 'YYYY-MM-DD'; null or absent for goods that do not expire. */
  expiryDate?: string | null;
  quantity: number;
  unit: string;
  rawMaterialOrigin?: string | null;
  rawMaterialProvinceId?: string | null;
  notes?: string | null;
}

export interface ValidBatchInput {
  productId: string;
  lotCode: string;
  productionDate: string;
  expiryDate: string | null;
  quantity: number;
  unit: string;
  rawMaterialOrigin: string;
  rawMaterialProvinceId: string | null;
  notes: string;
}

const LIMITS = { lotCode: 64, unit: 32, rawMaterialOrigin: 500, notes: 2000 } as const;
/** The column is a PostgreSQL integer. */
const MAX_QUANTITY = 2_147_483_647;

/** A real calendar day written 'YYYY-MM-DD' (rejects 2026-02-30). */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

export function validateBatchInput(
  input: RecordBatchInput,
  today: string,
): { ok: true; value: ValidBatchInput } | { ok: false; userErrors: BatchUserError[] } {
  const errors: BatchUserError[] = [];
  const fail = (field: string, code: BatchErrorCode, message: string) => errors.push({ field: [field], code, message });

  const lotCode = input.lotCode.trim();
  if (!lotCode) fail('lotCode', 'LOT_CODE_REQUIRED', 'A lot code is required.');
  else if (lotCode.length > LIMITS.lotCode) fail('lotCode', 'LOT_CODE_TOO_LONG', `A lot code has at most ${LIMITS.lotCode} characters.`);

  const productionOk = isIsoDate(input.productionDate);
  if (!productionOk) fail('productionDate', 'INVALID_DATE', 'The production date must be a real day written YYYY-MM-DD.');
  else if (input.productionDate > today) fail('productionDate', 'PRODUCTION_DATE_IN_FUTURE', 'The production date cannot be after today.');

  const expiryDate = input.expiryDate ?? null;
  if (expiryDate !== null) {
    if (!isIsoDate(expiryDate)) fail('expiryDate', 'INVALID_DATE', 'The expiry date must be a real day written YYYY-MM-DD.');
    else if (productionOk && expiryDate < input.productionDate) {
      fail('expiryDate', 'EXPIRY_BEFORE_PRODUCTION', 'The expiry date cannot be before the production date.');
    }
  }

  if (!Number.isInteger(input.quantity) || input.quantity > MAX_QUANTITY) {
    fail('quantity', 'INVALID_QUANTITY', 'The quantity must be a whole number.');
  } else if (input.quantity < 0) {
    fail('quantity', 'NEGATIVE_QUANTITY', 'The quantity cannot be negative.');
  }

  const unit = input.unit.trim();
  if (!unit) fail('unit', 'UNIT_REQUIRED', 'Say what the quantity counts, e.g. "hộp".');
  else if (unit.length > LIMITS.unit) fail('unit', 'TOO_LONG', `A unit has at most ${LIMITS.unit} characters.`);

  const rawMaterialOrigin = (input.rawMaterialOrigin ?? '').trim();
  if (rawMaterialOrigin.length > LIMITS.rawMaterialOrigin) {
    fail('rawMaterialOrigin', 'TOO_LONG', `The raw-material origin has at most ${LIMITS.rawMaterialOrigin} characters.`);
  }
  const notes = (input.notes ?? '').trim();
  if (notes.length > LIMITS.notes) fail('notes', 'TOO_LONG', `Notes have at most ${LIMITS.notes} characters.`);

  if (errors.length) return { ok: false, userErrors: errors };
  return {
    ok: true,
    value: {
      productId: input.productId,
      lotCode,
      productionDate: input.productionDate,
      expiryDate,
      quantity: input.quantity,
      unit,
      rawMaterialOrigin,
      rawMaterialProvinceId: input.rawMaterialProvinceId ?? null,
      notes,
    },
  };
}
