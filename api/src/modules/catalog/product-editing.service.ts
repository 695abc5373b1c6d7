import type { EntityManager } from '@mikro-orm/postgresql';
import { newId } from '../../lib/ids.js';
import { sanitizeRichText } from '../../lib/rich-text.js';
import { slugify } from '../../lib/slug.js';
import { rows } from '../../lib/sql.js';
import { assertProducerMember, signedIn, type Viewer } from '../accounts/viewer.js';
import type { ProducerService } from '../producers/producer.service.js';
import type { SearchService } from '../search/search.service.js';
import type { ProductGroup } from './product-group.js';
import type { ProductSetService } from './product-set.service.js';
import type { ProductRecord, ProductService } from './product.service.js';

export const PRODUCT_ERROR_CODES = [
  'NOT_FOUND',
  'PRODUCER_NOT_FOUND',
  'NAME_REQUIRED',
  'NAME_TOO_LONG',
  'NO_VARIANTS',
  'SKU_REQUIRED',
  'DUPLICATE_SKU',
  'LABEL_REQUIRED',
  'PRICE_REQUIRED',
  'NEGATIVE_PRICE',
  'NEGATIVE_STOCK',
  'INVALID_WEIGHT',
  'SET_NOT_FOUND',
  'SET_NOT_IN_GROUP',
  'IMAGE_ORDER_INVALID',
] as const;
export type ProductErrorCode = (typeof PRODUCT_ERROR_CODES)[number];

export interface ProductUserError {
  /** Path inside the input, e.g. ['variants', '1', 'price']. */
  field: string[];
  code: ProductErrorCode;
  message: string;
}

export interface VariantInput {
  sku: string;
  label?: string | null;
  price?: number | null;
  stock?: number | null;
  weightGrams?: number | null;
}

export interface ProductCreateInput {
  /** Null when the client's id named no producer. */
  producerId: string | null;
  name: string;
  description: string;
  group: ProductGroup;
  productSetCode?: string | null;
  rawMaterialArea?: string | null;
  variants: (VariantInput & { label: string; price: number; stock: number })[];
}

export interface ProductUpdateInput {
  /** Null when the client's id named no product. */
  productId: string | null;
  name?: string | null;
  description?: string | null;
  /** Undefined keeps the set; null clears it. */
  productSetCode?: string | null;
  rawMaterialArea?: string | null;
  /** Upserted by sku; variants not named are kept. */
  variants?: VariantInput[] | null;
}

export type ProductEditResult = { product: ProductRecord | null; userErrors: ProductUserError[] };

const MAX_NAME = 200;

function error(field: string[], code: ProductErrorCode, message: string): ProductUserError {
  return { field, code, message };
}

/**
 * The producer workspace's writes to products: create (as a draft), update (variants upserted by
 * sku), publish, archive. Members of the product's producer (owner or staff) and admins only, checked
 * before anything is read for the caller (FORBIDDEN otherwise). Every rule is checked before anything
 * is written, so a refused edit loses nothing already saved; writes go in one transaction, then the
 * search index is refreshed.
 */
export class ProductEditingService {
  constructor(
    private readonly em: EntityManager,
    private readonly products: ProductService,
    private readonly productSets: ProductSetService,
    private readonly producers: ProducerService,
    private readonly search: SearchService,
  ) {}

  async create(viewer: Viewer | null, input: ProductCreateInput): Promise<ProductEditResult> {
    signedIn(viewer);
    // Non-members are refused whatever the id names; an admin learns that it names no producer.
    assertProducerMember(viewer, input.producerId ?? '');
    const [producer] = input.producerId ? await this.producers.byIds([input.producerId]) : [];
    if (!producer) return { product: null, userErrors: [error(['producerId'], 'PRODUCER_NOT_FOUND', 'There is no such producer.')] };

    const errors = [...this.checkName(input.name), ...(await this.checkSet(input.productSetCode ?? null, input.group))];
    if (input.variants.length === 0) errors.push(error(['variants'], 'NO_VARIANTS', 'A product needs at least one variant.'));
    errors.push(...this.checkVariants(input.variants, new Set()), ...(await this.skusTakenElsewhere(input.variants, null)));
    if (errors.length) return { product: null, userErrors: errors };

    const id = await this.em.transactional(async (em) => {
      const at = new Date();
      const productId = newId('product', at.getTime());
      const slug = await this.uniqueSlug(em, input.name);
      await rows(
        em,
        `insert into product (id, slug, name, description, "group", product_set_code, raw_material_area, status, price_amount, producer_id, created_at, updated_at)
         values (?, ?, ?, ?, ?, ?, ?, 'DRAFT', ?, ?, ?, ?)`,
        [
          productId, slug, input.name.trim(), sanitizeRichText(input.description), input.group, input.productSetCode ?? null,
          input.rawMaterialArea?.trim() || null, Math.min(...input.variants.map((v) => v.price)), producer.id, at, at,
        ],
      );
      await this.insertVariants(em, productId, input.variants, 0);
      return productId;
    });
    await this.search.reindexProducts([id]);
    return { product: (await this.products.byIdsAnyStatus([id]))[0]!, userErrors: [] };
  }

