import { createHash } from "node:crypto";
import { createWriteStream } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import { AuditAction } from "@/lib/audit/actions";
import type { Tx } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { analyzeTemp, copyText, withRawTransaction, type SqlTx } from "@/lib/db/raw";
import { objectStore } from "@/lib/storage/store";
import { foldVietnamese } from "@/lib/text";
import type { SessionStatus } from "@/lib/db/generated/enums";
import { displayStatus } from "@/lib/sessions/status";
import { vnDateOf, vnDayBounds, vnTimeOf } from "@/lib/time";
import { COLUMN_TITLES, mapHeaders, parseCsv, parseFigure, type ResultColumn } from "./csv";
import { decodeChunks } from "./encoding";
import { isUuid } from "@/lib/slugs";

/** An import file is at most this big (about a million lines). */
export const IMPORT_MAX_BYTES = 64 * 1024 * 1024;

export type ImportProblemKey =
  | "missingColumns"
  | "unknownSession"
  | "productNotFound"
  | "productAmbiguous"
  | "notANumber"
  | "duplicateRow"
  | "sessionNotCompleted"
  | "sessionCancelled";

export type ImportProblem = { line: number; key: ImportProblemKey; detail?: string };

/** What importing a file would do. The rows themselves stay in the transaction's temporary tables. */
export type ImportPlan = {
  rows: number;
  sessions: number;
  created: number;
  updated: number;
  unchanged: number;
  /** Lines of the file's sessions that the file no longer has: a corrected file replaces them. */
  removed: number;
  problems: ImportProblem[];
  /** How many problems there are in all; `problems` keeps the first 200. */
  problemCount: number;
};

/** Where a long import is: reading the file (bytes), checking it, writing it (lines). */
export type ImportPhase = "read" | "check" | "write";
export type ImportProgress = (phase: ImportPhase, done: number, total: number) => void;

const MAX_PROBLEMS_SHOWN = 200;
/** Rows sent to PostgreSQL per statement while the file is read. */
const BATCH = 20_000;
const INT_MAX = 2_147_483_647;
/** The temporary tables of a plan, dropped first in case a transaction plans twice. */
const DROP_TEMP_TABLES = "DROP TABLE IF EXISTS import_rows, import_sessions, import_products, import_lines, import_existing";

/**
 * The results lock: every writer of result lines, and of the order lines they are computed from,
 * takes it first (the import page, the API, figures typed by hand, order exports, re-attribution).
 * The rollups' triggers rebuild whole days, and the confirmations find lines where they read them.
 */
export async function lockResults(tx: Tx | SqlTx): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('results-import'))`;
}

/**
 * The results lock for a bulk write (a results file, an order export, figures typed by hand): one
 * at a time, so two writes of overlapping files (or two retries of one request) cannot interleave;
 * and room to sort and hash tens of thousands of rows in the merge and the rollup triggers in
 * memory, not on disk.
 */
export async function lockImports(tx: Tx): Promise<void> {
  await lockResults(tx);
  await tx.$executeRaw`SET LOCAL work_mem = '64MB'`;
}

/** Where a previewed file waits for its confirmation (the object store's key), named by its content's SHA-256. */
export function stagedKey(sha256: string): string {
  return `imports/${sha256}.csv`;
}

/** How long a preview's staged lines wait for their confirmation, in both imports: older ones go at the next preview. */
export const STAGED_FOR = Prisma.sql`interval '1 day'`;

/**
 * Stores an uploaded file under its SHA-256 (never its own name) for preview and confirmation.
 * Streamed to a temporary file and hashed on the way (the file is never copied into one buffer),
 * then moved to the object store: on a shared bucket, any instance can confirm what another
 * previewed.
 */
export async function stageImport(file: File, keyOf: (sha256: string) => string = stagedKey): Promise<{ sha256: string; size: number }> {
  const temp = path.join(await mkdtemp(path.join(tmpdir(), "ocop-import-")), "upload.csv");
  const hash = createHash("sha256");
  let size = 0;
  const tap = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk);
      size += chunk.length;
      done(null, chunk);
    },
  });
  try {
    await pipeline(Readable.fromWeb(file.stream() as Parameters<typeof Readable.fromWeb>[0]), tap, createWriteStream(temp));
    const sha256 = hash.digest("hex");
    await objectStore().putFile(keyOf(sha256), temp, keyOf === stagedKey ? "text/csv" : "application/octet-stream");
    return { sha256, size };
  } finally {
    await rm(path.dirname(temp), { recursive: true, force: true });
  }
}

/**
 * Results given as data (the API) become a results file of the import's own format, staged like
 * an upload: they then go through exactly the same checks and write as a CSV, and keep the same
 * provenance (name, size, sha256). Every cell is quoted, so names with `;` or quotes survive.
 */
export async function stageRows(
  fileName: string,
  sessionId: string,
  lines: { product: string; orders: number; units: number; gmv: number | bigint }[],
  viewers: number | null,
): Promise<{ sha256: string; size: number }> {
  const q = (v: string | number | bigint) => `"${String(v).replace(/"/g, '""')}"`;
  const header = ["session_id", "sku", "orders", "units", "gmv", ...(viewers === null ? [] : ["viewers"])].join(";");
  const rows = lines.map((l) => [sessionId, l.product, l.orders, l.units, l.gmv, ...(viewers === null ? [] : [viewers])].map(q).join(";"));
  return stageImport(new File([`${header}\n${rows.join("\n")}\n`], fileName, { type: "text/csv" }));
}

