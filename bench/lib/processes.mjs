/**
 * Child processes of a benchmark run: spawn, wait until ready, sample RSS and CPU from /proc, stop.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Spawns `node args…` (our Node 22) with `env`; output goes to the log unless `quiet`. */
export function startNode(name, args, { cwd, env, quiet = true }) {
  const child = spawn(process.execPath, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', quiet ? 'pipe' : 'inherit', quiet ? 'pipe' : 'inherit'] });
  const output = [];
  if (quiet) {
    for (const stream of [child.stdout, child.stderr]) stream.on('data', (chunk) => output.push(chunk) && output.length > 200 && output.shift());
  }
  child.name = name;
  child.output = () => Buffer.concat(output).toString('utf8');
  return child;
}

/** Runs `node args…` to completion; rejects with its output on a non-zero exit. */
export function runNode(name, args, options) {
  const child = startNode(name, args, options);
  return new Promise((resolve, reject) => {
    child.on('exit', (code) => (code === 0 ? resolve(child.output()) : reject(new Error(`${name} exited ${code}:\n${child.output()}`))));
  });
}

export async function waitForHttp(url, child, timeoutMs = 180_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${child.name} exited (${child.exitCode}) before it was ready:\n${child.output()}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${child.name} was not ready at ${url} within ${timeoutMs / 1000} s`);
}

export async function stop(child) {
  if (!child || child.exitCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
  await exited;
  clearTimeout(timer);
}

const CLOCK_TICKS = 100;

/** Resident memory (bytes) and CPU time (seconds) of a process, from /proc. */
function usage(pid) {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const cpuSeconds = (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
  const rssPages = Number(fields[21]);
  return { rss: rssPages * 4096, cpuSeconds };
}

/** Samples a process every 250 ms until `stop()`: peak RSS and average CPU use (1.0 = one core). */
export function sampleProcess(pid) {
  const start = usage(pid);
  const started = performance.now();
  let peakRss = start.rss;
  const timer = setInterval(() => {
    try {
      peakRss = Math.max(peakRss, usage(pid).rss);
    } catch {}
  }, 250);
  return () => {
    clearInterval(timer);
    const end = usage(pid);
    const seconds = (performance.now() - started) / 1000;
    return { peakRssMb: Math.round(Math.max(peakRss, end.rss) / 2 ** 20), cpuCores: (end.cpuSeconds - start.cpuSeconds) / seconds };
  };
}
