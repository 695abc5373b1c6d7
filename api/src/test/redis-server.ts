import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { afterAll } from 'vitest';
import { freePort } from './processes.js';

export interface TestRedis {
  /** redis://127.0.0.1:<port> */
  url: string;
  port: number;
  /** Kills the server at once (SIGKILL: no goodbye to its clients), as a crash would. */
  kill(): Promise<void>;
  /** Starts it again, empty, on the same port. */
  start(): Promise<void>;
  /** Freezes it (SIGSTOP): connections stay open and nothing answers, as a hung server. */
  pause(): void;
  /** Lets a paused server go on (SIGCONT). */
  resume(): void;
}

/**
 * A throwaway real Redis (Debian's redis-server, installed by scripts/ensure-redis.sh) on a free
 * loopback port, in memory only, stopped after the file's tests.
 */
export async function testRedis(): Promise<TestRedis> {
  if (spawnSync('redis-server', ['--version']).error) {
    throw new Error('redis-server is not installed: run `bash scripts/ensure-redis.sh` (the root `pnpm test` does)');
  }
  const port = await freePort();
  let server: ChildProcess | null = null;
  let exited: Promise<unknown> = Promise.resolve();

  async function start() {
    const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: ['ignore', 'pipe', 'pipe'] });
    server = child;
    exited = new Promise((resolve) => child.once('exit', resolve));
    let output = '';
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`redis-server did not start:\n${output}`)), 10_000);
      const onData = (d: Buffer) => {
        output += d;
        if (/Ready to accept connections/.test(output)) {
          clearTimeout(timer);
          resolve();
        }
      };
      child.stdout!.on('data', onData);
      child.stderr!.on('data', onData);
      void exited.then(() => {
        clearTimeout(timer);
        reject(new Error(`redis-server exited:\n${output}`));
      });
    });
  }

  async function kill() {
    if (!server || server.exitCode !== null || (server.signalCode !== null && server.signalCode !== 'SIGSTOP')) return;
    server.kill('SIGKILL');
    await exited;
  }

  await start();
  afterAll(kill);
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    kill,
    start,
    pause: () => void server?.kill('SIGSTOP'),
    resume: () => void server?.kill('SIGCONT'),
  };
}
