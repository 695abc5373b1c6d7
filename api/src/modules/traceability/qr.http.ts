import type { IncomingMessage, ServerResponse } from 'node:http';
import QRCode from 'qrcode';
import type { Orm } from '../../db/orm.js';
import { createServices } from '../services.js';
import { traceUrl } from './trace-code.js';

/** `/qr/<trace code>.svg` or `.png`; anything else under /qr/ is not found. */
const QR_PATH = /^\/qr\/([^/.]{1,40})\.(svg|png)$/;

const CONTENT_TYPES = { svg: 'image/svg+xml; charset=utf-8', png: 'image/png' } as const;

/** Medium error correction survives a scuffed label; 2 modules of quiet zone is what scanners need. */
const QR_OPTIONS = { errorCorrectionLevel: 'M', margin: 2 } as const;
const PNG_WIDTH = 512;

function notFound(res: ServerResponse) {
  res.writeHead(404, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify({ error: 'no batch with this trace code' }));
}

/**
 * Serves the QR code of a batch's trace page. The image depends only on the trace code and the
 * storefront's address, so it may be cached for a day by browsers and shared caches.
 */
export function createQrHandler(options: { orm: Orm; storefrontUrl: string }) {
  return async function qr(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'application/json; charset=utf-8' });
      res.end(JSON.stringify({ error: 'method not allowed' }));
      return;
    }
    const match = QR_PATH.exec(url.pathname);
    if (!match) return notFound(res);
    const format = match[2] as 'svg' | 'png';
    const services = createServices(options.orm.em.fork());
    const batch = await services.traceability.byTraceCode(match[1]!);
    // Like the trace query: only batches of published products are public.
    if (!batch || !(await services.products.byIds([batch.productId]))[0]) return notFound(res);

    const target = traceUrl(options.storefrontUrl, batch.traceCode);
    const body =
      format === 'svg'
        ? Buffer.from(await QRCode.toString(target, { ...QR_OPTIONS, type: 'svg' }), 'utf8')
        : await QRCode.toBuffer(target, { ...QR_OPTIONS, type: 'png', width: PNG_WIDTH });
    res.writeHead(200, {
      'content-type': CONTENT_TYPES[format],
      'content-length': String(body.length),
      'cache-control': 'public, max-age=86400',
      'x-content-type-options': 'nosniff',
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  };
}