export async function stagedSize(sha256: string): Promise<number | null> {
  if (!/^[0-9a-f]{64}$/.test(sha256)) return null;
  return objectStore().size(stagedKey(sha256));
}

/** A cell as a field of the tab-separated batch: tabs and line breaks inside it become spaces. */
const clean = (v: string | number) => (typeof v === "number" ? String(v) : v.replace(/[\t\r\n]/g, " "));
const normTime = (t: string) => (/^\d{1,2}:\d{2}/.test(t) ? t.padStart(5, "0").slice(0, 5) : t);

type Row = { line: number; sessionKey: string; sessionLabel: string; product: string; orders: number; units: number; gmv: string; viewers: number | null; bad: string | null };

/**
 * Reads a staged file and checks every row against the database: which sessions and products it
 * names, whether the figures are whole non-negative numbers, duplicates, sessions not yet over.
 * Nothing is written to the portal's tables. The rows stream into a temporary table
 * (`import_lines`, dropped at commit) in batches, so memory stays flat whatever the file's size;
 * the checks and counts are set-based SQL over it, and `writeImport` merges it in the same
 * transaction.
 */
export async function planImport(tx: SqlTx, sha256: string, options: { now?: Date; progress?: ImportProgress } = {}): Promise<ImportPlan> {
  const now = options.now ?? new Date();
  const progress = options.progress ?? (() => {});
  const total = (await stagedSize(sha256)) ?? 0;

  await tx.$executeRawUnsafe(DROP_TEMP_TABLES);
  await tx.$executeRawUnsafe(`
    CREATE TEMP TABLE import_rows (line int NOT NULL, session_key text NOT NULL, session_label text NOT NULL, product text NOT NULL,
      orders int NOT NULL, units int NOT NULL, gmv bigint NOT NULL, viewers int, bad text) ON COMMIT DROP`);

  // One pass over the file: rows go to PostgreSQL in batches; only the distinct references stay here.
  const ids = new Set<string>();
  const dates = new Set<string>();
  const slots = new Set<string>();
  const products = new Set<string>();
  let batch: Row[] = [];
  // A batch travels as one text parameter (tab-separated, a row per line) that PostgreSQL splits:
  // far cheaper than nine array parameters through the ORM.
  // PostgreSQL inserts one batch while Node parses the next (two processes, two cores); at most
  // one batch is in flight, so memory stays bounded by the batch size.
  let inFlight: Promise<unknown> = Promise.resolve();
  const flush = async () => {
    if (batch.length === 0) return;
    const rows = batch;
    batch = [];
    await inFlight;
    // COPY where the transaction's connection allows it (the preview), several times cheaper;
    // otherwise (a confirmation reading the file again) one text parameter split by PostgreSQL.
    const insert = tx.copyIn
      ? tx.copyIn(
          "import_rows",
          ["line", "session_key", "session_label", "product", "orders", "units", "gmv", "viewers", "bad"],
          rows.map((r) => [r.line, r.sessionKey, r.sessionLabel, r.product, r.orders, r.units, r.gmv, r.viewers, r.bad].map(copyText).join("\t")).join("\n") + "\n",
        )
      : tx.$executeRaw`
          INSERT INTO import_rows (line, session_key, session_label, product, orders, units, gmv, viewers, bad)
          SELECT f[1]::int, f[2], f[3], f[4], f[5]::int, f[6]::int, f[7]::bigint, nullif(f[8], '')::int, nullif(f[9], '')
          FROM (SELECT string_to_array(l, E'\t') AS f FROM string_to_table(${rows
            .map((r) => [r.line, r.sessionKey, r.sessionLabel, r.product, r.orders, r.units, r.gmv, r.viewers ?? "", r.bad ?? ""].map(clean).join("\t"))
            .join("\n")}, E'\n') AS l) x`;
    // Awaited at the next batch or at the end; never an unhandled rejection if parsing fails first.
    insert.catch(() => {});
    inFlight = insert;
  };
  let index: Partial<Record<ResultColumn, number>> | null = null;
  let rows = 0;
  const source = await objectStore().stream(stagedKey(sha256));
  if (!source) throw new Error(`The staged import ${sha256} is gone.`);
  const read = { bytes: 0 };
  let lastReport = 0;
  for await (const { line, cells } of parseCsv(decodeChunks(source as AsyncIterable<Buffer>, read))) {
    if (!index) {
      const mapped = mapHeaders(cells);
      if (mapped.missing.length) {
        source.destroy();
        return { rows: 0, sessions: 0, created: 0, updated: 0, unchanged: 0, removed: 0, problems: [{ line, key: "missingColumns", detail: mapped.missing.map((c) => COLUMN_TITLES[c]).join(", ") }], problemCount: 1 };
      }
      index = mapped.index;
      continue;
    }
    rows += 1;
    const cell = (c: ResultColumn) => (index![c] === undefined ? "" : (cells[index![c]!] ?? "").trim());
    const figures = { orders: parseFigure(cell("orders")), units: parseFigure(cell("units")), gmv: parseFigure(cell("gmv")) };
    const bad = (Object.entries(figures) as [string, number | null][]).filter(([k, v]) => v === null || (k !== "gmv" && v > INT_MAX)).map(([k]) => k);
    const viewersText = cell("viewers");
    const viewers = viewersText ? parseFigure(viewersText) : null;
    if (viewersText && (viewers === null || viewers > INT_MAX)) bad.push("viewers");
    const session = cell("sessionId");
    const date = cell("date");
    const sessionKey = session ? `id:${session.toLowerCase()}` : `slot:${date}|${foldVietnamese(cell("channel"))}|${normTime(cell("startTime"))}`;
    const product = clean(cell("product"));
    if (!bad.length) {
      if (session) {
        if (isUuid(session)) ids.add(session.toLowerCase());
      } else if (/^\d{4}-\d{2}-\d{2}$/.test(date)) {
        dates.add(date);
        slots.add(sessionKey);
      }
      if (product) products.add(product);
    }
    batch.push({
      line,
      sessionKey,
      sessionLabel: session || `${date} ${cell("channel")} ${cell("startTime")}`,
      product,
      orders: bad.length ? 0 : figures.orders!,
      units: bad.length ? 0 : figures.units!,
      gmv: bad.length ? "0" : String(figures.gmv),
      viewers: bad.length ? null : viewers,
      bad: bad.length ? bad.join(", ") : null,
    });
    if (batch.length >= BATCH) await flush();
    if (rows % 1000 === 0 && read.bytes - lastReport > total / 50) {
      lastReport = read.bytes;
      progress("read", read.bytes, total);
    }
  }
  await flush();
  await inFlight;
  progress("check", 0, rows);
  // The file's rows analysed before they are joined (and the sessions and products they name,
  // below): hashes of the few sessions and products, not merges sorting every row by its text keys.
  await analyzeTemp(tx, "import_rows");

  // Sessions, by id or by date + channel + local start time: one query for the whole file.
  const days = [...dates].map((d) => vnDayBounds(d));
  const sessionRows = await tx.$queryRaw<{ id: string; status: SessionStatus; startsAt: Date; endsAt: Date; channel: string; handle: string }[]>`
    SELECT s.id, s.status, s.starts_at AS "startsAt", s.ends_at AS "endsAt", c.name AS channel, c.tiktok_handle AS handle
    FROM live_sessions s JOIN channels c ON c.id = s.channel_id
    WHERE s.id IN (SELECT unnest(${[...ids]}::uuid[]))
       OR s.id IN (SELECT l.id FROM unnest(${days.map((d) => d.start)}::timestamptz[], ${days.map((d) => d.end)}::timestamptz[]) AS d(start, stop)
                   JOIN live_sessions l ON l.starts_at >= d.start AND l.starts_at < d.stop)`;
  const sessionKeys: { key: string; id: string; completed: boolean; cancelled: boolean }[] = [];
  for (const s of sessionRows) {
    const completed = displayStatus(s, now) === "COMPLETED";
    const cancelled = s.status === "CANCELLED";
    if (ids.has(s.id)) sessionKeys.push({ key: `id:${s.id}`, id: s.id, completed, cancelled });
    const slot = `slot:${vnDateOf(s.startsAt)}|%s|${vnTimeOf(s.startsAt)}`;
    for (const name of new Set([s.channel, s.handle, `@${s.handle}`].map(foldVietnamese))) {
      const key = slot.replace("%s", name);
      if (slots.has(key)) sessionKeys.push({ key, id: s.id, completed, cancelled });
    }
  }

  // Products, by slug (the SKU the centre gives) or by exact name, accents ignored.
  const refs = [...products];
  const productRows = refs.length
    ? await tx.$queryRaw<{ id: string; slug: string; folded: string }[]>`
        SELECT id, slug, name_fold AS folded FROM products
        WHERE slug = ANY(${refs}) OR name_fold = ANY(${refs.map(foldVietnamese)})`
    : [];
  const bySlug = new Map(productRows.map((p) => [p.slug, p.id]));
  const byName = new Map<string, string[]>();
  for (const p of productRows) byName.set(p.folded, [...(byName.get(p.folded) ?? []), p.id]);
  const productKeys = refs.map((ref) => {
    const named = byName.get(foldVietnamese(ref)) ?? [];
    return { ref, id: bySlug.get(ref) ?? (named.length === 1 ? named[0]! : null), ambiguous: !bySlug.has(ref) && named.length > 1 };
  });

  await tx.$executeRaw`
    CREATE TEMP TABLE import_sessions ON COMMIT DROP AS
    SELECT * FROM unnest(${sessionKeys.map((s) => s.key)}::text[], ${sessionKeys.map((s) => s.id)}::uuid[], ${sessionKeys.map((s) => s.completed)}::boolean[],
                         ${sessionKeys.map((s) => s.cancelled)}::boolean[]) AS s(key, session_id, completed, cancelled)`;
  await tx.$executeRaw`
    CREATE TEMP TABLE import_products ON COMMIT DROP AS
    SELECT * FROM unnest(${productKeys.map((p) => p.ref)}::text[], ${productKeys.map((p) => p.id)}::uuid[], ${productKeys.map((p) => p.ambiguous)}::boolean[]) AS p(ref, product_id, ambiguous)`;
  await analyzeTemp(tx, "import_sessions", "import_products");
  // Each row's first problem, in the order a person would fix them; a line repeating an earlier
  // valid line's session and product is a duplicate of it.
  await tx.$executeRawUnsafe(`
    CREATE TEMP TABLE import_lines ON COMMIT DROP AS
    SELECT line, session_id, product_id, orders, units, gmv, viewers,
           coalesce(problem, CASE WHEN line <> first_line THEN 'duplicateRow' END) AS problem,
           CASE WHEN problem IS NULL AND line <> first_line THEN first_line::text ELSE detail END AS detail
    FROM (
      SELECT c.*, min(line) OVER (PARTITION BY problem IS NULL, session_id, product_id) AS first_line
      FROM (
        SELECT r.line, s.session_id, p.product_id, r.orders, r.units, r.gmv, r.viewers,
               CASE WHEN r.bad IS NOT NULL THEN 'notANumber'
                    WHEN s.session_id IS NULL THEN 'unknownSession'
                    WHEN s.cancelled THEN 'sessionCancelled'
                    WHEN NOT s.completed THEN 'sessionNotCompleted'
                    WHEN p.ambiguous THEN 'productAmbiguous'
                    WHEN p.product_id IS NULL THEN 'productNotFound' END AS problem,
               CASE WHEN r.bad IS NOT NULL THEN r.bad
                    WHEN s.session_id IS NULL OR NOT s.completed THEN r.session_label
                    ELSE r.product END AS detail
        FROM import_rows r
        LEFT JOIN import_sessions s ON s.key = r.session_key
        LEFT JOIN import_products p ON p.ref = r.product) c) d`);
  return summarise(tx, rows);

}

