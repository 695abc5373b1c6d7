/**
 * How a guest gets back to an order: checkout answers with a secret for the order's link
 * (`accessToken`), and the order page also accepts the order's email. Neither goes into the URL
 * (URLs end up in logs, histories and Referer headers): the storefront keeps them in its own
 * HttpOnly cookie, per order number, the last MAX_ORDERS orders of this browser. Signed-in shoppers
 * need none of it: the API shows them their own orders.
 */

/** In production `__Host-` (Secure, Path=/, no Domain), like the API's session cookie. */
export const ORDER_ACCESS_COOKIE = import.meta.env.PROD ? "__Host-ocop_orders" : "ocop_orders";
const MAX_ORDERS = 10;
const MAX_AGE_SECONDS = 90 * 24 * 3600;

export interface OrderAccess {
  number: string;
  accessToken?: string;
  email?: string;
}

function isAccess(value: unknown): value is OrderAccess {
  if (!value || typeof value !== "object") return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.number === "string" &&
    (v.accessToken === undefined || typeof v.accessToken === "string") &&
    (v.email === undefined || typeof v.email === "string")
  );
}

/** The orders this browser may open, from the request's Cookie header (garbage is ignored). */
export function readOrderAccess(cookieHeader: string | null): OrderAccess[] {
  if (!cookieHeader) return [];
  for (const pair of cookieHeader.split(";")) {
    const eq = pair.indexOf("=");
    if (eq < 0 || pair.slice(0, eq).trim() !== ORDER_ACCESS_COOKIE) continue;
    try {
      const parsed: unknown = JSON.parse(Buffer.from(pair.slice(eq + 1).trim(), "base64url").toString("utf8"));
      return Array.isArray(parsed) ? parsed.filter(isAccess).slice(0, MAX_ORDERS) : [];
    } catch {
      return [];
    }
  }
  return [];
}

export function accessFor(cookieHeader: string | null, number: string): OrderAccess | null {
  return readOrderAccess(cookieHeader).find((a) => a.number === number) ?? null;
}

/** The Set-Cookie header remembering `access` (newest first, replacing an older entry of the same order). */
export function rememberOrderAccess(cookieHeader: string | null, access: OrderAccess): string {
  const kept = readOrderAccess(cookieHeader).filter((a) => a.number !== access.number);
  const value = Buffer.from(JSON.stringify([access, ...kept].slice(0, MAX_ORDERS)), "utf8").toString("base64url");
  const secure = import.meta.env.PROD ? "; Secure" : "";
  return `${ORDER_ACCESS_COOKIE}=${value}; Path=/; Max-Age=${MAX_AGE_SECONDS}; HttpOnly; SameSite=Lax${secure}`;
}
