import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ApolloServerPlugin } from '@apollo/server';
import { costLimit } from './cost.js';
import { noNulCharacters } from './no-nul-characters.js';

/**
 * Limits checked before any resolver runs (OWASP GraphQL cheat sheet): depth, aliases, directives
 * (armor's validation rules), tokens (graphql-js's parser: a refusal is a 400 parse error, where armor's
 * parser plugin answered 500) and a cost that weighs list fields by `first` (cost.ts; armor's own cost
 * limit knows nothing of page sizes); batched HTTP requests
 * are refused (app.ts); "Did you mean" suggestions are hidden in production. The storefront's deepest
 * operation (search hits → product → producer → province → current) is depth 7, so 8 is the first
 * refused depth.
 */
/** Tokens (names, punctuation, values) a document may hold. */
export const MAX_TOKENS = 2000;

export function queryLimits(options: { isProduction: boolean }) {
  const armor = new ApolloArmor({
    // Fragments count as the fields they hold, not as a level of their own.
    maxDepth: { n: 7, flattenFragments: true },
    // Every alias counts, `__typename` too (armor lets aliased __typename through by default).
    maxAliases: { n: 15, allowList: [] },
    maxDirectives: { n: 10 },
    // Tokens are counted by graphql's own parser (parseOptions below): armor's token plugin parses the
    // query a second time in a plugin hook, where a syntax error became an HTTP 500 (found by the fuzz test).
    maxTokens: { enabled: false },
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: options.isProduction },
  });
  const protection = armor.protect();
  return {
    validationRules: [...protection.validationRules, noNulCharacters],
    plugins: [...(protection.plugins as ApolloServerPlugin[]), costLimit()],
    parseOptions: { maxTokens: MAX_TOKENS },
  };
}
