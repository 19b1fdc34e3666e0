import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { connect } from "node:net";
import path from "node:path";
import { expect, test } from "@playwright/test";
import pg from "pg";
import { ACCOUNTS, signIn } from "./fixtures";

/**
 * `kill -9` of the running app leaves its PostgreSQL behind; the next start must shut that
 * server down, start a new one and serve again. Uses its own data folder and ports, and the
 * production build the e2e web server made.
 */
const root = path.resolve(import.meta.dirname, "..", "..");
const dataDir = path.join(root, ".data", "postgres-crash-test");
const PORT = 3101;

/** Every server started here; one a failed test left running is killed after it (else the next test finds its port taken). */
const started: ChildProcess[] = [];
test.afterEach(async () => {
  for (const child of started.splice(0)) {
    if (child.exitCode !== null || child.signalCode !== null) continue;
    const exited = new Promise((r) => child.once("exit", r));
    child.kill("SIGKILL");
    await exited;
  }
});

function start(options: { fresh?: boolean } = {}): { child: ChildProcess; ready: Promise<void>; output: () => string } {
  // Its own process group, as a terminal gives `npm start`: Ctrl-C is SIGINT to the whole group.
  const child = spawn(
    process.execPath,
    ["--import", "tsx", "scripts/start.ts", "--port", String(PORT), "--data-dir", dataDir, "--pg-port", "54359", "--no-build", ...(options.fresh ? ["--fresh", "--seed"] : ["--no-seed"])],
    { cwd: root, env: { ...process.env, LOG_LEVEL: "info", DATABASE_URL: "", AUTH_SECRET: "restart-test-secret-0123456789abcdef" }, stdio: ["ignore", "pipe", "pipe"], detached: true },
  );
  started.push(child);
  let output = "";
  const ready = new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("Ready on")) resolve();
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", onData);
    child.on("exit", (code) => reject(new Error(`start exited with ${code}:\n${output}`)));
  });
  return { child, ready, output: () => output };
}

/** SIGTERM, and wait for the exit (unless it has already happened). */
async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once("exit", r));
  child.kill("SIGTERM");
  await exited;
}

