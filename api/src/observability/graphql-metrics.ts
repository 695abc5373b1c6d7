import type { ApolloServerPlugin } from '@apollo/server';
import { Kind } from 'graphql';
import type { Metrics } from './metrics.js';

/**
 * Counts GraphQL operations by type and outcome: ok, error (errors beside data: a resolver failed or
 * refused part of it) or rejected (no data at all: parse, validation, limits, rate limits).
 */
export function operationMetrics(metrics: Metrics): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ operation, document, response }) {
          // Before validation passed there is no resolved operation: take the document's first one.
          const written = document?.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
          const type = operation?.operation ?? written?.operation ?? 'unknown';
          const body = response.body.kind === 'single' ? response.body.singleResult : response.body.initialResult;
          const outcome = !body.errors?.length ? 'ok' : body.data ? 'error' : 'rejected';
          metrics.graphqlOperations.inc({ type, outcome });
        },
      };
    },
  };
}
