import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const tsx = path.resolve('node_modules/tsx/dist/cli.mjs');

describe('the API process', () => {
  it('boots on a fresh embedded database, seeds it, and on SIGTERM drains, closes and stops PostgreSQL', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'ocop-main-'));
    await chmod(dir, 0o755);
    const dataDir = path.join(dir, 'pg');
    const child = spawn(process.execPath, [tsx, 'src/main.ts'], {
      env: { ...process.env, DATABASE_URL: '', DATA_DIR: dataDir, EMBEDDED_PG_PORT: String(55_000 + (process.pid % 5000)), API_PORT: '0', API_HOST: '127.0.0.1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    try {
      const port = await new Promise<number>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no start within 60 s:\n${output}`)), 60_000);
        child.stdout.on('data', () => {
          const match = /localhost:(\d+)\/graphql/.exec(output);
          if (match) {
            clearTimeout(timer);
            resolve(Number(match[1]));
          }
        });
        child.on('exit', () => reject(new Error(`exited early:\n${output}`)));
      });
      expect(output).toContain('seeded demo data: 300 products');
      expect((await fetch(`http://127.0.0.1:${port}/readyz`)).status).toBe(200);
      expect(existsSync(path.join(dataDir, 'postmaster.pid'))).toBe(true);

      const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
      expect(output).toContain('SIGTERM: not ready');
      // PostgreSQL removes its pid file on a clean shutdown.
      expect(existsSync(path.join(dataDir, 'postmaster.pid'))).toBe(false);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
      await rm(dir, { recursive: true, force: true });
    }
  });
});
