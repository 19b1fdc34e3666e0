import { openAsBlob } from "node:fs";
import path from "node:path";
import { AuditAction } from "@/lib/audit/actions";
import { writeAudit } from "@/lib/audit/log";
import type { Tx } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { analyzeTemp, copyText, withRawTransaction, type SqlTx } from "@/lib/db/raw";
import { lockImports, STAGED_FOR, stageImport } from "@/lib/results/import";
import { objectStore } from "@/lib/storage/store";
import { ATTRIBUTING_STATUSES_SQL, ATTRIBUTION_GRACE_MINUTES } from "./columns";
import { formatOf, isProblem, parseOrderFile, type OrderProblem, type OrderRow } from "./parse";

/** An export is at most this big (a Saturday of a large shop is a few MB). */
export const ORDER_IMPORT_MAX_BYTES = 64 * 1024 * 1024;

/** Where a previewed export waits for its confirmation, named by its content's SHA-256. */
export function orderStagedKey(sha256: string): string {
  return `orders/${sha256}`;
}

/** Stages a file of this machine (the command line's) as an upload is staged: read from disk, never held whole. */
export async function stageOrderFile(filePath: string): Promise<{ sha256: string; size: number }> {
  return stageImport(new File([await openAsBlob(filePath)], path.basename(filePath)), orderStagedKey);
}

export type OrderPlan = {
  /** Order lines read (the description row and blank rows not counted). */
  rows: number;
  /** Lines repeating an earlier line's order and SKU in the same file: read once. */
  duplicates: number;
  /** Lines whose SKU names one of the producer's products. */
  matched: number;
  /** Lines attributed to a session (its line-up and time window). */
  attributed: number;
  /** Valid lines attributed to no session: sales outside sessions, or an unknown SKU. */
  unattributed: number;
  created: number;
  updated: number;
  unchanged: number;
  sessions: number;
  gross: string;
  cancelled: string;
  refunded: string;
  damage: string;
  /** SKUs of the file that name none of the producer's products (the most frequent first). */
  unknownSkus: { sku: string; name: string; lines: number }[];
  problems: OrderProblem[];
  problemCount: number;
};

const MAX_PROBLEMS_SHOWN = 200;
const BATCH = 20_000;
const ROW_COLUMNS = [
  "line", "order_id", "sku_id", "seller_sku", "product_name", "variation", "status", "substatus", "cancel_return_type", "reason", "damage",
  "quantity", "returned_quantity", "unit_price", "subtotal", "order_amount", "order_refund", "created_time", "paid_time",
] as const;
const ROW_TYPES = ["int", "text", "text", "text", "text", "text", '"OrderStatus"', "text", "text", "text", "boolean", "int", "int", "bigint", "bigint", "bigint", "bigint", "timestamptz", "timestamptz"];
/** A staged line: the file's own columns and what the preview's plan worked out (OrderStagedRow). */
const PLAN_COLUMNS = [...ROW_COLUMNS, "product_id", "session_id", "gross", "cancelled", "refunded", "held_session_id", "held_product_id", "held_paid_time", "known"].join(", ");

/** What a plan read, to tell later whether it still holds (OrderStagedPlan). */
type PlanStamp = { version: string; fingerprint: string; paidFrom: Date | null; paidTo: Date | null };

/**
 * The sessions that could hold a shop's lines paid in [from, to]: those featuring its products,
 * each with its window [start, end + grace]. Null bounds (no paid line): none.
 */
const windowsSql = (producerId: string, from: Date | null, to: Date | null) => Prisma.sql`
  SELECT sp.product_id, s.id AS session_id, s.starts_at, s.ends_at + make_interval(mins => ${ATTRIBUTION_GRACE_MINUTES}::int) AS until
  FROM session_products sp JOIN live_sessions s ON s.id = sp.session_id
  WHERE sp.product_id IN (SELECT product_id FROM product_skus WHERE producer_id = ${producerId}::uuid)
    AND s.status IN (${Prisma.raw(ATTRIBUTING_STATUSES_SQL)})
    AND s.starts_at <= ${to}::timestamptz
    AND s.ends_at + make_interval(mins => ${ATTRIBUTION_GRACE_MINUTES}::int) >= ${from}::timestamptz`;

