import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { request as http } from "@playwright/test";
import { createPrismaClient } from "@/lib/db/client";
import { testRedis } from "@/scripts/lib/redis";
import { ACCOUNTS, E2E_DATABASE_URL, expect, signIn, test } from "./fixtures";

/**
 * Several instances of the production build on one PostgreSQL and one Redis (the scale-out issue):
 * two more instances of the e2e app's build, started here in production mode (DATABASE_URL, a
 * shared AUTH_SECRET) with REDIS_URL, so that Next's cache and its tag invalidation live in Redis.
 * A third points at a Redis that is not there, to show the portal degrades without errors.
 */
const ROOT = path.resolve(import.meta.dirname, "../..");
const A = "http://localhost:3106";
const B = "http://localhost:3107";
const C = "http://localhost:3108";
const SECRET = "scale-out-e2e-secret-0123456789abcdef";

let redis: { url: string; stop: () => Promise<void> };
const instances: ChildProcess[] = [];

async function startInstance(origin: string, redisUrl: string, prefix: string): Promise<void> {
  const port = new URL(origin).port;
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts", "--port", port, "--no-build"], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: E2E_DATABASE_URL, AUTH_SECRET: SECRET, REDIS_URL: redisUrl, REDIS_KEY_PREFIX: prefix, SEED: "", ADMIN_EMAIL: "", LOG_LEVEL: "warn" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  instances.push(child);
  const health = await http.newContext();
  try {
    await expect
      .poll(async () => (await health.get(`${origin}/api/health`).then((r) => r.status(), () => 0)), { timeout: 120_000, intervals: [500] })
      .toBe(200);
  } finally {
    await health.dispose();
  }
}

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(240_000);
  redis = await testRedis();
  const prefix = `e2e-${Date.now()}`;
  await Promise.all([startInstance(A, redis.url, prefix), startInstance(B, redis.url, prefix), startInstance(C, "redis://127.0.0.1:1", prefix)]);
});

test.afterAll(async () => {
  await Promise.all(
    instances
      .filter((child) => child.exitCode === null)
      .map(
        (child) =>
          new Promise((resolve) => {
            child.once("exit", resolve);
            child.kill("SIGTERM");
          }),
      ),
  );
  await redis?.stop();
});

test("two instances on one Redis: a staff edit through A shows on B within a second, and A's cookie works on B", async ({ page }) => {
  const anonymous = await http.newContext();
  try {
    for (const origin of [A, B]) expect(await (await anonymous.get(`${origin}/api/health`)).json()).toMatchObject({ status: "ok", cache: "shared" });
    const db = createPrismaClient(E2E_DATABASE_URL);
    let sessionId: string;
    try {
      sessionId = (await db.liveSession.findFirstOrThrow({ where: { status: "SCHEDULED", startsAt: { gt: new Date() } }, orderBy: { startsAt: "desc" }, select: { id: true } })).id;
    } finally {
      await db.$disconnect();
    }
    // B has the page in the shared cache (read twice: rendered, then cached).
    for (let i = 0; i < 2; i++) expect((await anonymous.get(`${B}/sessions/${sessionId}`)).status()).toBe(200);

    await signIn(page, ACCOUNTS.staff, undefined, A);
    await page.waitForURL(/\/admin/);
    // The session cookie made by A is accepted by B (one AUTH_SECRET, one sessions table).
    expect((await (await page.request.get(`${B}/api/me`)).json()).user).toMatchObject({ role: "STAFF" });

    const title = `Phiên chung hai máy ${Date.now()}`;
    await page.goto(`${A}/admin/sessions/${sessionId}`);
    await page.getByLabel("Tên phiên").fill(title);
    await page.getByRole("button", { name: "Lưu", exact: true }).click();
    await expect(page.getByRole("status").filter({ hasText: "Đã lưu" })).toBeVisible();
    const saved = Date.now();
    // Without the shared cache, B would serve its copy until its own 60 s window ran out.
    await expect.poll(async () => (await (await anonymous.get(`${B}/sessions/${sessionId}`)).text()).includes(title), { timeout: 1_500, intervals: [100] }).toBe(true);
    test.info().annotations.push({ type: "edit visible on B after", description: `${Date.now() - saved} ms` });
  } finally {
    await anonymous.dispose();
  }
});

test("with its Redis away, an instance still serves every page (rendered, uncached) and its health says so", async () => {
  const anonymous = await http.newContext();
  try {
    const health = await anonymous.get(`${C}/api/health`);
    expect(health.status()).toBe(200);
    expect(await health.json()).toMatchObject({ status: "degraded", database: true, cache: "unavailable" });
    for (const page of ["/", "/schedule", "/search?q=che"]) {
      const response = await anonymous.get(`${C}${page}`);
      expect(response.status(), page).toBe(200);
      expect(await response.text()).toContain("Chợ phiên OCOP");
    }
  } finally {
    await anonymous.dispose();
  }
});
