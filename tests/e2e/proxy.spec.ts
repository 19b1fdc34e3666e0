import path from "node:path";
import { request as http } from "@playwright/test";
import { startProxy } from "@/scripts/lib/nginx";
import { ACCOUNTS, comingSessionId, expect, renameSession, signIn, test } from "./fixtures";

/**
 * The production recipe (docs/deploy/nginx.conf) in front of the e2e app: static files from disk,
 * a one-second micro-cache for anonymous public pages, never for a signed-in visitor.
 */
const PROXY = 3180;
const base = `http://127.0.0.1:${PROXY}`;
let proxy: Awaited<ReturnType<typeof startProxy>>;

test.beforeAll(async () => {
  proxy = await startProxy({ port: PROXY, upstreams: ["127.0.0.1:3100"], runDir: path.resolve(import.meta.dirname, "../../.data/nginx-e2e") });
});
test.afterAll(async () => {
  await proxy?.stop();
});

test("nginx serves files from disk, micro-caches anonymous pages, never a signed-in one, and a staff edit shows within a second", async ({ page }) => {
  const anonymous = await http.newContext({ baseURL: base });
  try {
    // Files: Next's hashed assets and public/ straight from disk, with long cache headers, gzip.
    const home = await anonymous.get("/");
    expect(home.status()).toBe(200);
    const asset = /\/_next\/static\/[^"]+\.js/.exec(await home.text())![0];
    const js = await anonymous.get(asset, { headers: { "Accept-Encoding": "gzip" } });
    expect(js.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(js.headers()["content-encoding"]).toBe("gzip");
    expect(js.headers()["x-cache-status"]).toBeUndefined();
    expect((await anonymous.get("/.well-known/security.txt")).headers()["cache-control"]).toBe("public, max-age=604800");

    // An anonymous public page: the second request within the second is the cached copy, with
    // the app's security headers kept.
    await anonymous.get("/schedule");
    const cached = await anonymous.get("/schedule");
    expect(cached.headers()["x-cache-status"]).toBe("HIT");
    expect(cached.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
    // The API, and RSC requests of client-side navigation, always go to the app.
    for (let i = 0; i < 2; i++) expect((await anonymous.get("/api/v1/groups")).headers()["x-cache-status"]).toBe("BYPASS");
    expect((await anonymous.get("/schedule", { headers: { RSC: "1" } })).headers()["x-cache-status"]).toBe("BYPASS");

    // Signed in through the proxy: never from the cache, neither the signed-in areas nor a public page.
    await signIn(page, ACCOUNTS.staff, undefined, base);
    await page.waitForURL(/\/admin/);
    for (let i = 0; i < 2; i++) {
      const admin = await page.request.get(`${base}/admin`);
      expect(admin.headers()["x-cache-status"]).toBe("BYPASS");
      expect(await admin.text()).toContain("Công việc của Trung tâm");
      expect((await page.request.get(`${base}/schedule`)).headers()["x-cache-status"]).toBe("BYPASS");
    }

    // A staff edit of a published session shows to anonymous visitors within a second.
    const sessionId = await comingSessionId("next");
    await anonymous.get(`/sessions/${sessionId}`);
    expect((await anonymous.get(`/sessions/${sessionId}`)).headers()["x-cache-status"]).toBe("HIT");
    const title = `Đặc sản mùa đông ${Date.now()}`;
    await renameSession(page, base, sessionId, title);
    const saved = Date.now();
    // One second of micro-cache, plus a margin for this machine's scheduling.
    await expect.poll(async () => (await (await anonymous.get(`/sessions/${sessionId}`)).text()).includes(title), { timeout: 1_500, intervals: [100] }).toBe(true);
    test.info().annotations.push({ type: "edit visible after", description: `${Date.now() - saved} ms` });
  } finally {
    await anonymous.dispose();
  }
});
