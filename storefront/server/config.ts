import { isIP } from "node:net";

/**
 * The production server's own settings (server.ts), read once from the environment. The app's
 * settings (API_URL, SITE_URL, STOREFRONT_API_TOKEN, …) are read by app/lib/env.server.ts.
 *
 * - PORT         port to listen on (default 3000), as react-router-serve read it
 * - HOST         address to listen on (default: every interface)
 * - NODE_ENV     "production" when unset (as with react-router-serve; server.ts sets it before the app loads)
 * - TRUST_PROXY  who stands in front of the storefront: unset (nobody: the client is the peer of the
 *                connection), a number of proxy hops (1 = one load balancer), or a comma-separated
 *                list of proxy addresses and subnets ("10.0.0.0/8, 192.0.2.7"; also Express's names
 *                loopback, linklocal, uniquelocal). The client's address is then taken from
 *                X-Forwarded-For, right to left, past the trusted hops (Express "trust proxy")
 * - LOG_LEVEL    pino level of the access log (default info; silent turns it off)
 */
export interface ServerConfig {
  readonly port: number;
  readonly host: string | undefined;
  readonly production: boolean;
  /** Express's "trust proxy" setting: false, a hop count, or addresses/subnets. */
  readonly trustProxy: false | number | readonly string[];
  readonly logLevel: string;
}

const PROXY_NAMES = new Set(["loopback", "linklocal", "uniquelocal"]);
const LOG_LEVELS = new Set(["fatal", "error", "warn", "info", "debug", "trace", "silent"]);

function isSubnetOrAddress(entry: string): boolean {
  if (PROXY_NAMES.has(entry)) return true;
  const [address = "", prefix, ...rest] = entry.split("/");
  const family = isIP(address);
  if (family === 0 || rest.length) return false;
  if (prefix === undefined) return true;
  const bits = /^\d{1,3}$/.test(prefix) ? Number(prefix) : -1;
  return bits >= 0 && bits <= (family === 4 ? 32 : 128);
}

export function parseTrustProxy(raw: string | undefined): ServerConfig["trustProxy"] {
  const value = raw?.trim() ?? "";
  if (value === "" || value === "false" || value === "0") return false;
  if (/^\d+$/.test(value)) return Number(value);
  if (value === "true") {
    // Express would take the left-most X-Forwarded-For entry: whatever the client wrote.
    throw new Error("TRUST_PROXY=true would believe any X-Forwarded-For; give the number of proxy hops or their addresses");
  }
  const entries = value.split(",").map((e) => e.trim()).filter(Boolean);
  const bad = entries.filter((e) => !isSubnetOrAddress(e));
  if (bad.length) throw new Error(`TRUST_PROXY: not an address, subnet, hop count or loopback/linklocal/uniquelocal: ${bad.join(", ")}`);
  return Object.freeze(entries);
}

export function readServerConfig(source: Record<string, string | undefined>): ServerConfig {
  const rawPort = source.PORT?.trim() || "3000";
  const port = Number(rawPort);
  if (!/^\d+$/.test(rawPort) || port > 65_535) throw new Error(`PORT must be a port number, got ${JSON.stringify(source.PORT)}`);
  const logLevel = source.LOG_LEVEL?.trim() || "info";
  if (!LOG_LEVELS.has(logLevel)) throw new Error(`LOG_LEVEL must be one of ${[...LOG_LEVELS].join(", ")}`);
  return Object.freeze({
    port,
    host: source.HOST?.trim() || undefined,
    production: (source.NODE_ENV ?? "production") === "production",
    trustProxy: parseTrustProxy(source.TRUST_PROXY),
    logLevel,
  });
}
