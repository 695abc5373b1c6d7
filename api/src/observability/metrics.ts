import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** Jobs per queue and state (queued, active), asked of pg-boss when /metrics is scraped. */
export type QueueDepthSource = () => Promise<{ queue: string; queued: number; active: number }[]>;

/**
 * The API's Prometheus metrics, on a registry of its own (several apps in one test process must not
 * share counters). Routes are a closed set (routeOf) so a scanner's random paths cannot grow the
 * number of series.
 */
export class Metrics {
  readonly registry = new Registry();
  private queueDepths: QueueDepthSource | null = null;

  readonly httpRequests = new Counter({
    name: 'http_requests_total',
    help: 'HTTP requests answered, by route, method and status.',
    labelNames: ['route', 'method', 'status'] as const,
    registers: [this.registry],
  });

  readonly httpDuration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'Time from request to the end of the response, by route and method.',
    labelNames: ['route', 'method'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });

  readonly graphqlOperations = new Counter({
    name: 'graphql_operations_total',
    help: 'GraphQL operations by type (query, mutation; unknown when it did not parse) and outcome (ok, error: errors beside data, rejected: no data).',
    labelNames: ['type', 'outcome'] as const,
    registers: [this.registry],
  });

  readonly sqlStatements = new Histogram({
    name: 'sql_statements_per_request',
    help: 'SQL statements one HTTP request issued, by route.',
    labelNames: ['route'] as const,
    buckets: [0, 1, 2, 3, 5, 8, 13, 21, 34, 55, 89],
    registers: [this.registry],
  });

  constructor(options: { defaultCollectors?: boolean } = {}) {
    if (options.defaultCollectors ?? true) collectDefaultMetrics({ register: this.registry });
    const metrics = this;
    new Gauge({
      name: 'job_queue_jobs',
      help: 'Background jobs waiting (queued) or running (active) per pg-boss queue, read at scrape time.',
      labelNames: ['queue', 'state'] as const,
      registers: [this.registry],
      async collect() {
        this.reset();
        if (!metrics.queueDepths) return;
        for (const { queue, queued, active } of await metrics.queueDepths()) {
          this.set({ queue, state: 'queued' }, queued);
          this.set({ queue, state: 'active' }, active);
        }
      },
    });
  }

  /** main.ts hands over the job queues once pg-boss has started (the app starts first). */
  watchQueues(source: QueueDepthSource): void {
    this.queueDepths = source;
  }

  observeRequest(sample: { route: string; method: string; status: number; seconds: number; sqlStatements: number }): void {
    const method = KNOWN_METHODS.has(sample.method) ? sample.method : 'OTHER';
    this.httpRequests.inc({ route: sample.route, method, status: String(sample.status) });
    this.httpDuration.observe({ route: sample.route, method }, sample.seconds);
    this.sqlStatements.observe({ route: sample.route }, sample.sqlStatements);
  }

  text(): Promise<string> {
    return this.registry.metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }
}

const KNOWN_METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);

const PREFIX_ROUTES = ['/qr/', '/uploads/', '/open-data/'] as const;
const EXACT_ROUTES = new Set(['/graphql', '/healthz', '/readyz', '/metrics', '/dev/mailbox', '/webhooks/stripe']);

/** The route label of a path: an exact endpoint, a prefix with its parameter, or `other`. */
export function routeOf(pathname: string): string {
  if (EXACT_ROUTES.has(pathname)) return pathname;
  for (const prefix of PREFIX_ROUTES) if (pathname.startsWith(prefix)) return `${prefix}:file`;
  return 'other';
}
