import { parse as parseCsv } from 'csv-parse/sync';
import { z } from 'zod';
import { PRODUCT_GROUPS, type ProductGroup } from '../../modules/catalog/product-group.js';
import { PRODUCER_KINDS, type ProducerKind } from '../../modules/producers/producer-kind.js';

/**
 * The catalogue exchange format: one row per certified product, as provinces publish their lists.
 * CSV (UTF-8, header row, comma-separated) or JSON Lines with the same keys. Documented in README.
 */
export const COLUMNS = [
  'province_code', 'producer_name', 'producer_kind', 'producer_registration_number', 'product_name', 'product_group',
  'product_set_code', 'stars', 'certificate_number', 'decision_date', 'issued_by', 'price', 'variant_label', 'sku',
] as const;

const KIND_ALIASES: Record<string, ProducerKind> = {
  htx: 'COOPERATIVE', 'hop tac xa': 'COOPERATIVE',
  tht: 'COOPERATIVE_GROUP', 'to hop tac': 'COOPERATIVE_GROUP',
  dn: 'ENTERPRISE', 'doanh nghiep': 'ENTERPRISE', 'cong ty': 'ENTERPRISE',
  hkd: 'HOUSEHOLD_BUSINESS', 'ho kinh doanh': 'HOUSEHOLD_BUSINESS', 'ho san xuat': 'HOUSEHOLD_BUSINESS',
};
const ROMAN: Record<string, ProductGroup> = { I: 'FOOD', II: 'BEVERAGES', III: 'HERBAL', IV: 'HANDICRAFTS', V: 'ORNAMENTAL', VI: 'TOURISM' };

const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase().trim();
const text = (max: number) => z.string().trim().min(1, 'is required').max(max, `is longer than ${max} characters`);
const optionalText = (max: number) =>
  z.string().trim().max(max, `is longer than ${max} characters`).optional().transform((v) => (v ? v : null));

/** "2023-05-02" or "02/05/2023" → "2023-05-02"; real calendar days only. */
const isoDate = z.string().trim().transform((value, ctx) => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) ?? /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(value);
  const [y, mo, d] = m ? (m[1]!.length === 4 ? [m[1], m[2], m[3]] : [m[3], m[2], m[1]]) : [];
  const iso = `${y}-${mo}-${d}`;
  if (!m || Number.isNaN(Date.parse(iso)) || new Date(iso).toISOString().slice(0, 10) !== iso) {
    ctx.addIssue({ code: 'custom', message: `"${value}" is not a date (YYYY-MM-DD or DD/MM/YYYY)` });
    return z.NEVER;
  }
  return iso;
});

/** Integer đồng; "125.000", "125 000" and "125000 ₫" are read as 125000; decimals like "12.5" are refused. */
const dong = z.union([z.number(), z.string()]).transform((value, ctx) => {
  const raw = String(value).trim().replace(/\s*(₫|đ|vnd)$/i, '');
  const grouped = /^\d{1,3}([. ]\d{3})+$/.test(raw) ? raw.replace(/[. ]/g, '') : raw;
  const n = Number(grouped);
  if (!/^\d+$/.test(grouped) || !Number.isSafeInteger(n) || n <= 0) {
    ctx.addIssue({ code: 'custom', message: `"${value}" is not a positive whole number of đồng` });
    return z.NEVER;
  }
  return n;
});

export const importRowSchema = z.object({
  province_code: z.string().trim().regex(/^\d{2}$/, 'must be a two-digit province code'),
  producer_name: text(200),
  producer_kind: z.string().trim().transform((value, ctx) => {
    const kind = (PRODUCER_KINDS as readonly string[]).includes(value.toUpperCase()) ? (value.toUpperCase() as ProducerKind) : KIND_ALIASES[fold(value)];
    if (!kind) ctx.addIssue({ code: 'custom', message: `"${value}" is not a producer kind (HTX, THT, DN, HKD or ${PRODUCER_KINDS.join(', ')})` });
    return kind ?? z.NEVER;
  }),
  producer_registration_number: optionalText(30),
  product_name: text(200),
  product_group: z.string().trim().transform((value, ctx) => {
    const group = (PRODUCT_GROUPS as readonly string[]).includes(value.toUpperCase()) ? (value.toUpperCase() as ProductGroup) : ROMAN[value.toUpperCase()];
    if (!group) ctx.addIssue({ code: 'custom', message: `"${value}" is not an OCOP group (I–VI or ${PRODUCT_GROUPS.join(', ')})` });
    return group ?? z.NEVER;
  }),
  product_set_code: z.string().trim().regex(/^(0[1-9]|1\d|2[0-6])$/, 'must be a product set code 01–26').optional().or(z.literal('').transform(() => undefined)),
  stars: z.coerce.number().int('must be a whole number').min(3, 'must be 3 to 5: only 3★–5★ are certified OCOP').max(5, 'must be 3 to 5'),
  certificate_number: text(100),
  decision_date: isoDate,
  issued_by: optionalText(200),
  price: dong,
  variant_label: optionalText(100),
  sku: optionalText(64),
});

export type ImportRow = z.infer<typeof importRowSchema>;

export interface RowError {
  /** 1-based data row number (the CSV header is row 0; JSONL counts lines from 1). */
  row: number;
  field: string;
  message: string;
}

/** Reads CSV or JSON Lines into raw records (strings), keeping the file's row numbers. */
export function readRecords(content: string, format: 'csv' | 'jsonl'): { row: number; record: Record<string, unknown> }[] {
  if (format === 'jsonl') {
    return content
      .split(/\r?\n/)
      .map((line, i) => ({ line: line.trim(), row: i + 1 }))
      .filter(({ line }) => line !== '')
      .map(({ line, row }) => {
        let value: unknown;
        try {
          value = JSON.parse(line);
        } catch {
          return { row, record: { __invalidJson: 'is not valid JSON' } };
        }
        // A line of valid JSON that is not an object (null, 12, "x", [..]) is no record either.
        if (value === null || typeof value !== 'object' || Array.isArray(value)) return { row, record: { __invalidJson: 'is not a JSON object' } };
        return { row, record: value as Record<string, unknown> };
      });
  }
  const records = parseCsv(content.replace(/^\uFEFF/, ''), { columns: true, skip_empty_lines: true, trim: true, relax_column_count: true }) as Record<string, string>[];
  return records.map((record, i) => ({ row: i + 1, record }));
}

/** Validates every record; text is normalised to NFC so NFD files match the same producers and products. */
export function validateRecords(records: { row: number; record: Record<string, unknown> }[]): { valid: (ImportRow & { row: number })[]; errors: RowError[] } {
  const valid: (ImportRow & { row: number })[] = [];
  const errors: RowError[] = [];
  for (const { row, record } of records) {
    if (typeof record.__invalidJson === 'string') {
      errors.push({ row, field: '*', message: record.__invalidJson });
      continue;
    }
    const normalised = Object.fromEntries(
      Object.entries(record).map(([k, v]) => [k.trim().toLowerCase(), typeof v === 'string' ? v.normalize('NFC') : v == null ? undefined : String(v)]),
    );
    const parsed = importRowSchema.safeParse(normalised);
    if (parsed.success) valid.push({ ...parsed.data, row });
    else for (const issue of parsed.error.issues) errors.push({ row, field: String(issue.path[0] ?? '*'), message: issue.message });
  }
  return { valid, errors };
}
