import type { RouterContextProvider } from "react-router";
import { localeFromPathname } from "../i18n";
import { villageWorkspaceOf } from "./craft-villages";
import { planEditorScope } from "./programme-plans";
import { requireViewer } from "./workspace.server";

/**
 * The guard of the craft village pages: the admin's (`/quan-tri/lang-nghe…`, admins only) or the
 * council's (`/hoi-dong/lang-nghe…`, council members and admins), with what the viewer may edit
 * (the plans' rule: admins all, a province council its province's).
 */
export async function requireVillageEditor(context: Readonly<RouterContextProvider>, url: URL) {
  const workspace = villageWorkspaceOf(url.pathname);
  const { viewer } = await requireViewer(context, url, workspace);
  return { viewer, workspace, scope: planEditorScope(viewer.roles), locale: localeFromPathname(url.pathname) };
}
