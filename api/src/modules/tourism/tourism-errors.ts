/** Stable codes of the tourism catalogue's expected failures (userErrors); nothing was written when one is returned. */
export const TOURISM_ERROR_CODES = [
  'NOT_FOUND',
  'OPERATOR_NOT_FOUND',
  'NAME_REQUIRED',
  'NAME_TOO_LONG',
  'PROVINCE_NOT_FOUND',
  'COMMUNE_NOT_FOUND',
  'INVALID_COORDINATES',
  'INVALID_LANGUAGE',
  'DURATION_INVALID',
  'PARTY_SIZE_INVALID',
  'HOURS_INVALID',
  'PRICE_INVALID',
  'PRICES_REQUIRED',
  'DUPLICATE_UNIT_TYPE',
  'PRODUCT_NOT_AVAILABLE',
  'DATE_RANGE_INVALID',
  'TIME_INVALID',
  'WEEKDAYS_REQUIRED',
  'TOO_MANY_SLOTS',
  'CAPACITY_INVALID',
  'CAPACITY_BELOW_BOOKED',
  'SLOT_TIME_TAKEN',
  'STARTS_IN_PAST',
  'STARS_INVALID',
  'NUMBER_REQUIRED',
  'CERTIFICATE_DATES_INVALID',
  'ALREADY_REVOKED',
] as const;
export type TourismErrorCode = (typeof TOURISM_ERROR_CODES)[number];

export interface TourismUserError {
  /** Path of the input at fault, e.g. ['prices', '1', 'amount']. */
  field: string[];
  code: TourismErrorCode;
  message: string;
}

export type TourismResult<T> = { result: T | null; userErrors: TourismUserError[] };

export const tourismError = (field: string | string[], code: TourismErrorCode, message: string): TourismUserError => ({
  field: Array.isArray(field) ? field : [field],
  code,
  message,
});

export const failedWith = <T>(...userErrors: TourismUserError[]): TourismResult<T> => ({ result: null, userErrors });
export const ok = <T>(result: T): TourismResult<T> => ({ result, userErrors: [] });