/**
 * What `import_lines` (the checked rows, in this transaction) would do to the results: counts
 * against the lines the database has, and the first problems in line order.
 */
async function summarise(tx: SqlTx, rows?: number): Promise<ImportPlan> {
  await tx.$executeRawUnsafe(`CREATE INDEX ON import_lines (session_id, product_id) WHERE problem IS NULL`);
  await analyzeTemp(tx, "import_lines");

  const problems = await tx.$queryRaw<ImportProblem[]>`
    SELECT line, problem AS key, detail FROM import_lines WHERE problem IS NOT NULL ORDER BY line LIMIT ${MAX_PROBLEMS_SHOWN}`;
  // The lines the database has for the file's sessions, once: every comparison below is then
  // between two temporary tables. Each session's lines through the primary key (a join was planned
  // as a scan of every line), with where each line is stored (`tid`): the write of a confirmation,
  // in this transaction and under the imports' lock, finds them there.
  await tx.$executeRawUnsafe(`
    CREATE TEMP TABLE import_existing ON COMMIT DROP AS
    SELECT e.tid, e.session_id, e.product_id, e.orders, e.units_sold AS units, e.gmv_vnd AS gmv
    FROM (SELECT DISTINCT session_id FROM import_lines WHERE problem IS NULL) s
    CROSS JOIN LATERAL (SELECT ctid AS tid, * FROM product_results e WHERE e.session_id = s.session_id OFFSET 0) e`);
  await analyzeTemp(tx, "import_existing");
  const [count] = await tx.$queryRaw<{ problems: number; lines: number; sessions: number; created: number; updated: number; unchanged: number; removed: number }[]>`
    SELECT (SELECT count(*) FROM import_lines WHERE problem IS NOT NULL)::int AS problems, (SELECT count(*) FROM import_lines)::int AS lines,
           count(DISTINCT l.session_id)::int AS sessions,
           count(*) FILTER (WHERE l.line IS NOT NULL AND e.session_id IS NULL)::int AS created,
           count(*) FILTER (WHERE (e.orders, e.units, e.gmv) <> (l.orders, l.units, l.gmv))::int AS updated,
           count(*) FILTER (WHERE (e.orders, e.units, e.gmv) = (l.orders, l.units, l.gmv))::int AS unchanged,
           count(*) FILTER (WHERE l.line IS NULL)::int AS removed
    FROM (SELECT * FROM import_lines WHERE problem IS NULL) l
    FULL JOIN import_existing e ON e.session_id = l.session_id AND e.product_id = l.product_id`;
  return {
    rows: rows ?? count!.lines,
    sessions: count!.sessions,
    created: count!.created,
    updated: count!.updated,
    unchanged: count!.unchanged,
    removed: count!.removed,
    problems: problems.map((p) => (p.detail === null ? { line: p.line, key: p.key } : p)),
    problemCount: count!.problems,
  };
}

