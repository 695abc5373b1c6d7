import {
  ApolloClient,
  HttpLink,
  InMemoryCache,
  type OperationVariables,
  type TypedDocumentNode,
} from "@apollo/client";
import {
  createContext,
  type MiddlewareFunction,
  type RouterContextProvider,
} from "react-router";
import { env } from "./env.server";

/** How long one API call may take before the page fails instead of hanging. */
const API_TIMEOUT_MS = 10_000;

/** Request headers passed on to the API. */
const FORWARDED_HEADERS = ["accept-language", "x-request-id", "traceparent"] as const;

/**
 * A new ApolloClient for one incoming request: its own InMemoryCache, so nothing cached for one
 * shopper is ever served to another. The API call is aborted when the page request is aborted
 * or takes longer than API_TIMEOUT_MS.
 */
export function createApolloClient(request: Request): ApolloClient {
  const headers: Record<string, string> = {};
  for (const name of FORWARDED_HEADERS) {
    const value = request.headers.get(name);
    if (value) headers[name] = value;
  }
  return new ApolloClient({
    ssrMode: true,
    link: new HttpLink({
      uri: env.apiUrl,
      headers,
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

/**
 * Root server middleware: one ApolloClient per request, shared by all loaders of that request
 * (React Router calls `next()` itself when a middleware returns without calling it).
 */
export const apolloMiddleware: MiddlewareFunction<Response> = ({ request, context }) => {
  context.set(apolloClientContext, createApolloClient(request));
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
  const result = await clientFrom(context).query({
    query: document,
    variables: variables as TVariables,
  } as ApolloClient.QueryOptions<TData, TVariables>);
  return result.data as TData;
}
