import { data, redirect, type RouterContextProvider } from "react-router";
import { localeHref, type Locale } from "../i18n";
import { mutate, query } from "./apollo.server";
import {
  checkDate,
  errorsFromApi,
  graphQLErrorCode,
  readScores,
  text,
  type FormErrors,
} from "./council-forms";
import {
  CouncilCertificateRecogniseMutation,
  CouncilCertificateRevokeMutation,
  CouncilEvaluationRecordMutation,
  CriteriaSetsQuery,
  EvaluationRequestRejectMutation,
} from "./operations.server";

type Context = Readonly<RouterContextProvider>;

/** What a council form's action returns on failure: which form, what was typed, the errors by field. */
export interface CouncilActionData {
  intent: string;
  values: Record<string, string>;
  errors: FormErrors;
}

export function failure(intent: string, values: Record<string, string>, errors: FormErrors, status = 400) {
  return data<CouncilActionData>({ intent, values, errors }, { status });
}

/** Runs a mutation; a refusal by the API (FORBIDDEN, …) becomes a form error instead of a crash. */
async function attempt<T>(run: () => Promise<T>): Promise<{ ok: T } | { refused: string }> {
  try {
    return { ok: await run() };
  } catch (error) {
    const code = graphQLErrorCode(error);
    if (code === "FORBIDDEN" || code === "UNAUTHENTICATED") return { refused: "FORBIDDEN" };
    throw error;
  }
}

const withNotice = (path: string, notice: string, hash = "") => `${path}?xong=${notice}${hash}`;

export async function evaluateAction(context: Context, form: FormData, productId: string, back: string) {
  const criteriaVersion = text(form, "criteriaVersion");
  const councilLevel = text(form, "councilLevel");
  const evaluatedOn = text(form, "evaluatedOn");
  const sets = (await query(context, CriteriaSetsQuery)).criteriaSets.nodes;
  const set = sets.find((s) => s.version === criteriaVersion);
  const parts = set?.parts ?? [];
  const { values: scoreValues, errors, scores } = readScores(form, parts);
  const values: Record<string, string> = { criteriaVersion, councilLevel, evaluatedOn };
  for (const [code, value] of Object.entries(scoreValues)) values[`score.${code}`] = value;
  if (!set) errors.form = { code: "UNKNOWN_CRITERIA_VERSION" };
  const dateError = checkDate(evaluatedOn);
  if (dateError) errors.evaluatedOn = dateError;
  if (!councilLevel) errors.councilLevel = { code: "REQUIRED" };
  if (Object.keys(errors).length) return failure("evaluate", values, errors);

  const result = await attempt(() =>
    mutate(context, CouncilEvaluationRecordMutation, { input: { productId, criteriaVersion, councilLevel, evaluatedOn, scores } }),
  );
  if ("refused" in result) return failure("evaluate", values, { form: { code: result.refused } }, 403);
  const payload = result.ok.evaluationRecord;
  if (payload.userErrors.length) {
    const fields = ["evaluatedOn", "councilLevel", "criteriaVersion", ...parts.map((p) => `scores.${p.code}`)];
    return failure("evaluate", values, errorsFromApi(payload.userErrors, fields, parts));
  }
  return redirect(withNotice(back, "cham-diem", "#ket-qua"));
}

export async function recogniseAction(context: Context, form: FormData, productId: string, locale: Locale) {
  const values = { evaluationId: text(form, "evaluationId"), number: text(form, "number"), decisionDate: text(form, "decisionDate"), issuedBy: text(form, "issuedBy") };
  const errors: FormErrors = {};
  if (!values.number) errors.number = { code: "REQUIRED" };
  const dateError = checkDate(values.decisionDate);
  if (dateError) errors.decisionDate = dateError;
  if (!values.evaluationId) errors.form = { code: "UNKNOWN_EVALUATION" };
  if (Object.keys(errors).length) return failure("recognise", values, errors);
  const result = await attempt(() =>
    mutate(context, CouncilCertificateRecogniseMutation, {
      input: { evaluationId: values.evaluationId, number: values.number, decisionDate: values.decisionDate, issuedBy: values.issuedBy || null },
    }),
  );
  if ("refused" in result) return failure("recognise", values, { form: { code: result.refused } }, 403);
  const payload = result.ok.certificateRecognise;
  if (payload.userErrors.length || !payload.certificate) {
    return failure("recognise", values, errorsFromApi(payload.userErrors, ["number", "decisionDate", "issuedBy"]));
  }
  return redirect(withNotice(localeHref("councilCertificate", locale, { id: productId, certificateId: payload.certificate.id }), "cong-nhan"));
}

export async function rejectAction(context: Context, form: FormData, back: string) {
  const values = { requestId: text(form, "requestId"), reason: text(form, "reason") };
  if (!values.reason) return failure("reject", values, { reason: { code: "REQUIRED" } });
  const result = await attempt(() => mutate(context, EvaluationRequestRejectMutation, { input: { requestId: values.requestId, reason: values.reason } }));
  if ("refused" in result) return failure("reject", values, { form: { code: result.refused } }, 403);
  const payload = result.ok.evaluationRequestReject;
  if (payload.userErrors.length) return failure("reject", values, errorsFromApi(payload.userErrors, ["reason"]));
  return redirect(withNotice(back, "tra-lai"));
}

export async function revokeAction(context: Context, form: FormData, certificateId: string, back: string) {
  const values = { reason: text(form, "reason"), revokedOn: text(form, "revokedOn") };
  const errors: FormErrors = {};
  if (!values.reason) errors.reason = { code: "REQUIRED" };
  const dateError = checkDate(values.revokedOn);
  if (dateError) errors.revokedOn = dateError;
  if (Object.keys(errors).length) return failure("revoke", values, errors);
  const result = await attempt(() =>
    mutate(context, CouncilCertificateRevokeMutation, { input: { certificateId, reason: values.reason, revokedOn: values.revokedOn } }),
  );
  if ("refused" in result) return failure("revoke", values, { form: { code: result.refused } }, 403);
  const payload = result.ok.certificateRevoke;
  if (payload.userErrors.length) return failure("revoke", values, errorsFromApi(payload.userErrors, ["reason", "revokedOn"]));
  return redirect(withNotice(back, "thu-hoi"));
}
