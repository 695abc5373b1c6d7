import type { Viewer } from '../accounts/viewer.js';
import type { ImageStorage } from '../catalog/image-storage.js';
import { removeStoredImage, storeUploadedImage } from '../catalog/product-image.service.js';
import type { TourismResult } from './tourism-errors.js';
import type { PointImageRecord, TourismPointRecord, TourismPointService } from './tourism-point.service.js';

/**
 * Photos of tourism points, kept by the catalogue's image storage (same checks, sizes and formats as
 * product photos). Uploads come over HTTP (`POST /uploads/tourism-point-images`), removal over GraphQL;
 * both for members of the point's operator and admins.
 */
export class TourismPointImageService {
  constructor(
    private readonly points: TourismPointService,
    private readonly storage: ImageStorage | null,
  ) {}

  /** The point id when the viewer may add photos to it; null when there is no such point; FORBIDDEN (thrown) otherwise. */
  async authorise(viewer: Viewer | null, pointId: string | null): Promise<string | null> {
    return (await this.points.managed(viewer, pointId))?.id ?? null;
  }

  /** Stores an authorised upload. Throws UnsupportedImageError when the bytes are not an image we take. */
  async add(pointId: string, bytes: Buffer, alt: string): Promise<PointImageRecord> {
    if (!this.storage) throw new Error('no image storage configured');
    const stored = await storeUploadedImage(this.storage, bytes);
    try {
      return await this.points.addImage(pointId, stored, alt);
    } catch (e) {
      await removeStoredImage(this.storage, stored.url);
      throw e;
    }
  }

  async remove(viewer: Viewer | null, imageId: string | null): Promise<TourismResult<TourismPointRecord>> {
    const removed = await this.points.removeImage(viewer, imageId);
    if (!removed.result) return { result: null, userErrors: removed.userErrors };
    if (this.storage) await removeStoredImage(this.storage, removed.result.url);
    return { result: (await this.points.byIds([removed.result.point.id]))[0]!, userErrors: [] };
  }
}
