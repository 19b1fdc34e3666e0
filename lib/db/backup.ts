import { createReadStream, createWriteStream } from "node:fs";
import { createInterface } from "node:readline";
import { PassThrough } from "node:stream";
import { pipeline } from "node:stream/promises";
import { createGunzip, createGzip } from "node:zlib";
import pg from "pg";
import { connectionConfig } from "./connection";
import { from as copyFrom, to as copyTo } from "pg-copy-streams";
import { listMigrations, migrate } from "./migrate";

/**
 * Backups without pg_dump (the embedded PostgreSQL ships only the server, and Debian's client is
 * older than it): every table's rows through COPY, all read in one REPEATABLE READ transaction,
 * so the file is one consistent snapshot, gzipped. The schema is not in the file: a restore
 * applies the same migrations to an empty database, then loads the rows with triggers off (the
 * rollups are restored as they were, the append-only audit accepts its own history), then moves
 * the sequences past the restored ids. A backup made at other migrations is refused.
 *
 * Format: a JSON header line, then per table a line `\table <name> <rows>` followed by its COPY
 * text lines and `\.`. COPY text escapes every backslash in the data, so these marker lines
 * cannot be data.
 */

export const BACKUP_FORMAT = "chophien-backup/1";
const SKIP = new Set(["_prisma_migrations"]);

type Header = { format: string; createdAt: string; migrations: string[]; tables: { name: string; rows: number }[] };

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

async function userTables(client: pg.Client): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    "SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename",
  );
  return rows.map((r) => r.name).filter((n) => !SKIP.has(n));
}

/** Writes a consistent backup of the database at `url` to `file`; returns the rows per table. */
export async function backupDatabase(url: string, file: string): Promise<Header["tables"]> {
  const client = new pg.Client(connectionConfig(url));
  await client.connect();
  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const tables = await userTables(client);
    const counts: Header["tables"] = [];
    for (const name of tables) {
      const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM ${quote(name)}`);
      counts.push({ name, rows: Number(rows[0]!.n) });
    }
    const { rows: applied } = await client.query<{ name: string }>(
      "SELECT migration_name AS name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name",
    );
    const header: Header = { format: BACKUP_FORMAT, createdAt: new Date().toISOString(), migrations: applied.map((r) => r.name), tables: counts };

    const out = new PassThrough();
    const written = pipeline(out, createGzip(), createWriteStream(file));
    out.write(`${JSON.stringify(header)}\n`);
    for (const { name, rows } of counts) {
      out.write(`\\table ${name} ${rows}\n`);
      const stream = client.query(copyTo(`COPY ${quote(name)} TO STDOUT`));
      for await (const chunk of stream) if (!out.write(chunk)) await new Promise((r) => out.once("drain", r));
      out.write("\\.\n");
    }
    out.end();
    await written;
    await client.query("COMMIT");
    return counts;
  } finally {
    await client.end();
  }
}

/** Reads a backup's header line. */
export async function readBackupHeader(file: string): Promise<Header> {
  const lines = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
  for await (const line of lines) {
    lines.close();
    const header = JSON.parse(line) as Header;
    if (header.format !== BACKUP_FORMAT) throw new Error(`Not a backup of this portal (${header.format}).`);
    return header;
  }
  throw new Error("The backup file is empty.");
}

/**
 * Restores `file` into the database at `url`, which must be empty (no table of the portal yet):
 * migrations, then the rows of every table in one transaction, then the sequences.
 */
export async function restoreDatabase(url: string, file: string): Promise<Header["tables"]> {
  const header = await readBackupHeader(file);
  const ours = (await listMigrations()).map((m) => m.name);
  if (JSON.stringify(ours) !== JSON.stringify(header.migrations)) {
    throw new Error(`The backup was made at other migrations (${header.migrations.at(-1)}; this code is at ${ours.at(-1)}): restore it with that version.`);
  }
  const check = new pg.Client(connectionConfig(url));
  await check.connect();
  try {
    const { rows } = await check.query<{ n: string }>("SELECT count(*) AS n FROM pg_tables WHERE schemaname = 'public'");
    if (Number(rows[0]!.n) > 0) throw new Error("The database is not empty: restore into a new, empty database.");
  } finally {
    await check.end();
  }
  await migrate(url);

  const client = new pg.Client(connectionConfig(url));
  await client.connect();
  try {
    await client.query("BEGIN");
    // Rows go back as they were: no trigger (rollups, append-only audit) and no foreign-key order.
    await client.query("SET LOCAL session_replication_role = replica");
    const tables = await userTables(client);
    await client.query(`TRUNCATE ${tables.map(quote).join(", ")}`);
    const lines = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
    let copy: { stream: NodeJS.WritableStream; done: Promise<void> } | null = null;
    let first = true;
    for await (const line of lines) {
      if (first) {
        first = false;
        continue;
      }
      if (!copy) {
        const match = /^\\table (\S+) (\d+)$/.exec(line);
        if (!match || !tables.includes(match[1]!)) throw new Error(`Unexpected line in the backup: ${line.slice(0, 80)}`);
        const stream = client.query(copyFrom(`COPY ${quote(match[1]!)} FROM STDIN`));
        copy = { stream, done: new Promise<void>((resolve, reject) => stream.on("finish", resolve).on("error", reject)) };
        continue;
      }
      if (line === "\\.") {
        copy.stream.end();
        await copy.done;
        copy = null;
        continue;
      }
      if (!copy.stream.write(`${line}\n`)) await new Promise((r) => copy!.stream.once("drain", r));
    }
    if (copy) throw new Error("The backup file is cut short.");
    // Serial columns continue after the restored ids.
    const { rows: serials } = await client.query<{ seq: string; tbl: string; col: string }>(`
      SELECT s.relname AS seq, t.relname AS tbl, a.attname AS col
      FROM pg_class s JOIN pg_depend d ON d.objid = s.oid AND d.deptype = 'a'
      JOIN pg_class t ON t.oid = d.refobjid JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = d.refobjsubid
      WHERE s.relkind = 'S'`);
    for (const s of serials) {
      await client.query(`SELECT setval($1::regclass, coalesce((SELECT max(${quote(s.col)}) FROM ${quote(s.tbl)}), 0) + 1, false)`, [quote(s.seq)]);
    }
    await client.query("COMMIT");
    return header.tables;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}

/** Rows per table, read the same way as a backup: for checking a restore. */
export async function tableCounts(url: string): Promise<Header["tables"]> {
  const client = new pg.Client(connectionConfig(url));
  await client.connect();
  try {
    const out: Header["tables"] = [];
    for (const name of await userTables(client)) {
      const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM ${quote(name)}`);
      out.push({ name, rows: Number(rows[0]!.n) });
    }
    return out;
  } finally {
    await client.end();
  }
}
