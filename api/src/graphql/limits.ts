import { ApolloArmor } from '@escape.tech/graphql-armor';

/**
 * Limits checked before any resolver runs (OWASP GraphQL cheat sheet): depth, aliases, directives,
 * tokens and a static cost; batched HTTP requests are refused; "Did you mean" suggestions are
 * hidden in production. The storefront's deepest operation (search hits → product → producer →
 * province → current) is depth 7, so 8 is the first refused depth.
 */
export function queryLimits(options: { isProduction: boolean }) {
  const armor = new ApolloArmor({
    // Fragments count as the fields they hold, not as a level of their own.
    maxDepth: { n: 7, flattenFragments: true },
    maxAliases: { n: 15 },
    maxDirectives: { n: 10 },
    maxTokens: { n: 2000 },
    costLimit: { maxCost: 20_000 },
    blockFieldSuggestion: { enabled: options.isProduction },
  });
  return armor.protect();
}
