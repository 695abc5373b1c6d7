import { type RouterContextProvider } from "react-router";
import { env } from "./env.server";
import { PRODUCER_PARAM } from "./seller";
import { apiCookieHeader } from "./session-relay.server";
import { requireViewer, type WorkspaceViewer } from "./workspace.server";

export interface SellerProducer {
  id: string;
  name: string;
  slug: string;
  verified: boolean;
  /** OWNER or STAFF; null when an admin opens a producer they are not a member of. */
  role: string | null;
}

/**
 * The guard of every producer-workspace page: the signed-in viewer, their producers, and the one the
 * page works on (`?chu-the=<Producer id>`, else their first; null for a viewer with no producer yet,
 * whom the workspace's home page offers the registration form). The API checks membership again on
 * every read and write.
 */
export async function requireSeller(context: Readonly<RouterContextProvider>, url: URL) {
  const { viewer } = await requireViewer(context, url);
  const producers = producersOf(viewer);
  const asked = url.searchParams.get(PRODUCER_PARAM);
  const current = (asked && producers.find((p) => p.id === asked)) || (asked ? { id: asked, name: "", slug: "", verified: false, role: null } : producers[0] ?? null);
  return { viewer, producers, current };
}

export function producersOf(viewer: WorkspaceViewer): SellerProducer[] {
  return viewer.roles.flatMap((r) =>
    "producer" in r && r.producer ? [{ id: r.producer.id, name: r.producer.name, slug: r.producer.slug, verified: r.producer.verified, role: r.role }] : [],
  );
}

/** Largest photo the API takes (product-image.http.ts): checked here first so a big file is not forwarded. */
export const MAX_PHOTO_BYTES = 5 * 1024 * 1024;
const PHOTO_TYPES = new Set(["image/jpeg", "image/png", "image/webp"]);

/**
 * Forwards a photo from a workspace form to the API's upload endpoint, with the browser's session
 * cookie and the upload header. Returns null when stored, else an error code for the form
 * (NO_FILE, NOT_AN_IMAGE, TOO_LARGE, NOT_FOUND, UPLOAD_FAILED).
 */
export function uploadProductPhoto(request: Request, productId: string, file: FormDataEntryValue | null, alt: string): Promise<string | null> {
  return uploadPhoto(request, { path: "uploads/product-images", param: "productId", id: productId }, file, alt);
}

/** The same for any photo endpoint of the API (product photos, tourism point photos). */
export async function uploadPhoto(
  request: Request,
  target: { path: string; param: string; id: string },
  file: FormDataEntryValue | null,
  alt: string,
): Promise<string | null> {
  if (!file || typeof file === "string" || file.size === 0) return "NO_FILE";
  if (file.size > MAX_PHOTO_BYTES) return "TOO_LARGE";
  // The API sniffs the bytes too; a file the browser did not call an image is refused here.
  if (!PHOTO_TYPES.has(file.type)) return "NOT_AN_IMAGE";
  const url = new URL(target.path, env.apiUrl);
  url.searchParams.set(target.param, target.id);
  url.searchParams.set("alt", alt);
  const headers: Record<string, string> = { "content-type": file.type, "x-ocop-upload": "1" };
  const cookie = apiCookieHeader(request.headers.get("cookie"));
  if (cookie) headers.cookie = cookie;
  let response: Response;
  try {
    response = await fetch(url, { method: "POST", headers, body: Buffer.from(await file.arrayBuffer()), signal: AbortSignal.timeout(30_000) });
  } catch {
    return "UPLOAD_FAILED";
  }
  if (response.status === 201) return null;
  if (response.status === 415) return "NOT_AN_IMAGE";
  if (response.status === 413) return "TOO_LARGE";
  if (response.status === 404) return "NOT_FOUND";
  return "UPLOAD_FAILED";
}

/**
 * Runs a workspace read; the API's refusal (a producer the viewer is not a member of) becomes a 403
 * page instead of an error page.
 */
export async function sellerRead<T>(run: Promise<T>): Promise<T> {
  try {
    return await run;
  } catch (e) {
    const errors = (e as { errors?: { extensions?: { code?: unknown } }[] }).errors;
    if (errors?.some((x) => x.extensions?.code === "FORBIDDEN")) throw new Response("Forbidden", { status: 403 });
    throw e;
  }
}
