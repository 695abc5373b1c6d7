import { ApolloArmor } from '@escape.tech/graphql-armor';
import { noNulCharacters } from './no-nul-characters.js';

/** Tokens of one document (graphql's parser counts them and refuses more, as a syntax error: 400). */
export const MAX_TOKENS = 2000;

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
    // Tokens are counted by graphql's own parser (parseOptions below): armor's token plugin parses the
    // query a second time in a plugin hook, where a syntax error became an HTTP 500 (found by the fuzz test).
    maxTokens: { enabled: false },
    costLimit: { maxCost: 20_000 },
    blockFieldSuggestion: { enabled: options.isProduction },
  });
  const armored = armor.protect();
  return { ...armored, validationRules: [...armored.validationRules, noNulCharacters], parseOptions: { maxTokens: MAX_TOKENS } };
}
