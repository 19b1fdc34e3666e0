import { readFileSync } from "node:fs";
import path from "node:path";
import { ACCOUNTS, expect, signIn, test } from "./fixtures";

/** Server actions take only the body they need, checked before it is read (lib/security/body-limits.ts). */
const MB = 1024 * 1024;
const manifest = () =>
  JSON.parse(readFileSync(path.resolve(import.meta.dirname, "../../.next/server/server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { filename: string; exportedName: string }>;
  };
const idOf = (key: string) => Object.entries(manifest().node).find(([, v]) => `${v.filename}#${v.exportedName}` === key)![0];

test("a server action refuses a body larger than it takes from this caller, and says so", async ({ page }) => {
  const post = (key: string, bytes: number) =>
    page.request.post("/register", { headers: { "Next-Action": idOf(key), "Content-Type": "text/plain;charset=UTF-8" }, data: "x".repeat(bytes), failOnStatusCode: false });
  const registration = await post("lib/producers/actions.ts#registerAction", 20 * MB);
  expect(registration.status()).toBe(413);
  expect(await registration.text()).toContain("at most 6 MB");
  expect((await post("lib/auth/actions.ts#signInAction", 2 * MB)).status()).toBe(413);
  expect((await post("lib/products/actions.ts#saveProductAction", 10 * MB)).status(), "a visitor may not upload product photos").toBe(413);
  expect((await post("lib/auth/actions.ts#signInAction", 2_000)).status(), "a small body goes on to the action").not.toBe(413);

  await signIn(page, ACCOUNTS.staff);
  await expect(page).toHaveURL(/\/admin$/);
  expect((await post("lib/products/actions.ts#saveProductAction", 10 * MB)).status(), "staff do not upload product photos").toBe(413);
});

test("public addresses answer bad input with a 4xx, never a 500", async ({ request }) => {
  for (const url of ["/products/%00", "/producers/%00", "/products/a%00b", "/provinces/%00"]) {
    expect((await request.get(url, { failOnStatusCode: false })).status(), url).toBe(404);
  }
  // A path that cannot be decoded (a link cut inside a character) is a bad request, on every kind of route.
  for (const url of ["/%FF", "/sessions/%E1%BA", "/producers/%FF/calendar.ics", "/media/%FF", "/admin/sessions/%C0"]) {
    expect((await request.get(url, { failOnStatusCode: false, maxRedirects: 0 })).status(), url).toBe(400);
  }
  const api = [
    ["GET", "/api/v1/products/%00", 404],
    ["GET", "/api/v1/producers/%FF", 400],
    ["GET", "/api/v1/sessions?from=2026-02-30", 400],
    ["DELETE", "/api/v1/sessions", 405],
    ["PUT", "/api/v1/products", 405],
    ["GET", "/api/v1/khong-co", 404],
    ["POST", "/api/v1/khong-co/gi-ca", 404],
  ] as const;
  for (const [method, url, status] of api) {
    const response = await request.fetch(url, { method, failOnStatusCode: false });
    expect(response.status(), `${method} ${url}`).toBe(status);
    expect(response.headers()["content-type"], `${method} ${url}`).toBe("application/problem+json");
    expect((await response.json()).status).toBe(status);
  }
});
