import { useTranslations } from "use-intl";
import { sellerErrorMessage, type FormErrors, type FormValues } from "../../lib/seller";

type Common = {
  name: string;
  label: string;
  values: FormValues;
  errors: FormErrors;
  hint?: string;
  /** Hides the label visually (tables of variants label their columns instead). */
  compact?: boolean;
};

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
  if (!code) return null;
  return (
    <p className="form-error" role="alert">
      {sellerErrorMessage(t, code)}
    </p>
  );
}

const idOf = (name: string) => `f-${name.replace(/[^a-zA-Z0-9_-]/g, "-")}`;

function describedBy(name: string, errors: FormErrors, hint?: string) {
  const ids = [errors[name] ? `${idOf(name)}-error` : null, hint ? `${idOf(name)}-hint` : null].filter(Boolean);
  return ids.length ? ids.join(" ") : undefined;
}

/**
 * A labelled form field refilled with what was typed (`values`) and its message (`errors`), so
 * nothing typed is lost when the action answers with errors.
 */
export function Field({
  name, label, values, errors, hint, compact, type = "text", inputMode, autoComplete, readOnly,
}: Common & { type?: string; inputMode?: "numeric" | "text" | "email" | "tel"; autoComplete?: string; readOnly?: boolean }) {
  const id = idOf(name);
  return (
    <div className="field">
      <label htmlFor={id} className={compact ? "visually-hidden" : undefined}>
        {label}
      </label>
      <input
        id={id}
        name={name}
        type={type}
        inputMode={inputMode}
        autoComplete={autoComplete}
        readOnly={readOnly}
        defaultValue={values[name] ?? ""}
        aria-invalid={errors[name] ? true : undefined}
        aria-describedby={describedBy(name, errors, hint)}
      />
      {hint ? (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      <FieldError id={`${id}-error`} code={errors[name]} />
    </div>
  );
}

export function TextArea({ name, label, values, errors, hint, rows = 5 }: Common & { rows?: number }) {
  const id = idOf(name);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        name={name}
        rows={rows}
        defaultValue={values[name] ?? ""}
        aria-invalid={errors[name] ? true : undefined}
        aria-describedby={describedBy(name, errors, hint)}
      />
      {hint ? (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      <FieldError id={`${id}-error`} code={errors[name]} />
    </div>
  );
}

export function Select({
  name, label, values, errors, options, placeholder,
}: Common & { options: readonly { value: string; label: string }[]; placeholder?: string }) {
  const id = idOf(name);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        name={name}
        defaultValue={values[name] ?? ""}
        aria-invalid={errors[name] ? true : undefined}
        aria-describedby={describedBy(name, errors)}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <FieldError id={`${id}-error`} code={errors[name]} />
    </div>
  );
}
