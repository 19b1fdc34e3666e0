import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { connectionConfig } from "./connection";
import { Prisma } from "./generated/client";
import type { Tx } from "./client";
import { env } from "@/lib/env";

/**
 * The part of a transaction that set-based SQL needs: Prisma's raw methods, and where the
 * connection is the transaction's own, PostgreSQL's COPY (which Prisma does not expose).
 */
export type SqlTx = Pick<Tx, "$executeRaw" | "$executeRawUnsafe" | "$queryRaw"> & {
  /** COPY … FROM STDIN of tab-separated text (`copyText` escapes a field), when the connection allows it. */
  copyIn?: (table: string, columns: string[], text: string) => Promise<void>;
};

/**
 * Analyses temporary tables, which autovacuum never does: without statistics the joins over them
 * are planned blind (a file's rows once as 300 million, merge-sorted by text). A sample of 3,000
 * rows (`default_statistics_target` 10, for the rest of the transaction) is enough for their sizes
 * and keys' spread; the default 30,000 cost up to 0.2 s a table.
 */
export async function analyzeTemp(tx: Pick<SqlTx, "$executeRawUnsafe">, ...tables: string[]): Promise<void> {
  await tx.$executeRawUnsafe("SET LOCAL default_statistics_target = 10");
  await tx.$executeRawUnsafe(`ANALYZE ${tables.join(", ")}`);
}

/** A field of COPY's text format: backslash, tab and line breaks escaped, null as \N. */
export function copyText(value: string | number | bigint | null): string {
  if (value === null) return "\\N";
  if (typeof value !== "string") return String(value);
  // Most fields have nothing to escape: one test instead of four replacements.
  if (!COPY_SPECIAL.test(value)) return value;
  return value.replace(/\\/g, "\\\\").replace(/\t/g, "\\t").replace(/\n/g, "\\n").replace(/\r/g, "\\r");
}
const COPY_SPECIAL = /[\\\t\n\r]/;

const globalForPool = globalThis as unknown as { __ocopRawPool?: { url: string; pool: pg.Pool } };

/** A small pool beside Prisma's, for work that needs the connection itself (COPY). */
function pool(): pg.Pool {
  const url = env().DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set.");
  if (globalForPool.__ocopRawPool?.url !== url) {
    void globalForPool.__ocopRawPool?.pool.end();
    const created = new pg.Pool(connectionConfig(url, { max: 4, allowExitOnIdle: true }));
    // An idle connection the server closed (a restart, a dropped database): the pool discards it
    // and opens another when asked; without a listener the error would end the process.
    created.on("error", () => {});
    globalForPool.__ocopRawPool = { url, pool: created };
  }
  return globalForPool.__ocopRawPool.pool;
}

/**
 * Runs `work` in a transaction on a connection of its own (committed when it returns, rolled back
 * when it throws), with the same raw methods as a Prisma transaction plus `copyIn`. For reads and
 * temporary work that gains from COPY; writes to the portal's tables go through Prisma's actions.
 */
export async function withRawTransaction<T>(work: (tx: SqlTx) => Promise<T>): Promise<T> {
  const client = await pool().connect();
  // A tagged template (or a Prisma.sql fragment), run with its values as parameters, as Prisma would.
  const run = (strings: TemplateStringsArray | Prisma.Sql, values: unknown[]) => {
    const sql = Array.isArray(strings) ? Prisma.sql(strings as TemplateStringsArray, ...values) : (strings as Prisma.Sql);
    return client.query(sql.text, sql.values as unknown[]);
  };
  const tx: SqlTx = {
    $executeRaw: (async (strings: TemplateStringsArray | Prisma.Sql, ...values: unknown[]) => (await run(strings, values)).rowCount ?? 0) as SqlTx["$executeRaw"],
    $executeRawUnsafe: (async (sql: string, ...values: unknown[]) => (await client.query(sql, values)).rowCount ?? 0) as SqlTx["$executeRawUnsafe"],
    $queryRaw: (async (strings: TemplateStringsArray | Prisma.Sql, ...values: unknown[]) => (await run(strings, values)).rows) as SqlTx["$queryRaw"],
    copyIn: async (table, columns, text) => {
      await pipeline(Readable.from([text]), client.query(copyFrom(`COPY ${table} (${columns.join(", ")}) FROM STDIN`)));
    },
  };
  try {
    await client.query("BEGIN");
    const result = await work(tx);
    await client.query("COMMIT");
    return result;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}
