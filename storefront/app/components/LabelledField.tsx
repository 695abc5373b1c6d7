import type { ReactNode } from "react";

/** What a custom control must carry to be tied to its label, hint and error. */
export interface ControlProps {
  id: string;
  name: string;
  "aria-invalid"?: true;
  "aria-describedby"?: string;
}

type Option = { value: string; label: string; disabled?: boolean };

/**
 * The one labelled form field of the storefront: a label, its control (an input by default, a
 * textarea with `rows`, a select with `options`, or anything from `children`), a hint and an error
 * message wired with aria-describedby. The message comes already in the page's language: each page
 * keeps its own code → message table. `defaultValue` re-fills what was typed after an error.
 */
export function LabelledField({
  id,
  name = id,
  label,
  labelHidden,
  hint,
  hintFirst,
  error,
  className,
  defaultValue,
  type = "text",
  inputMode,
  autoComplete,
  readOnly,
  rows,
  options,
  placeholder,
  children,
}: {
  id: string;
  name?: string;
  label: ReactNode;
  /** Hides the label visually (tables of variants label their columns instead). */
  labelHidden?: boolean;
  hint?: ReactNode;
  /** Puts the hint between the label and the control (the council forms). */
  hintFirst?: boolean;
  /** The error message, already translated; nothing is shown without one. */
  error?: string | null;
  /** Extra class of the wrapper (e.g. `field--quantity`). */
  className?: string;
  defaultValue?: string;
  type?: string;
  inputMode?: "numeric" | "text" | "email" | "tel";
  autoComplete?: string;
  readOnly?: boolean;
  /** A textarea of this many rows instead of an input. */
  rows?: number;
  /** A select of these options instead of an input. */
  options?: readonly Option[];
  /** With `options`: a first, empty choice. */
  placeholder?: string;
  /** Any other control (radios, a select with a button, …), given the ids to carry. */
  children?: (control: ControlProps) => ReactNode;
}) {
  const hintId = hint ? `${id}-hint` : null;
  const errorId = error ? `${id}-error` : null;
  const control: ControlProps = {
    id,
    name,
    ...(error ? { "aria-invalid": true as const } : {}),
    "aria-describedby": (hintFirst ? [hintId, errorId] : [errorId, hintId]).filter(Boolean).join(" ") || undefined,
  };
  const hintLine = hint ? (
    <p className="field-hint" id={hintId!}>
      {hint}
    </p>
  ) : null;
  return (
    <div className={className ? `field ${className}` : "field"}>
      <label htmlFor={id} className={labelHidden ? "visually-hidden" : undefined}>
        {label}
      </label>
      {hintFirst ? hintLine : null}
      {children ? (
        children(control)
      ) : options ? (
        <select {...control} defaultValue={defaultValue ?? ""}>
          {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
          {options.map((o) => (
            <option key={o.value} value={o.value} disabled={o.disabled}>
              {o.label}
            </option>
          ))}
        </select>
      ) : rows ? (
        <textarea {...control} rows={rows} defaultValue={defaultValue ?? ""} />
      ) : (
        <input {...control} type={type} inputMode={inputMode} autoComplete={autoComplete} readOnly={readOnly} defaultValue={defaultValue} />
      )}
      {hintFirst ? null : hintLine}
      {error ? (
        <p className="field-error" id={errorId!}>
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** A form-level error (one not about a field), already translated, announced. */
export function FormError({ message }: { message: string | null | undefined }) {
  if (!message) return null;
  return (
    <p className="form-error" role="alert">
      {message}
    </p>
  );
}
