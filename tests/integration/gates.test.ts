import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, inject, it } from "vitest";
import { PROJECT_ROOT } from "@/lib/db/runtime";

/**
 * Every gate CI relies on must be able to fail: a deliberately failing test file run through the
 * real runners (each vitest project and the `npm test` wrapper), a backup of an unreachable
 * database and an audit without its endpoint must all exit non-zero; so must the end-to-end runner
 * (scripts/e2e.ts, through Playwright), a migration of an unreachable database and a benchmark that
 * missed its budget. (The embedded PostgreSQL's
 * npm wrapper once turned every such failure into exit 0 through its process exit hook.)
 */
const written: string[] = [];
afterAll(() => written.forEach((file) => rmSync(file, { force: true, recursive: true })));

function failingTestFile(layer: "unit" | "integration"): string {
  const file = path.join(PROJECT_ROOT, "tests", layer, `__gate_${randomBytes(4).toString("hex")}.test.ts`);
  writeFileSync(file, `import { expect, it } from "vitest";\nit("fails on purpose", () => expect(1).toBe(2));\n`);
  written.push(file);
  return path.relative(PROJECT_ROOT, file);
}

function run(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, args, {
    cwd: PROJECT_ROOT,
    encoding: "utf8",
    timeout: 240_000,
    // The nested integration run uses this run's server, with its own template database.
    env: { ...process.env, TEST_DATABASE_URL: inject("serverUrl"), ...env },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** A Playwright project of one test (no web server: the runner's exit status is what is tested). */
function e2eProject(body: string): string {
  const dir = path.join(PROJECT_ROOT, ".data", `gate-e2e-${randomBytes(4).toString("hex")}`);
  mkdirSync(dir, { recursive: true });
  written.push(dir);
  writeFileSync(path.join(dir, "playwright.config.mjs"), `export default { testDir: ".", reporter: "list", workers: 1 };\n`);
  writeFileSync(path.join(dir, "gate.spec.mjs"), `import { expect, test } from "@playwright/test";\ntest("gate", () => ${body});\n`);
  return path.join(dir, "playwright.config.mjs");
}

const vitest = (project: string, file: string) => run(["node_modules/vitest/vitest.mjs", "run", "--project", project, file]);

describe("gates fail when they should", () => {
  it("a failing unit test makes vitest exit non-zero", () => {
    const { status, output } = vitest("unit", failingTestFile("unit"));
    expect(output).toContain("expected 1 to be 2");
    expect(status).not.toBe(0);
  });

  it("a failing integration test makes vitest exit non-zero", () => {
    const { status, output } = vitest("integration", failingTestFile("integration"));
    expect(output).toContain("expected 1 to be 2");
    expect(status).not.toBe(0);
  });

  it("npm test stops at the first failing layer with a non-zero status", () => {
    const file = failingTestFile("integration");
    const { status, output } = run(["--import", "tsx", "scripts/test.ts", "--only", "integration,e2e", file]);
    expect(output).toContain("expected 1 to be 2");
    expect(output).toContain("✗ integration tests failed");
    expect(output).not.toContain("▶ end-to-end tests");
    expect(status).not.toBe(0);
  });

  it("npm test passes when its layer passes (the check above can tell the two apart)", () => {
    const { status, output } = run(["--import", "tsx", "scripts/test.ts", "--only", "unit", "tests/unit/text.test.ts"]);
    expect(output).toContain("✓ All checks passed.");
    expect(status).toBe(0);
  });

  it("a failing end-to-end test makes npm run test:e2e exit non-zero, and a passing one does not", () => {
    const failed = run(["--import", "tsx", "scripts/e2e.ts", "--config", e2eProject("expect(1).toBe(2)")]);
    expect(failed.output).toContain("1 failed");
    expect(failed.status).not.toBe(0);
    const passed = run(["--import", "tsx", "scripts/e2e.ts", "--config", e2eProject("expect(1).toBe(1)")]);
    expect(passed.output).toContain("1 passed");
    expect(passed.status).toBe(0);
  });

  it("db:migrate of an unreachable database exits non-zero and says why", () => {
    const { status, output } = run(["--import", "tsx", "scripts/db.ts", "migrate"], {
      DATABASE_URL: "postgresql://nobody@127.0.0.1:1/nothing",
      AUTH_SECRET: "gate-secret-0123456789-0123456789-0123456789",
    });
    expect(output).toMatch(/ECONNREFUSED|connect/i);
    expect(status).not.toBe(0);
  });

  it("a benchmark that misses a budget exits non-zero, and one that meets it does not", () => {
    const bench = (ok: boolean) =>
      run(["--import", "tsx", "--eval", `import("./scripts/lib/bench-report.ts").then((b) => { b.benchHeader("gate"); b.budget(${ok}, "the gate's budget"); b.benchVerdict(); })`]);
    const missed = bench(false);
    expect(missed.output).toContain("the gate's budget");
    expect(missed.output).toContain("✗ FAILED");
    expect(missed.status).toBe(1);
    const met = bench(true);
    expect(met.output).toContain("✓ every budget met");
    expect(met.status).toBe(0);
  });

  it("db:backup of an unreachable database exits non-zero and says why", () => {
    const target = path.join(PROJECT_ROOT, ".data", `gate-${randomBytes(4).toString("hex")}.backup.gz`);
    written.push(target);
    const { status, output } = run(["--import", "tsx", "scripts/db-backup.ts", "backup", target], {
      DATABASE_URL: "postgresql://nobody@127.0.0.1:1/nothing",
    });
    expect(output).toMatch(/ECONNREFUSED|connect/i);
    expect(status).not.toBe(0);
  });

  it("audit exits non-zero when the advisory endpoint is unreachable, unless AUDIT_OFFLINE_OK=1", () => {
    const offline = { npm_config_registry: "http://127.0.0.1:1/", AUDIT_OFFLINE_OK: "" };
    const refused = run(["--import", "tsx", "scripts/audit.ts"], offline);
    expect(refused.output).toContain("npm audit could not run");
    expect(refused.status).not.toBe(0);
    const accepted = run(["--import", "tsx", "scripts/audit.ts"], { ...offline, AUDIT_OFFLINE_OK: "1" });
    expect(accepted.output).toContain("AUDIT_OFFLINE_OK=1");
    expect(accepted.status).toBe(0);
  });
});
