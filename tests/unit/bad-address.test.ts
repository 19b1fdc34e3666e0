import { describe, expect, it } from "vitest";
import { badAddressResponse, isUndecodablePath } from "@/scripts/lib/bad-address";

describe("an address whose path cannot be decoded", () => {
  it.each(["/%FF", "/products/%E0%A4%A", "/en/%C0%AF", "/api/v1/products/%FF", "/media/%", "/sessions/%E1%BA"])("%s is one", (url) => {
    expect(isUndecodablePath(url)).toBe(true);
  });

  it.each(["/", "/products/m%E1%BA%ADt-ong", "/search?q=%FF", "/products?province=%E0%A4%A", "/en/schedule#%FF", "/provinces/b%E1%BA%AFc-ninh"])(
    "%s is not (a bad query is the page's to read)",
    (url) => {
      expect(isUndecodablePath(url)).toBe(false);
    },
  );

  it("is answered with a 400 page in Vietnamese, or in English under /en, that leads home", async () => {
    const vi = await badAddressResponse("/products/%FF");
    expect(vi.status).toBe(400);
    expect(vi.headers["Content-Type"]).toBe("text/html; charset=utf-8");
    expect(vi.body).toContain('<html lang="vi">');
    expect(vi.body).toContain("<h1>Địa chỉ không hợp lệ</h1>");
    expect(vi.body).toContain('<a href="/">');
    const en = await badAddressResponse("/en/products/%FF");
    expect(en.body).toContain('<html lang="en">');
    expect(en.body).toContain("<h1>This address is not valid</h1>");
    expect(en.body).toContain('<a href="/en">');
  });

  it("is answered under /api with problem details", async () => {
    const answer = await badAddressResponse("/api/v1/products/%FF");
    expect(answer.status).toBe(400);
    expect(answer.headers["Content-Type"]).toBe("application/problem+json");
    expect(JSON.parse(answer.body)).toMatchObject({ status: 400, code: "bad_request" });
  });
});