/**
 * A digest of what a plan reads besides the order lines: the shop's SKUs and the session windows
 * (`windows`: the plan's own table at the preview, the same query over the live tables at confirmation).
 */
async function planFingerprint(tx: SqlTx | Tx, producerId: string, windows: Prisma.Sql): Promise<string> {
  const [row] = await tx.$queryRaw<{ f: string }[]>`
    SELECT md5(
      (SELECT coalesce(string_agg(value || '>' || product_id, ',' ORDER BY value), '') FROM product_skus WHERE producer_id = ${producerId}::uuid) || '|' ||
      (SELECT coalesce(string_agg(w.product_id || '@' || w.session_id || '@' || w.starts_at || '@' || w.until, ',' ORDER BY w.product_id, w.session_id), '')
       FROM (${windows}) w)) AS f`;
  return row!.f;
}

/** The order lines' version: every writer of order lines moves it on (bumpOrderLinesVersion). */
async function orderLinesVersion(tx: SqlTx | Tx): Promise<string> {
  const [row] = await tx.$queryRaw<{ v: string }[]>`SELECT version::text AS v FROM order_lines_version WHERE id = 1`;
  return row!.v;
}

/** Moves the order lines' version on: a plan staged before this transaction no longer holds. Under the results lock. */
export async function bumpOrderLinesVersion(tx: Tx): Promise<void> {
  await tx.$executeRaw`UPDATE order_lines_version SET version = version + 1 WHERE id = 1`;
}

const rowValues = (r: OrderRow) => [
  r.line, r.orderId, r.skuId, r.sellerSku, r.productName, r.variation, r.status, r.substatus, r.cancelReturnType, r.reason, r.damage ? "t" : "f",
  r.quantity, r.returnedQuantity, r.unitPrice, r.subtotal, r.orderAmount, r.orderRefund, r.createdTime.toISOString(), r.paidTime?.toISOString() ?? null,
];

/**
 * Reads a staged export into the temporary table `order_rows` (batches by COPY where the
 * connection allows, else one text parameter per batch split by PostgreSQL), keeping the first
 * problems. Memory stays flat: one batch at a time.
 */
