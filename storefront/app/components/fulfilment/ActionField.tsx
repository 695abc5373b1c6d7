import { useTranslations } from "use-intl";
import { fulfilmentErrorMessage } from "../../lib/fulfilment";
import type { FormErrors, FormValues } from "../../lib/seller";
import { FormError, LabelledField } from "../LabelledField";

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
  const error = errors[name];
  return (
    <LabelledField
      id={`${form}-${name}-${subOrderId}`.replace(/[^a-zA-Z0-9_-]/g, "-")}
      name={name}
      label={label}
      hint={hint}
      rows={multiline ? 3 : undefined}
      defaultValue={values[name] ?? ""}
      error={error ? fulfilmentErrorMessage(t, error) : null}
    />
  );
}

/** An action's error that is about the order itself (its state, the viewer's right), announced. */
export function ActionFormError({ code }: { code: string | undefined }) {
  const t = useTranslations();
  return <FormError message={code ? fulfilmentErrorMessage(t, code) : null} />;
}
