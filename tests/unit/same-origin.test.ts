import { describe, expect, it } from "vitest";
import { crossSiteRefusal } from "@/lib/security/same-origin";

const post = (headers: Record<string, string>) => new Request("http://127.0.0.1:3000/api/auth/signout", { method: "POST", headers: { host: "cho.example.vn", ...headers } });
const refused = (headers: Record<string, string>) => crossSiteRefusal(post(headers))?.status === 403;

describe("crossSiteRefusal", () => {
  it("lets requests from this site, the address bar and non-browser clients through", () => {
    expect(refused({ "sec-fetch-site": "same-origin", origin: "https://cho.example.vn" })).toBe(false);
    expect(refused({ "sec-fetch-site": "none" })).toBe(false);
    expect(refused({})).toBe(false);
    expect(refused({ origin: "https://cho.example.vn" })).toBe(false);
    expect(refused({ origin: "https://cho.example.vn", "x-forwarded-host": "cho.example.vn" })).toBe(false);
  });

  it("refuses other sites, by Sec-Fetch-Site or, without it, by Origin", () => {
    expect(refused({ "sec-fetch-site": "cross-site" })).toBe(true);
    expect(refused({ "sec-fetch-site": "same-site", origin: "https://evil.example.vn" })).toBe(true);
    expect(refused({ origin: "https://evil.example" })).toBe(true);
    expect(refused({ origin: "null" })).toBe(true);
    expect(refused({ origin: "https://cho.example.vn", "x-forwarded-host": "portal.gov.vn" })).toBe(true);
  });
});
