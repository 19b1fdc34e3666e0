/**
 * `npm test`: every check, in order, stopping at the first failure:
 * type check, lint, architecture rules, unit tests, integration tests against a real PostgreSQL
 * (the embedded one, or TEST_DATABASE_URL / DATABASE_URL), and end-to-end tests in Chromium
 * against the production build. `npm test -- --skip-e2e` leaves the browser tests out.
 * Times must not depend on the machine's zone: unit tests run in two zones (UTC and UTC+14),
 * integration tests in UTC, and the end-to-end server in New York with a browser in Los Angeles.
 */
import { spawnSync } from "node:child_process";

const skipE2e = process.argv.includes("--skip-e2e");
const npm = process.platform === "win32" ? "npm.cmd" : "npm";
const steps: [string, string[], Record<string, string>?][] = [
  ["type check", ["run", "typecheck"]],
  ["lint", ["run", "lint"]],
  ["architecture", ["run", "arch"]],
  ["unit tests (UTC)", ["run", "test:unit"], { TZ: "UTC" }],
  ["unit tests (UTC+14)", ["run", "test:unit"], { TZ: "Pacific/Kiritimati" }],
  ["integration tests", ["run", "test:integration"], { TZ: "UTC" }],
  ...(skipE2e ? [] : ([["end-to-end tests", ["run", "test:e2e"]]] as [string, string[]][])),
];

const timings: string[] = [];
for (const [name, args, env] of steps) {
  const started = Date.now();
  console.log(`\n▶ ${name}`);
  const result = spawnSync(npm, args, { stdio: "inherit", env: { ...process.env, ...env } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  timings.push(`  ${result.status === 0 ? "✓" : "✗"} ${name.padEnd(20)} ${seconds} s`);
  if (result.status !== 0) {
    console.error(`\n${timings.join("\n")}\n\n✗ ${name} failed.`);
    process.exit(result.status ?? 1);
  }
}
console.log(`\n${timings.join("\n")}\n\n✓ All checks passed.`);
