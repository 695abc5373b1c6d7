import { env } from "../lib/env.server";
import { apiQrUrl, isQrFile, PASSED_HEADERS } from "../lib/qr-proxy.server";
import type { Route } from "./+types/qr";

const API_TIMEOUT_MS = 10_000;

function notFound() {
  return new Response("Không tìm thấy mã QR", {
    status: 404,
    headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
  });
}

/** Resource route: `/qr/<code>.svg|png`, streamed from the API with its content type and caching. */
export async function loader({ params, request }: Route.LoaderArgs) {
  const file = params.file ?? "";
  if (!isQrFile(file)) return notFound();
  const upstream = await fetch(apiQrUrl(env.apiUrl, file), {
    method: request.method === "HEAD" ? "HEAD" : "GET",
    signal: AbortSignal.any([request.signal, AbortSignal.timeout(API_TIMEOUT_MS)]),
  });
  if (upstream.status === 404) return notFound();
  if (!upstream.ok) {
    return new Response("Không tải được mã QR", { status: 502, headers: { "cache-control": "no-store" } });
  }
  const headers = new Headers();
  for (const name of PASSED_HEADERS) {
    const value = upstream.headers.get(name);
    if (value) headers.set(name, value);
  }
  return new Response(upstream.body, { status: 200, headers });
}