async function loadRows(tx: SqlTx, sha256: string, reuseStaged: boolean): Promise<{ rows: number; problems: OrderProblem[]; problemCount: number }> {
  await tx.$executeRawUnsafe("DROP TABLE IF EXISTS order_rows, order_plan, order_windows, order_pairs");
  await tx.$executeRawUnsafe(`
    CREATE TEMP TABLE order_rows (${ROW_COLUMNS.map((c, i) => `${c} ${ROW_TYPES[i]}`).join(", ")}) ON COMMIT DROP`);
  if (reuseStaged) {
    // The lines its preview read (a file without problems): no second parse.
    const copied = await tx.$executeRawUnsafe(
      `INSERT INTO order_rows (${ROW_COLUMNS.join(", ")}) SELECT ${ROW_COLUMNS.join(", ")} FROM order_staged_rows WHERE sha256 = $1`,
      sha256,
    );
    if (copied > 0) return { rows: copied, problems: [], problemCount: 0 };
  }
  const source = await objectStore().stream(orderStagedKey(sha256));
  if (!source) throw new Error(`The staged export ${sha256} is gone.`);
  // The format from the first bytes: a stream cannot be peeked, so the first chunk is put back.
  const first: Buffer = await new Promise((resolve, reject) => {
    source.once("readable", () => resolve((source.read() as Buffer | null) ?? Buffer.alloc(0)));
    source.once("error", reject);
  });
  source.unshift(first);
  const problems: OrderProblem[] = [];
  let problemCount = 0;
  let rows = 0;
  let batch: OrderRow[] = [];
  // PostgreSQL takes one batch while Node parses the next (two processes, two cores); at most one
  // batch is in flight, so memory stays bounded by the batch size.
  let inFlight: Promise<unknown> = Promise.resolve();
  const send = async (lines: OrderRow[]) => {
    if (tx.copyIn) {
      await tx.copyIn("order_rows", [...ROW_COLUMNS], lines.map((r) => rowValues(r).map(copyText).join("\t")).join("\n") + "\n");
    } else {
      const casts = ROW_TYPES.map((t, i) => `nullif(f[${i + 1}], E'\\\\N')::${t}`).join(", ");
      // A field of the text parameter: null as \N, tabs and line breaks inside it as spaces.
      const field = (v: string | number | null) => (v === null ? "\\N" : String(v).replace(/[\t\r\n]/g, " "));
      const payload = lines.map((r) => rowValues(r).map(field).join("\t")).join("\n");
      await tx.$executeRawUnsafe(
        `INSERT INTO order_rows (${ROW_COLUMNS.join(", ")}) SELECT ${casts} FROM (SELECT string_to_array(l, E'\\t') AS f FROM string_to_table($1, E'\\n') AS l) x`,
        payload,
      );
    }
  };
  const flush = async () => {
    if (!batch.length) return;
    const lines = batch;
    batch = [];
    await inFlight;
    const sending = send(lines);
    // Awaited at the next batch or at the end; never an unhandled rejection if parsing fails first.
    sending.catch(() => {});
    inFlight = sending;
  };
  const format = formatOf(first);
  const reader = parseOrderFile(source, format)[Symbol.asyncIterator]();
  for (;;) {
    let next: IteratorResult<(OrderRow | OrderProblem)[]>;
    try {
      next = await reader.next();
    } catch {
      // A file that is not what it claims (a damaged workbook, another kind of archive): a problem
      // of the file, said as such, never a failed page. Database errors happen in flush, not here.
      source.destroy();
      problemCount++;
      problems.push({ line: 1, key: "unreadable", detail: format.toUpperCase() });
      break;
    }
    if (next.done) break;
    for (const row of next.value) {
      if (isProblem(row)) {
        problemCount++;
        if (row.key !== "missingColumns" && row.key !== "noHeader") rows++;
        if (problems.length < MAX_PROBLEMS_SHOWN) problems.push(row);
        continue;
      }
      rows++;
      batch.push(row);
    }
    if (batch.length >= BATCH) await flush();
  }
  await flush();
  await inFlight;
  return { rows, problems, problemCount };
}

/**
 * What importing a staged export for one producer would do, worked out in temporary tables of the
 * caller's transaction (`order_plan`, which `writeOrderImport` merges): each line's product (by
 * SKU ID, else Seller SKU, among the producer's), its amounts (gross, cancelled, refunded), and
 * its session: the latest-starting session whose line-up has the product and whose window
 * [start, end + grace] holds the paid time. Nothing is written to the portal's tables.
 */
