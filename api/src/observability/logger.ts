import { AsyncLocalStorage } from 'node:async_hooks';
import { pino, stdSerializers, type Logger } from 'pino';
import type { Config } from '../config.js';

export type { Logger } from 'pino';

/** The HTTP request being served, for every log line and masked error written while serving it. */
const requestScope = new AsyncLocalStorage<{ requestId: string }>();

export function inRequestScope<T>(requestId: string, fn: () => T): T {
  return requestScope.run({ requestId }, fn);
}

export function currentRequestId(): string | undefined {
  return requestScope.getStore()?.requestId;
}

/**
 * pino's error serializer (type, message, stack, cause, own fields such as a PostgreSQL error's code),
 * without fields holding objects: a pg error carries its whole client, pool and socket.
 */
function serializeError(e: unknown): unknown {
  if (!(e instanceof Error)) return e;
  const serialized = stdSerializers.err(e) as unknown as Record<string, unknown>;
  for (const [key, value] of Object.entries(serialized)) {
    if (key !== 'cause' && key !== 'aggregateErrors' && value !== null && typeof value === 'object') delete serialized[key];
  }
  return serialized;
}

/**
 * The API's one logger: JSON lines on stdout (pino), level from LOG_LEVEL. A line written while a
 * request is served carries its `requestId`; `err` is serialised with its stack. Cookies and
 * authorisation headers are never written.
 */
export function createLogger(config: Pick<Config, 'LOG_LEVEL'>, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level: config.LOG_LEVEL,
      base: { service: 'ocop-api' },
      mixin: () => {
        const requestId = currentRequestId();
        return requestId ? { requestId } : {};
      },
      serializers: { err: serializeError },
      redact: { paths: ['headers.cookie', 'headers.authorization', '*.headers.cookie', '*.headers.authorization'], censor: '[redacted]' },
    },
    // Default: stdout, written synchronously (nothing lost on process.exit).
    ...(destination ? [destination] : []),
  );
}

export interface LogLine {
  level: number;
  msg?: string;
  requestId?: string;
  err?: { type: string; message: string; stack: string };
  [key: string]: unknown;
}

/** A logger whose lines are kept in memory (tests read them; nothing reaches the console). */
export function captureLogger(level: Config['LOG_LEVEL'] = 'info'): { logger: Logger; lines: LogLine[] } {
  const lines: LogLine[] = [];
  const stream = {
    write(chunk: string) {
      for (const line of chunk.split('\n')) if (line) lines.push(JSON.parse(line) as LogLine);
      // Bounded: a long test file does not keep every access line of its requests.
      if (lines.length > 5_000) lines.splice(0, lines.length - 5_000);
    },
  };
  return { logger: createLogger({ LOG_LEVEL: level }, stream), lines };
}

/** The `(msg) => void` callback older modules take, writing to the logger at info level. */
export function logFunction(logger: Logger): (msg: string) => void {
  return (msg) => logger.info(msg);
}
