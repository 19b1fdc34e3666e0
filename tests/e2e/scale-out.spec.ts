import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { chmod, cp, mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { request as http } from "@playwright/test";
import S3rver from "s3rver";
import sharp from "sharp";
import { createPrismaClient } from "@/lib/db/client";
import { startProxy } from "@/scripts/lib/nginx";
import { testRedis } from "@/scripts/lib/redis";
import { ACCOUNTS, comingSessionId, E2E_DATABASE_URL, expect, fillProductForm, renameSession, signIn, test } from "./fixtures";

/**
 * Several instances of the production build on one PostgreSQL and one Redis (the scale-out issue):
 * a release of the e2e app's build (`npm run release -- --no-build`, into a folder outside the
 * project: no sources, no project node_modules to fall back on), copied once per instance as on
 * two machines, started here in production mode (DATABASE_URL, a shared AUTH_SECRET) with
 * REDIS_URL, so that Next's cache and its tag invalidation live in Redis, and one S3 bucket
 * (s3rver, started here) for uploads and staged imports; the recipe's nginx in front of both.
 * A third points at a Redis that is not there, to show the portal degrades without errors.
 */
const ROOT = path.resolve(import.meta.dirname, "../..");
const A = "http://localhost:3106";
const B = "http://localhost:3107";
const C = "http://localhost:3108";
/** nginx with the recipe (docs/deploy/nginx.conf), A and B as its two upstream servers. */
const PROXY = "http://localhost:3109";
const SECRET = "scale-out-e2e-secret-0123456789abcdef";

let redis: { url: string; stop: () => Promise<void> };
let bucket: { server: S3rver; dir: string; uploads: string; env: Record<string, string> };
let releases: { dir: string; a: string; b: string };
let proxy: Awaited<ReturnType<typeof startProxy>>;
const proxyDir = path.join(ROOT, ".data", "nginx-scale-out");
const instances: ChildProcess[] = [];

async function startInstance(origin: string, release: string, redisUrl: string, prefix: string, storage: Record<string, string> = {}): Promise<void> {
  const port = new URL(origin).port;
  const child = spawn(process.execPath, [path.join(release, "server.mjs"), "--port", port], {
    cwd: releases.dir,
    env: { ...process.env, DATABASE_URL: E2E_DATABASE_URL, AUTH_SECRET: SECRET, REDIS_URL: redisUrl, REDIS_KEY_PREFIX: prefix, TRUST_PROXY: "1", SEED: "", ADMIN_EMAIL: "", LOG_LEVEL: "warn", ...storage },
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
  const dir = await mkdtemp(path.join(tmpdir(), "ocop-e2e-release-"));
  // nginx's workers (an unprivileged user when the tests run as root) read its static files.
  await chmod(dir, 0o755);
  releases = { dir, a: path.join(dir, "instance-a"), b: path.join(dir, "instance-b") };
  const made = spawnSync(process.execPath, ["--import", "tsx", "scripts/release.ts", "--no-build", "--out", releases.a], { cwd: ROOT, encoding: "utf8" });
  expect(made.status, made.stdout + made.stderr).toBe(0);
  await cp(releases.a, releases.b, { recursive: true, verbatimSymlinks: true });
  redis = await testRedis();
  const s3dir = await mkdtemp(path.join(tmpdir(), "ocop-e2e-s3-"));
  const server = new S3rver({ address: "127.0.0.1", port: 0, silent: true, directory: s3dir, configureBuckets: [{ name: "ocop-e2e", configs: [] }] });
  const { port } = await server.run();
  bucket = {
    server,
    dir: s3dir,
    uploads: await mkdtemp(path.join(tmpdir(), "ocop-e2e-uploads-")),
    env: { S3_BUCKET: "ocop-e2e", S3_ENDPOINT: `http://127.0.0.1:${port}`, S3_ACCESS_KEY_ID: "S3RVER", S3_SECRET_ACCESS_KEY: "S3RVER", S3_FORCE_PATH_STYLE: "1" },
  };
  const prefix = `e2e-${Date.now()}`;
  await Promise.all([
    // Each with an upload folder of its own, as on two machines: only the bucket is shared.
    startInstance(A, releases.a, redis.url, prefix, { ...bucket.env, UPLOAD_DIR: path.join(bucket.uploads, "instance-a") }),
    startInstance(B, releases.b, redis.url, prefix, { ...bucket.env, UPLOAD_DIR: path.join(bucket.uploads, "instance-b") }),
    startInstance(C, releases.a, "redis://127.0.0.1:1", prefix),
  ]);
  await rm(proxyDir, { recursive: true, force: true });
  proxy = await startProxy({ port: Number(new URL(PROXY).port), upstreams: [A, B].map((origin) => `127.0.0.1:${new URL(origin).port}`), runDir: proxyDir, root: releases.a });
});

test.afterAll(async () => {
  await proxy?.stop();
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
  await bucket?.server.close();
  if (bucket) for (const folder of [bucket.dir, bucket.uploads]) await rm(folder, { recursive: true, force: true });
  if (releases) await rm(releases.dir, { recursive: true, force: true });
});

test("two instances on one Redis: a staff edit through A shows on B within a second, and A's cookie works on B", async ({ page }) => {
  const anonymous = await http.newContext();
  try {
    for (const origin of [A, B]) expect(await (await anonymous.get(`${origin}/api/health`)).json()).toMatchObject({ status: "ok", cache: "shared" });
    const sessionId = await comingSessionId("last");
    // B has the page in the shared cache (read twice: rendered, then cached).
    for (let i = 0; i < 2; i++) expect((await anonymous.get(`${B}/sessions/${sessionId}`)).status()).toBe(200);

    await signIn(page, ACCOUNTS.staff, undefined, A);
    await page.waitForURL(/\/admin/);
    // The session cookie made by A is accepted by B (one AUTH_SECRET, one sessions table).
    expect((await (await page.request.get(`${B}/api/me`)).json()).user).toMatchObject({ role: "STAFF" });

    const title = `Phiên chung hai máy ${Date.now()}`;
    await renameSession(page, A, sessionId, title);
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

test("one bucket: a photo uploaded through A is served by B, and a results file previewed on A is confirmed on B", async ({ page }) => {
  // A product with its photo, submitted through A.
  const name = `Mắm tôm hai máy ${Date.now()}`;
  await signIn(page, ACCOUNTS.producer, undefined, A);
  await page.waitForURL(/\/producer$/);
  await page.goto(`${A}/producer/products/new`);
  await fillProductForm(page, { name, group: "1", price: "85.000", unit: "hũ 500 g", stars: "3", decisionNumber: "88/QĐ-UBND", decisionDate: "2025-10-01" });
  const photo = await sharp({ create: { width: 1000, height: 750, channels: 3, background: "#a0522d" } }).jpeg().toBuffer();
  await page.getByLabel(/Ảnh sản phẩm/).setInputFiles({ name: "mam-tom.jpg", mimeType: "image/jpeg", buffer: photo });
  await page.getByRole("button", { name: "Lưu và gửi duyệt" }).click();
  await expect(page).toHaveURL(/\/producer\/products\?saved=/);
  const db = createPrismaClient(E2E_DATABASE_URL);
  let photoUrl: string;
  let session: { id: string; lineup: { product: { id: string; slug: string } }[]; productResults: { productId: string; orders: number; unitsSold: number; gmvVnd: bigint; product: { slug: string } }[] };
  try {
    photoUrl = (await db.product.findFirstOrThrow({ where: { name }, select: { images: { select: { url: true }, take: 1 } } })).images[0]!.url;
    session = await db.liveSession.findFirstOrThrow({
      where: { status: "COMPLETED", lineup: { some: {} } },
      orderBy: { startsAt: "asc" },
      select: {
        id: true,
        lineup: { take: 1, orderBy: { position: "asc" }, select: { product: { select: { id: true, slug: true } } } },
        productResults: { select: { productId: true, orders: true, unitsSold: true, gmvVnd: true, product: { select: { slug: true } } } },
      },
    });
  } finally {
    await db.$disconnect();
  }
  const served = await page.request.get(`${B}${photoUrl}`);
  expect(served.status()).toBe(200);
  expect(served.headers()["content-type"]).toBe("image/webp");

  // A results file previewed on A; its confirmation sent to B, as a proxy would (same origin).
  await page.context().clearCookies();
  await signIn(page, ACCOUNTS.staff, undefined, A);
  await page.waitForURL(/\/admin/);
  await page.goto(`${A}/admin/revenue/import`);
  // The session's lines as they are (a file replaces all of its session's lines), the first one changed.
  const lines = session.productResults.length
    ? session.productResults.map((r) => ({ productId: r.productId, slug: r.product.slug, orders: r.orders, units: r.unitsSold, gmv: r.gmvVnd }))
    : [{ productId: session.lineup[0]!.product.id, slug: session.lineup[0]!.product.slug, orders: 0, units: 0, gmv: 0n }];
  lines[0] = { ...lines[0]!, orders: lines[0]!.orders + 7, units: lines[0]!.units + 8, gmv: lines[0]!.gmv + 1_260_000n };
  const csv = `session_id;sku;orders;units;gmv\n${lines.map((l) => `${session.id};${l.slug};${l.orders};${l.units};${l.gmv}`).join("\n")}\n`;
  await page.getByLabel("Tệp CSV", { exact: true }).setInputFiles({ name: "hai-may.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await page.getByRole("button", { name: "Đọc và kiểm tra" }).click();
  await expect(page.getByText(new RegExp(`hai-may\\.csv: ${lines.length} dòng, 1 phiên`))).toBeVisible();
  let sentToB = 0;
  await page.route(`${A}/**`, async (route) => {
    const request = route.request();
    if (request.method() !== "POST" || !request.headers()["next-action"]) return route.continue();
    sentToB += 1;
    await route.continue({ url: request.url().replace(A, B), headers: { ...request.headers(), "x-forwarded-host": new URL(A).host } });
  });
  await page.getByRole("button", { name: "Xác nhận nhập" }).click();
  await expect(page.getByText(/Đã nhập \d+ dòng/)).toBeVisible();
  expect(sentToB).toBe(1);
  const check = createPrismaClient(E2E_DATABASE_URL);
  try {
    expect(await check.productResult.findUnique({ where: { sessionId_productId: { sessionId: session.id, productId: lines[0]!.productId } }, select: { orders: true, unitsSold: true, gmvVnd: true } })).toEqual({
      orders: lines[0]!.orders,
      unitsSold: lines[0]!.units,
      gmvVnd: lines[0]!.gmv,
    });
  } finally {
    await check.$disconnect();
  }
});

test("behind the recipe's nginx with A and B upstream: a staff visit works whichever instance answers, and an edit is public within two seconds", async ({ page }) => {
  const log = path.join(proxyDir, "access.log");
  const seen = async () => (await readFile(log, "utf8")).length;
  const from = await seen();
  const sessionId = await comingSessionId("next");
  const anonymous = await http.newContext();
  try {
    expect((await anonymous.get(`${PROXY}/sessions/${sessionId}`)).status()).toBe(200);
    await signIn(page, ACCOUNTS.staff, undefined, PROXY);
    await page.waitForURL(/\/admin/);
    // Signed-in pages through nginx until each instance has answered some (least_conn takes
    // turns between two idle instances): one cookie, whichever instance reads it.
    const answeredBy = async () => {
      const lines = (await readFile(log, "utf8")).slice(from).split("\n");
      return new Set(lines.filter((l) => l.includes('"GET /admin')).map((l) => /upstream=(\S+)/.exec(l)?.[1]));
    };
    for (const [i, path_] of ["/admin/sessions", "/admin", "/admin/revenue", "/admin/sessions", "/admin", "/admin/revenue"].entries()) {
      const response = await page.goto(`${PROXY}${path_}`);
      expect(response?.status(), path_).toBe(200);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      expect(page.url(), "still signed in").toContain(path_);
      if (i >= 1 && (await answeredBy()).size === 2) break;
    }
    expect([...(await answeredBy())].sort()).toEqual(["127.0.0.1:3106", "127.0.0.1:3107"]);

    const title = `Phiên qua nginx ${Date.now()}`;
    await renameSession(page, PROXY, sessionId, title);
    const saved = Date.now();
    // The micro-cache keeps a public page one second; the instances' cache is Redis's.
    await expect.poll(async () => (await (await anonymous.get(`${PROXY}/sessions/${sessionId}`)).text()).includes(title), { timeout: 2_500, intervals: [100] }).toBe(true);
    test.info().annotations.push({ type: "edit visible through nginx after", description: `${Date.now() - saved} ms` });
    const failed = (await readFile(log, "utf8")).slice(from).split("\n").filter((l) => /" 5\d\d /.test(l));
    expect(failed).toEqual([]);
  } finally {
    await anonymous.dispose();
  }
});

test("a release is for production: without DATABASE_URL it stops with the reason, and making one needs the database to prerender from", async () => {
  const run = spawnSync(process.execPath, [path.join(releases.a, "server.mjs"), "--port", "3110"], { cwd: releases.dir, encoding: "utf8", env: { ...process.env, DATABASE_URL: "", AUTH_SECRET: "" }, timeout: 30_000 });
  expect(run.status).toBe(1);
  expect(run.stderr).toContain("A release runs on your PostgreSQL: set DATABASE_URL");
  const make = spawnSync(process.execPath, ["--import", "tsx", "scripts/release.ts", "--out", path.join(releases.dir, "never")], { cwd: ROOT, encoding: "utf8", env: { ...process.env, DATABASE_URL: "" }, timeout: 30_000 });
  expect(make.status).toBe(1);
  expect(make.stderr).toContain("Set DATABASE_URL");
});