export async function planOrderImport(
  tx: SqlTx,
  producerId: string,
  sha256: string,
  options: { reuseStaged?: boolean } = {},
): Promise<{ plan: OrderPlan; stamp: PlanStamp }> {
  const loaded = await loadRows(tx, sha256, options.reuseStaged ?? false);
  await analyzeTemp(tx, "order_rows");
  // Lines repeating an order and SKU: the lines read less the plan's (one per order and SKU), below.
  const [read] = await tx.$queryRaw<{ n: number; from: Date | null; to: Date | null }[]>`
    SELECT count(*)::int AS n, min(paid_time) AS from, max(paid_time) AS to FROM order_rows`;
  // The sessions that could hold the file's lines.
  await tx.$executeRaw`CREATE TEMP TABLE order_windows ON COMMIT DROP AS ${windowsSql(producerId, read!.from, read!.to)}`;
  // What the plan reads besides the file, stamped before the plan reads the order lines and SKUs (a
  // change after the stamp makes it differ at confirmation, never the other way round): the order
  // lines' version, the shop's SKUs and the windows exactly as the plan will use them.
  const stamp: PlanStamp = {
    version: await orderLinesVersion(tx),
    fingerprint: await planFingerprint(tx, producerId, Prisma.sql`SELECT * FROM order_windows`),
    paidFrom: read!.from,
    paidTo: read!.to,
  };
  await tx.$executeRawUnsafe("CREATE INDEX ON order_windows (product_id, starts_at)");
  await analyzeTemp(tx, "order_windows");
  // One line per order and SKU (the first), its product, its amounts and its session. Gross is
  // what the platform counts as GMV (paid lines, cancelled or refunded later included); a line's
  // refund is its returned share, or else its share of the order's refund (the order's subtotal
  // summed over the lines already sorted by order: no second sort). The session: the
  // latest-starting whose line-up has the product and whose window holds the paid time, found by
  // one join of the lines with the few windows (a subquery per line cost a second for 200,000).
  // And what the database already holds of each line, found by its primary key (OFFSET 0 keeps
  // it a lookup per line: the file is a sliver of 15 million lines, which a hash join would read
  // whole): `known` says new (null), another shop's, changed or the same, and `held_*` where the
  // line was, so that the confirmation can recompute what it leaves. One table, no second join.
  await tx.$executeRaw`
    CREATE TEMP TABLE order_plan ON COMMIT DROP AS
    WITH priced AS (
      SELECT f.*, coalesce(k1.product_id, k2.product_id) AS product_id,
             CASE WHEN f.paid_time IS NULL THEN 0 ELSE f.subtotal END AS gross
      FROM (SELECT d.*, sum(d.subtotal) OVER (PARTITION BY d.order_id) AS order_subtotal
            FROM (SELECT DISTINCT ON (order_id, sku_id) * FROM order_rows ORDER BY order_id, sku_id, line) d) f
      LEFT JOIN product_skus k1 ON k1.producer_id = ${producerId}::uuid AND k1.value = f.sku_id
      LEFT JOIN product_skus k2 ON k2.producer_id = ${producerId}::uuid AND k2.value = f.seller_sku
    ), attributed AS (
      SELECT DISTINCT ON (p.order_id, p.sku_id) p.order_id, p.sku_id, w.session_id
      FROM priced p JOIN order_windows w ON w.product_id = p.product_id AND w.starts_at <= p.paid_time AND p.paid_time <= w.until
      ORDER BY p.order_id, p.sku_id, w.starts_at DESC, w.session_id
    ), planned AS (
      SELECT p.*,
             CASE WHEN p.gross > 0 AND p.status = 'CANCELLED' THEN p.gross ELSE 0 END AS cancelled,
             CASE WHEN p.gross = 0 OR p.status = 'CANCELLED' THEN 0
                  WHEN p.returned_quantity > 0 AND p.quantity > 0 THEN p.gross * least(p.returned_quantity, p.quantity) / p.quantity
                  WHEN p.order_refund > 0 AND p.order_subtotal > 0 THEN least(p.gross, round(p.order_refund::numeric * p.subtotal / p.order_subtotal)::bigint)
                  ELSE 0 END AS refunded,
             a.session_id
      FROM priced p LEFT JOIN attributed a USING (order_id, sku_id)
    )
    SELECT p.*, e.session_id AS held_session_id, e.product_id AS held_product_id, e.paid_time AS held_paid_time,
           CASE WHEN e.order_id IS NULL THEN NULL WHEN e.producer_id <> ${producerId}::uuid THEN 'other'
                WHEN (e.status, e.substatus, e.cancel_return_type, e.reason, e.quantity, e.returned_quantity, e.subtotal_vnd, e.order_refund_vnd, e.paid_time, e.product_id, e.session_id)
                     IS DISTINCT FROM (p.status, p.substatus, p.cancel_return_type, p.reason, p.quantity, p.returned_quantity, p.subtotal, p.order_refund, p.paid_time, p.product_id, p.session_id)
                THEN 'changed' ELSE 'same' END AS known
    FROM planned p
    LEFT JOIN LATERAL (SELECT * FROM order_lines e WHERE e.order_id = p.order_id AND e.sku_id = p.sku_id OFFSET 0) e ON true`;
  // Lines another shop's import already holds: an export is one shop's, so this is the wrong file.
  const others = await tx.$queryRaw<{ line: number; order_id: string }[]>`
    SELECT line, order_id FROM order_plan WHERE known = 'other' ORDER BY line LIMIT ${MAX_PROBLEMS_SHOWN}`;
  const [count] = await tx.$queryRaw<
    { lines: number; matched: number; attributed: number; created: number; updated: number; unchanged: number; other: number; sessions: number; gross: bigint; cancelled: bigint; refunded: bigint; damage: bigint }[]
  >`
    SELECT count(*)::int AS lines, count(product_id)::int AS matched, count(session_id)::int AS attributed,
           count(*) FILTER (WHERE known IS NULL)::int AS created,
           count(*) FILTER (WHERE known = 'changed')::int AS updated,
           count(*) FILTER (WHERE known = 'same')::int AS unchanged,
           count(*) FILTER (WHERE known = 'other')::int AS other,
           count(DISTINCT session_id)::int AS sessions,
           coalesce(sum(gross), 0)::bigint AS gross, coalesce(sum(cancelled), 0)::bigint AS cancelled,
           coalesce(sum(refunded), 0)::bigint AS refunded, coalesce(sum(refunded) FILTER (WHERE damage), 0)::bigint AS damage
    FROM order_plan`;
  const unknownSkus = await tx.$queryRaw<{ sku: string; name: string; lines: number }[]>`
    SELECT coalesce(seller_sku, sku_id) AS sku, min(product_name) AS name, count(*)::int AS lines
    FROM order_plan WHERE product_id IS NULL GROUP BY 1 ORDER BY 3 DESC, 1 LIMIT 20`;
  const c = count!;
  const problems = [...loaded.problems, ...others.map((o) => ({ line: o.line, key: "otherShop" as const, detail: o.order_id }))]
    .sort((a, b) => a.line - b.line)
    .slice(0, MAX_PROBLEMS_SHOWN);
  const plan: OrderPlan = {
    rows: loaded.rows,
    duplicates: read!.n - c.lines,
    matched: c.matched,
    attributed: c.attributed,
    unattributed: c.lines - c.attributed,
    created: c.created,
    updated: c.updated,
    unchanged: c.unchanged,
    sessions: c.sessions,
    gross: c.gross.toString(),
    cancelled: c.cancelled.toString(),
    refunded: c.refunded.toString(),
    damage: c.damage.toString(),
    unknownSkus,
    problems,
    problemCount: loaded.problemCount + c.other,
  };
  return { plan, stamp };
}

