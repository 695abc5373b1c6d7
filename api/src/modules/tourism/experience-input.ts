import { sanitizeRichText } from '../../lib/rich-text.js';
import type { ProductService } from '../catalog/product.service.js';
import type { ExperienceRecord } from './experience-records.js';
import { tourismError, type TourismUserError } from './tourism-errors.js';
import type { ExperienceConfirmation, ExperienceProductRelation, UnitType } from './tourism-kinds.js';
import { cleanLabels, cleanLanguages } from './tourism-point.service.js';

/** What an operator sends to create or change an experience, and its checks. */

export interface PriceInput {
  unitType: UnitType;
  label?: string | null;
  amount: number;
  seats?: number | null;
  minAge?: number | null;
  maxAge?: number | null;
}

export interface ExperienceInput {
  name?: string | null;
  summary?: string | null;
  description?: string | null;
  durationMinutes?: number | null;
  included?: string[] | null;
  languages?: string[] | null;
  confirmation?: ExperienceConfirmation | null;
  bookingCutoffHours?: number | null;
  freeCancellationHours?: number | null;
  maxPartySize?: number | null;
  /** Replaces every price when given. */
  prices?: PriceInput[] | null;
  /** Replaces every product link when given. */
  products?: { productId: string | null; relation: ExperienceProductRelation }[] | null;
}

/** The checked values of an ExperienceInput: only the fields to write. */
export interface CheckedExperience {
  name?: string;
  summary?: string;
  description?: string;
  durationMinutes?: number;
  included?: string[];
  languages?: string[];
  confirmation?: ExperienceConfirmation;
  bookingCutoffHours?: number;
  freeCancellationHours?: number;
  maxPartySize?: number;
  prices?: PriceInput[];
  productLinks?: { productId: string; relation: ExperienceProductRelation }[];
}

/**
 * Checks an experience's fields, prices and product links (`current` null: a new experience, whose
 * name, duration and party size are required) and returns the values to write, or the errors.
 */
export async function checkExperienceInput(
  input: ExperienceInput,
  current: ExperienceRecord | null,
  products: ProductService,
): Promise<{ values: CheckedExperience } | { errors: TourismUserError[] }> {
  const errors: TourismUserError[] = [];
  const values: CheckedExperience = {};
  const name = input.name == null ? undefined : input.name.trim();
  if (name !== undefined || !current) {
    if (!name) errors.push(tourismError('name', 'NAME_REQUIRED', 'Give the experience a name.'));
    else if (name.length > 200) errors.push(tourismError('name', 'NAME_TOO_LONG', 'The name is longer than 200 characters.'));
    else values.name = name;
  }
  if (input.summary != null) values.summary = input.summary.trim().slice(0, 500);
  if (input.description != null) values.description = sanitizeRichText(input.description);
  const positive = (field: 'durationMinutes' | 'maxPartySize', code: 'DURATION_INVALID' | 'PARTY_SIZE_INVALID', max: number, message: string) => {
    const v = input[field];
    if (v == null) {
      if (!current) errors.push(tourismError(field, code, message));
      return;
    }
    if (!Number.isInteger(v) || v <= 0 || v > max) errors.push(tourismError(field, code, message));
    else values[field] = v;
  };
  positive('durationMinutes', 'DURATION_INVALID', 7 * 24 * 60, 'Give the duration in minutes (more than 0).');
  positive('maxPartySize', 'PARTY_SIZE_INVALID', 500, 'Give the largest party size (more than 0).');
  for (const field of ['bookingCutoffHours', 'freeCancellationHours'] as const) {
    const v = input[field];
    if (v == null) continue;
    if (!Number.isInteger(v) || v < 0 || v > 24 * 90) errors.push(tourismError(field, 'HOURS_INVALID', 'Give a whole number of hours, 0 or more.'));
    else values[field] = v;
  }
  if (input.confirmation) values.confirmation = input.confirmation;
  if (input.included != null) values.included = cleanLabels(input.included);
  if (input.languages != null) {
    const languages = cleanLanguages(input.languages);
    if (!languages || !languages.length) errors.push(tourismError('languages', 'INVALID_LANGUAGE', 'List languages as ISO 639-1 codes.'));
    else values.languages = languages;
  }
  if (input.prices != null) {
    const seen = new Set<UnitType>();
    input.prices.forEach((p, i) => {
      if (seen.has(p.unitType)) errors.push(tourismError(['prices', String(i), 'unitType'], 'DUPLICATE_UNIT_TYPE', `${p.unitType} is priced twice.`));
      seen.add(p.unitType);
      const ages = [p.minAge, p.maxAge].filter((a): a is number => a != null);
      if (!Number.isSafeInteger(p.amount) || p.amount < 0 || (p.seats != null && (!Number.isInteger(p.seats) || p.seats < 0 || p.seats > 50))
        || ages.some((a) => !Number.isInteger(a) || a < 0 || a > 120) || (p.minAge != null && p.maxAge != null && p.minAge > p.maxAge)) {
        errors.push(tourismError(['prices', String(i), 'amount'], 'PRICE_INVALID', 'Give an amount in đồng (0 or more), seats 0 or more and ages in order.'));
      }
    });
    values.prices = input.prices;
  }
  if (input.products != null) {
    const ids = input.products.map((l) => l.productId ?? '');
    // Only public products (published, approved producer) may be linked: the catalogue says which.
    const found = await products.byIds(ids);
    input.products.forEach((l, i) => {
      if (!found[i]) errors.push(tourismError(['products', String(i), 'productId'], 'PRODUCT_NOT_AVAILABLE', 'Link only published OCOP products.'));
    });
    values.productLinks = [...new Map(input.products.map((l) => [l.productId!, l])).values()].map((l) => ({ productId: l.productId!, relation: l.relation }));
  }
  return errors.length ? { errors } : { values };
}
