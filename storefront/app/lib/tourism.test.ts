import { describe, expect, it } from "vitest";
import { fromVietnamLocalInput, parseTourismParams, tourismSearch, toVietnamLocalInput, vietnamDate, vietnamTime } from "./tourism";

describe("tourism list parameters", () => {
  it("keep the values the list can use and drop the rest", () => {
    const params = parseTourismParams(new URLSearchParams("tinh=15&sao=4&ngay=2026-11-28&khach=2&ngon-ngu=en&q=chè&sao=9"));
    expect(params).toEqual({ provinceCode: "15", minStars: 4, date: "2026-11-28", partySize: 2, language: "en", query: "chè", after: null });
    expect(parseTourismParams(new URLSearchParams("tinh=&sao=7&ngay=2026-02-30&khach=0&ngon-ngu=xx"))).toMatchObject({
      provinceCode: null, minStars: null, date: null, partySize: null, language: null,
    });
    expect(tourismSearch({ provinceCode: "15", minStars: 4, date: null })).toBe("?tinh=15&sao=4");
  });

  it("read and write times in Vietnam time whatever the server's zone", () => {
    expect(vietnamDate("2026-11-27T18:30:00Z")).toBe("2026-11-28");
    expect(vietnamTime("2026-11-28T01:00:00Z")).toBe("08:00");
    expect(toVietnamLocalInput("2026-11-28T01:00:00Z")).toBe("2026-11-28T08:00");
    expect(fromVietnamLocalInput("2026-11-28T08:00")).toBe("2026-11-28T01:00:00.000Z");
  });
});
