import { useEffect, useRef } from "react";
import { Form, useNavigation } from "react-router";
import { useTranslations } from "use-intl";
import { LabelledField } from "./LabelledField";
import { accountErrorMessage, PASSWORD_MIN_LENGTH, type AccountFormErrors } from "../lib/account-form";

/**
 * Email + password form for sign-up and login. Works without JavaScript (a plain POST to the
 * route's action); messages sit next to their fields and are announced (aria-describedby). The
 * action hands back error codes; they are shown in the page's language here.
 */
export function AccountForm(props: {
  mode: "signUp" | "logIn";
  email: string;
  errors: AccountFormErrors | undefined;
  submitLabel: string;
  redirectTo?: string | null;
}) {
  const { errors = {} } = props;
  const t = useTranslations();
  const message = (code: string) => accountErrorMessage(t, code);
  const busy = useNavigation().state === "submitting";
  // Without JS the page is new and the password empty; with JS the input survives, so empty it on
  // every answer of the action (the email stays).
  const password = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (password.current) password.current.value = "";
  }, [props.errors]);
  return (
    <Form method="post" className="account-form" noValidate>
      {errors.form ? (
        <p className="form-error" role="alert" id="form-error">
          {message(errors.form)}
        </p>
      ) : null}
      {props.redirectTo ? <input type="hidden" name="redirectTo" value={props.redirectTo} /> : null}
      <LabelledField
        id="email"
        type="email"
        autoComplete="email"
        label={t("account.email")}
        defaultValue={props.email}
        error={errors.email ? message(errors.email) : null}
      />
      <LabelledField
        id="password"
        label={t("account.password")}
        hint={props.mode === "signUp" ? t("account.passwordHint", { min: PASSWORD_MIN_LENGTH }) : undefined}
        error={errors.password ? message(errors.password) : null}
      >
        {(control) => <input ref={password} {...control} type="password" autoComplete={props.mode === "signUp" ? "new-password" : "current-password"} />}
      </LabelledField>
      <button type="submit" disabled={busy}>
        {props.submitLabel}
      </button>
    </Form>
  );
}
