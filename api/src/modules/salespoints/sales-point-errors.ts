export const SALES_POINT_ERROR_CODES = [
  'NOT_FOUND',
  'NAME_REQUIRED',
  'NAME_TOO_LONG',
  'PROVINCE_NOT_FOUND',
  'COMMUNE_NOT_FOUND',
  'INVALID_EMAIL',
  'INVALID_PHONE',
  /** A physical point needs both latitude and longitude. */
  'COORDINATES_REQUIRED',
  'COORDINATES_INVALID',
  /** An online channel needs its https URL. */
  'URL_REQUIRED',
  'URL_INVALID',
  'OPENING_HOURS_INVALID',
  'TIME_ZONE_INVALID',
  /** Only pending points can be rejected; approved ones stay. */
  'ALREADY_APPROVED',
  'PRODUCT_NOT_FOUND',
  /** Products are listed at approved points only. */
  'POINT_NOT_APPROVED',
  /** The product is already requested or confirmed at this point. */
  'ALREADY_LISTED',
  'LISTING_NOT_FOUND',
  /** Only a REQUESTED listing can be confirmed or rejected. */
  'LISTING_NOT_REQUESTED',
  /** Stock levels are kept for CONFIRMED listings only. */
  'LISTING_NOT_CONFIRMED',
] as const;
export type SalesPointErrorCode = (typeof SALES_POINT_ERROR_CODES)[number];

export interface SalesPointUserError {
  field: string[];
  code: SalesPointErrorCode;
  message: string;
}

export const spError = (field: string | null, code: SalesPointErrorCode, message: string): SalesPointUserError => ({ field: field ? [field] : [], code, message });
