import { describe, expect, it } from "vitest";
import { checkOperatorForm, descriptionToHtml, descriptionToText, operatorErrorsFromApi, readOperatorForm } from "./operator-form";

describe("operator profile form", () => {
  const form = (entries: Record<string, string>) => {
    const f = new FormData();
    for (const [k, v] of Object.entries(entries)) f.set(k, v);
    return f;
  };

  it("checks the fields the API checks", () => {
    const values = readOperatorForm(form({ name: "  ", provinceCode: "1", communeCode: "12", phone: "gọi", email: "x@" }));
    expect(checkOperatorForm(values)).toEqual({
      name: "NAME_REQUIRED",
      provinceCode: "PROVINCE_NOT_FOUND",
      communeCode: "COMMUNE_NOT_FOUND",
      phone: "INVALID_PHONE",
      email: "INVALID_EMAIL",
    });
    expect(checkOperatorForm(readOperatorForm(form({ name: "Bản Lác", provinceCode: "01", phone: "0912 345 678" })))).toEqual({});
  });

  it("puts API errors next to their fields, unknown codes on the form", () => {
    expect(operatorErrorsFromApi([{ field: ["input", "communeCode"], code: "COMMUNE_NOT_FOUND" }, { field: null, code: "NEW_CODE" }])).toEqual({
      communeCode: "COMMUNE_NOT_FOUND",
      form: "UNKNOWN",
    });
  });

  it("turns paragraphs into escaped HTML", () => {
    expect(descriptionToHtml("Nhà sàn <cổ>\nbên suối\n\nĐạp xe")).toBe("<p>Nhà sàn &lt;cổ&gt;<br>bên suối</p><p>Đạp xe</p>");
    expect(descriptionToText("<p>Nhà sàn &lt;cổ&gt;<br />bên suối</p><p>Đạp xe &amp; <strong>nấu</strong></p>")).toBe("Nhà sàn <cổ>\nbên suối\n\nĐạp xe & nấu");
  });
});
