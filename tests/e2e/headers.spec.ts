import { ACCOUNTS, expect, signIn, test } from "./fixtures";

/** The headers every response carries; the Content-Security-Policy is checked on its own below. */
const EXPECTED = {
  "x-content-type-options": "nosniff",
  "referrer-policy": "strict-origin-when-cross-origin",
  "x-frame-options": "DENY",
  "permissions-policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
};

test("a public page, a producer page, an admin page and a file download carry the security headers; HSTS only over HTTPS", async ({ page, consoleErrors }) => {
  const check = (headers: Record<string, string>, what: string) => {
    for (const [name, value] of Object.entries(EXPECTED)) expect(headers[name], `${what}: ${name}`).toBe(value);
    const csp = headers["content-security-policy"] ?? "";
    for (const directive of ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'"]) expect(csp, `${what}: CSP ${directive}`).toContain(directive);
    return csp;
  };
  const home = await page.goto("/");
  // A public page is shared from the cache: its policy is the same for everyone, without a nonce;
  // sent as a document (no framework runtime, decision 0023), it allows no inline script at all.
  const publicPolicy = check(home!.headers(), "/");
  expect(publicPolicy).toMatch(/(^|; )script-src 'self'($|;)/);
  expect(publicPolicy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  expect(publicPolicy).not.toContain("nonce-");
  expect(check((await page.request.get("/schedule")).headers(), "/schedule")).toBe(publicPolicy);
  // The sign-in page is a React application outside the signed-in areas: its flight data is inline.
  expect(check((await page.request.get("/sign-in")).headers(), "/sign-in")).toMatch(/script-src 'self' 'unsafe-inline'/);
  expect(home!.headers()["strict-transport-security"]).toBeUndefined();
  const feed = await page.request.get("/calendar.ics");
  expect(check(feed.headers(), "/calendar.ics")).toContain("default-src 'none'");
  expect(check((await page.request.get("/api/v1/groups")).headers(), "/api/v1/groups")).toContain("default-src 'none'");
  // A route handler that changes state refuses a post from another site.
  expect((await page.request.post("/api/auth/signout", { headers: { Origin: "https://evil.example" } })).status()).toBe(403);
  expect((await page.request.post("/api/sign-out", { headers: { Origin: "https://evil.example" }, form: { locale: "vi" } })).status()).toBe(403);
  const https = await page.request.get("/", { headers: { "X-Forwarded-Proto": "https" } });
  expect(https.headers()["strict-transport-security"]).toBe("max-age=31536000; includeSubDomains");

  await signIn(page, ACCOUNTS.producer);
  await page.waitForURL(/\/producer/);
  // Signed-in pages: a fresh nonce per response, on every script of the page, and scripts
  // without it do not run.
  const nonceOf = (csp: string) => /'nonce-([^']+)' 'strict-dynamic'/.exec(csp)?.[1];
  const first = await page.goto("/producer");
  const nonce = nonceOf(check(first!.headers(), "/producer"));
  expect(nonce).toBeTruthy();
  // Every script the server sent carries it (scripts Next adds later are trusted through it).
  const scripts = [...(await first!.text()).matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
  expect(scripts.length).toBeGreaterThan(0);
  expect(scripts.filter((tag) => !tag.includes(`nonce="${nonce}"`))).toEqual([]);
  expect(nonceOf(check((await page.goto("/producer"))!.headers(), "/producer again"))).not.toBe(nonce);
  // A script that got into the HTML without the nonce (as a stored XSS would) does not run: the
  // page is fetched for real and the script added to its body on the way.
  await page.route("**/producer/products", async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace("</body>", "<script>window.__injected = true</script></body>");
    await route.fulfill({ response, body: html });
  });
  await page.goto("/producer/products");
  expect(await page.evaluate(() => (window as { __injected?: boolean }).__injected ?? false)).toBe(false);
  await page.unrouteAll();
  // The browser reports the refusal; that one expected error is taken off the page's error list.
  await expect.poll(() => consoleErrors.filter((m) => m.includes("Content Security Policy")).length).toBe(1);
  consoleErrors.splice(0, consoleErrors.length, ...consoleErrors.filter((m) => !m.includes("Content Security Policy")));
  await page.context().clearCookies();
  await signIn(page, ACCOUNTS.admin);
  await page.waitForURL(/\/admin/);
  expect(nonceOf(check((await page.goto("/admin/reports"))!.headers(), "/admin/reports"))).toBeTruthy();
  check((await page.request.get("/admin/reports/export?table=province")).headers(), "CSV export");
  expect(check((await page.request.get("/api/docs")).headers(), "/api/docs")).toContain("default-src 'none'");
});

test("an address cut in the middle of a character is a 400 page in the reader's language, not a server error", async ({ page, consoleErrors }) => {
  const response = await page.goto("/products/m%E1%BA");
  expect(response!.status()).toBe(400);
  for (const [name, value] of Object.entries(EXPECTED)) expect(response!.headers()[name], name).toBe(value);
  await expect(page.getByRole("heading", { level: 1, name: "Địa chỉ không hợp lệ" })).toBeVisible();
  await page.getByRole("link", { name: "Về trang chủ Chợ phiên OCOP" }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole("heading", { level: 1 }).first()).toBeVisible();

  const english = await page.goto("/en/%FF");
  expect(english!.status()).toBe(400);
  await expect(page.getByRole("heading", { level: 1, name: "This address is not valid" })).toBeVisible();
  // (Under /api the same answer is problem details: tests/e2e/limits.spec.ts.)

  // The browser reports each of the two 400 pages it loaded; nothing else.
  const reported = consoleErrors.filter((m) => /status of 400/.test(m));
  expect(reported).toHaveLength(2);
  consoleErrors.splice(0, consoleErrors.length, ...consoleErrors.filter((m) => !reported.includes(m)));
});