/** What importing a staged file would do, read in a transaction of its own that writes nothing. */
export function previewImport(sha256: string, progress?: ImportProgress): Promise<ImportPlan> {
  // A connection of its own (not Prisma's) so that the file's rows go in with COPY. It writes
  // only the staged lines (a cache of this preview for its confirmation) and temporary tables.
  return withRawTransaction(async (tx) => {
    await tx.$executeRaw`SET LOCAL work_mem = '64MB'`;
    await tx.$executeRaw`SET LOCAL statement_timeout = '300s'`;
    const plan = await planImport(tx, sha256, { progress });
    await tx.$executeRaw`DELETE FROM import_staged_lines WHERE sha256 = ${sha256} OR staged_at < now() - ${STAGED_FOR}`;
    if (plan.problemCount === 0) {
      await tx.$executeRaw`
        INSERT INTO import_staged_lines (sha256, line, session_id, product_id, orders, units, gmv, viewers)
        SELECT ${sha256}, line, session_id, product_id, orders, units, gmv, viewers FROM import_lines`;
    }
    return plan;
  });
}

/**
 * The confirmation's plan: the lines its preview checked, checked again against the database as
 * it is now (the session still there and over, the product still there), without reading the
 * file again. A file whose preview is gone (a day old, or the database restarted) is read again.
 */
