import { redirect } from "react-router";
import { EVALUATION_REQUEST_RESULT } from "../components/EvaluationRequestForm";
import { localeFromPathname, localeHref } from "../i18n";
import { mutate } from "../lib/apollo.server";
import { safeRedirect } from "../lib/account-form";
import { graphQLErrorCode, isCouncilErrorCode, text } from "../lib/council-forms";
import { EvaluationRequestSubmitMutation, EvaluationRequestWithdrawMutation } from "../lib/operations.server";
import { requireViewer } from "../lib/workspace.server";
import type { Route } from "./+types/evaluation-request";

/**
 * POST only (components/EvaluationRequestForm posts here): a producer member submits a product for
 * evaluation (`intent=submit`, `productId`) or withdraws its open request (`intent=withdraw`,
 * `requestId`), then goes back to `redirectTo` with `?de-nghi=SUBMITTED|WITHDRAWN|<error code>`.
 */
export function loader() {
  throw new Response(null, { status: 405, headers: { Allow: "POST" } });
}

/** `target` with the result parameter set (any earlier result removed). */
function withResult(target: string, result: string): string {
  const url = new URL(target, "http://x");
  url.searchParams.set(EVALUATION_REQUEST_RESULT, result);
  return `${url.pathname}${url.search}${url.hash}`;
}

async function run(context: Route.ActionArgs["context"], intent: string, form: FormData): Promise<string> {
  try {
    if (intent === "submit") {
      const payload = (await mutate(context, EvaluationRequestSubmitMutation, { input: { productId: text(form, "productId") } })).evaluationRequestSubmit;
      return payload.userErrors[0]?.code ?? "SUBMITTED";
    }
    if (intent === "withdraw") {
      const payload = (await mutate(context, EvaluationRequestWithdrawMutation, { input: { requestId: text(form, "requestId") } })).evaluationRequestWithdraw;
      return payload.userErrors[0]?.code ?? "WITHDRAWN";
    }
    return "UNKNOWN";
  } catch (error) {
    const code = graphQLErrorCode(error);
    if (code === "FORBIDDEN") return "FORBIDDEN";
    if (code === "BAD_USER_INPUT") return "NOT_FOUND";
    throw error;
  }
}

export async function action({ request, url, context }: Route.ActionArgs) {
  await requireViewer(context, url, "producer");
  const form = await request.formData();
  const fallback = localeHref("producerWorkspace", localeFromPathname(url.pathname));
  const back = safeRedirect(form.get("redirectTo"), fallback);
  const result = await run(context, text(form, "intent"), form);
  return redirect(withResult(back, isCouncilErrorCode(result) || result === "SUBMITTED" || result === "WITHDRAWN" ? result : "UNKNOWN"));
}