/** What importing a staged export would do, in a transaction of its own that writes nothing (COPY for speed). */
export function previewOrderImport(producerId: string, sha256: string): Promise<OrderPlan> {
  return withRawTransaction(async (tx) => {
    await tx.$executeRaw`SET LOCAL work_mem = '64MB'`;
    await tx.$executeRaw`SET LOCAL statement_timeout = '300s'`;
    const { plan, stamp } = await planOrderImport(tx, producerId, sha256);
    // The planned lines of a file without problems wait for its confirmation (a day at most),
    // with what the plan read. One preview of a file stages at a time: the latest wins whole.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('order-staging'), hashtext(${sha256}))`;
    // Rows and plan are staged together: a day-old staging is found by its plan (the rows' index is by file).
    await tx.$executeRaw`
      DELETE FROM order_staged_rows
      WHERE sha256 = ${sha256} OR sha256 IN (SELECT sha256 FROM order_staged_plans WHERE staged_at < now() - ${STAGED_FOR})`;
    await tx.$executeRaw`DELETE FROM order_staged_plans WHERE sha256 = ${sha256} OR staged_at < now() - ${STAGED_FOR}`;
    if (plan.problemCount === 0) {
      await tx.$executeRawUnsafe(`INSERT INTO order_staged_rows (sha256, ${PLAN_COLUMNS}) SELECT $1, ${PLAN_COLUMNS} FROM order_plan`, sha256);
      await tx.$executeRaw`
        INSERT INTO order_staged_plans (sha256, producer_id, version, fingerprint, paid_from, paid_to, summary)
        VALUES (${sha256}, ${producerId}::uuid, ${stamp.version}::bigint, ${stamp.fingerprint}, ${stamp.paidFrom}::timestamptz, ${stamp.paidTo}::timestamptz, ${JSON.stringify(plan)}::jsonb)`;
    }
    return plan;
  });
}

