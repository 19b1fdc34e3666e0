import { ACCOUNTS, expect, signIn, test } from "./fixtures";

/** The headers every response carries (CSP is not there yet: see issue 8). */
const EXPECTED = {
  "x-content-type-options": "nosniff",
  "referrer-policy": "strict-origin-when-cross-origin",
  "x-frame-options": "DENY",
  "permissions-policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
};

test("a public page, a producer page, an admin page and a file download carry the security headers; HSTS only over HTTPS", async ({ page }) => {
  const check = (headers: Record<string, string>, what: string) => {
    for (const [name, value] of Object.entries(EXPECTED)) expect(headers[name], `${what}: ${name}`).toBe(value);
  };
  const home = await page.goto("/");
  check(home!.headers(), "/");
  expect(home!.headers()["strict-transport-security"]).toBeUndefined();
  const feed = await page.request.get("/calendar.ics");
  check(feed.headers(), "/calendar.ics");
  const https = await page.request.get("/", { headers: { "X-Forwarded-Proto": "https" } });
  expect(https.headers()["strict-transport-security"]).toBe("max-age=31536000; includeSubDomains");

  await signIn(page, ACCOUNTS.producer);
  check((await page.goto("/producer"))!.headers(), "/producer");
  await page.context().clearCookies();
  await signIn(page, ACCOUNTS.admin);
  check((await page.goto("/admin/reports"))!.headers(), "/admin/reports");
  check((await page.request.get("/admin/reports/export?table=province")).headers(), "CSV export");
});
