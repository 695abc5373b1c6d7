import { describe, expect, it } from "vitest";
import { editFieldOf, intervalName, readEditForm, valuesOfPoint } from "./sales-point-edit";

const form = (entries: Record<string, string>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(entries)) f.append(k, v);
  return f;
};

describe("the sales point edit form", () => {
  it("reads several intervals a day as the weekly set the API takes", () => {
    const read = readEditForm(form({ name: " Cửa hàng OCOP ", latitude: "21,0245", longitude: "105.85", "h1-0-opens": "08:00", "h1-0-closes": "11:30", "h1-1-opens": "13:30", "h1-1-closes": "21:00", "h6-0-opens": "18:00", "h6-0-closes": "02:00" }));
    expect(read.errors).toEqual({});
    expect(read.values.name).toBe("Cửa hàng OCOP");
    expect(read.input).toEqual({
      latitude: 21.0245, longitude: 105.85,
      openingHours: [{ day: 1, opens: "08:00", closes: "11:30" }, { day: 1, opens: "13:30", closes: "21:00" }, { day: 6, opens: "18:00", closes: "02:00" }],
    });
  });

  it("puts an interval with one time only, or an empty one, next to its row, keeping what was typed", () => {
    const read = readEditForm(form({ latitude: "abc", "h2-1-opens": "09:00", "h3-0-opens": "10:00", "h3-0-closes": "10:00" }));
    expect(read.input).toBeNull();
    expect(read.errors).toEqual({ latitude: "COORDINATES_INVALID", "h2-1": "OPENING_HOURS_INCOMPLETE", "h3-0": "OPENING_HOURS_INVALID" });
    expect(read.values).toMatchObject({ latitude: "abc", "h2-1-opens": "09:00" });
  });

  it("fills the form from a saved point and maps the API's fields", () => {
    const values = valuesOfPoint({
      name: "Ki-ốt Tràng An", kind: "TOURIST_SITE_KIOSK", province: { code: "37" }, commune: null, latitude: 20.25, longitude: 105.9, contact: { phone: null },
      openingHours: [{ day: 7, opens: "07:00", closes: "12:00" }, { day: 7, opens: "14:00", closes: "18:00" }],
    });
    expect(values).toMatchObject({ name: "Ki-ốt Tràng An", provinceCode: "37", communeCode: "", latitude: "20.25", [intervalName(7, 1, "closes")]: "18:00" });
    expect(editFieldOf(["input", "openingHours"])).toBe("openingHours");
    expect(editFieldOf(["input", "phone"])).toBe("phone");
    expect(editFieldOf(["input", "salesPointId"])).toBe("form");
  });
});
