#!/usr/bin/env node
/**
 * pnpm bench [--products 20000] [--import file.csv|file.jsonl] [--duration 10] [--connections 16]
 *            [--only catalogue,search] [--no-lighthouse] [--no-write]
 *
 * Seeds N products (or imports an external catalogue file in the import format, so a run can load
 * exactly the products another system was measured with) into a benchmark database (embedded PostgreSQL in .data/bench, or BENCH_DATABASE_URL —
 * which is wiped and reseeded), starts the production builds of the API and the storefront and a bare
 * node:http hello-world, then drives each scenario with autocannon from a separate process: warm-up,
 * SQL statements per request (the API's x-sql-statements header), then the timed run while sampling the
 * API's RSS and CPU. Then the JavaScript the product page downloads (gzip) and Lighthouse on the home,
 * catalogue and product pages. Prints the tables and appends them to bench/RESULTS.md.
 */
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, promisify } from 'node:util';
import { freePort, runNode, sampleProcess, startNode, stop, waitForHttp } from './lib/processes.mjs';
import { pageJavaScript } from './lib/js-size.mjs';
import { lighthouseTable, runLighthouse } from './lib/lighthouse.mjs';
import { appendRun, budgetVerdict, table } from './lib/report.mjs';
import { pickSample, scenarios } from './lib/scenarios.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const { values } = parseArgs({
  options: {
    products: { type: 'string', default: '20000' },
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '16' },
    import: { type: 'string' },
    only: { type: 'string' },
    'no-lighthouse': { type: 'boolean', default: false },
    'no-write': { type: 'boolean', default: false },
  },
});
const products = Number(values.products);
const duration = Number(values.duration);
const connections = Number(values.connections);
if (![products, duration, connections].every((n) => Number.isInteger(n) && n > 0)) {
  throw new Error('--products, --duration and --connections take positive integers');
}

const dataDir = path.join(root, '.data', 'bench', 'pg');
const externalUrl = process.env.BENCH_DATABASE_URL ?? '';
const pgPort = await freePort();
const apiPort = await freePort();
const webPort = await freePort();
const helloPort = await freePort();
const dbEnv = externalUrl ? { DATABASE_URL: externalUrl } : { DATABASE_URL: '', DATA_DIR: dataDir, EMBEDDED_PG_PORT: String(pgPort) };
const bin = (pkg, file) => path.join(root, pkg, 'node_modules', ...file.split('/'));
const children = [];
const cleanup = async () => {
  for (const child of children.reverse()) await stop(child);
};
process.on('SIGINT', () => cleanup().then(() => process.exit(130)));

