import type { EntityManager } from '@mikro-orm/postgresql';
import sharp, { type OutputInfo } from 'sharp';
import { newId } from '../../lib/ids.js';
import { rows } from '../../lib/sql.js';
import { assertProducerMember, signedIn, type Viewer } from '../accounts/viewer.js';
import { STORED_NAME, type ImageStorage } from './image-storage.js';
import type { ImageRecord, ProductService } from './product.service.js';

/** Largest upload accepted (bytes). */
export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;
/** Longest side of the stored image and of its thumbnail (px). */
export const IMAGE_MAX_SIDE = 1600;
export const THUMBNAIL_SIDE = 400;
/** Declared types accepted; the bytes must agree (see sniffImageType). */
export const IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
export type ImageType = (typeof IMAGE_TYPES)[number];

/** The type the first bytes say, whatever the client declared: JPEG, PNG or WebP, else null. */
export function sniffImageType(bytes: Buffer): ImageType | null {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (bytes.length >= 8 && bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png';
  if (bytes.length >= 12 && bytes.toString('latin1', 0, 4) === 'RIFF' && bytes.toString('latin1', 8, 12) === 'WEBP') return 'image/webp';
  return null;
}

export class UnsupportedImageError extends Error {}

/** The URL a stored file is served at (relative to the API origin). */
export const uploadUrl = (name: string) => `/uploads/${name}`;

export interface StoredImage {
  /** `img_…`: the stored files are `<id>.webp` and `<id>-400.webp`. */
  id: string;
  url: string;
  width: number;
  height: number;
}

/**
 * Checks, re-encodes and stores an uploaded photo (any module's: products, tourism points): the bytes
 * must be a JPEG, PNG or WebP by their magic number and decode; they become WebP (metadata such as
 * GPS stripped, EXIF orientation applied) of at most 1600 px plus a 400 px thumbnail (`<id>-400.webp`).
 * Throws UnsupportedImageError when they are not an image we take. The caller writes its row and,
 * if that fails, calls removeStoredImage.
 */
export async function storeUploadedImage(storage: ImageStorage, bytes: Buffer): Promise<StoredImage> {
  if (!sniffImageType(bytes)) throw new UnsupportedImageError('The file is not a JPEG, PNG or WebP image.');
  let full: { data: Buffer; info: OutputInfo };
  let thumbnail: Buffer;
  try {
    // limitInputPixels refuses decompression bombs (a small file that decodes to gigapixels).
    const source = () => sharp(bytes, { limitInputPixels: 50_000_000 }).rotate();
    full = await source().resize({ width: IMAGE_MAX_SIDE, height: IMAGE_MAX_SIDE, fit: 'inside', withoutEnlargement: true }).webp({ quality: 82 }).toBuffer({ resolveWithObject: true });
    thumbnail = await source().resize({ width: THUMBNAIL_SIDE, height: THUMBNAIL_SIDE, fit: 'inside', withoutEnlargement: true }).webp({ quality: 78 }).toBuffer();
  } catch {
    throw new UnsupportedImageError('The image could not be read.');
  }
  const id = newId('image');
  await storage.put(`${id}.webp`, full.data);
  await storage.put(`${id}-400.webp`, thumbnail);
  return { id, url: uploadUrl(`${id}.webp`), width: full.info.width, height: full.info.height };
}

/** Removes a stored upload's files, given its URL; URLs of other images (seeded, imported) are left alone. */
export async function removeStoredImage(storage: ImageStorage, url: string): Promise<void> {
  const name = url.startsWith('/uploads/') ? url.slice('/uploads/'.length) : '';
  if (!STORED_NAME.test(name)) return;
  await storage.remove(name);
  await storage.remove(name.replace(/\.webp$/, '-400.webp'));
}

/**
 * Product photos uploaded from the producer workspace: the caller must be a member of the product's
 * producer or an admin (checked before the body is read); the bytes must be a JPEG, PNG or WebP by
 * their magic number and decode; they are re-encoded (WebP, metadata such as GPS stripped, EXIF
 * orientation applied) to at most 1600 px plus a 400 px thumbnail (`<id>-400.webp`).
 */
export class ProductImageService {
  constructor(
    private readonly em: EntityManager,
    private readonly products: ProductService,
    private readonly storage: ImageStorage,
  ) {}

  /** The product id when the viewer may add images to it; null when there is no such product; FORBIDDEN (thrown) otherwise. */
  async authorise(viewer: Viewer | null, productId: string | null): Promise<string | null> {
    signedIn(viewer);
    const owner = productId ? await this.products.ownership(productId) : null;
    if (!owner) return null;
    assertProducerMember(viewer, owner.producerId);
    return owner.productId;
  }

  /** Stores an authorised upload. Throws UnsupportedImageError when the bytes are not an image we take. */
  async add(productId: string, bytes: Buffer, alt: string): Promise<ImageRecord> {
    const { id, width, height } = await storeUploadedImage(this.storage, bytes);
    try {
      const [image] = await rows<ImageRecord>(
        this.em,
        `insert into product_image (id, product_id, url, alt, width, height, position)
         values (?, ?, ?, ?, ?, ?, (select coalesce(max(position) + 1, 0) from product_image where product_id = ?))
         returning id, product_id as "productId", url, alt, width, height`,
        [id, productId, uploadUrl(`${id}.webp`), alt.trim(), width, height, productId],
      );
      return image!;
    } catch (e) {
      await this.storage.remove(`${id}.webp`);
      await this.storage.remove(`${id}-400.webp`);
      throw e;
    }
  }
}
