import type { EntityManager } from '@mikro-orm/postgresql';
import { rows } from '../../lib/sql.js';
import { assertProducerMember, signedIn, type Viewer } from '../accounts/viewer.js';
import { STORED_NAME, type ImageStorage } from './image-storage.js';
import type { ProductEditResult } from './product-editing.service.js';
import type { ProductService } from './product.service.js';

/**
 * Removing and reordering a product's photos in the producer workspace: members of the product's
 * producer (or an admin), like every product write. Uploads are ProductImageService's (HTTP, not
 * GraphQL). A removed photo's files go too when the storage is known (always in the running API).
 */
export class ProductImageEditingService {
  constructor(
    private readonly em: EntityManager,
    private readonly products: ProductService,
    private readonly storage: ImageStorage | null,
  ) {}

  async remove(viewer: Viewer | null, imageId: string | null): Promise<ProductEditResult> {
    signedIn(viewer);
    const [image] = imageId
      ? await rows<{ id: string; productId: string; url: string }>(this.em, `select id, product_id as "productId", url from product_image where id = ?`, [imageId])
      : [];
    const owner = image ? await this.products.ownership(image.productId) : null;
    if (!image || !owner) return { product: null, userErrors: [{ field: ['imageId'], code: 'NOT_FOUND', message: 'There is no such image.' }] };
    assertProducerMember(viewer, owner.producerId);
    await rows(this.em, `delete from product_image where id = ?`, [image.id]);
    // Files of uploads only (imported or seeded rows may point elsewhere).
    const name = image.url.startsWith('/uploads/') ? image.url.slice('/uploads/'.length) : '';
    if (this.storage && STORED_NAME.test(name)) {
      await this.storage.remove(name);
      await this.storage.remove(name.replace(/\.webp$/, '-400.webp'));
    }
    return { product: (await this.products.byIdsAnyStatus([owner.productId]))[0]!, userErrors: [] };
  }

  /** Puts the product's photos in this order; `imageIds` must name each of them exactly once. */
  async reorder(viewer: Viewer | null, productId: string | null, imageIds: (string | null)[]): Promise<ProductEditResult> {
    signedIn(viewer);
    const owner = productId ? await this.products.ownership(productId) : null;
    if (!owner) return { product: null, userErrors: [{ field: ['productId'], code: 'NOT_FOUND', message: 'There is no such product.' }] };
    assertProducerMember(viewer, owner.producerId);
    const current = (await rows<{ id: string }>(this.em, `select id from product_image where product_id = ?`, [owner.productId])).map((r) => r.id);
    const named = new Set(imageIds);
    if (named.size !== imageIds.length || named.size !== current.length || !current.every((id) => named.has(id))) {
      return { product: null, userErrors: [{ field: ['imageIds'], code: 'IMAGE_ORDER_INVALID', message: "Name each of the product's images exactly once." }] };
    }
    await rows(
      this.em,
      `update product_image i set position = o.k - 1 from unnest(?::text[]) with ordinality as o(id, k) where i.id = o.id and i.product_id = ?`,
      [imageIds, owner.productId],
    );
    return { product: (await this.products.byIdsAnyStatus([owner.productId]))[0]!, userErrors: [] };
  }
}
