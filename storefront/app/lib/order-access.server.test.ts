import { describe, expect, it } from "vitest";
import { accessFor, ORDER_ACCESS_COOKIE, readOrderAccess, rememberOrderAccess } from "./order-access.server";

const cookieOf = (setCookie: string) => setCookie.split(";")[0]!;

describe("order access cookie", () => {
  it("remembers the secret or the email per order, newest first, HttpOnly", () => {
    const first = rememberOrderAccess(null, { number: "OCOP-2611-AAAAAA", accessToken: "secret" });
    expect(first).toMatch(new RegExp(`^${ORDER_ACCESS_COOKIE}=[\\w-]+; Path=/; Max-Age=\\d+; HttpOnly; SameSite=Lax`));
    const second = rememberOrderAccess(`theme=dark; ${cookieOf(first)}`, { number: "OCOP-2611-BBBBBB", email: "lan@example.vn" });
    const header = `theme=dark; ${cookieOf(second)}`;
    expect(readOrderAccess(header).map((a) => a.number)).toEqual(["OCOP-2611-BBBBBB", "OCOP-2611-AAAAAA"]);
    expect(accessFor(header, "OCOP-2611-AAAAAA")).toEqual({ number: "OCOP-2611-AAAAAA", accessToken: "secret" });
    expect(accessFor(header, "OCOP-2611-CCCCCC")).toBeNull();
  });

  it("keeps at most ten orders and ignores garbage", () => {
    let header: string | null = null;
    for (let k = 0; k < 12; k++) header = cookieOf(rememberOrderAccess(header, { number: `N${k}`, accessToken: "t" }));
    expect(readOrderAccess(header).map((a) => a.number)).toEqual(["N11", "N10", "N9", "N8", "N7", "N6", "N5", "N4", "N3", "N2"]);
    expect(readOrderAccess(`${ORDER_ACCESS_COOKIE}=not-json`)).toEqual([]);
    expect(readOrderAccess(`${ORDER_ACCESS_COOKIE}=${Buffer.from('[{"number":1}]').toString("base64url")}`)).toEqual([]);
  });
});
