import { createHash } from "node:crypto";
import type { TestProject } from "vitest/node";
import { dropDatabase, ensureDatabase, withDatabase } from "@/lib/db/embedded";
import { listMigrations, migrate } from "@/lib/db/migrate";
import { openDatabase } from "@/lib/db/runtime";

/**
 * Once per run: a PostgreSQL (TEST_DATABASE_URL / DATABASE_URL, or the embedded test cluster)
 * and a template database with every migration applied. Each test file then gets its own
 * database copied from the template (tests/support/integration-db.ts): real PostgreSQL,
 * isolated, and fast.
 */
export default async function setup(project: TestProject) {
  const database = await openDatabase("test");
  const migrations = await listMigrations();
  const fingerprint = createHash("sha256").update(migrations.map((m) => m.checksum).join()).digest("hex").slice(0, 12);
  // The process id keeps two runs on one server (CI's, or the gate test's nested run) apart.
  const template = `ocop_tmpl_${fingerprint}_${process.pid}`;
  const templateUrl = withDatabase(database.url, template);
  await dropDatabase(database.url, template);
  await ensureDatabase(database.url, template);
  await migrate(templateUrl);
  project.provide("serverUrl", database.url);
  project.provide("templateDatabase", template);
  return async () => {
    await dropDatabase(database.url, template);
    await database.stop();
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    serverUrl: string;
    templateDatabase: string;
  }
}
