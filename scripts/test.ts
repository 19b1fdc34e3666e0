/**
 * `npm test`: every check, in order, stopping at the first failure:
 * type check, lint, architecture rules, unit tests, integration tests against a real PostgreSQL
 * (the embedded one, or TEST_DATABASE_URL / DATABASE_URL), and end-to-end tests in Chromium
 * against the production build. Times must not depend on the machine's zone: unit tests run in
 * two zones (UTC and UTC+14), integration tests in UTC, and the end-to-end server in New York
 * with a browser in Los Angeles.
 *
 *   npm test -- --skip-e2e                 everything but the browser tests
 *   npm test -- --only unit,integration    only these layers (typecheck, lint, arch, unit,
 *                                          integration, e2e); other arguments go to each runner
 *                                          as file filters, e.g. `--only unit tests/unit/x.test.ts`
 *
 * The exit status is the failing step's (non-zero), or 0 when every step passed.
 */
import { spawnSync } from "node:child_process";

const argv = process.argv.slice(2);
const skipE2e = argv.includes("--skip-e2e");
const onlyAt = argv.indexOf("--only");
const only = onlyAt >= 0 ? new Set((argv[onlyAt + 1] ?? "").split(",").filter(Boolean)) : undefined;
const filters = argv.filter((a, i) => !a.startsWith("--") && !(onlyAt >= 0 && i === onlyAt + 1));
const npm = process.platform === "win32" ? "npm.cmd" : "npm";

type Step = { key: string; name: string; args: string[]; env?: Record<string, string>; takesFilters?: boolean };
const steps: Step[] = [
  { key: "typecheck", name: "type check", args: ["run", "typecheck"] },
  { key: "lint", name: "lint", args: ["run", "lint"] },
  { key: "arch", name: "architecture", args: ["run", "arch"] },
  { key: "unit", name: "unit tests (UTC)", args: ["run", "test:unit"], env: { TZ: "UTC" }, takesFilters: true },
  { key: "unit", name: "unit tests (UTC+14)", args: ["run", "test:unit"], env: { TZ: "Pacific/Kiritimati" }, takesFilters: true },
  { key: "integration", name: "integration tests", args: ["run", "test:integration"], env: { TZ: "UTC" }, takesFilters: true },
  { key: "e2e", name: "end-to-end tests", args: ["run", "test:e2e"], takesFilters: true },
];
const known = new Set(steps.map((s) => s.key));
for (const key of only ?? []) {
  if (!known.has(key)) {
    console.error(`Unknown step "${key}" for --only; the steps are ${[...known].join(", ")}.`);
    process.exit(2);
  }
}
const chosen = steps.filter((s) => (only ? only.has(s.key) : !(skipE2e && s.key === "e2e")));

const timings: string[] = [];
for (const step of chosen) {
  const started = Date.now();
  console.log(`\n▶ ${step.name}`);
  const args = step.takesFilters && filters.length ? [...step.args, "--", ...filters] : step.args;
  const result = spawnSync(npm, args, { stdio: "inherit", env: { ...process.env, ...step.env } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const ok = result.status === 0;
  timings.push(`  ${ok ? "✓" : "✗"} ${step.name.padEnd(20)} ${seconds} s`);
  if (!ok) {
    console.error(`\n${timings.join("\n")}\n\n✗ ${step.name} failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status || 1);
  }
}
console.log(`\n${timings.join("\n")}\n\n✓ All checks passed.`);
