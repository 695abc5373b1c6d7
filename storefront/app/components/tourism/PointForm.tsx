import { Form } from "react-router";
import { useTranslations } from "use-intl";
import { POINT_KINDS } from "../../lib/tourism";
import { tourismErrorMessage, type TourismFormErrors } from "../../lib/tourism-workspace";
import { FormError, LabelledField } from "../LabelledField";

export interface PointFormValues {
  name: string;
  kind: string;
  provinceCode: string;
  communeCode: string;
  addressLine: string;
  latitude: string;
  longitude: string;
  languages: string;
  amenities: string;
  description: string;
}

export const EMPTY_POINT: PointFormValues = {
  name: "", kind: "VILLAGE", provinceCode: "", communeCode: "", addressLine: "", latitude: "", longitude: "", languages: "vi", amenities: "", description: "",
};

export function readPointForm(form: FormData): PointFormValues {
  const get = (name: keyof PointFormValues) => String(form.get(name) ?? "").trim();
  return {
    name: get("name"), kind: get("kind"), provinceCode: get("provinceCode"), communeCode: get("communeCode"), addressLine: get("addressLine"),
    latitude: get("latitude"), longitude: get("longitude"), languages: get("languages"), amenities: get("amenities"), description: String(form.get("description") ?? ""),
  };
}

/** A tourism point's fields (create and edit); what was typed comes back after an error. */
export function PointForm({
  intent,
  values,
  errors,
  provinces,
  submitLabel,
}: {
  intent: string;
  values: PointFormValues;
  errors?: TourismFormErrors;
  provinces: readonly { code: string; name: string }[];
  submitLabel: string;
}) {
  const t = useTranslations("tourism");
  const tt = useTranslations();
  const err = (field: string) => tourismErrorMessage(tt, errors?.[field]);
  return (
    <Form method="post" className="workspace-form" noValidate>
      <input type="hidden" name="intent" value={intent} />
      <FormError message={err("form")} />
      <LabelledField id="point-name" name="name" label={t("pointName")} defaultValue={values.name} error={err("name")} />
      <LabelledField id="point-kind" name="kind" label={t("pointKind")} defaultValue={values.kind} options={POINT_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))} />
      <LabelledField
        id="point-province"
        name="provinceCode"
        label={t("province")}
        defaultValue={values.provinceCode}
        placeholder="–"
        options={provinces.map((p) => ({ value: p.code, label: p.name }))}
        error={err("provinceCode")}
      />
      <LabelledField id="point-commune" name="communeCode" label={t("communeCode")} defaultValue={values.communeCode} inputMode="numeric" error={err("communeCode")} />
      <LabelledField id="point-address" name="addressLine" label={t("addressLine")} defaultValue={values.addressLine} />
      <LabelledField id="point-lat" name="latitude" label={t("latitude")} defaultValue={values.latitude} inputMode="text" error={err("latitude") ?? err("longitude")} />
      <LabelledField id="point-lng" name="longitude" label={t("longitude")} defaultValue={values.longitude} inputMode="text" />
      <LabelledField id="point-languages" name="languages" label={t("languagesField")} defaultValue={values.languages} error={err("languages")} />
      <LabelledField id="point-amenities" name="amenities" label={t("amenitiesField")} defaultValue={values.amenities} />
      <LabelledField id="point-description" name="description" label={t("descriptionField")} hint={t("descriptionHint")} rows={6} defaultValue={values.description} />
      <button type="submit" className="button">
        {submitLabel}
      </button>
    </Form>
  );
}
