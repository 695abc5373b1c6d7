import { useTranslations } from "use-intl";
import { sellerErrorMessage, type FormErrors, type FormValues } from "../../lib/seller";
import { FormError as Message, LabelledField } from "../LabelledField";

type Common = {
  name: string;
  label: string;
  values: FormValues;
  errors: FormErrors;
  hint?: string;
  /** Hides the label visually (tables of variants label their columns instead). */
  compact?: boolean;
};

const idOf = (name: string) => `f-${name.replace(/[^a-zA-Z0-9_-]/g, "-")}`;

/**
 * The seller pages' binding of LabelledField: the field named `name` refilled from `values`
 * (nothing typed is lost when the action answers with errors), its code in `errors` shown in
 * the page's language (`seller.errors.*`).
 */
function useSellerField({ name, label, values, errors, hint, compact }: Common) {
  const t = useTranslations();
  const code = errors[name];
  return { id: idOf(name), name, label, hint, labelHidden: compact, defaultValue: values[name] ?? "", error: code ? sellerErrorMessage(t, code) : null };
}

/** Renders an error code as the message in the page's language. */
export function FieldError({ id, code }: { id: string; code: string | undefined }) {
  const t = useTranslations();
  if (!code) return null;
  return (
    <p className="field-error" id={id}>
      {sellerErrorMessage(t, code)}
    </p>
  );
}

/** The form-level error (one not about a field), announced. */
export function FormError({ code }: { code: string | undefined }) {
  const t = useTranslations();
  return <Message message={code ? sellerErrorMessage(t, code) : null} />;
}

export function Field(
  props: Common & { type?: string; inputMode?: "numeric" | "text" | "email" | "tel"; autoComplete?: string; readOnly?: boolean },
) {
  const { type, inputMode, autoComplete, readOnly } = props;
  return <LabelledField {...useSellerField(props)} type={type} inputMode={inputMode} autoComplete={autoComplete} readOnly={readOnly} />;
}

export function TextArea(props: Common & { rows?: number }) {
  return <LabelledField {...useSellerField(props)} rows={props.rows ?? 5} />;
}

export function Select(props: Common & { options: readonly { value: string; label: string }[]; placeholder?: string }) {
  return <LabelledField {...useSellerField({ ...props, hint: undefined })} options={props.options} placeholder={props.placeholder} />;
}