function postmasterPid(): number | null {
  const file = path.join(dataDir, "postmaster.pid");
  return existsSync(file) ? Number(readFileSync(file, "utf8").split("\n")[0]) : null;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

test("logs a JSON line per request, with its id and the signed-in user, and no personal data", async ({ page }) => {
  test.setTimeout(120_000);
  const server = start({ fresh: true });
  await server.ready;
  try {
    const health = await page.request.get(`http://localhost:${PORT}/api/health`, { headers: { "X-Request-Id": "nginx-4f2a9c1e" } });
    expect(health.headers()["x-request-id"]).toBe("nginx-4f2a9c1e");
    await signIn(page, ACCOUNTS.staff, undefined, `http://localhost:${PORT}`);
    await page.waitForURL(/\/admin/);
    const admin = await page.goto(`http://localhost:${PORT}/admin/reports?from=2026-01-01`);
    const reqId = admin!.headers()["x-request-id"]!;
    expect(reqId).toMatch(/^[0-9a-f-]{36}$/);
    const lines = () => server.output().split("\n").filter((l) => l.startsWith("{")).map((l) => JSON.parse(l) as Record<string, unknown>);
    await expect.poll(() => lines().some((l) => l.reqId === reqId)).toBe(true);
    const line = lines().find((l) => l.reqId === reqId)!;
    expect(line).toMatchObject({ msg: "request", method: "GET", path: "/admin/reports", status: 200, userId: expect.stringMatching(/^[0-9a-f-]{36}$/) });
    expect(lines().find((l) => l.reqId === "nginx-4f2a9c1e")).toMatchObject({ path: "/api/health", status: 200 });
    expect(lines().find((l) => l.reqId === "nginx-4f2a9c1e")!.userId).toBeUndefined();
    // (The start banner lists the demo accounts; the logs themselves never name anyone.)
    const logs = JSON.stringify(lines());
    expect(logs).not.toContain("ChoPhien#2026");
    expect(logs).not.toContain("staff@chophien.test");
    expect(logs).not.toContain("2026-01-01");
  } finally {
    await stop(server.child);
  }
});

test("after a kill -9 of the app, a new start serves again", async ({ request }) => {
  test.setTimeout(120_000);
  const first = start();
  await first.ready;
  expect((await request.get(`http://localhost:${PORT}/api/health`)).status()).toBe(200);
  const orphan = postmasterPid();
  expect(orphan).not.toBeNull();

  first.child.kill("SIGKILL");
  await new Promise((r) => first.child.once("exit", r));
  expect(alive(orphan!), "PostgreSQL outlives the killed app").toBe(true);

  const second = start();
  await second.ready;
  const health = await request.get(`http://localhost:${PORT}/api/health`);
  expect(health.status()).toBe(200);
  expect(await health.json()).toEqual({ status: "ok", database: true, cache: "local" });
  expect(alive(orphan!), "the orphaned server was shut down").toBe(false);
  const current = postmasterPid()!;

  // Ctrl-C (SIGINT to the process group) stops gracefully: PostgreSQL, in a group of its own, is
  // not hit; a request in flight (its body still arriving) is answered in full, no new connection
  // is taken, then the app exits 0 and takes its PostgreSQL with it.
  const body = "email=a%40b.vn&password=" + "x".repeat(2000);
  const socket = connect(PORT, "127.0.0.1");
  let answer = "";
  socket.on("data", (chunk) => (answer += chunk.toString()));
  const closed = new Promise((r) => socket.once("close", r));
  await new Promise((r) => socket.once("connect", r));
  socket.write(`POST /api/auth/callback/credentials HTTP/1.1\r\nHost: localhost:${PORT}\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: ${body.length}\r\n\r\n${body.slice(0, 100)}`);
  await new Promise((r) => setTimeout(r, 300));
  const exited = new Promise((r) => second.child.once("exit", r));
  process.kill(-second.child.pid!, "SIGINT");
  await expect.poll(async () => (await request.get(`http://localhost:${PORT}/api/health`).then(() => "served", () => "refused")), { timeout: 10_000 }).toBe("refused");
  expect(alive(current), "PostgreSQL still serves the requests in flight").toBe(true);
  expect(answer, "nothing answered before the body is complete").toBe("");
  socket.write(body.slice(100));
  await closed;
  expect(answer).toMatch(/^HTTP\/1\.1 [23]\d\d /);
  const code = await exited;
  expect(code).toBe(0);
  await expect.poll(() => alive(current), { timeout: 10_000 }).toBe(false);
});

/**
 * Crash safety: the server is killed with `kill -9` while an import and a bulk approval are half
 * written. To catch each one in the middle, the test holds a lock on the audit log (written last
 * in both) so the transaction waits there with its other rows already written; the kill comes
 * then. After a restart nothing of either is in the database and the portal serves.
 */
test("kill -9 in the middle of a CSV import and of a bulk approval leaves nothing half-written", async ({ page }) => {
  test.setTimeout(240_000);
  const url = "postgresql://postgres:ocop-local@127.0.0.1:54359/ocop";
  let server = start({ fresh: true });
  await server.ready;

  const query = async <T extends Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      return (await client.query(sql, params)).rows as T[];
    } finally {
      await client.end();
    }
  };
  /** Everything either action could have written, summed up. */
  const state = async () =>
    (
      await query(`SELECT (SELECT count(*) FROM product_results) AS lines, (SELECT coalesce(sum(gmv_vnd), 0) FROM product_results) AS gmv,
        (SELECT count(*) FROM result_imports) AS imports, (SELECT count(*) FROM session_results) AS viewers,
        (SELECT count(*) FROM products WHERE review_status = 'APPROVED') AS approved, (SELECT count(*) FROM review_decisions) AS decisions,
        (SELECT count(*) FROM notifications) AS notifications, (SELECT count(*) FROM audit_log) AS audit`)
    )[0];
  /**
   * Holds the audit log, submits, waits until the app's transaction waits on the lock, kills the
   * server, lets go, restarts: everything the action could have written must be as before.
   */
  const crashWhileWriting = async (what: string, submit: () => Promise<void>) => {
    const before = await state();
    const locker = new pg.Client({ connectionString: url });
    await locker.connect();
    await locker.query("BEGIN; LOCK TABLE audit_log IN SHARE MODE");
    await submit();
    await expect.poll(async () => Number((await query<{ n: string }>(`SELECT count(*) AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = 'ocop'`))[0]!.n), { timeout: 20_000 }).toBeGreaterThan(0);
    server.child.kill("SIGKILL");
    await new Promise((r) => server.child.once("exit", r));
    await locker.query("ROLLBACK");
    await locker.end();
    server = start();
    await server.ready;
    expect(await state(), `after a crash mid-${what}`).toEqual(before);
  };

  try {
    await signIn(page, ACCOUNTS.staff, undefined, `http://localhost:${PORT}`);
    await page.waitForURL(/\/admin/);

    // 1. An import: every line of three sessions replaced, killed before it commits.
    const lines = await query<{ session_id: string; slug: string }>(`
      SELECT sp.session_id, p.slug FROM session_products sp JOIN products p ON p.id = sp.product_id JOIN live_sessions s ON s.id = sp.session_id
      WHERE s.status = 'COMPLETED' ORDER BY s.starts_at DESC, sp.position LIMIT 12`);
    const csv = `Mã phiên;Mã SKU;Số đơn;Số lượng bán;Doanh số\n${lines.map((l, i) => `${l.session_id};${l.slug};${i + 1};${i + 1};${(i + 1) * 1_000_003}`).join("\n")}\n`;
    await page.goto(`http://localhost:${PORT}/admin/revenue/import`);
    await page.getByLabel("Tệp CSV", { exact: true }).setInputFiles({ name: "giua-chung.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
    await page.getByRole("button", { name: "Đọc và kiểm tra" }).click();
    await expect(page.getByRole("button", { name: "Xác nhận nhập" })).toBeVisible();
    await crashWhileWriting("import", () => page.getByRole("button", { name: "Xác nhận nhập" }).click());

    // 2. A bulk approval of every product on the first page of the queue, killed the same way.
    await page.goto(`http://localhost:${PORT}/admin/reviews`);
    const boxes = page.getByRole("checkbox", { name: /^Chọn (?!tất cả)/ });
    await expect(boxes.first()).toBeVisible();
    expect(await boxes.count()).toBeGreaterThan(1);
    for (const box of await boxes.all()) await box.check();
    await crashWhileWriting("approval", () => page.getByRole("button", { name: "Duyệt các mục đã chọn" }).click());
    expect((await page.request.get(`http://localhost:${PORT}/api/health`)).status()).toBe(200);
    await page.goto(`http://localhost:${PORT}/admin/reviews`);
    await expect(page.getByRole("button", { name: "Duyệt các mục đã chọn" })).toBeVisible();
  } finally {
    await stop(server.child);
  }
});
