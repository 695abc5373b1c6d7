import { redirect, type RouterContextProvider } from "react-router";
import { localeFromPathname, localeHref } from "../i18n";
import { query } from "./apollo.server";
import { WorkspaceViewerQuery } from "./operations.server";
import { type WorkspaceAccess, workspaceAccess } from "./workspace";

export type WorkspaceViewer = NonNullable<Awaited<ReturnType<typeof loadViewer>>>;

async function loadViewer(context: Readonly<RouterContextProvider>) {
  return (await query(context, WorkspaceViewerQuery)).viewer;
}

/**
 * The guard of every workspace page's loader and action: the signed-in viewer with roles, or a
 * redirect to log-in that comes back here (`?tiep=`). With `need`, a viewer without that workspace
 * gets 403 (the API refuses anyway; this gives a page instead of an error).
 */
export async function requireViewer(
  context: Readonly<RouterContextProvider>,
  url: URL,
  need?: keyof WorkspaceAccess,
): Promise<{ viewer: WorkspaceViewer; access: WorkspaceAccess }> {
  const viewer = await loadViewer(context);
  if (!viewer) {
    const logIn = localeHref("logIn", localeFromPathname(url.pathname));
    throw redirect(`${logIn}?tiep=${encodeURIComponent(url.pathname + url.search)}`);
  }
  const access = workspaceAccess(viewer.roles);
  if (need && !access[need]) throw new Response("Forbidden", { status: 403 });
  return { viewer, access };
}
