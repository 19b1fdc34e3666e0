import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { expect, test } from "@playwright/test";
import pg from "pg";
import { ACCOUNTS, E2E_DATABASE_URL, signIn } from "./fixtures";

/**
 * Production mode: DATABASE_URL names a real PostgreSQL (here a new, empty database on the e2e
 * server's PostgreSQL). Then secrets are required, no demo data or demo account is created, and
 * ADMIN_EMAIL makes the first admin with a one-time link printed once.
 */
const root = path.resolve(import.meta.dirname, "..", "..");
const PORT = 3102;

const START = ["--import", "tsx", "scripts/start.ts", "--port", String(PORT), "--no-build"];
const withEnv = (env: Record<string, string>) => ({ cwd: root, env: { ...process.env, LOG_LEVEL: "warn", ...env } });

test("a bad or missing setting stops the start with a message naming the variable", () => {
  const url = E2E_DATABASE_URL.replace(/\/ocop$/, "/ocop_never_created");
  const noSecret = spawnSync(process.execPath, START, { ...withEnv({ DATABASE_URL: url, AUTH_SECRET: "" }), encoding: "utf8" });
  expect(noSecret.status).toBe(1);
  expect(noSecret.stderr).toContain("AUTH_SECRET: is required when DATABASE_URL is set");
  const badPort = spawnSync(process.execPath, ["--import", "tsx", "scripts/start.ts", "--no-build"], { ...withEnv({ DATABASE_URL: "", PORT: "99999", EMBEDDED_PG_PORT: "x" }), encoding: "utf8" });
  expect(badPort.status).toBe(1);
  expect(badPort.stderr).toMatch(/PORT: .*65535/);
  expect(badPort.stderr).toContain("EMBEDDED_PG_PORT");
});

test("an empty production database gets reference data and no account; ADMIN_EMAIL makes the first admin", async ({ page }) => {
  test.setTimeout(120_000);
  const name = `ocop_prod_${randomBytes(4).toString("hex")}`;
  const url = E2E_DATABASE_URL.replace(/\/ocop$/, `/${name}`);
  const env = { DATABASE_URL: url, AUTH_SECRET: randomBytes(32).toString("base64url"), ADMIN_EMAIL: "Quan.Tri@TrungTam.vn" };
  const child = spawn(process.execPath, START, { ...withEnv(env), stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  const ready = new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("Ready on")) resolve();
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.on("exit", (code) => reject(new Error(`start exited with ${code}:\n${output}`)));
  });
  const admin = new pg.Client({ connectionString: url });
  try {
    await ready;
    expect(output).not.toContain("ChoPhien#2026");
    expect(output).not.toContain(ACCOUNTS.admin);
    const link = output.match(/http:\/\/localhost:\d+\/reset-password\/[\w-]+/)?.[0];
    expect(link, output).toBeTruthy();

    await admin.connect();
    const counts = (await admin.query(`SELECT (SELECT count(*) FROM provinces)::int AS provinces, (SELECT count(*) FROM producers)::int AS producers,
      (SELECT count(*) FROM live_sessions)::int AS sessions, (SELECT array_agg(email || ':' || role) FROM users) AS users`)).rows[0];
    expect(counts).toEqual({ provinces: 34, producers: 0, sessions: 0, users: ["quan.tri@trungtam.vn:ADMIN"] });

    // The link sets the first password, once; then the admin signs in.
    await page.goto(link!.replace(/http:\/\/localhost:\d+/, `http://localhost:${PORT}`));
    await page.getByLabel("Mật khẩu mới", { exact: true }).fill("mot mat khau that dai 2026");
    await page.getByLabel("Nhập lại mật khẩu").fill("mot mat khau that dai 2026");
    await page.getByRole("button", { name: "Đặt mật khẩu" }).click();
    await expect(page.getByText("Đã đặt mật khẩu mới. Bạn có thể đăng nhập.")).toBeVisible();
    await signIn(page, "quan.tri@trungtam.vn", "mot mat khau that dai 2026", `http://localhost:${PORT}`);
    await expect(page).toHaveURL(/\/admin$/);
  } finally {
    const exited = new Promise((r) => child.once("exit", r));
    if (child.exitCode === null) child.kill("SIGTERM");
    await exited;
    await admin.end().catch(() => {});
    const server = new pg.Client({ connectionString: E2E_DATABASE_URL.replace(/\/ocop$/, "/postgres") });
    await server.connect();
    await server.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await server.end();
  }
});
