import type { RouterContextProvider } from "react-router";
import { localeFromPathname } from "../i18n";
import { planEditorScope, planWorkspaceOf } from "./programme-plans";
import { requireViewer } from "./workspace.server";

/**
 * The guard of the plan pages: the admin's (`/quan-tri/ke-hoach…`, admins only) or the council's
 * (`/hoi-dong/ke-hoach…`, council members and admins), with what the viewer may edit.
 */
export async function requirePlanEditor(context: Readonly<RouterContextProvider>, url: URL) {
  const workspace = planWorkspaceOf(url.pathname);
  const { viewer } = await requireViewer(context, url, workspace);
  return { viewer, workspace, scope: planEditorScope(viewer.roles), locale: localeFromPathname(url.pathname) };
}

/** Runs a plan read or write; the API's FORBIDDEN (a plan of another province) becomes a 403 page. */
export async function planCall<T>(run: Promise<T>): Promise<T> {
  try {
    return await run;
  } catch (e) {
    const errors = (e as { errors?: { extensions?: { code?: unknown } }[] }).errors;
    if (errors?.some((x) => x.extensions?.code === "FORBIDDEN")) throw new Response("Forbidden", { status: 403 });
    throw e;
  }
}
