import { useTranslations } from "use-intl";
import { accountErrorMessage } from "../lib/account-form";
import { FormError as Message, LabelledField } from "./LabelledField";

/**
 * The account pages' binding of LabelledField: `error` is a code shown as `account.errors.<code>`
 * in the page's language. Used by the account, password and members forms.
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
  const { idPrefix, error, ...field } = props;
  return <LabelledField id={`${idPrefix ?? ""}${props.name}`} {...field} error={error ? accountErrorMessage(t, error) : null} />;
}

/** A form-level error (no field), announced. */
export function FormError({ code }: { code: string | undefined }) {
  const t = useTranslations();
  return <Message message={code ? accountErrorMessage(t, code) : null} />;
}
