/**
 * The system under test: API + storefront (production builds) on a brand-new embedded database, on
 * ports of their own so a running `pnpm start` is not disturbed. Playwright starts and stops this.
 */
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { E2E } from './ports.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = path.join(root, '.data', 'e2e');
rmSync(dataDir, { recursive: true, force: true });

const child = spawn(process.execPath, [path.join(root, 'scripts', 'start.mjs')], {
  stdio: 'inherit',
  env: {
    ...process.env,
    DATABASE_URL: '',
    DATA_DIR: path.join(dataDir, 'pg'),
    EMBEDDED_PG_PORT: String(E2E.postgres),
    API_PORT: String(E2E.api),
    STOREFRONT_PORT: String(E2E.storefront),
    // Mails are stored (no SMTP_URL); specs read their links from /dev/mailbox?to=… (JSON).
    EXPOSE_DEV_MAILBOX: 'true',
  },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => {
  rmSync(dataDir, { recursive: true, force: true });
  process.exit(code ?? 0);
});
