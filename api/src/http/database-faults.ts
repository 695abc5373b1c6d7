import { AsyncLocalStorage } from 'node:async_hooks';
import type { ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { isTransientDatabaseError } from '../db/faults.js';

/**
 * A request that failed because the database was away (or a conflict outlived its retries) is
 * answered 503 with Retry-After, never 500: clients and the storefront may send it again, and the
 * pool reconnects by itself once PostgreSQL is back (no restart).
 */
export const SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE';
export const RETRY_AFTER_SECONDS = 2;
const MESSAGE = 'The service is briefly unavailable; try again in a moment.';

const http = () => ({ status: 503, headers: new HeaderMap([['retry-after', String(RETRY_AFTER_SECONDS)]]) });

/** The GraphQL error for such a request (Apollo applies extensions.http to the response). */
export function serviceUnavailableError(cause?: unknown): GraphQLError {
  return new GraphQLError(MESSAGE, { originalError: cause instanceof Error ? cause : undefined, extensions: { code: SERVICE_UNAVAILABLE, http: http() } });
}

/** Non-GraphQL routes (QR codes, images, open data, webhooks). */
export function sendServiceUnavailable(res: ServerResponse): void {
  res.writeHead(503, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', 'retry-after': String(RETRY_AFTER_SECONDS) });
  res.end(JSON.stringify({ errors: [{ message: MESSAGE, extensions: { code: SERVICE_UNAVAILABLE } }] }));
}

/** Per GraphQL request: whether a database fault ended it outside execution (a plugin hook). */
const scope = new AsyncLocalStorage<{ unavailable: boolean }>();

/** Runs one GraphQL request, reporting whether it failed on a database fault Apollo could not place. */
export async function withFaultScope<T>(run: () => Promise<T>): Promise<{ result: T; unavailable: boolean }> {
  const state = { unavailable: false };
  const result = await scope.run(state, run);
  return { result, unavailable: state.unavailable };
}

/** The body of a 503 for a request whose failure Apollo only reported as "Internal server error". */
export function serviceUnavailableBody(): string {
  return JSON.stringify({ errors: [{ message: MESSAGE, extensions: { code: SERVICE_UNAVAILABLE } }] });
}

/**
 * Execution errors caused by a database fault become SERVICE_UNAVAILABLE with status 503 and
 * Retry-After (partial data, if any, is kept). Errors thrown by other plugins' hooks (e.g. the
 * response cache reading its epoch) end Apollo's request with a 500: they are flagged for
 * withFaultScope's caller to answer 503 instead.
 */
export function databaseFaultsPlugin<C extends object>(log?: (msg: string) => void): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors }) {
          for (const error of errors) {
            if (!isTransientDatabaseError(error.originalError ?? error)) continue;
            log?.(`database fault, answered 503: ${(error.originalError ?? error).message}`);
            // Apollo formats these after this hook: the code and the http head travel on the error.
            const extensions = error.extensions as Record<string, unknown>;
            extensions.code = SERVICE_UNAVAILABLE;
            extensions.http = http();
            error.message = MESSAGE;
          }
        },
      };
    },
    async unexpectedErrorProcessingRequest({ error }) {
      const state = scope.getStore();
      if (!state || !isTransientDatabaseError(error)) return;
      state.unavailable = true;
      log?.(`database fault, answered 503: ${error.message}`);
    },
  };
}
