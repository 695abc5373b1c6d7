import type { ApolloServerPlugin } from '@apollo/server';
import type { Metrics } from './metrics.js';

/**
 * Counts GraphQL operations by type and outcome: ok, error (errors beside data: a resolver failed or
 * refused part of it) or rejected (no data at all: parse, validation, limits, rate limits).
 */
export function operationMetrics(metrics: Metrics): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ operation, response }) {
          const type = operation?.operation ?? 'unknown';
          const body = response.body.kind === 'single' ? response.body.singleResult : response.body.initialResult;
          const outcome = !body.errors?.length ? 'ok' : body.data ? 'error' : 'rejected';
          metrics.graphqlOperations.inc({ type, outcome });
        },
      };
    },
  };
}
