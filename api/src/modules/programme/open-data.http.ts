import type { IncomingMessage, ServerResponse } from 'node:http';
import { stringify } from 'csv-stringify/sync';
import type { Orm } from '../../db/orm.js';
import { countSql } from '../../db/sql-counter.js';
import { vietnamToday } from '../../lib/today.js';
import { createServices, defaultServiceDeps } from '../services.js';
import { PRODUCT_LIST_COLUMNS, STATS_COLUMNS } from './open-data.service.js';

/** Figures change when councils recognise products: a few minutes of caching is fine for open data. */
const CACHE = 'public, max-age=300';

function refuse(res: ServerResponse, status: number, message: string) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify({ error: message }));
}

/**
 * Open data over plain GET (docs/open-data.md):
 * - `/open-data/certified-products.csv` and `.jsonl`: products with a certificate valid today, in the
 *   catalogue import's format (`pnpm run import` reads them back);
 * - `/open-data/programme-stats.csv` and `.json`: figures per current province.
 * `?province=<two-digit code>` narrows to a current province (historic units rolled up); with
 * `&asIssued=true`, to the pre-2025 unit with that code. No parameter: the whole country.
 */
export function createOpenDataHandler(options: { orm: Orm; now?: () => Date }) {
  return async function openData(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 405, 'GET an open-data file.');
    const match = /^\/open-data\/(certified-products|programme-stats)\.(csv|jsonl|json)$/.exec(url.pathname);
    if (!match || (match[1] === 'certified-products' && match[2] === 'json') || (match[1] === 'programme-stats' && match[2] === 'jsonl')) {
      return refuse(res, 404, 'Open data: /open-data/certified-products.csv|.jsonl, /open-data/programme-stats.csv|.json');
    }
    const [, dataset, format] = match as unknown as [string, 'certified-products' | 'programme-stats', 'csv' | 'jsonl' | 'json'];
    const code = url.searchParams.get('province');
    if (code !== null && !/^\d{2}$/.test(code)) return refuse(res, 400, 'province is a two-digit province code.');
    const asIssued = url.searchParams.get('asIssued') === 'true';
    const now = options.now?.() ?? new Date();
    const today = vietnamToday(now);
    const services = createServices(options.orm.em.fork(), { ...defaultServiceDeps(), now: () => now });
    const { result, statements } = await countSql(async () => {
      const scope = await services.programmeStats.scopeOf(code, asIssued);
      if (!scope) return null;
      return dataset === 'certified-products' ? services.openData.certifiedProducts(scope, today) : services.openData.statsRows(scope, today);
    });
    if (!result) return refuse(res, 404, `No province has code ${code}.`);
    const columns = (dataset === 'certified-products' ? PRODUCT_LIST_COLUMNS : STATS_COLUMNS) as readonly string[];
    const name = `${dataset}${code ? `-${code}${asIssued ? '-as-issued' : ''}` : ''}-${today}.${format}`;
    let body: string;
    let type: string;
    if (format === 'csv') {
      body = stringify(result as Record<string, unknown>[], { header: true, columns: [...columns], cast: { number: String } });
      if (!result.length) body = `${columns.join(',')}\n`;
      type = 'text/csv; charset=utf-8';
    } else if (format === 'jsonl') {
      body = result.map((r) => JSON.stringify(r)).join('\n') + (result.length ? '\n' : '');
      type = 'application/jsonl; charset=utf-8';
    } else {
      body = JSON.stringify({ asOf: today, columns, rows: result }, null, 1);
      type = 'application/json; charset=utf-8';
    }
    res.writeHead(200, {
      'content-type': type,
      'content-disposition': `attachment; filename="${name}"`,
      'cache-control': CACHE,
      'x-sql-statements': String(statements),
      'access-control-allow-origin': '*',
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  };
}
