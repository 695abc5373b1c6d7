#!/usr/bin/env node
/**
 * pnpm bench:chaos [--duration 35] [--connections 16] [--down 2000] [--no-write]      (issue 9, acceptance 5)
 *
 * Starts an embedded PostgreSQL in a process of its own (api/src/test/chaos-cluster.ts), seeds the
 * demo catalogue, gives three products 40 units each, starts the production API (api/dist) on it and
 * drives mixed load from this process: catalogue reads, add-to-cart, and checkout by bank transfer
 * (VietQR) of the limited products, a 503 being retried with the same idempotency key. At t = 10 s
 * every server connection is killed (pg_terminate_backend); at t = 20 s PostgreSQL is stopped and
 * started again (after --down ms). Then it checks: the API process stayed up, readiness came back within 10 s of the
 * restart, no answer was a 500 or a dropped connection, every order a client was told about is in the
 * database, no order is half-written and the stock buckets match the orders
 * (api/src/test/order-invariants.ts). Appends the result to bench/RESULTS.md under "Chaos".
 */
import { spawn } from 'node:child_process';
import { appendFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { execSync } from 'node:child_process';
import { freePort, runNode, startNode, stop, waitForHttp } from './lib/processes.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const apiDir = path.join(root, 'api');
const { values } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== '--'),
  options: {
    duration: { type: 'string', default: '35' },
    connections: { type: 'string', default: '16' },
    down: { type: 'string', default: '2000' },
    'no-write': { type: 'boolean', default: false },
  },
});
const duration = Number(values.duration) * 1000;
const connections = Number(values.connections);
/** How long PostgreSQL stays stopped before it starts again (a real restart takes seconds). */
const downFor = Number(values.down);
const KILL_AT = 10_000;
const RESTART_AT = 20_000;
const STOCK = 400;
const tsxLoader = new URL(`file://${path.join(apiDir, 'node_modules', 'tsx', 'dist', 'loader.mjs')}`).href;

const children = [];
const cleanup = async () => {
  for (const child of children.reverse()) await stop(child);
};
process.on('SIGINT', () => cleanup().then(() => process.exit(130)));

/** The cluster process: one command a line, one answer a line. */
function startCluster(dataDir, port) {
  const child = spawn(process.execPath, ['--import', tsxLoader, 'src/test/chaos-cluster.ts'], { cwd: apiDir, env: { ...process.env, DATA_DIR: dataDir, PORT: String(port) }, stdio: ['pipe', 'pipe', 'inherit'] });
  child.name = 'postgres';
  const lines = createInterface({ input: child.stdout });
  const waiting = [];
  lines.on('line', (line) => waiting.shift()?.(line));
  const next = () => new Promise((resolve) => waiting.push(resolve));
  return {
    child,
    ready: next(),
    async command(text) {
      const answer = next();
      child.stdin.write(`${text}\n`);
      return answer;
    },
  };
}

const gql = (url, query, variables, cookie) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) }, body: JSON.stringify({ query, variables }) });
const fromGlobalId = (id) => Buffer.from(id, 'base64url').toString('utf8').split(':').slice(1).join(':');

const CATALOGUE = `query { products(first: 24) { totalCount nodes { id name slug } } }`;
const VARIANTS = `query { products(first: 3) { nodes { name variants(first: 1) { nodes { id } } } } }`;
const ADD = `mutation ($input: CartLinesAddInput!) { cartLinesAdd(input: $input) { userErrors { code } } }`;
const PLACE = `mutation ($input: CheckoutPlaceInput!) { checkoutPlace(input: $input) { order { number } userErrors { code } } }`;

