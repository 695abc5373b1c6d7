import {
  ApolloClient,
  HttpLink,
  InMemoryCache,
  type OperationVariables,
  type TypedDocumentNode,
} from "@apollo/client";
import {
  createContext,
  data,
  type MiddlewareFunction,
  type RouterContextProvider,
} from "react-router";
import { isIP } from "node:net";
import { clientAddress } from "./client-address.server";
import { env } from "./env.server";
import { SetCookieCollector, withSetCookies } from "./session-relay.server";

/** How long one API call may take before the page fails instead of hanging. */
const API_TIMEOUT_MS = 10_000;

/** Request headers passed on to the API. */
const FORWARDED_HEADERS = ["accept-language", "x-request-id", "traceparent"] as const;

/** Names the API reads the relayed shopper's address under (api/src/http/storefront-client.ts). */
export const STOREFRONT_TOKEN_HEADER = "x-ocop-storefront-token";
export const CLIENT_ADDRESS_HEADER = "x-ocop-client-address";

/** Who the API call is made for: the shopper's address, and the secret that makes the API believe it. */
export interface ShopperRelay {
  clientAddress: string | null;
  apiToken: string | null;
}

/**
 * The headers of the API calls made for `request`: the few worth passing on (language, request id,
 * trace), and with the API token the shopper's address, so the API's per-address limits count the
 * shopper rather than the storefront. Never the browser's own X-Forwarded-For: anyone could write one.
 */
export function apiRequestHeaders(request: Request, { clientAddress, apiToken }: ShopperRelay): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const name of FORWARDED_HEADERS) {
    const value = request.headers.get(name);
    if (value) headers[name] = value;
  }
  if (apiToken && clientAddress && isIP(clientAddress) !== 0) {
    headers[STOREFRONT_TOKEN_HEADER] = apiToken;
    headers[CLIENT_ADDRESS_HEADER] = clientAddress;
  }
  return headers;
}

/** What the API said about this request's calls beyond their answers. */
export class ApiCallLog {
  /** Retry-After of a call the API refused as over a rate limit (HTTP 429), else null. */
  retryAfter: string | null = null;
}

/**
 * The error a loader or action throws when the API refused one of its calls as over a rate limit:
 * the shopper gets 429 with the API's Retry-After and the "too many requests" page, not a 500.
 */
export function tooManyRequests(retryAfter: string) {
  return data("Too many requests", { status: 429, headers: { "Retry-After": retryAfter } });
}

/**
 * A new ApolloClient for one incoming request: its own InMemoryCache, so nothing cached for one
 * shopper is ever served to another. The API call is aborted when the page request is aborted
 * or takes longer than API_TIMEOUT_MS.
 */
export function createApolloClient(
  request: Request,
  setCookies = new SetCookieCollector(request.headers.get("cookie")),
  clientAddress: string | null = null,
  calls = new ApiCallLog(),
): ApolloClient {
  const headers = apiRequestHeaders(request, { clientAddress, apiToken: env.apiToken });
  return new ApolloClient({
    ssrMode: true,
    link: new HttpLink({
      uri: env.apiUrl,
      headers,
      fetch: async (input, init) => {
        // The browser's session and cart cookies go to the API, updated by the Set-Cookie of earlier
        // calls of this request; the API's Set-Cookie comes back (session-relay.server.ts).
        const sent = new Headers(init?.headers);
        const cookie = setCookies.cookieHeader();
        if (cookie) sent.set("cookie", cookie);
        else sent.delete("cookie");
        const response = await fetch(input, { ...init, headers: sent });
        setCookies.collect(response);
        if (response.status === 429) calls.retryAfter = response.headers.get("retry-after") ?? "60";
        return response;
      },
      fetchOptions: {
        signal: AbortSignal.any([request.signal, AbortSignal.timeout(API_TIMEOUT_MS)]),
      },
    }),
    cache: new InMemoryCache(),
    devtools: { enabled: false },
  });
}

/** Router context slot holding the per-request client (set by `apolloMiddleware` in root.tsx). */
export const apolloClientContext = createContext<ApolloClient | null>(null);

/** Router context slot holding the request's API cookie jar (set by `apolloMiddleware`). */
const apiCookiesContext = createContext<SetCookieCollector | null>(null);

/** Router context slot holding what the API said about the request's calls (set by `apolloMiddleware`). */
const apiCallsContext = createContext<ApiCallLog | null>(null);

/**
 * Whether this request's API calls carry a session or cart cookie (the browser's, or one an action
 * of this request received). Without one the visitor is anonymous with an empty cart: pages skip
 * asking the API who they are, and their public reads stay cacheable by the API.
 */
export function sendsApiCookies(context: Readonly<RouterContextProvider>): boolean {
  return context.get(apiCookiesContext)?.cookieHeader() != null;
}

/**
 * Root server middleware: one ApolloClient per request, shared by all loaders and the action of
 * that request; the session cookies the API set while serving it are added to the page response.
 */
export const apolloMiddleware: MiddlewareFunction<Response> = async ({ request, context }, next) => {
  const setCookies = new SetCookieCollector(request.headers.get("cookie"));
  const calls = new ApiCallLog();
  context.set(apolloClientContext, createApolloClient(request, setCookies, clientAddress(context), calls));
  context.set(apiCookiesContext, setCookies);
  context.set(apiCallsContext, calls);
  const response = withSetCookies(await next(), setCookies.values);
  // A page rendered by an error boundary does not carry its thrown response's headers: say when to retry.
  if (response.status === 429 && calls.retryAfter && !response.headers.has("Retry-After")) {
    try {
      response.headers.set("Retry-After", calls.retryAfter);
    } catch {
      const copy = new Response(response.body, response);
      copy.headers.set("Retry-After", calls.retryAfter);
      return copy;
    }
  }
  return response;
};

function clientFrom(context: Readonly<RouterContextProvider>): ApolloClient {
  const client = context.get(apolloClientContext);
  if (!client) throw new Error("apolloMiddleware did not run for this request");
  return client;
}

/**
 * Run a typed query (a document from `graphql()` in app/gql) with the request's client and return
 * its data. GraphQL and network errors reject (errorPolicy "none").
 */
export async function query<TData, TVariables extends OperationVariables>(
  context: Readonly<RouterContextProvider>,
  document: TypedDocumentNode<TData, TVariables>,
  ...[variables]: Record<string, never> extends TVariables ? [TVariables?] : [TVariables]
): Promise<TData> {
  const result = await refusedAsTooMany(context, () =>
    clientFrom(context).query({
      query: document,
      variables: variables as TVariables,
    } as ApolloClient.QueryOptions<TData, TVariables>),
  );
  return result.data as TData;
}

/** Runs an API call; when it failed because the API refused it as over a rate limit, throws tooManyRequests. */
async function refusedAsTooMany<T>(context: Readonly<RouterContextProvider>, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    const retryAfter = context.get(apiCallsContext)?.retryAfter;
    if (retryAfter != null) throw tooManyRequests(retryAfter);
    throw error;
  }
}

/** Run a typed mutation with the request's client and return its data (errors reject). */
export async function mutate<TData, TVariables extends OperationVariables>(
  context: Readonly<RouterContextProvider>,
  document: TypedDocumentNode<TData, TVariables>,
  ...[variables]: Record<string, never> extends TVariables ? [TVariables?] : [TVariables]
): Promise<TData> {
  const result = await refusedAsTooMany(context, () =>
    clientFrom(context).mutate({
      mutation: document,
      variables: variables as TVariables,
    } as ApolloClient.MutateOptions<TData, TVariables>),
  );
  return result.data as TData;
}