try {
  if (!externalUrl) rmSync(path.join(root, '.data', 'bench'), { recursive: true, force: true });
  const seedStarted = performance.now();
  if (values.import) {
    const file = path.resolve(process.env.INIT_CWD ?? process.cwd(), values.import);
    console.log(`[bench] importing ${file}…`);
    // A fresh database (migrations and reference data only), then the file.
    await runNode('import', [bin('api', 'tsx/dist/cli.mjs'), 'src/db/import/cli.ts', file], { cwd: path.join(root, 'api'), env: dbEnv });
  } else {
    console.log(`[bench] seeding ${products} products…`);
    await runNode('seed', [bin('api', 'tsx/dist/cli.mjs'), 'src/db/seed/cli.ts', '--products', String(products)], {
      cwd: path.join(root, 'api'),
      env: dbEnv,
    });
  }
  const seedSeconds = (performance.now() - seedStarted) / 1000;

  // As in production: the storefront tells the API who its shoppers are, with a secret of this run.
  const storefrontApiToken = randomBytes(32).toString('base64url');
  const api = startNode('api', ['dist/main.js'], {
    cwd: path.join(root, 'api'),
    // Load from one address: the per-address search limit would measure refusals, not search.
    env: { ...dbEnv, API_PORT: String(apiPort), NODE_ENV: 'production', SEED_ON_EMPTY: 'false', ALLOW_DEV_MAILBOX: 'true', PUBLIC_STOREFRONT_URL: `http://localhost:${webPort}`, RATE_LIMIT_SEARCH_PER_IP: '0', STOREFRONT_API_TOKEN: storefrontApiToken },
  });
  children.push(api);
  await waitForHttp(`http://localhost:${apiPort}/readyz`, api);
  const web = startNode('storefront', ['server.ts'], {
    cwd: path.join(root, 'storefront'),
    env: { API_URL: `http://localhost:${apiPort}/graphql`, PORT: String(webPort), NODE_ENV: 'production', STOREFRONT_API_TOKEN: storefrontApiToken },
  });
  children.push(web);
  await waitForHttp(`http://localhost:${webPort}/`, web);
  const hello = startNode('hello', [path.join(here, 'hello.mjs')], { cwd: here, env: { PORT: String(helloPort) } });
  children.push(hello);
  await waitForHttp(`http://127.0.0.1:${helloPort}/`, hello);

  const urls = { api: `http://localhost:${apiPort}/graphql`, web: `http://localhost:${webPort}`, hello: `http://127.0.0.1:${helloPort}/` };
  const sample = await pickSample(urls.api);
  const only = values.only ? new Set(values.only.split(',')) : null;
  const chosen = scenarios(urls, sample).filter((s) => !only || only.has(s.id) || s.id === 'hello');

  const results = [];
  for (const scenario of chosen) {
    const load = (seconds) => runLoad({ ...scenario.request, connections, duration: seconds });
    await load(2); // warm-up: JIT, PostgreSQL caches, connection pool
    const sql = await sqlStatements(scenario.request);
    const sampled = scenario.id === 'hello' ? null : sampleProcess(api.pid);
    const result = await load(duration);
    const usage = sampled ? sampled() : { peakRssMb: null, cpuCores: null };
    const row = { id: scenario.id, title: scenario.title, ...result, sql, ...usage };
    row.verdict = budgetVerdict(row, scenario.budget && { ...scenario.budget, rssMb: 300 });
    results.push(row);
    console.log(`[bench] ${scenario.id}: ${Math.round(result.requestsPerSecond)} req/s, p99 ${result.p99} ms, ${result.errors} errors`);
    if (result.ordersPlaced !== undefined) {
      console.log(`[bench] ${scenario.id}: ${result.ordersPlaced} orders placed, ${result.checkoutsRefused} checkouts refused`);
      row.title += ` (${result.ordersPlaced.toLocaleString('en-US')} orders placed, ${result.checkoutsRefused} refused)`;
    }
  }
  const floor = results.find((r) => r.id === 'hello')?.requestsPerSecond ?? null;

  const extra = [];
  const productPage = `${urls.web}/san-pham/${encodeURIComponent(sample.slug)}`;
  const js = await pageJavaScript(productPage);
  extra.push(
    `Product page JavaScript: ${js.files} files, ${js.rawKb.toFixed(0)} kB raw, **${js.gzipKb.toFixed(1)} kB gzip** (budget ≤ 120 kB: ${js.gzipKb <= 120 ? 'met' : 'missed'}).`,
  );
  if (!values['no-lighthouse']) {
    const lighthouse = await runLighthouse([
      { title: 'home /', url: `${urls.web}/` },
      { title: 'catalogue /san-pham', url: `${urls.web}/san-pham` },
      { title: 'product page', url: productPage },
    ]);
    extra.push(lighthouseTable(lighthouse));
  }
  const loaded = values.import ? `products imported from ${path.basename(values.import)}` : `${products.toLocaleString('en-US')} products`;
  const settings =
    `${loaded} (loaded in ${seedSeconds.toFixed(1)} s), ${connections} connections, ${duration} s per scenario after a 2 s warm-up, ` +
    `${externalUrl ? 'external PostgreSQL' : 'embedded PostgreSQL 18'}; load from a separate autocannon process on the same machine.`;
  console.log(`\n${settings}\n\n${table(results, floor)}\n\n${extra.join('\n\n')}\n`);
  if (!values['no-write']) appendRun(path.join(here, 'RESULTS.md'), { settings, results, floor, extra });
} finally {
  await cleanup();
}

async function runLoad(options) {
  const { stdout } = await promisify(execFile)(process.execPath, [path.join(here, 'lib', 'load.mjs'), JSON.stringify(options)], { maxBuffer: 1 << 20 });
  return JSON.parse(stdout);
}

/** Statements the API ran for one request (null for non-API scenarios). */
async function sqlStatements(request) {
  if (request.kind || !request.url.endsWith('/graphql')) return null;
  const response = await fetch(request.url, { method: request.method, headers: request.headers, body: request.body });
  const body = await response.json();
  if (body.errors) throw new Error(`${request.url}: ${JSON.stringify(body.errors)}`);
  return Number(response.headers.get('x-sql-statements'));
}
