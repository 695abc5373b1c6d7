import { OPEN_DATA_FILE } from "./open-data";

const PASSED = ["content-type", "content-length", "content-disposition", "cache-control"] as const;
const API_TIMEOUT_MS = 30_000;

/** Streams `/open-data/<file>?province=…` from the API (only the documented files and parameters). */
export async function proxyOpenData(apiUrl: string, file: string, request: Request): Promise<Response> {
  const url = new URL(request.url);
  const province = url.searchParams.get("province");
  if (!OPEN_DATA_FILE.test(file) || (province !== null && !/^\d{2}$/.test(province))) {
    return new Response("Không tìm thấy / Not found", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
  const upstreamUrl = new URL(`open-data/${file}`, apiUrl);
  if (province) upstreamUrl.searchParams.set("province", province);
  if (url.searchParams.get("asIssued") === "true") upstreamUrl.searchParams.set("asIssued", "true");
  const upstream = await fetch(upstreamUrl, { signal: AbortSignal.any([request.signal, AbortSignal.timeout(API_TIMEOUT_MS)]) });
  if (upstream.status === 404) return new Response("Không tìm thấy / Not found", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  if (!upstream.ok) return new Response("Bad gateway", { status: 502, headers: { "cache-control": "no-store" } });
  const headers = new Headers();
  for (const name of PASSED) {
    const value = upstream.headers.get(name);
    if (value) headers.set(name, value);
  }
  return new Response(upstream.body, { status: 200, headers });
}
