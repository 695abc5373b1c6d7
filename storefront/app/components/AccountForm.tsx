import { useEffect, useRef } from "react";
import { Form, useNavigation } from "react-router";
import { useTranslations } from "use-intl";
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
      <div className="field">
        <label htmlFor="email">{t("account.email")}</label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="email"
          defaultValue={props.email}
          aria-invalid={errors.email ? true : undefined}
          aria-describedby={errors.email ? "email-error" : undefined}
        />
        {errors.email ? (
          <p className="field-error" id="email-error">
            {message(errors.email)}
          </p>
        ) : null}
      </div>
      <div className="field">
        <label htmlFor="password">{t("account.password")}</label>
        <input
          ref={password}
          id="password"
          name="password"
          type="password"
          autoComplete={props.mode === "signUp" ? "new-password" : "current-password"}
          aria-invalid={errors.password ? true : undefined}
          aria-describedby={[errors.password ? "password-error" : null, props.mode === "signUp" ? "password-hint" : null].filter(Boolean).join(" ") || undefined}
        />
        {props.mode === "signUp" ? (
          <p className="field-hint" id="password-hint">
            {t("account.passwordHint", { min: PASSWORD_MIN_LENGTH })}
          </p>
        ) : null}
        {errors.password ? (
          <p className="field-error" id="password-error">
            {message(errors.password)}
          </p>
        ) : null}
      </div>
      <button type="submit" disabled={busy}>
        {props.submitLabel}
      </button>
    </Form>
  );
}
