/**
 * npm run db:backup [-- <file>]            a consistent backup of the portal's database (gzip)
 * npm run db:restore -- <file> [--into <name>]
 *     restores a backup into an empty database: the configured one (DATABASE_URL, or the
 *     embedded one), or a new database <name> on the same server (then point DATABASE_URL at it).
 * Against DATABASE_URL, or the embedded PostgreSQL. See lib/db/backup.ts for the format.
 */
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { backupDatabase, restoreDatabase } from "@/lib/db/backup";
import { ensureDatabase, withDatabase } from "@/lib/db/embedded";
import { openDatabase, PROJECT_ROOT } from "@/lib/db/runtime";

const [command, ...args] = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const positional = args.filter((a, i) => !a.startsWith("--") && !args[i - 1]?.startsWith("--"))[0];

if (command !== "backup" && command !== "restore") {
  console.error("Usage: npm run db:backup [-- <file>] | npm run db:restore -- <file> [--into <database>]");
  process.exit(2);
}
if (command === "restore" && !positional) {
  console.error("Usage: npm run db:restore -- <file> [--into <database>]");
  process.exit(2);
}

const database = await openDatabase("app", { log: (m) => console.log(m) });
try {
  if (command === "backup") {
    const stamp = new Date().toISOString().replace(/[:.]/g, "-");
    const file = path.resolve(positional ?? path.join(PROJECT_ROOT, ".data", "backups", `ocop-${stamp}.backup.gz`));
    await mkdir(path.dirname(file), { recursive: true });
    const started = Date.now();
    const tables = await backupDatabase(database.url, file);
    const rows = tables.reduce((n, t) => n + t.rows, 0);
    console.log(`Backup written: ${file} (${tables.length} tables, ${rows.toLocaleString("en")} rows, ${((Date.now() - started) / 1000).toFixed(1)} s).`);
  } else {
    const into = option("--into");
    const url = into ? withDatabase(database.url, into) : database.url;
    if (into) await ensureDatabase(url, into);
    const tables = await restoreDatabase(url, path.resolve(positional!));
    console.log(`Restored ${tables.reduce((n, t) => n + t.rows, 0).toLocaleString("en")} rows in ${tables.length} tables into ${into ?? "the configured database"}.`);
    if (into) console.log(`Use it with DATABASE_URL=${url.replace(/:[^:@/]+@/, ":…@")}`);
  }
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
} finally {
  await database.stop();
}
