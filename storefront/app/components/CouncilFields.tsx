import { useTranslator } from "../i18n";
import { councilErrorMessage, type FieldError } from "../lib/council-forms";
import { FormError as Message, LabelledField, type ControlProps } from "./LabelledField";

/** The council forms' binding of LabelledField: the error (a code, and a part's maximum) shown as `council.errors.<code>`. */
export function Field({
  error,
  ...field
}: {
  id: string;
  name?: string;
  label: React.ReactNode;
  hint?: string;
  error?: FieldError;
  children: (props: ControlProps) => React.ReactNode;
}) {
  const t = useTranslator();
  return <LabelledField {...field} hintFirst error={error ? councilErrorMessage(t, error) : null} />;
}

/** A form-level error (one not tied to a field). */
export function FormError({ error }: { error?: FieldError }) {
  const t = useTranslator();
  return <Message message={error ? councilErrorMessage(t, error) : null} />;
}
