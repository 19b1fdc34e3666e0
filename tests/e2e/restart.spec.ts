import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";

/**
 * `kill -9` of the running app leaves its PostgreSQL behind; the next start must shut that
 * server down, start a new one and serve again. Uses its own data folder and ports, and the
 * production build the e2e web server made.
 */
const root = path.resolve(import.meta.dirname, "..", "..");
const dataDir = path.join(root, ".data", "postgres-crash-test");
const PORT = 3101;

function start(): { child: ChildProcess; ready: Promise<void> } {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", "scripts/start.ts", "--port", String(PORT), "--data-dir", dataDir, "--pg-port", "54359", "--no-build", "--no-seed"],
    { cwd: root, env: { ...process.env, DATABASE_URL: "", AUTH_SECRET: "restart-test-secret-0123456789abcdef" }, stdio: ["ignore", "pipe", "pipe"] },
  );
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
  return { child, ready };
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
  expect(await health.json()).toEqual({ status: "ok", database: true });
  expect(alive(orphan!), "the orphaned server was shut down").toBe(false);
  const current = postmasterPid()!;

  // Ctrl-C / SIGTERM stops cleanly: the app exits 0 and takes its PostgreSQL with it.
  second.child.kill("SIGTERM");
  const code = await new Promise((r) => second.child.once("exit", r));
  expect(code).toBe(0);
  await expect.poll(() => alive(current), { timeout: 10_000 }).toBe(false);
});
