/**
 * Runs a fulfilment or reconciliation mutation; the API's refusal (FORBIDDEN: not a member of the
 * order's producer) becomes a userError for the form instead of an error page.
 */
type UserError = { field?: readonly string[] | null; code: string };

export async function forbiddenAsError(run: () => Promise<readonly UserError[]>): Promise<readonly UserError[]> {
  try {
    return await run();
  } catch (e) {
    const errors = (e as { errors?: { extensions?: { code?: unknown } }[] }).errors;
    if (errors?.some((x) => x.extensions?.code === "FORBIDDEN")) return [{ field: null, code: "FORBIDDEN" }];
    throw e;
  }
}
