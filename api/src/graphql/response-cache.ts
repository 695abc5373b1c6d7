import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControl } from '@apollo/server/plugin/cacheControl';
import responseCachePlugin from '@apollo/server-plugin-response-cache';
import type { KeyValueCache } from '@apollo/utils.keyvaluecache';
import type { CacheEpoch } from '../lib/cache-epoch.js';
import type { Context } from './context.js';

/** Marks the field being resolved as never cacheable (Apollo's cache-control hint, when the plugin is on). */
export function uncacheable(info: unknown): void {
  (info as { cacheControl?: { setCacheHint(hint: { maxAge: number }): void } }).cacheControl?.setCacheHint({ maxAge: 0 });
}

/** Bounds how long a cached answer holding this field may live (a clock-dependent field such as "open now"). */
export function cacheAtMost(info: unknown, seconds: number): void {
  (info as { cacheControl?: { cacheHint: { restrict(hint: { maxAge: number }): void } } }).cacheControl?.cacheHint.restrict({ maxAge: seconds });
}

/**
 * Public catalogue reads whose whole answer may be cached: they depend only on their arguments, the
 * Vietnam day and the data (never on who asks). Any other root field makes a response uncacheable.
 */
export const CACHEABLE_ROOT_FIELDS: ReadonlySet<string> = new Set([
  'products', 'product', 'search', 'searchSuggestions', 'productSets', 'provinces', 'communes', 'producer', 'producers', 'certificate', 'trace',
]);

/**
 * Mutations that never change what a cacheable read answers (accounts and carts): every other
 * mutation moves the cache epoch on, so the next read anywhere recomputes.
 */
export const MUTATIONS_WITHOUT_CATALOGUE_EFFECT: ReadonlySet<string> = new Set([
  'accountChangePassword', 'accountLogIn', 'accountLogOut', 'accountRequestPasswordReset', 'accountResendVerification',
  'accountResetPassword', 'accountSignUp', 'accountVerifyEmail', 'cartLinesAdd', 'cartLineUpdate', 'cartLineRemove',
]);

/**
 * Whole-response caching of anonymous public reads (Apollo's response cache plugin over its
 * cache-control hints), with invalidation by epoch rather than by time:
 * - a response is cacheable for `maxAgeSeconds` when every root field is in CACHEABLE_ROOT_FIELDS
 *   and no field guarded by a rule other than PUBLIC was resolved (authChecker sets those hints to
 *   0), so a response holding anything private is never stored;
 * - only requests without a signed-in viewer read or write the cache (what a member may see of a
 *   pending producer must never reach a stranger);
 * - the key holds the cache epoch (a PostgreSQL sequence every instance reads, moved on after each
 *   mutation that may change the catalogue — see cache-epoch.ts) and the Vietnam day (certificate
 *   validity), so a price or stock change made through any instance is seen by the next request to
 *   every instance; `maxAgeSeconds` only bounds how long an entry lives if an epoch bump is lost.
 * Nothing is ever charged from this cache: checkout reads prices and stock in its transaction.
 */
export function responseCaching(options: { epoch: CacheEpoch; cache: KeyValueCache<string>; maxAgeSeconds: number }): ApolloServerPlugin<Context>[] {
  const policy: ApolloServerPlugin<Context> = {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, overallCachePolicy }) {
          // Only reads made of public roots (no fragments at the root, to keep this check simple).
          const cacheable = operation?.operation === 'query' && operation.selectionSet.selections.every(
            (s) => s.kind === 'Field' && (CACHEABLE_ROOT_FIELDS.has(s.name.value) || s.name.value === '__typename'),
          );
          if (!cacheable) overallCachePolicy.restrict({ maxAge: 0 });
        },
        async willSendResponse({ operation, request, response, overallCachePolicy, contextValue }) {
          // A cacheable read over GET may be kept by browsers and CDNs, but only to revalidate it
          // (the HTTP layer answers If-None-Match with 304 while the answer is the same): a change
          // shows on the next request, never after a max-age.
          if (request.http?.method === 'GET' && contextValue.viewer === null && overallCachePolicy.policyIfCacheable()) {
            response.http.headers.set('cache-control', 'public, no-cache');
          }
          if (operation?.operation !== 'mutation') return;
          const roots = operation.selectionSet.selections.map((s) => (s.kind === 'Field' ? s.name.value : ''));
          if (roots.every((name) => MUTATIONS_WITHOUT_CATALOGUE_EFFECT.has(name))) return;
          // After the mutation's transaction committed, before its answer leaves: a client that
          // reads after this answer sees the new epoch on every instance.
          await options.epoch.bump();
        },
      };
    },
  };
  return [
    ApolloServerPluginCacheControl({ defaultMaxAge: options.maxAgeSeconds, calculateHttpHeaders: false }),
    policy,
    responseCachePlugin<Context>({
      cache: options.cache,
      shouldReadFromCache: async ({ contextValue }) => contextValue.viewer === null,
      shouldWriteToCache: async ({ contextValue }) => contextValue.viewer === null,
      extraCacheKeyData: async ({ contextValue }) => ({ epoch: await options.epoch.current(), today: contextValue.today }),
    }),
  ];
}