  async update(viewer: Viewer | null, input: ProductUpdateInput): Promise<ProductEditResult> {
    const current = await this.editable(viewer, input.productId);
    if ('userErrors' in current) return current;
    const [product] = await this.products.byIdsAnyStatus([current.id]);
    const [existing] = await this.products.variantsOf([current.id]);
    const bySku = new Map(existing!.map((v) => [v.sku, v]));

    const errors: ProductUserError[] = [];
    if (input.name != null) errors.push(...this.checkName(input.name));
    if (input.productSetCode !== undefined) errors.push(...(await this.checkSet(input.productSetCode, product!.group)));
    const variants = input.variants ?? [];
    errors.push(...this.checkVariants(variants, new Set(bySku.keys())), ...(await this.skusTakenElsewhere(variants, current.id)));
    if (errors.length) return { product: null, userErrors: errors };

    await this.em.transactional(async (em) => {
      await rows(
        em,
        `update product set name = coalesce(?, name), description = coalesce(?, description),
           product_set_code = case when ? then ? else product_set_code end,
           raw_material_area = case when ? then ? else raw_material_area end, updated_at = ?
         where id = ?`,
        [
          input.name?.trim() ?? null, input.description != null ? sanitizeRichText(input.description) : null,
          input.productSetCode !== undefined, input.productSetCode ?? null,
          input.rawMaterialArea !== undefined, input.rawMaterialArea?.trim() || null, new Date(), current.id,
        ],
      );
      const added = variants.filter((v) => !bySku.has(v.sku.trim()));
      for (const v of variants.filter((v) => bySku.has(v.sku.trim()))) {
        await rows(
          em,
          `update product_variant set label = coalesce(?, label), price_amount = coalesce(?, price_amount), stock = coalesce(?, stock),
             weight_grams = case when ? then ? else weight_grams end
           where product_id = ? and sku = ?`,
          [v.label?.trim() ?? null, v.price ?? null, v.stock ?? null, v.weightGrams !== undefined, v.weightGrams ?? null, current.id, v.sku.trim()],
        );
      }
      await this.insertVariants(em, current.id, added as ProductCreateInput['variants'], existing!.length);
      await rows(em, `update product set price_amount = (select min(price_amount) from product_variant where product_id = ?) where id = ?`, [current.id, current.id]);
    });
    await this.search.reindexProducts([current.id]);
    return { product: (await this.products.byIdsAnyStatus([current.id]))[0]!, userErrors: [] };
  }

  /** Makes the product public (once its producer is approved). Needs a variant to sell. */
  async publish(viewer: Viewer | null, productId: string | null): Promise<ProductEditResult> {
    const current = await this.editable(viewer, productId);
    if ('userErrors' in current) return current;
    const [variants] = await this.products.variantsOf([current.id]);
    if (variants!.length === 0) return { product: null, userErrors: [error(['productId'], 'NO_VARIANTS', 'Add a variant before publishing.')] };
    return this.setStatus(current.id, 'PUBLISHED');
  }

  /** Takes the product off the catalogue; it stays editable and can be published again. */
  async archive(viewer: Viewer | null, productId: string | null): Promise<ProductEditResult> {
    const current = await this.editable(viewer, productId);
    if ('userErrors' in current) return current;
    return this.setStatus(current.id, 'ARCHIVED');
  }

  private async setStatus(productId: string, status: 'PUBLISHED' | 'ARCHIVED'): Promise<ProductEditResult> {
    await rows(this.em, `update product set status = ?, updated_at = ? where id = ?`, [status, new Date(), productId]);
    await this.search.reindexProducts([productId]);
    return { product: (await this.products.byIdsAnyStatus([productId]))[0]!, userErrors: [] };
  }

