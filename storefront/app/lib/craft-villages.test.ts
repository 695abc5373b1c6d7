import { describe, expect, it } from "vitest";
import { parseVillageForm, producerSlugFrom, villageErrorsFromApi, villageWorkspaceOf } from "./craft-villages";

const form = (values: Record<string, string>) => Object.entries(values);

describe("the craft village form", () => {
  it("keeps what was typed, trimmed, and sends empty optional fields as null", () => {
    const parsed = parseVillageForm(form({ name: " Làng gốm Bát Tràng ", craft: "gốm sứ", communeCode: "", recognitionDecision: " ", recognisedOn: "" }));
    expect(parsed.values).toMatchObject({ name: "Làng gốm Bát Tràng", craft: "gốm sứ", provinceCode: "" });
    expect(parsed.input).toEqual({ name: "Làng gốm Bát Tràng", craft: "gốm sứ", communeCode: null, recognitionDecision: null, recognisedOn: null });
    expect(parsed.errors).toEqual({});
  });

  it("refuses a date the API could not receive, keeping the rest of the form", () => {
    const parsed = parseVillageForm(form({ name: "Làng lụa Vạn Phúc", craft: "dệt lụa", recognitionDecision: "12/QĐ-UBND", recognisedOn: "2010-02-30" }));
    expect(parsed.input).toBeNull();
    expect(parsed.errors).toEqual({ recognisedOn: "INVALID_DATE" });
    expect(parsed.values.recognitionDecision).toBe("12/QĐ-UBND");
  });

  it("passes a whole recognition through", () => {
    expect(parseVillageForm(form({ name: "A", craft: "b", communeCode: "00004", recognitionDecision: "12/QĐ-UBND", recognisedOn: "2010-02-28" })).input).toEqual({
      name: "A", craft: "b", communeCode: "00004", recognitionDecision: "12/QĐ-UBND", recognisedOn: "2010-02-28",
    });
  });

  it("maps the API's userErrors to fields, unknown codes to UNKNOWN, the producer to its field", () => {
    expect(
      villageErrorsFromApi([
        { field: ["input", "name"], code: "NAME_TAKEN" },
        { field: ["input", "recognisedOn"], code: "RECOGNITION_INCOMPLETE" },
        { field: ["input", "producerId"], code: "PRODUCER_IN_OTHER_PROVINCE" },
        { field: ["input", "craftVillageId"], code: "SOMETHING_NEW" },
      ]),
    ).toEqual({ name: "NAME_TAKEN", recognisedOn: "RECOGNITION_INCOMPLETE", producer: "PRODUCER_IN_OTHER_PROVINCE", form: "UNKNOWN" });
  });
});

describe("a producer named by its page", () => {
  it("reads the slug from the page's address in either language, a path, or the slug alone", () => {
    expect(producerSlugFrom("https://ocop.example.vn/chu-the/htx-gom-bat-trang")).toBe("htx-gom-bat-trang");
    expect(producerSlugFrom("http://localhost:3000/en/producers/htx-gom-bat-trang/")).toBe("htx-gom-bat-trang");
    expect(producerSlugFrom("/chu-the/htx-lua-van-phuc")).toBe("htx-lua-van-phuc");
    expect(producerSlugFrom(" htx-gom-bat-trang ")).toBe("htx-gom-bat-trang");
  });

  it("says nothing for anything else", () => {
    expect(producerSlugFrom("")).toBeNull();
    expect(producerSlugFrom("HTX Gốm Bát Tràng")).toBeNull();
    expect(producerSlugFrom("https://ocop.example.vn/san-pham/binh-gom")).toBeNull();
  });
});

describe("the workspace of a craft village page", () => {
  it("is the admin's under /quan-tri/lang-nghe and /en/admin/craft-villages, else the council's", () => {
    expect(villageWorkspaceOf("/quan-tri/lang-nghe")).toBe("admin");
    expect(villageWorkspaceOf("/en/admin/craft-villages/Q3Jh")).toBe("admin");
    expect(villageWorkspaceOf("/hoi-dong/lang-nghe/Q3Jh")).toBe("council");
  });
});
