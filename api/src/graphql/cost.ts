import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type DocumentNode, type GraphQLSchema } from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { MAX_PAGE_SIZE } from './relay.js';

/**
 * The most an operation may cost. Every field costs 1; a list field's selection counts once per item
 * it may return (its `first`, 24 when omitted). The storefront's dearest operation costs about 4,200
 * at the largest page size (first: 100; cost.test.ts checks every one); a page of 100 experiences with
 * their slots and products at the default page size about 44,000; two nested pages of 100 inside a
 * page of 100 (a million rows) are refused.
 */
export const MAX_QUERY_COST = 50_000;

/** A field's cost: 1, plus its selection once per item when it takes `first` (a page of a list). */
export const firstWeighted: ComplexityEstimator = ({ args, childComplexity }) => {
  const first = args['first'];
  // A page size out of range is refused by the resolver with a message naming the argument
  // (checkedPageSize): count it at the largest page, so that message, not the cost, answers.
  const items = typeof first === 'number' && Number.isFinite(first) ? Math.min(Math.max(first, 1), MAX_PAGE_SIZE) : 1;
  return 1 + items * childComplexity;
};

export function queryCost(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown> = {}, operationName?: string): number {
  return getComplexity({ schema, query: document, variables, operationName, estimators: [firstWeighted] });
}

/**
 * Refuses an operation whose cost exceeds the limit once its variables are known, after validation
 * and before the context's resolvers run (didResolveOperation): nothing is read for it.
 */
export function costLimit(options: { maxCost?: number } = {}): ApolloServerPlugin {
  const maxCost = options.maxCost ?? MAX_QUERY_COST;
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, request }) {
          let cost: number;
          try {
            cost = queryCost(schema, document, request.variables ?? {}, request.operationName ?? undefined);
          } catch {
            // Variables that do not fit their types: execution refuses them with its own error.
            return;
          }
          if (cost > maxCost) {
            throw new GraphQLError(`Query cost ${cost} exceeds the limit of ${maxCost}: ask for smaller pages (first) or fewer nested lists.`, {
              extensions: { code: 'GRAPHQL_VALIDATION_FAILED', cost, maxCost, http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}
