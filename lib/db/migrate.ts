import { createHash, randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { connectionConfig } from "./connection";
import { PROJECT_ROOT } from "@/lib/root";

/**
 * Applies prisma/migrations/<timestamp>_<name>/migration.sql files that the database has not
 * seen, in order, each in its own transaction, and records them in `_prisma_migrations` exactly
 * as `prisma migrate deploy` does (checksum = sha256 of the file), so that Prisma's own tooling on
 * a connected machine agrees about the state. See docs/decisions/0002-migrations.md.
 */
export const DEFAULT_MIGRATIONS_DIR = path.join(PROJECT_ROOT, "prisma", "migrations");

// Any constant works; it only has to be the same for every runner of this project.
const MIGRATION_LOCK_ID = 42_072_025;

export type MigrationReport = { applied: string[]; alreadyApplied: number; checksumMismatches: string[] };

export async function listMigrations(dir = DEFAULT_MIGRATIONS_DIR) {
  const entries = await readdir(dir, { withFileTypes: true });
  const names = entries
    .filter((e) => e.isDirectory() && existsSync(path.join(dir, e.name, "migration.sql")))
    .map((e) => e.name)
    .sort();
  return Promise.all(
    names.map(async (name) => {
      const sql = await readFile(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    }),
  );
}

/**
 * `thenLocked` runs after the migrations, still holding the lock: instances starting together on
 * an empty database seed its reference data once (scripts/start.ts).
 */
export async function migrate(
  databaseUrl: string,
  { dir = DEFAULT_MIGRATIONS_DIR, log = (_: string) => {}, thenLocked = async () => {} }: { dir?: string; log?: (line: string) => void; thenLocked?: () => Promise<void> } = {},
): Promise<MigrationReport> {
  const migrations = await listMigrations(dir);
  const client = new pg.Client(connectionConfig(databaseUrl));
  await client.connect();
  try {
    // Two processes starting at once (app and tests) must not apply the same migration twice.
    await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_ID]);
    await client.query(`CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
      "id" VARCHAR(36) PRIMARY KEY NOT NULL,
      "checksum" VARCHAR(64) NOT NULL,
      "finished_at" TIMESTAMPTZ,
      "migration_name" VARCHAR(255) NOT NULL,
      "logs" TEXT,
      "rolled_back_at" TIMESTAMPTZ,
      "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
      "applied_steps_count" INTEGER NOT NULL DEFAULT 0
    )`);
    const { rows } = await client.query<{ migration_name: string; checksum: string; finished_at: Date | null }>(
      `SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" WHERE rolled_back_at IS NULL`,
    );
    const failed = rows.find((r) => r.finished_at === null);
    if (failed) {
      throw new Error(
        `Migration ${failed.migration_name} failed earlier and is marked unfinished in _prisma_migrations. ` +
          `Fix the database by hand, then delete that row (or reset a local database with npm run db:reset).`,
      );
    }
    const applied = new Map(rows.map((r) => [r.migration_name, r.checksum]));
    const report: MigrationReport = { applied: [], alreadyApplied: 0, checksumMismatches: [] };
    for (const migration of migrations) {
      const known = applied.get(migration.name);
      if (known !== undefined) {
        report.alreadyApplied++;
        if (known !== migration.checksum) report.checksumMismatches.push(migration.name);
        continue;
      }
      log(`Applying migration ${migration.name}`);
      const id = randomUUID();
      try {
        await client.query("BEGIN");
        await client.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at) VALUES ($1, $2, $3, now())`,
          [id, migration.checksum, migration.name],
        );
        await client.query(migration.sql);
        await client.query(
          `UPDATE "_prisma_migrations" SET finished_at = now(), applied_steps_count = 1 WHERE id = $1`,
          [id],
        );
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        throw new Error(`Migration ${migration.name} failed: ${(error as Error).message}`, { cause: error });
      }
      report.applied.push(migration.name);
    }
    for (const name of report.checksumMismatches) {
      log(`Warning: migration ${name} was changed after it was applied (checksum differs).`);
    }
    await thenLocked();
    return report;
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK_ID]).catch(() => {});
    await client.end();
  }
}