/**
 * Merges a planned export (`order_plan` of `planOrderImport`, same transaction) into the order
 * lines: new lines inserted, known ones updated where the export changed them (status, returns,
 * refunds, or their product or session), and the figures of every session and product the lines
 * touched (before or after) computed again from its lines, as results of source ORDERS: these
 * replace figures typed or imported for that product in that session; and the shop's order rollup
 * of the days touched. Returns the sessions changed.
 */
export async function writeOrderImport(tx: Tx, producerId: string, importId: string): Promise<string[]> {
  // The (session, product) pairs the lines belonged to before this import, and belong to after.
  await tx.$executeRawUnsafe(`
    CREATE TEMP TABLE order_pairs ON COMMIT DROP AS
    SELECT held_session_id AS session_id, held_product_id AS product_id FROM order_plan
    WHERE held_session_id IS NOT NULL AND held_product_id IS NOT NULL
    UNION
    SELECT session_id, product_id FROM order_plan WHERE session_id IS NOT NULL AND product_id IS NOT NULL`);
  // The Vietnam days of payment the lines are on after (every day from the first paid time to the
  // last: a day without lines refreshes to nothing, and two aggregates cost a tenth of converting
  // every line's time) and were on before, where a line's paid time changed: the shop's order
  // rollup of those days.
  const [{ days }] = (await tx.$queryRawUnsafe(`
    SELECT ARRAY(SELECT d::date FROM (SELECT min(paid_time) AS first, max(paid_time) AS last FROM order_plan) r,
                   generate_series((r.first AT TIME ZONE 'Asia/Ho_Chi_Minh')::date, (r.last AT TIME ZONE 'Asia/Ho_Chi_Minh')::date, interval '1 day') AS d
                 UNION SELECT (held_paid_time AT TIME ZONE 'Asia/Ho_Chi_Minh')::date FROM order_plan
                 WHERE held_paid_time IS NOT NULL AND held_paid_time IS DISTINCT FROM paid_time)::text[] AS days`)) as [{ days: string[] }];
  await tx.$executeRaw`
    INSERT INTO order_lines (order_id, sku_id, producer_id, seller_sku, product_name, variation, product_id, session_id, status, substatus,
      cancel_return_type, reason, quantity, returned_quantity, unit_price_vnd, subtotal_vnd, order_amount_vnd, order_refund_vnd,
      created_time, paid_time, gross_vnd, cancelled_vnd, refunded_vnd, damage, import_id, updated_at)
    SELECT order_id, sku_id, ${producerId}::uuid, seller_sku, product_name, variation, product_id, session_id, status, substatus,
      cancel_return_type, reason, quantity, returned_quantity, unit_price, subtotal, order_amount, order_refund,
      created_time, paid_time, gross, cancelled, refunded, damage AND refunded > 0, ${importId}::uuid, now()
    FROM order_plan
    ON CONFLICT (order_id, sku_id) DO UPDATE SET
      seller_sku = EXCLUDED.seller_sku, product_name = EXCLUDED.product_name, variation = EXCLUDED.variation, product_id = EXCLUDED.product_id,
      session_id = EXCLUDED.session_id, status = EXCLUDED.status, substatus = EXCLUDED.substatus, cancel_return_type = EXCLUDED.cancel_return_type,
      reason = EXCLUDED.reason, quantity = EXCLUDED.quantity, returned_quantity = EXCLUDED.returned_quantity, unit_price_vnd = EXCLUDED.unit_price_vnd,
      subtotal_vnd = EXCLUDED.subtotal_vnd, order_amount_vnd = EXCLUDED.order_amount_vnd, order_refund_vnd = EXCLUDED.order_refund_vnd,
      created_time = EXCLUDED.created_time, paid_time = EXCLUDED.paid_time, gross_vnd = EXCLUDED.gross_vnd, cancelled_vnd = EXCLUDED.cancelled_vnd,
      refunded_vnd = EXCLUDED.refunded_vnd, damage = EXCLUDED.damage, import_id = EXCLUDED.import_id, updated_at = now()
    WHERE order_lines.producer_id = EXCLUDED.producer_id
      AND (order_lines.status, order_lines.substatus, order_lines.cancel_return_type, order_lines.reason, order_lines.quantity, order_lines.returned_quantity,
           order_lines.subtotal_vnd, order_lines.order_refund_vnd, order_lines.paid_time, order_lines.product_id, order_lines.session_id)
          IS DISTINCT FROM (EXCLUDED.status, EXCLUDED.substatus, EXCLUDED.cancel_return_type, EXCLUDED.reason, EXCLUDED.quantity, EXCLUDED.returned_quantity,
           EXCLUDED.subtotal_vnd, EXCLUDED.order_refund_vnd, EXCLUDED.paid_time, EXCLUDED.product_id, EXCLUDED.session_id)`;
  await tx.$executeRaw`SELECT refresh_order_rollups(${producerId}::uuid, ${days}::date[])`;
  await bumpOrderLinesVersion(tx);
  return recomputeOrderResults(tx);
}