  /** The product when the viewer may edit it; NOT_FOUND when there is none; FORBIDDEN (thrown) otherwise. */
  private async editable(viewer: Viewer | null, productId: string | null): Promise<{ id: string } | { product: null; userErrors: ProductUserError[] }> {
    signedIn(viewer);
    const owner = productId ? await this.products.ownership(productId) : null;
    if (!owner) return { product: null, userErrors: [error(['productId'], 'NOT_FOUND', 'There is no such product.')] };
    assertProducerMember(viewer, owner.producerId);
    return { id: owner.productId };
  }

  private checkName(name: string): ProductUserError[] {
    if (name.trim() === '') return [error(['name'], 'NAME_REQUIRED', 'Give the product a name.')];
    if (name.trim().length > MAX_NAME) return [error(['name'], 'NAME_TOO_LONG', `At most ${MAX_NAME} characters.`)];
    return [];
  }

  private async checkSet(code: string | null, group: ProductGroup): Promise<ProductUserError[]> {
    if (code == null) return [];
    const [set] = await this.productSets.byCodes([code]);
    if (!set) return [error(['productSetCode'], 'SET_NOT_FOUND', `There is no product set "${code}".`)];
    if (set.group !== group) return [error(['productSetCode'], 'SET_NOT_IN_GROUP', `Product set "${code}" belongs to group ${set.group}, not ${group}.`)];
    return [];
  }

  /** Field rules of each variant; `existing` are the skus the product already has (an update may omit their fields). */
  private checkVariants(variants: VariantInput[], existing: Set<string>): ProductUserError[] {
    const errors: ProductUserError[] = [];
    const seen = new Set<string>();
    variants.forEach((v, k) => {
      const at = (field: string) => ['variants', String(k), field];
      const sku = v.sku.trim();
      if (sku === '') errors.push(error(at('sku'), 'SKU_REQUIRED', 'Each variant needs a SKU.'));
      else if (seen.has(sku)) errors.push(error(at('sku'), 'DUPLICATE_SKU', `SKU "${sku}" appears twice.`));
      seen.add(sku);
      const isNew = !existing.has(sku);
      if (v.label != null ? v.label.trim() === '' : isNew) errors.push(error(at('label'), 'LABEL_REQUIRED', 'Each variant needs a label (e.g. "hộp 200 g").'));
      if (v.price == null && isNew) errors.push(error(at('price'), 'PRICE_REQUIRED', 'A new variant needs a price.'));
      if (v.price != null && v.price < 0) errors.push(error(at('price'), 'NEGATIVE_PRICE', 'A price cannot be negative.'));
      if (v.stock != null && v.stock < 0) errors.push(error(at('stock'), 'NEGATIVE_STOCK', 'Stock cannot be negative.'));
      if (v.weightGrams != null && v.weightGrams <= 0) errors.push(error(at('weightGrams'), 'INVALID_WEIGHT', 'A weight is a positive number of grams.'));
    });
    return errors;
  }

  /** SKUs are unique across the catalogue: the ones another product already uses. */
  private async skusTakenElsewhere(variants: VariantInput[], productId: string | null): Promise<ProductUserError[]> {
    const skus = variants.map((v) => v.sku.trim()).filter(Boolean);
    if (skus.length === 0) return [];
    const taken = new Set(
      (await rows<{ sku: string }>(this.em, `select sku from product_variant where sku = any(?) and product_id is distinct from ?`, [skus, productId])).map((r) => r.sku),
    );
    return variants.flatMap((v, k) =>
      taken.has(v.sku.trim()) ? [error(['variants', String(k), 'sku'], 'DUPLICATE_SKU', `SKU "${v.sku.trim()}" is used by another product.`)] : [],
    );
  }

  private async insertVariants(em: EntityManager, productId: string, variants: ProductCreateInput['variants'], firstPosition: number) {
    for (const [k, v] of variants.entries()) {
      await rows(
        em,
        `insert into product_variant (id, product_id, sku, label, price_amount, stock, weight_grams, position) values (?, ?, ?, ?, ?, ?, ?, ?)`,
        [newId('variant'), productId, v.sku.trim(), v.label.trim(), v.price, v.stock ?? 0, v.weightGrams ?? null, firstPosition + k],
      );
    }
  }

  /** The name's slug, or the first free `slug-2`, `slug-3`… (the unique index settles races). */
  private async uniqueSlug(em: EntityManager, name: string): Promise<string> {
    const base = slugify(name) || 'san-pham';
    const taken = new Set(
      (await rows<{ slug: string }>(em, `select slug from product where slug = ? or slug like ?`, [base, `${base}-%`])).map((r) => r.slug),
    );
    if (!taken.has(base)) return base;
    for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
  }
}
