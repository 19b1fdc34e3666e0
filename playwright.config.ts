import { defineConfig, devices } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3100);

/**
 * End-to-end tests drive Debian's Chromium (scripts/ensure-chromium.ts) against the production
 * build, served by the same start script as `npm start`, on its own embedded PostgreSQL with
 * fresh demo data.
 */
export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  // Budgets for a busy 2-core CI machine, not races: a test or an expectation that needs longer
  // says so itself.
  timeout: 90_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: "retain-on-failure",
    // And so does the browser.
    timezoneId: "America/Los_Angeles",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], channel: undefined } }],
  webServer: {
    command: `node --import tsx scripts/start.ts --port ${PORT} --data-dir .data/postgres-e2e --pg-port 54349 --fresh`,
    url: `http://localhost:${PORT}/api/health`,
    // Includes the production build (about 60 s on a quiet 2-core machine, without Next's type check: `npm test` runs it first).
    timeout: 480_000,
    reuseExistingServer: false,
    // A graceful stop, so the server stops its embedded PostgreSQL (in a process group of its own,
    // which Playwright's default SIGKILL of the server's group would leave running).
    gracefulShutdown: { signal: "SIGTERM", timeout: 30_000 },
    stdout: "pipe",
    stderr: "pipe",
    // The e2e database is always the embedded one, whatever DATABASE_URL says.
    // The server runs in a zone far from Vietnam: every time shown must still be Vietnam time.
    // Request logs (one JSON line per request) would bury the test report: warnings and errors only.
    env: { DATABASE_URL: "", PORT: String(PORT), AUTH_SECRET: "e2e-secret-not-for-production-0123456789", TZ: "America/New_York", LOG_LEVEL: "warn" },
  },
});
