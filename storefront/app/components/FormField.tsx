import { useTranslations } from "use-intl";
import { accountErrorMessage } from "../lib/account-form";

/**
 * One labelled input with its hint and its error message (an error code from the action, shown in
 * the page's language), wired with aria-describedby. Used by the account, password and members forms.
 */
export function FormField(props: {
  name: string;
  label: string;
  type?: "email" | "password" | "text";
  autoComplete?: string;
  defaultValue?: string;
  hint?: string;
  error?: string;
  /** Prefix for element ids when a page has several forms with the same field name. */
  idPrefix?: string;
}) {
  const t = useTranslations();
  const id = `${props.idPrefix ?? ""}${props.name}`;
  const described = [props.error ? `${id}-error` : null, props.hint ? `${id}-hint` : null].filter(Boolean).join(" ");
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        name={props.name}
        type={props.type ?? "text"}
        autoComplete={props.autoComplete}
        defaultValue={props.defaultValue}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={described || undefined}
      />
      {props.hint ? (
        <p className="field-hint" id={`${id}-hint`}>
          {props.hint}
        </p>
      ) : null}
      {props.error ? (
        <p className="field-error" id={`${id}-error`}>
          {accountErrorMessage(t, props.error)}
        </p>
      ) : null}
    </div>
  );
}

/** A form-level error (no field), announced. */
export function FormError({ code }: { code: string | undefined }) {
  const t = useTranslations();
  if (!code) return null;
  return (
    <p className="form-error" role="alert">
      {accountErrorMessage(t, code)}
    </p>
  );
}
