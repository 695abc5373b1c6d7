#!/usr/bin/env node
/**
 * Runs the API and the storefront together: `pnpm start` (production builds) or `pnpm dev` (watch).
 * The storefront starts once the API answers /readyz; Ctrl-C (or SIGTERM) stops both cleanly, and if
 * either exits the other is stopped too.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dev = process.argv.includes('--dev');
const apiPort = process.env.API_PORT ?? '4000';
const webPort = process.env.STOREFRONT_PORT ?? '3000';
const apiUrl = process.env.API_URL ?? `http://localhost:${apiPort}/graphql`;
const bin = (pkg, file) => path.join(root, pkg, 'node_modules', ...file.split('/'));

const children = [];
let stopping = false;

function run(name, args, cwd, env) {
  const child = spawn(process.execPath, args, { cwd: path.join(root, cwd), env: { ...process.env, ...env }, stdio: 'inherit' });
  children.push(child);
  child.on('exit', (code, signal) => {
    if (!stopping) {
      console.error(`[start] ${name} exited (${signal ?? code}); stopping the rest`);
      stop(code || 1);
    }
  });
  return child;
}

function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  const force = setTimeout(() => {
    for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
    process.exit(code || 1);
  }, 15_000);
  force.unref();
  Promise.all(children.map((c) => (c.exitCode === null ? new Promise((r) => c.once('exit', r)) : null))).then(() =>
    process.exit(code),
  );
}
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

async function waitForApi() {
  for (let i = 0; i < 600 && !stopping; i++) {
    try {
      if ((await fetch(`http://localhost:${apiPort}/readyz`)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('the API did not become ready within 2 minutes');
}

// Batch QR codes encode the storefront's trace URL, so the API must know where the storefront is.
const publicStorefrontUrl = process.env.PUBLIC_STOREFRONT_URL ?? `http://localhost:${webPort}`;
// The storefront names each shopper's address to the API (per-address rate limits and login
// throttles), proven by a secret both share: one per run unless given, never written anywhere.
const storefrontApiToken = process.env.STOREFRONT_API_TOKEN || randomBytes(32).toString('base64url');
const apiEnv = { API_PORT: apiPort, NODE_ENV: dev ? 'development' : 'production', PUBLIC_STOREFRONT_URL: publicStorefrontUrl, STOREFRONT_API_TOKEN: storefrontApiToken };
// A local production-mode run has no mail server: store mails in dev_mail unless SMTP_URL is given.
if (!dev && !process.env.SMTP_URL) apiEnv.ALLOW_DEV_MAILBOX = process.env.ALLOW_DEV_MAILBOX ?? 'true';
if (dev) run('api', [bin('api', 'tsx/dist/cli.mjs'), 'watch', 'src/main.ts'], 'api', apiEnv);
else run('api', ['dist/main.js'], 'api', apiEnv);

await waitForApi();
const webEnv = { API_URL: apiUrl, PORT: webPort, NODE_ENV: dev ? 'development' : 'production', STOREFRONT_API_TOKEN: storefrontApiToken };
if (dev) run('storefront', [bin('storefront', '@react-router/dev/bin.cjs'), 'dev', '--port', webPort], 'storefront', webEnv);
// The storefront's own production server (storefront/server.ts; Node strips its types).
else run('storefront', ['server.ts'], 'storefront', webEnv);
console.log(`[start] storefront at http://localhost:${webPort} · API at http://localhost:${apiPort}/graphql`);
