import type { PointFormValues } from "../components/tourism/PointForm";
import { textToHtml } from "./plain-text";
import { splitList } from "./tourism";

/** A point form's values as the API's input (numbers parsed; an empty commune clears it). */
export function pointInput(values: PointFormValues) {
  const coordinate = (v: string) => (v === "" ? null : Number(v.replace(",", ".")));
  return {
    name: values.name,
    kind: values.kind as "VILLAGE" | "HOMESTAY" | "CRAFT_VILLAGE" | "FARM" | "ECO_SITE" | "OTHER",
    provinceCode: values.provinceCode || null,
    communeCode: values.communeCode,
    addressLine: values.addressLine,
    latitude: coordinate(values.latitude),
    longitude: coordinate(values.longitude),
    languages: splitList(values.languages),
    amenities: splitList(values.amenities),
    description: textToHtml(values.description),
  };
}