try {
  const dataDir = path.join(root, '.data', 'bench-chaos', 'pg');
  rmSync(path.dirname(dataDir), { recursive: true, force: true });
  const cluster = startCluster(dataDir, await freePort());
  children.push(cluster.child);
  const databaseUrl = (await cluster.ready).replace(/^ready /, '');
  console.log('[chaos] seeding the demo catalogue…');
  await runNode('seed', [path.join(apiDir, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'src/db/seed/cli.ts'], { cwd: apiDir, env: { DATABASE_URL: databaseUrl } });

  const apiPort = await freePort();
  const api = startNode('api', ['dist/main.js'], {
    cwd: apiDir,
    env: { DATABASE_URL: databaseUrl, API_PORT: String(apiPort), API_HOST: '127.0.0.1', NODE_ENV: 'production', SEED_ON_EMPTY: 'false', ALLOW_DEV_MAILBOX: 'true' },
  });
  children.push(api);
  // Why the API answered 503 (from its log), counted by message.
  const faults = new Map();
  let pending = '';
  api.stdout.on('data', (chunk) => {
    const lines = (pending + chunk).split('\n');
    pending = lines.pop();
    for (const line of lines) {
      const m = /database fault, answered 503: (.*)/.exec(line);
      if (m) faults.set(m[1], (faults.get(m[1]) ?? 0) + 1);
    }
  });
  const base = `http://127.0.0.1:${apiPort}`;
  const url = `${base}/graphql`;
  await waitForHttp(`${base}/readyz`, api);

  // Three products of the catalogue get 40 units each: checkouts contend for them.
  const picked = (await (await gql(url, VARIANTS)).json()).data.products.nodes;
  const limited = picked.map((p) => p.variants.nodes[0].id);
  await cluster.command(`stock ${STOCK} ${limited.map(fromGlobalId).join(' ')}`);

  const statuses = new Map();
  const windows = { before: new Map(), killed: new Map(), down: new Map(), after: new Map() };
  const latencies = [];
  const placed = [];
  let placedAfterRestart = 0;
  let cartsAfterRestart = 0;
  let restartedAt = Infinity;
  let killedAt = Infinity;
  let stoppedAt = Infinity;
  const started = Date.now();
  const windowOf = (t) => (t < killedAt ? 'before' : t < stoppedAt ? 'killed' : t < restartedAt ? 'down' : 'after');
  const count = (status, at) => {
    statuses.set(status, (statuses.get(status) ?? 0) + 1);
    const w = windows[windowOf(at)];
    w.set(status, (w.get(status) ?? 0) + 1);
  };
  async function post(query, variables, cookie) {
    const at = Date.now();
    try {
      const res = await gql(url, query, variables, cookie);
      const body = await res.json();
      latencies.push(Date.now() - at);
      count(res.status, at);
      return { status: res.status, body, headers: res.headers };
    } catch (e) {
      count(`network error (${e.cause?.code ?? e.message})`, at);
      return null;
    }
  }
  const communes = (await (await gql(url, `query { communes(provinceCode: "01", first: 1) { nodes { id } } }`)).json()).data.communes.nodes;
  const shipping = { provinceId: Buffer.from('Province:prv_01').toString('base64url'), communeId: communes[0].id };

  async function shopper(k, until) {
    for (let n = 0; Date.now() < until; n++) {
      const pick = (k * 7 + n) % 4;
      if (pick < 2) {
        await post(CATALOGUE, {});
        continue;
      }
      const variantId = limited[(k + n) % limited.length];
      const added = await post(ADD, { input: { lines: [{ variantId, quantity: 1 + (n % 2) }] } });
      const cookie = added?.status === 200 ? added.headers.getSetCookie().map((c) => c.split(';')[0]).find((c) => c.includes('ocop_cart=')) : undefined;
      if (cookie && Date.now() > restartedAt) cartsAfterRestart++;
      if (!cookie || pick === 2) continue; // half of the carts are left behind
      const key = `chaos-${k}-${n}-${started}`;
      for (let attempt = 0; attempt < 5; attempt++) {
        const res = await post(PLACE, {
          input: {
            idempotencyKey: key, email: `shopper${k}@chaos.test`, phone: '0912 345 678', paymentMethod: 'BANK_TRANSFER',
            shippingAddress: { recipientName: 'Phạm Thu Hà', phone: '0912 345 678', provinceId: shipping.provinceId, communeId: shipping.communeId, streetLine: '3 Cát Bi' },
          },
        }, cookie);
        if (res?.status !== 503) {
          const number = res?.body?.data?.checkoutPlace?.order?.number;
          if (number) {
            placed.push(number);
            if (Date.now() > restartedAt) placedAfterRestart++;
          }
          break;
        }
        await new Promise((r) => setTimeout(r, Number(res.headers.get('retry-after') ?? 1) * 500));
      }
    }
  }

  console.log(`[chaos] ${connections} shoppers for ${duration / 1000} s; connections killed at ${KILL_AT / 1000} s, PostgreSQL restarted at ${RESTART_AT / 1000} s`);
  const load = Promise.all(Array.from({ length: connections }, (_, k) => shopper(k, started + duration)));
  const readiness = [];
  const probe = setInterval(async () => {
    const at = Date.now() - started;
    try {
      readiness.push({ at, status: (await fetch(`${base}/readyz`, { signal: AbortSignal.timeout(3_000) })).status });
    } catch {
      readiness.push({ at, status: 'error' });
    }
  }, 250);

  await new Promise((r) => setTimeout(r, KILL_AT - (Date.now() - started)));
  killedAt = Date.now();
  const terminated = await cluster.command('terminate');
  console.log(`[chaos] t=${((killedAt - started) / 1000).toFixed(1)} s: ${terminated} server connections`);
  await new Promise((r) => setTimeout(r, RESTART_AT - (Date.now() - started)));
  stoppedAt = Date.now();
  await cluster.command('stop');
  await new Promise((r) => setTimeout(r, downFor));
  const downMs = Date.now() - stoppedAt;
  await cluster.command('start');
  restartedAt = Date.now();
  console.log(`[chaos] t=${((stoppedAt - started) / 1000).toFixed(1)} s: PostgreSQL stopped (${downMs} ms) and started again`);
  let recoveredMs = null;
  while (Date.now() - restartedAt < 30_000) {
    const ok = await fetch(`${base}/readyz`).then((r) => r.ok, () => false);
    if (ok) {
      recoveredMs = Date.now() - restartedAt;
      break;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  await load;
  clearInterval(probe);

  const apiUp = api.exitCode === null && (await fetch(`${base}/healthz`).then((r) => r.ok, () => false));
  const notReady = readiness.filter((r) => r.status !== 200).map((r) => r.at);
  const onHand = Object.fromEntries(limited.map((id) => [fromGlobalId(id), STOCK]));
  const report = JSON.parse(
    (await runNode('invariants', ['--import', tsxLoader, 'src/test/order-invariants-cli.ts'], { cwd: apiDir, env: { DATABASE_URL: databaseUrl, INVARIANT_INPUT: JSON.stringify({ placedNumbers: placed, onHand }) } }))
      .trim().split('\n').at(-1),
  );

  const stopStarted = Date.now();
  await stop(api);
  const stopMs = Date.now() - stopStarted;
  const apiExit = api.exitCode;

  const sorted = [...latencies].sort((a, b) => a - b);
  const pct = (p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? null;
  const fmt = (map) => [...map].sort().map(([k, v]) => `${k}: ${v}`).join(', ') || '–';
  const bad = [...statuses.keys()].filter((s) => s !== 200 && s !== 503);
  const checks = [
    ['API process stayed up', apiUp],
    [`readiness back within 10 s of the restart (${recoveredMs} ms)`, recoveredMs !== null && recoveredMs < 10_000],
    [`no 500 and no dropped connection${bad.length ? ` (${bad.join(', ')})` : ''}`, bad.length === 0],
    [`every placed order is in the database, none half-written, stock consistent${report.violations.length ? `: ${report.violations.join('; ')}` : ''}`, report.violations.length === 0 && report.orders === placed.length],
    [`writes after the restart without restarting the API (${cartsAfterRestart} carts filled, ${placedAfterRestart} orders placed)`, cartsAfterRestart > 0 && placedAfterRestart > 0],
    [`SIGTERM afterwards: exit ${apiExit} in ${stopMs} ms`, apiExit === 0],
  ];
  const summary = [
    `${connections} shoppers for ${duration / 1000} s (half catalogue reads, half add-to-cart, of which half go on to a VietQR checkout of 3 products with ${STOCK} units each; a 503 is retried with the same key); connections killed at ${((killedAt - started) / 1000).toFixed(1)} s (${terminated.replace('terminated ', '')} backends), PostgreSQL stopped at ${((stoppedAt - started) / 1000).toFixed(1)} s, kept down ${downMs} ms and started again; production API (dist), embedded PostgreSQL 18 in its own process, load from this process.`,
    '',
    '| window | responses |',
    '| --- | --- |',
    `| before the kill (0–10 s) | ${fmt(windows.before)} |`,
    `| after the kill (10–20 s) | ${fmt(windows.killed)} |`,
    `| while restarting | ${fmt(windows.down)} |`,
    `| after the restart | ${fmt(windows.after)} |`,
    '',
    `${sorted.length.toLocaleString('en-US')} responses, p50 ${pct(50)} ms, p99 ${pct(99)} ms, max ${sorted.at(-1)} ms. ${placed.length} orders placed (${placedAfterRestart} after the restart), ${report.orders} in the database. /readyz (every 250 ms) was not 200 at ${notReady.length ? `${(notReady[0] / 1000).toFixed(2)}–${(notReady.at(-1) / 1000).toFixed(2)} s` : 'no probe'}; ready again ${recoveredMs} ms after the restart.`,
    `Causes of the 503s in the API's log: ${[...faults].sort((a, b) => b[1] - a[1]).map(([m, n]) => `${n} × "${m}"`).join(', ') || '–'}.`,
    '',
    ...checks.map(([what, ok]) => `- ${ok ? 'pass' : 'FAIL'}: ${what}`),
  ].join('\n');
  console.log(`\n${summary}\n`);
  if (!values['no-write']) {
    const file = path.join(here, 'RESULTS.md');
    const cpu = os.cpus()[0]?.model.replace(/\s+/g, ' ').trim();
    const commit = execSync('git rev-parse --short HEAD', { cwd: root }).toString().trim();
    let text = readFileSync(file, 'utf8');
    if (!text.includes('\n## Chaos')) {
      text += `\n## Chaos (\`pnpm bench:chaos\`)\n\nIssue 9, acceptance 5: see bench/chaos.mjs for what it does and checks.\n\n<!-- chaos runs: newest last -->\n`;
      writeFileSync(file, text);
    }
    appendFileSync(file, `\n### ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC · commit ${commit} · ${os.cpus().length} cores (${cpu}), Node ${process.version}\n\n${summary}\n`);
  }
  if (checks.some(([, ok]) => !ok)) process.exitCode = 1;
} finally {
  await cleanup();
}
