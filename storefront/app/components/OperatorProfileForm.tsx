import { Form, useNavigation } from "react-router";
import { useTranslations } from "use-intl";
import { OPERATOR_KINDS, type OperatorField, type OperatorFormErrors, type OperatorFormValues } from "../lib/operator-form";

/**
 * Register or edit a tourism operator. A plain POST (works without JavaScript); each error code is
 * shown in the page's language under its field, and the values come back filled in after an error.
 */
export function OperatorProfileForm(props: {
  intent: "register" | "update";
  values: OperatorFormValues;
  errors: OperatorFormErrors | undefined;
  provinces: readonly { code: string; name: string }[];
  operatorId?: string;
}) {
  const t = useTranslations("operator");
  const errors = props.errors ?? {};
  const busy = useNavigation().state === "submitting";
  const described = (name: OperatorField, hint?: string) =>
    [errors[name] ? `${name}-error` : null, hint ?? null].filter(Boolean).join(" ") || undefined;
  const fieldError = (name: OperatorField) =>
    errors[name] ? (
      <p className="field-error" id={`${name}-error`}>
        {t(`errors.${errors[name]}`)}
      </p>
    ) : null;
  const text = (name: OperatorField, label: string, type = "text", autoComplete?: string) => (
    <div className="field">
      <label htmlFor={name}>{label}</label>
      <input
        id={name}
        name={name}
        type={type}
        autoComplete={autoComplete}
        defaultValue={props.values[name]}
        aria-invalid={errors[name] ? true : undefined}
        aria-describedby={described(name)}
      />
      {fieldError(name)}
    </div>
  );
  return (
    <Form method="post" className="workspace-form" noValidate>
      <input type="hidden" name="intent" value={props.intent} />
      {props.operatorId ? <input type="hidden" name="operatorId" value={props.operatorId} /> : null}
      {Object.keys(errors).length ? (
        <p className="form-error" role="alert">
          {errors.form ? t(`errors.${errors.form}`) : t("formErrors")}
        </p>
      ) : null}
      {text("name", t("name"), "text", "organization")}
      <div className="field">
        <label htmlFor="kind">{t("kind")}</label>
        <select id="kind" name="kind" defaultValue={props.values.kind || "HOUSEHOLD"}>
          {OPERATOR_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`kinds.${k}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="provinceCode">{t("province")}</label>
        <select
          id="provinceCode"
          name="provinceCode"
          defaultValue={props.values.provinceCode}
          aria-invalid={errors.provinceCode ? true : undefined}
          aria-describedby={described("provinceCode")}
        >
          <option value="">{t("choose")}</option>
          {props.provinces.map((p) => (
            <option key={p.code} value={p.code}>
              {p.name}
            </option>
          ))}
        </select>
        {fieldError("provinceCode")}
      </div>
      {text("communeCode", t("communeCode"))}
      {text("addressLine", t("addressLine"), "text", "street-address")}
      {text("phone", t("phone"), "tel", "tel")}
      {text("email", t("email"), "email", "email")}
      <div className="field">
        <label htmlFor="description">{t("description")}</label>
        <textarea
          id="description"
          name="description"
          rows={6}
          defaultValue={props.values.description}
          aria-describedby={described("description", "description-hint")}
        />
        <p className="field-hint" id="description-hint">
          {t("descriptionHint")}
        </p>
      </div>
      <p>
        <button type="submit" className="button" disabled={busy}>
          {props.intent === "register" ? t("register") : t("save")}
        </button>
      </p>
    </Form>
  );
}