export async function replanImport(tx: Tx, sha256: string, options: { now?: Date; progress?: ImportProgress } = {}): Promise<ImportPlan> {
  const sessions = await tx.$queryRaw<{ id: string; status: SessionStatus; startsAt: Date; endsAt: Date }[]>`
    SELECT id, status, starts_at AS "startsAt", ends_at AS "endsAt" FROM live_sessions
    WHERE id IN (SELECT DISTINCT session_id FROM import_staged_lines WHERE sha256 = ${sha256})`;
  // No staged line names a session that exists: either none is left (a day old, or the database
  // restarted) or every session is gone; reading the file again tells which.
  if (!sessions.length) return planImport(tx, sha256, options);
  const now = options.now ?? new Date();
  const over = sessions.filter((s) => displayStatus(s, now) === "COMPLETED").map((s) => s.id);
  const cancelled = sessions.filter((s) => s.status === "CANCELLED").map((s) => s.id);
  await tx.$executeRawUnsafe(DROP_TEMP_TABLES);
  const staged = await tx.$executeRaw`
    CREATE TEMP TABLE import_lines ON COMMIT DROP AS
    SELECT st.line, st.session_id, st.product_id, st.orders, st.units, st.gmv, st.viewers,
           CASE WHEN s.id IS NULL THEN 'unknownSession'
                WHEN st.session_id = ANY(${cancelled}::uuid[]) THEN 'sessionCancelled'
                WHEN NOT st.session_id = ANY(${over}::uuid[]) THEN 'sessionNotCompleted'
                WHEN p.id IS NULL THEN 'productNotFound' END AS problem,
           CASE WHEN s.id IS NULL THEN st.session_id::text WHEN p.id IS NULL THEN st.product_id::text END AS detail
    FROM import_staged_lines st
    LEFT JOIN live_sessions s ON s.id = st.session_id
    LEFT JOIN products p ON p.id = st.product_id
    WHERE st.sha256 = ${sha256}`;
  options.progress?.("check", 0, staged);
  return summarise(tx);
}

