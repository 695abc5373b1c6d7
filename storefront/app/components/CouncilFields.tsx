import { useTranslations } from "use-intl";
import { councilErrorMessage, type FieldError } from "../lib/council-forms";
import { translatorFor } from "../i18n";
import { useLocale } from "use-intl";

/** A labelled input of a council form, with its error (in the page's language) tied to it for screen readers. */
export function Field({
  id,
  name,
  label,
  hint,
  error,
  children,
}: {
  id: string;
  name?: string;
  label: React.ReactNode;
  hint?: string;
  error?: FieldError;
  children: (props: { id: string; name: string; "aria-invalid"?: true; "aria-describedby"?: string }) => React.ReactNode;
}) {
  const locale = useLocale();
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {children({ id, name: name ?? id, ...(error ? { "aria-invalid": true as const } : {}), "aria-describedby": describedBy })}
      {error ? (
        <p className="field-error" id={`${id}-error`}>
          {councilErrorMessage(translatorFor(locale), error)}
        </p>
      ) : null}
    </div>
  );
}

/** A form-level error (one not tied to a field). */
export function FormError({ error }: { error?: FieldError }) {
  const locale = useLocale();
  useTranslations();
  if (!error) return null;
  return (
    <p className="form-error" role="alert">
      {councilErrorMessage(translatorFor(locale), error)}
    </p>
  );
}
