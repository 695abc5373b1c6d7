import { useTranslations } from "use-intl";
import type { VillageField, VillageValues } from "../lib/craft-villages";
import { LabelledField } from "./LabelledField";

/** A village's own fields (the create form and the village page's form). */
export function CraftVillageFields({ values, err }: { values?: Partial<VillageValues>; err: (field: VillageField) => string | null }) {
  const t = useTranslations("craftVillages");
  return (
    <>
      <LabelledField id="village-name" name="name" label={t("name")} hint={t("nameHint")} defaultValue={values?.name} error={err("name")} />
      <LabelledField id="village-craft" name="craft" label={t("craft")} hint={t("craftHint")} defaultValue={values?.craft} error={err("craft")} />
      <LabelledField id="village-commune" name="communeCode" inputMode="numeric" label={t("communeCode")} hint={t("communeCodeHint")} defaultValue={values?.communeCode} error={err("communeCode")} />
      <div className="plan-editor__period">
        <LabelledField
          id="village-decision"
          name="recognitionDecision"
          label={t("recognitionDecision")}
          hint={t("recognitionDecisionHint")}
          defaultValue={values?.recognitionDecision}
          error={err("recognitionDecision")}
        />
        <LabelledField id="village-recognised-on" name="recognisedOn" type="date" label={t("recognisedOn")} defaultValue={values?.recognisedOn} error={err("recognisedOn")} />
      </div>
    </>
  );
}