/**
 * The results of the pairs in `order_pairs` from their order lines (source ORDERS): orders and
 * units of paid lines, gross, cancelled, refunded and damage refunds. A pair left without lines
 * loses its ORDERS figures. Returns the sessions whose figures changed.
 */
export async function recomputeOrderResults(tx: Tx): Promise<string[]> {
  const removed = await tx.$queryRawUnsafe<{ session_id: string }[]>(`
    DELETE FROM product_results r USING order_pairs p
    WHERE r.session_id = p.session_id AND r.product_id = p.product_id AND r.source = 'ORDERS'
      AND NOT EXISTS (SELECT 1 FROM order_lines l WHERE l.session_id = p.session_id AND l.product_id = p.product_id)
    RETURNING r.session_id`);
  const written = await tx.$queryRawUnsafe<{ session_id: string }[]>(`
    INSERT INTO product_results (session_id, product_id, orders, units_sold, gmv_vnd, cancelled_vnd, refunded_vnd, damage_vnd, source, import_id, updated_at)
    SELECT l.session_id, l.product_id,
           count(DISTINCT l.order_id) FILTER (WHERE l.gross_vnd > 0)::int, coalesce(sum(l.quantity) FILTER (WHERE l.gross_vnd > 0), 0)::int,
           sum(l.gross_vnd), sum(l.cancelled_vnd), sum(l.refunded_vnd), coalesce(sum(l.refunded_vnd) FILTER (WHERE l.damage), 0),
           'ORDERS', NULL, now()
    FROM order_lines l JOIN order_pairs p ON p.session_id = l.session_id AND p.product_id = l.product_id
    GROUP BY l.session_id, l.product_id
    ON CONFLICT (session_id, product_id) DO UPDATE SET
      orders = EXCLUDED.orders, units_sold = EXCLUDED.units_sold, gmv_vnd = EXCLUDED.gmv_vnd, cancelled_vnd = EXCLUDED.cancelled_vnd,
      refunded_vnd = EXCLUDED.refunded_vnd, damage_vnd = EXCLUDED.damage_vnd, source = 'ORDERS', import_id = NULL, updated_at = now()
    WHERE (product_results.orders, product_results.units_sold, product_results.gmv_vnd, product_results.cancelled_vnd, product_results.refunded_vnd,
           product_results.damage_vnd, product_results.source)
          IS DISTINCT FROM (EXCLUDED.orders, EXCLUDED.units_sold, EXCLUDED.gmv_vnd, EXCLUDED.cancelled_vnd, EXCLUDED.refunded_vnd, EXCLUDED.damage_vnd, 'ORDERS'::"ResultSource")
    RETURNING session_id`);
  return [...new Set([...removed, ...written].map((r) => r.session_id))];
}

/**
 * The plan of a staged export at its confirmation (under the results lock): the preview's, into
 * `order_plan` as it was, when it was made for this producer and nothing it read has changed
 * since (the order lines' version, the shop's SKUs, the session windows); else planned again from
 * the staged lines (or, when they are gone, from the file). The file's own counts (lines read,
 * repeated lines) are the preview's either way: the staged lines are already one per order and SKU.
 */
