import path from "node:path";
import { databaseName, ensureDatabase, startEmbeddedPostgres } from "./embedded";
import { env } from "@/lib/env";
import { PROJECT_ROOT } from "@/lib/root";

/** The project's root folder (scripts and tests run from anywhere). */
export { PROJECT_ROOT } from "@/lib/root";

export type OpenedDatabase = {
  /** Connection string of the application database. */
  url: string;
  /** True when DATABASE_URL (or TEST_DATABASE_URL) named a server: nothing is started or stopped. */
  external: boolean;
  /** True when the embedded cluster or the database was just created. */
  created: boolean;
  stop(): Promise<void>;
};

type Purpose = "app" | "test";

const EMBEDDED = {
  app: { dir: ".data/postgres", port: 54329, database: "ocop" },
  test: { dir: ".data/postgres-test", port: 54339, database: "ocop_test" },
} as const;

/** The database URL this process should use, if one is configured. */
export function configuredDatabaseUrl(purpose: Purpose): string | undefined {
  if (purpose === "test") return env().TEST_DATABASE_URL ?? env().DATABASE_URL;
  return env().DATABASE_URL;
}

/**
 * Connects to the configured PostgreSQL, or starts the embedded one (its own data folder and
 * port for the app and for tests, so `npm test` never touches the demo data).
 */
export async function openDatabase(
  purpose: Purpose,
  { log = (_: string) => {}, dataDir, port }: { log?: (m: string) => void; dataDir?: string; port?: number } = {},
): Promise<OpenedDatabase> {
  const configured = configuredDatabaseUrl(purpose);
  if (configured) {
    // A database that does not exist yet is created when the user may; otherwise the first
    // query reports the problem in PostgreSQL's own words.
    const name = databaseName(configured);
    const created = name ? await ensureDatabase(configured, name).catch(() => false) : false;
    if (created) log(`Created database ${name}.`);
    return { url: configured, external: true, created, stop: async () => {} };
  }

  const defaults = EMBEDDED[purpose];
  const envPort = purpose === "app" ? env().EMBEDDED_PG_PORT : undefined;
  const server = await startEmbeddedPostgres({
    dataDir: dataDir ?? path.join(PROJECT_ROOT, defaults.dir),
    port: port ?? envPort ?? defaults.port,
    log,
  });
  const url = server.urlFor(defaults.database);
  const created = await ensureDatabase(url, defaults.database);
  return { url, external: false, created, stop: server.stop };
}
