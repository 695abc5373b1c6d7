import type { RouterContextProvider } from "react-router";
import { query } from "./apollo.server";
import { OperatorCatalogueItemsQuery, OperatorCatalogueQuery } from "./operations.server";
import { requireViewer } from "./workspace.server";

/**
 * The operator of the signed-in member (the first; `?don-vi=<slug>` picks another) with its points
 * and experiences; 403 for someone who belongs to no operator (they register on the profile page).
 */
export async function loadOperatorCatalogue(context: Readonly<RouterContextProvider>, url: URL) {
  await requireViewer(context, url, "operator");
  const { viewer, provinces } = await query(context, OperatorCatalogueQuery);
  const operators = (viewer?.roles ?? []).flatMap((r) => ("operator" in r && r.operator ? [r.operator] : []));
  const wanted = url.searchParams.get("don-vi");
  const operator = operators.find((o) => o.slug === wanted) ?? operators[0];
  if (!operator) throw new Response("Forbidden", { status: 403 });
  const items = (await query(context, OperatorCatalogueItemsQuery, { id: operator.id })).node;
  const catalogue = items && "points" in items ? items : { points: { nodes: [] }, experiences: { nodes: [] } };
  return { operator: { ...operator, points: catalogue.points, experiences: catalogue.experiences }, provinces: provinces.nodes };
}

/** Runs a workspace read; the API's FORBIDDEN becomes a 403 page, a missing object a 404. */
export async function operatorRead<T>(run: Promise<T>): Promise<T> {
  try {
    return await run;
  } catch (e) {
    const errors = (e as { errors?: { extensions?: { code?: unknown } }[] }).errors;
    if (errors?.some((x) => x.extensions?.code === "FORBIDDEN")) throw new Response("Forbidden", { status: 403 });
    throw e;
  }
}