async function stagedPlan(tx: Tx, producerId: string, sha256: string): Promise<OrderPlan> {
  // A preview of the same file staging at this moment finishes first (its rows and stamp go together).
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('order-staging'), hashtext(${sha256}))`;
  const [staged] = await tx.$queryRaw<{ producer_id: string; version: string; fingerprint: string; paid_from: Date | null; paid_to: Date | null; summary: OrderPlan }[]>`
    SELECT producer_id, version::text AS version, fingerprint, paid_from, paid_to, summary FROM order_staged_plans WHERE sha256 = ${sha256}`;
  if (
    staged &&
    staged.producer_id === producerId &&
    staged.version === (await orderLinesVersion(tx)) &&
    staged.fingerprint === (await planFingerprint(tx, producerId, windowsSql(producerId, staged.paid_from, staged.paid_to)))
  ) {
    await tx.$executeRawUnsafe("DROP TABLE IF EXISTS order_rows, order_plan, order_windows, order_pairs");
    const copied = await tx.$executeRawUnsafe(
      `CREATE TEMP TABLE order_plan ON COMMIT DROP AS SELECT ${PLAN_COLUMNS} FROM order_staged_rows WHERE sha256 = $1`,
      sha256,
    );
    if (copied === staged.summary.rows - staged.summary.duplicates) return staged.summary;
  }
  const { plan } = await planOrderImport(tx, producerId, sha256, { reuseStaged: true });
  return staged && plan.problemCount === 0 ? { ...plan, rows: staged.summary.rows, duplicates: staged.summary.duplicates } : plan;
}

/** Raised when a staged export cannot be written; the message key says why. */
export class OrderImportRefused extends Error {
  constructor(readonly messageKey: "importMissing" | "importHasProblems" | "importEmpty") {
    super(messageKey);
    this.name = "OrderImportRefused";
  }
}

export type OrderImportOutcome = { importId: string | null; plan: OrderPlan; sessionsChanged: number };

/**
 * The confirmation's work inside the caller's transaction, for a caller already checked (the
 * upload pages' action and the command line): under the results lock (order results feed the same
 * rollups), the file planned again (the data may have changed since the preview), refused whole
 * when any line has a problem, else written with its provenance and one audit entry. An export
 * that changes nothing writes nothing, so importing the same file twice is harmless.
 */
export async function confirmStagedOrders(
  tx: Tx,
  o: { producerId: string; sha256: string; fileName: string; actorId: string | null },
): Promise<OrderImportOutcome> {
  const size = await objectStore().size(orderStagedKey(o.sha256));
  if (size === null) throw new OrderImportRefused("importMissing");
  await lockImports(tx);
  const plan = await stagedPlan(tx, o.producerId, o.sha256);
  if (plan.problemCount > 0) throw new OrderImportRefused("importHasProblems");
  if (plan.rows === 0) throw new OrderImportRefused("importEmpty");
  if (plan.created + plan.updated === 0) return { importId: null, plan, sessionsChanged: 0 };
  const record = await tx.orderImport.create({
    data: { producerId: o.producerId, fileName: o.fileName, sizeBytes: size, sha256: o.sha256, rowCount: plan.rows, createdCount: plan.created, updatedCount: plan.updated, importedById: o.actorId },
  });
  const sessions = await writeOrderImport(tx, o.producerId, record.id);
  await tx.$executeRaw`DELETE FROM order_staged_rows WHERE sha256 = ${o.sha256}`;
  await tx.$executeRaw`DELETE FROM order_staged_plans WHERE sha256 = ${o.sha256}`;
  const { unknownSkus: _skus, problems: _problems, ...summary } = plan;
  await writeAudit(tx, { actorId: o.actorId, action: AuditAction.ORDERS_IMPORTED, entityType: "OrderImport", entityId: record.id, after: { ...record, ...summary, sessionsChanged: sessions } });
  return { importId: record.id, plan, sessionsChanged: sessions.length };
}