/**
 * Merges a planned file (the temporary `import_lines` of `planImport`, same transaction) into the
 * results: the lines of its sessions that the file no longer has are removed, the others inserted
 * or updated where they differ, the viewers of each session set, and each changed session audited
 * with the before and after of its changed lines. All set-based, in a handful of statements.
 * Returns how many sessions changed.
 */
export async function writeImport(
  tx: Tx,
  importId: string,
  actorId: string,
  actorTokenId: string | null,
  plan: Pick<ImportPlan, "created" | "removed">,
): Promise<number> {
  // The lines the database has are found where import_existing saw them (`tid`): it was read in
  // this transaction under the imports' lock, which every writer of results takes, so none has
  // moved since (a join on the key was planned as a scan of every line). The plan's counts were
  // taken in this transaction too: a statement that would find no line is not run (each joins
  // the file's lines with those the database has, 0.1 s for 100,000).
  if (plan.removed > 0)
    await tx.$executeRaw`
      DELETE FROM product_results e USING import_existing x
      WHERE e.ctid = x.tid
        AND NOT EXISTS (SELECT 1 FROM import_lines l WHERE l.problem IS NULL AND l.session_id = x.session_id AND l.product_id = x.product_id)`;
  // Lines the database has and whose figures differ, then the new ones: an UPDATE and a plain
  // INSERT cost less than one INSERT … ON CONFLICT over the same lines (no row is both, as
  // import_existing was read under the imports' lock, in this transaction).
  await tx.$executeRaw`
    UPDATE product_results r
    SET orders = l.orders, units_sold = l.units, gmv_vnd = l.gmv, cancelled_vnd = 0, refunded_vnd = 0, damage_vnd = 0,
        source = 'IMPORT'::"ResultSource", import_id = ${importId}::uuid, updated_at = now()
    FROM import_lines l JOIN import_existing e USING (session_id, product_id)
    WHERE l.problem IS NULL AND r.ctid = e.tid
      AND (e.orders, e.units, e.gmv) IS DISTINCT FROM (l.orders, l.units, l.gmv)`;
  if (plan.created > 0)
    await tx.$executeRaw`
      INSERT INTO product_results (session_id, product_id, orders, units_sold, gmv_vnd, source, import_id, updated_at)
      SELECT l.session_id, l.product_id, l.orders, l.units, l.gmv, 'IMPORT'::"ResultSource", ${importId}::uuid, now() FROM import_lines l
      WHERE l.problem IS NULL
        AND NOT EXISTS (SELECT 1 FROM import_existing e WHERE e.session_id = l.session_id AND e.product_id = l.product_id)`;
  // The file has no peak: a new row starts at 0, an existing one is kept unless above the new total.
  await tx.$executeRaw`
    INSERT INTO session_results (session_id, viewers, peak_viewers, source, import_id, entered_by_id, updated_at)
    SELECT session_id, max(viewers), 0, 'IMPORT'::"ResultSource", ${importId}::uuid, ${actorId}::uuid, now()
    FROM import_lines WHERE problem IS NULL AND viewers IS NOT NULL GROUP BY session_id
    ON CONFLICT (session_id) DO UPDATE
      SET viewers = EXCLUDED.viewers, peak_viewers = least(session_results.peak_viewers, EXCLUDED.viewers),
          source = EXCLUDED.source, import_id = EXCLUDED.import_id, entered_by_id = EXCLUDED.entered_by_id, updated_at = now()
      WHERE session_results.viewers IS DISTINCT FROM EXCLUDED.viewers`;
  // Each changed session audited with the before (import_existing, read before the writes) and
  // after (the file) of its changed lines, built in the one statement that writes the entries.
  // Each line's object is written as JSON text and the list parsed once: a uuid and three integers
  // need no escaping, and it costs a third less than building 200,000 jsonb objects one by one.
  return tx.$executeRaw`
    INSERT INTO audit_log (actor_id, actor_token_id, action, entity_type, entity_id, before, after)
    SELECT ${actorTokenId ? null : actorId}::uuid, ${actorTokenId}::uuid, ${AuditAction.RESULTS_RECORDED}, 'LiveSession', c.session_id::text,
           jsonb_build_object('products', c.before), jsonb_build_object('products', c.after, 'importId', ${importId}::text)
    FROM (
      SELECT coalesce(l.session_id, e.session_id) AS session_id,
             ('[' || coalesce(string_agg(format('{"productId":"%s","orders":%s,"units":%s,"gmv":"%s"}', e.product_id, e.orders, e.units, e.gmv), ',' ORDER BY e.product_id)
                                FILTER (WHERE e.session_id IS NOT NULL), '') || ']')::jsonb AS before,
             ('[' || coalesce(string_agg(format('{"productId":"%s","orders":%s,"units":%s,"gmv":"%s"}', l.product_id, l.orders, l.units, l.gmv), ',' ORDER BY l.product_id)
                                FILTER (WHERE l.session_id IS NOT NULL), '') || ']')::jsonb AS after
      FROM (SELECT * FROM import_lines WHERE problem IS NULL) l
      FULL JOIN import_existing e ON e.session_id = l.session_id AND e.product_id = l.product_id
      WHERE (e.orders, e.units, e.gmv) IS DISTINCT FROM (l.orders, l.units, l.gmv)
      GROUP BY 1) c`;
}

/** Sessions whose viewers the planned file would change. */
export async function viewerChanges(tx: Tx): Promise<number> {
  const [row] = await tx.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM (SELECT session_id, max(viewers) AS viewers FROM import_lines WHERE problem IS NULL AND viewers IS NOT NULL GROUP BY 1) v
    LEFT JOIN session_results r USING (session_id) WHERE r.viewers IS DISTINCT FROM v.viewers`;
  return row!.n;
}
