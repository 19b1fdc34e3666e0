import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, inject } from "vitest";
import { dropDatabase, withDatabase } from "@/lib/db/embedded";

/**
 * Runs before each integration test file: creates the file's own database from the migrated
 * template and points DATABASE_URL (and so lib/db/client's `db`) at it.
 */
// The signed-in user of each call (asUser), and Next's request helpers and data cache outside a
// request: the queries and actions are tested without a running Next server.
import "./acting-user";

const serverUrl = inject("serverUrl");
const template = inject("templateDatabase");
const name = `ocop_it_${randomBytes(5).toString("hex")}`;

const admin = new pg.Client({ connectionString: withDatabase(serverUrl, "postgres") });
await admin.connect();
await admin.query(`CREATE DATABASE ${admin.escapeIdentifier(name)} TEMPLATE ${admin.escapeIdentifier(template)}`);
await admin.end();

process.env.DATABASE_URL = withDatabase(serverUrl, name);

afterAll(async () => {
  const { db } = await import("@/lib/db/client");
  await db.$disconnect();
  delete (globalThis as { __ocopPrisma?: unknown }).__ocopPrisma;
  await dropDatabase(serverUrl, name);
});
