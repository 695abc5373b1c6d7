import { describe, expect, it } from "vitest";
import { doneFrom } from "./form-errors";

describe("doneFrom", () => {
  const known = ["created", "saved"] as const;
  it("answers a known confirmation from ?da=", () => {
    expect(doneFrom(new URL("https://x.vn/hoi-dong/ke-hoach/1?da=saved"), known)).toBe("saved");
  });
  it("ignores an unknown, empty or missing one (nothing crafted in a URL is shown)", () => {
    expect(doneFrom(new URL("https://x.vn/p?da=%3Cscript%3E"), known)).toBeNull();
    expect(doneFrom(new URL("https://x.vn/p?da="), known)).toBeNull();
    expect(doneFrom(new URL("https://x.vn/p"), known)).toBeNull();
  });
});
