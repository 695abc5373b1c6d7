import { Form, useNavigation } from "react-router";
import { useTranslations } from "use-intl";
import { LabelledField } from "./LabelledField";
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
  const error = (name: OperatorField) => (errors[name] ? t(`errors.${errors[name]}`) : null);
  const text = (name: OperatorField, label: string, type = "text", autoComplete?: string) => (
    <LabelledField id={name} label={label} type={type} autoComplete={autoComplete} defaultValue={props.values[name]} error={error(name)} />
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
      <LabelledField id="kind" label={t("kind")} defaultValue={props.values.kind || "HOUSEHOLD"} options={OPERATOR_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))} />
      <LabelledField
        id="provinceCode"
        label={t("province")}
        defaultValue={props.values.provinceCode}
        placeholder={t("choose")}
        options={props.provinces.map((p) => ({ value: p.code, label: p.name }))}
        error={error("provinceCode")}
      />
      {text("communeCode", t("communeCode"))}
      {text("addressLine", t("addressLine"), "text", "street-address")}
      {text("phone", t("phone"), "tel", "tel")}
      {text("email", t("email"), "email", "email")}
      <LabelledField id="description" label={t("description")} rows={6} defaultValue={props.values.description} hint={t("descriptionHint")} error={error("description")} />
      <p>
        <button type="submit" className="button" disabled={busy}>
          {props.intent === "register" ? t("register") : t("save")}
        </button>
      </p>
    </Form>
  );
}
