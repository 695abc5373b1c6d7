/** The results table of a run, on the console and appended to bench/RESULTS.md. */
import { execSync } from 'node:child_process';
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';

const fmt = (n, digits = 0) => (n === null || n === undefined ? '–' : Number(n).toLocaleString('en-US', { maximumFractionDigits: digits }));

/** "ok", or what missed the budget and by how much. */
export function budgetVerdict(result, budget) {
  if (!budget) return '';
  const misses = [];
  if (budget.rps && result.requestsPerSecond < budget.rps) misses.push(`${fmt(result.requestsPerSecond)} < ${budget.rps} req/s (${fmt((100 * result.requestsPerSecond) / budget.rps)} %)`);
  if (budget.p99 && result.p99 > budget.p99) misses.push(`p99 ${result.p99} > ${budget.p99} ms`);
  if (budget.p50 && result.p50 > budget.p50) misses.push(`p50 ${result.p50} > ${budget.p50} ms`);
  if (budget.sql && result.sql !== null && result.sql > budget.sql) misses.push(`${result.sql} > ${budget.sql} SQL statements`);
  if (budget.rssMb && result.peakRssMb > budget.rssMb) misses.push(`RSS ${result.peakRssMb} > ${budget.rssMb} MB`);
  return misses.length ? `missed: ${misses.join('; ')}` : 'met';
}

export function table(results, floor) {
  const lines = [
    '| scenario | req/s | % of hello | p50 ms | p90 ms | p99 ms | errors | SQL/request | API RSS MB | API CPU (cores) | budget |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
  ];
  for (const r of results) {
    lines.push(
      `| ${r.title} | ${fmt(r.requestsPerSecond)} | ${floor ? fmt((100 * r.requestsPerSecond) / floor, 1) : '–'} | ${r.p50} | ${r.p90} | ${r.p99} | ${r.errors} | ${fmt(r.sql)} | ${fmt(r.peakRssMb)} | ${fmt(r.cpuCores, 2)} | ${r.verdict} |`,
    );
  }
  return lines.join('\n');
}

export function machine() {
  const cpus = os.cpus();
  let commit = 'unknown';
  try {
    commit = execSync('git rev-parse --short HEAD', { encoding: 'utf8' }).trim();
  } catch {}
  return { cores: cpus.length, cpu: cpus[0]?.model ?? 'unknown', memGb: Math.round(os.totalmem() / 2 ** 30), node: process.version, commit };
}

const MARKER = '<!-- bench runs: newest last -->';

export function appendRun(file, { settings, results, floor, extra = [] }) {
  const m = machine();
  const header = `### ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC · commit ${m.commit} · ${m.cores} cores (${m.cpu}), ${m.memGb} GB, Node ${m.node}`;
  const body = [header, settings, table(results, floor), ...extra].join('\n\n') + '\n';
  const text = readFileSync(file, 'utf8');
  if (!text.includes(MARKER)) writeFileSync(file, `${text.trimEnd()}\n\n## Load runs (\`pnpm bench\`)\n\n${MARKER}\n`);
  appendFileSync(file, `\n${body}`);
}
