import { useTranslations } from "use-intl";
import { fulfilmentErrorMessage } from "../../lib/fulfilment";
import type { FormErrors, FormValues } from "../../lib/seller";

/**
 * A field of one sub-order's action form (the inbox lists many, so ids carry the form and the
 * sub-order), refilled with what was typed and its message in the page's language.
 */
export function ActionField({
  form, subOrderId, name, label, hint, values, errors, multiline,
}: {
  form: string;
  subOrderId: string;
  name: string;
  label: string;
  hint?: string;
  values: FormValues;
  errors: FormErrors;
  multiline?: boolean;
}) {
  const t = useTranslations();
  const id = `${form}-${name}-${subOrderId}`.replace(/[^a-zA-Z0-9_-]/g, "-");
  const error = errors[name];
  const describedBy = [error ? `${id}-error` : null, hint ? `${id}-hint` : null].filter(Boolean).join(" ") || undefined;
  const common = { id, name, defaultValue: values[name] ?? "", "aria-invalid": error ? true : undefined, "aria-describedby": describedBy };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {multiline ? <textarea rows={3} {...common} /> : <input type="text" {...common} />}
      {hint ? (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field-error" id={`${id}-error`}>
          {fulfilmentErrorMessage(t, error)}
        </p>
      ) : null}
    </div>
  );
}

/** An action's error that is about the order itself (its state, the viewer's right), announced. */
export function ActionFormError({ code }: { code: string | undefined }) {
  const t = useTranslations();
  if (!code) return null;
  return (
    <p className="form-error" role="alert">
      {fulfilmentErrorMessage(t, code)}
    </p>
  );
}
