import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Orm } from '../../db/orm.js';
import { localIdOf } from '../../graphql/global-id.js';
import { ForbiddenError, UnauthenticatedError, type Viewer } from '../accounts/viewer.js';
import { createServices, defaultServiceDeps } from '../services.js';
import { STORED_NAME, type ImageStorage } from './image-storage.js';
import { IMAGE_TYPES, MAX_IMAGE_BYTES, ProductImageService, UnsupportedImageError } from './product-image.service.js';

/**
 * The header a product-image upload must carry. A cross-site page can send a POST with the session
 * cookie (a form or `fetch(…, { mode: 'no-cors' })`), but only with "simple" headers: a custom header
 * forces a CORS preflight, which this API never answers with an allow. So a request bearing it comes
 * from our own storefront (or a non-browser client, which has no victim's cookie). The session cookie
 * is also SameSite=Lax, which already keeps it off cross-site POSTs in current browsers.
 */
export const UPLOAD_HEADER = 'x-ocop-upload';

/** Uploads are stored under generated names and never change: cached for a year. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

type ErrorCode = 'UPLOAD_HEADER_REQUIRED' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'UNSUPPORTED_MEDIA_TYPE' | 'TOO_LARGE' | 'METHOD_NOT_ALLOWED';

function refuse(res: ServerResponse, status: number, code: ErrorCode, message: string) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify({ image: null, userErrors: [{ field: null, code, message }] }));
}

class TooLargeError extends Error {}

async function readLimited(req: IncomingMessage, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new TooLargeError();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/**
 * `POST /uploads/product-images?productId=<Product global id>&alt=<text>`: the raw image as the body
 * (Content-Type image/jpeg, image/png or image/webp, at most 5 MB) with header `x-ocop-upload: 1` and
 * the session cookie. Answers 201 `{ image, userErrors: [] }`, or `{ image: null, userErrors: [{ code }] }`
 * with 400 (no upload header), 401, 403, 404 (no such product), 413 (too large) or 415 (not an image).
 * Every check but the image's own comes before the body is read; nothing is stored on refusal.
 *
 * `GET /uploads/<file>`: a stored image, cacheable for a year.
 */
export function createProductImageHandler(options: { orm: Orm; storage: ImageStorage; viewerOf: (req: IncomingMessage) => Promise<Viewer | null> }) {
  const { orm, storage } = options;

  /** What an upload is attached to: a product (`productId`) or a tourism point (`pointId`). */
  interface UploadTarget {
    param: string;
    type: string;
    notFound: string;
    authorise(viewer: Viewer | null, em: ReturnType<Orm['em']['fork']>, id: string | null): Promise<string | null>;
    add(em: ReturnType<Orm['em']['fork']>, id: string, bytes: Buffer, alt: string): Promise<unknown>;
  }
  const targets: Record<string, UploadTarget> = {
    '/uploads/product-images': {
      param: 'productId', type: 'Product', notFound: 'There is no such product.',
      authorise: (viewer, em, id) => new ProductImageService(em, createServices(em).products, storage).authorise(viewer, id),
      add: (em, id, bytes, alt) => new ProductImageService(em, createServices(em).products, storage).add(id, bytes, alt),
    },
    '/uploads/tourism-point-images': {
      param: 'pointId', type: 'TourismPoint', notFound: 'There is no such tourism point.',
      authorise: (viewer, em, id) => createServices(em, { ...defaultServiceDeps(), imageStorage: storage }).tourismPointImages.authorise(viewer, id),
      add: (em, id, bytes, alt) => createServices(em, { ...defaultServiceDeps(), imageStorage: storage }).tourismPointImages.add(id, bytes, alt),
    },
  };

  async function upload(req: IncomingMessage, res: ServerResponse, url: URL, target: UploadTarget) {
    if (req.headers[UPLOAD_HEADER] !== '1') return refuse(res, 400, 'UPLOAD_HEADER_REQUIRED', `Send the header "${UPLOAD_HEADER}: 1".`);
    if (Number(req.headers['content-length'] ?? 0) > MAX_IMAGE_BYTES) return refuse(res, 413, 'TOO_LARGE', 'Images are limited to 5 MB.');
    const viewer = await options.viewerOf(req);
    const em = orm.em.fork();
    let productId: string | null;
    try {
      productId = await target.authorise(viewer, em, localIdOf(url.searchParams.get(target.param) ?? '', target.type));
    } catch (e) {
      if (e instanceof UnauthenticatedError) return refuse(res, 401, 'UNAUTHENTICATED', e.message);
      if (e instanceof ForbiddenError) return refuse(res, 403, 'FORBIDDEN', e.message);
      throw e;
    }
    if (!productId) return refuse(res, 404, 'NOT_FOUND', target.notFound);
    const declared = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
    if (!(IMAGE_TYPES as readonly string[]).includes(declared)) {
      return refuse(res, 415, 'UNSUPPORTED_MEDIA_TYPE', 'Send a JPEG, PNG or WebP image as the request body.');
    }
    let bytes: Buffer;
    try {
      bytes = await readLimited(req, MAX_IMAGE_BYTES);
    } catch (e) {
      if (e instanceof TooLargeError) return refuse(res, 413, 'TOO_LARGE', 'Images are limited to 5 MB.');
      throw e;
    }
    try {
      const image = await target.add(em, productId, bytes, url.searchParams.get('alt') ?? '');
      res.writeHead(201, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
      res.end(JSON.stringify({ image, userErrors: [] }));
    } catch (e) {
      if (e instanceof UnsupportedImageError) return refuse(res, 415, 'UNSUPPORTED_MEDIA_TYPE', e.message);
      throw e;
    }
  }

  async function serve(req: IncomingMessage, res: ServerResponse, name: string) {
    const data = STORED_NAME.test(name) ? await storage.get(name) : null;
    if (!data) {
      res.writeHead(404, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
      res.end(JSON.stringify({ error: 'not found' }));
      return;
    }
    res.writeHead(200, { 'content-type': 'image/webp', 'content-length': data.length, 'cache-control': IMMUTABLE, 'x-content-type-options': 'nosniff' });
    res.end(req.method === 'HEAD' ? undefined : data);
  }

  return async function uploads(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const target = targets[url.pathname];
    if (target) {
      if (req.method !== 'POST') return refuse(res, 405, 'METHOD_NOT_ALLOWED', 'POST an image.');
      return upload(req, res, url, target);
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 405, 'METHOD_NOT_ALLOWED', 'GET a stored image.');
    return serve(req, res, url.pathname.slice('/uploads/'.length));
  }
}
