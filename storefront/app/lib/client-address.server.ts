import { createContext, RouterContextProvider } from "react-router";

/**
 * Who is asking: the shopper's IP address as the production server (server.ts) saw it — the peer of
 * the connection, or behind a proxy it is told to trust (TRUST_PROXY) that proxy's X-Forwarded-For.
 * The API counts its per-address limits with it (apollo.server.ts sends it with the API token).
 * Unknown (null) under `react-router dev`, which does not call the server's load context.
 */
const clientAddressContext = createContext<string | null>(null);

/**
 * The load context of one request; exported by entry.server.tsx so that server.ts can make it
 * (a router context is matched by identity, so it must come from the app's own build).
 */
export function createLoadContext(clientAddress: string | null): RouterContextProvider {
  const context = new RouterContextProvider();
  context.set(clientAddressContext, clientAddress);
  return context;
}

/** This request's client address, or null when the server did not say. */
export function clientAddress(context: Readonly<RouterContextProvider>): string | null {
  return context.get(clientAddressContext);
}
