import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { currentRequestId, type Logger } from '../observability/logger.js';

/**
 * Codes of errors meant for the caller: argument and authorisation refusals, Apollo's request and
 * validation errors (armor's limits among them), the cost and rate limits, and a database that is
 * away (a retryable 503). Anything else is a bug: masked in production.
 */
export const PUBLIC_ERROR_CODES: ReadonlySet<string> = new Set([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'UNAUTHORIZED',
  'FORBIDDEN',
  'NOT_FOUND',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'INTROSPECTION_DISABLED',
  'MAX_RECURSIVE_SELECTIONS_EXCEEDED',
  'RATE_LIMITED',
  'SERVICE_UNAVAILABLE',
]);

/**
 * graphql-js suggests names in validation and coercion messages ("Did you mean the enum value
 * "NEWEST"?"); armor hides field suggestions only. In production every suggestion goes, so the
 * schema cannot be mapped by typos while introspection is off.
 */
export function withoutSuggestions(message: string): string {
  return message.replace(/\s*Did you mean [^?]*\?/g, '');
}

/**
 * Apollo's formatError: a business error passes through; any other error is logged with its stack and
 * the request id, and in production answered as "Internal server error (request <id>)" with code
 * INTERNAL_SERVER_ERROR and the id in extensions.requestId, so a support request can find the log line
 * while the caller learns nothing of the code.
 */
export function errorFormatter(options: { isProduction: boolean; logger: Logger }) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.['code'];
    if (typeof code === 'string' && PUBLIC_ERROR_CODES.has(code)) {
      return options.isProduction ? { ...formatted, message: withoutSuggestions(formatted.message) } : formatted;
    }
    const requestId = currentRequestId() ?? 'unknown';
    const cause = unwrapResolverError(error);
    options.logger.error({ err: cause, path: formatted.path, requestId }, 'unexpected error in a GraphQL request');
    if (!options.isProduction) return { ...formatted, extensions: { ...formatted.extensions, requestId } };
    return {
      message: `Internal server error (request ${requestId})`,
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: 'INTERNAL_SERVER_ERROR', requestId },
    };
  };
}
