import { AuditAction } from "@/lib/audit/actions";
import { writeAudit } from "@/lib/audit/log";
import type { Tx } from "@/lib/db/client";
import { lockResults } from "@/lib/results/import";
import { ATTRIBUTING_STATUSES_SQL, ATTRIBUTION_GRACE_MINUTES } from "./columns";
import { bumpOrderLinesVersion, recomputeOrderResults } from "./import";

/** What a session's change did to order lines imported before it. */
export type Reattribution = { lines: number; sessions: string[] };

/**
 * The import's attribution rule for one line, over SQL expressions for its product and paid time:
 * the latest-starting session featuring the product (scheduled, live or completed) whose window
 * [start, end + grace] holds the paid time, ties by id; none for an unpaid line or no product.
 * (The import applies the same rule as one join of its lines with the shop's windows: windowsSql.)
 */
const sessionOfSql = (product: string, paid: string) => `(
  SELECT s.id FROM session_products sp JOIN live_sessions s ON s.id = sp.session_id
  WHERE sp.product_id = ${product} AND s.status IN (${ATTRIBUTING_STATUSES_SQL})
    AND s.starts_at <= ${paid} AND ${paid} <= s.ends_at + make_interval(mins => ${Number(ATTRIBUTION_GRACE_MINUTES)})
  ORDER BY s.starts_at DESC, s.id LIMIT 1)`;

/**
 * Attributes again the order lines a session's change may concern: lines of these products paid
 * in [from, to + grace] (the caller passes the span of the session's windows before and after
 * the change). Each goes, by the import's rule, to the latest-starting session of its product's
 * line-ups whose window holds its paid time, or to none ("outside sessions"). Lines whose session
 * changed are updated, the (session, product) results from orders of both sides computed again,
 * and the shops' order rollups of those days refreshed; one audit row says how many moved.
 *
 * Takes the results lock first, always (unless the span is all still to come): an order import
 * running at the same time has planned its lines under the old windows; waiting for it means its
 * lines are here to be moved, and an import after this change plans under the new windows.
 */
export async function reattributeOrders(
  tx: Tx,
  scope: { productIds: string[]; from: Date; to: Date; sessionId: string; actorId: string | null },
): Promise<Reattribution> {
  // Nothing to move, and no lock taken, for a session whose windows are all still to come (the
  // usual edit: planning next Saturday): no order can have been paid in them yet.
  if (scope.productIds.length === 0 || scope.from.getTime() > Date.now()) return { lines: 0, sessions: [] };
  await lockResults(tx);
  const until = new Date(scope.to.getTime() + ATTRIBUTION_GRACE_MINUTES * 60_000);
  await tx.$executeRawUnsafe("DROP TABLE IF EXISTS order_moves, order_pairs");
  // Lines by the shop's payment-time index: the products' shops, then the products.
  const moved = await tx.$executeRawUnsafe(
    `CREATE TEMP TABLE order_moves ON COMMIT DROP AS
     SELECT * FROM (
       SELECT l.order_id, l.sku_id, l.producer_id, l.paid_time, l.session_id AS was, l.product_id AS was_product, l.product_id,
              ${sessionOfSql("l.product_id", "l.paid_time")} AS goes
       FROM order_lines l
       WHERE l.producer_id IN (SELECT producer_id FROM products WHERE id = ANY($1::uuid[]))
         AND l.product_id = ANY($1::uuid[])
         AND l.paid_time BETWEEN $2 AND $3
     ) m
     WHERE was IS DISTINCT FROM goes`,
    scope.productIds,
    scope.from,
    until,
  );
  if (moved === 0) return { lines: 0, sessions: [] };
  const sessions = await applyMoves(tx);
  await writeAudit(tx, {
    actorId: scope.actorId,
    action: AuditAction.ORDERS_REATTRIBUTED,
    entityType: "LiveSession",
    entityId: scope.sessionId,
    after: { lines: moved, sessionsChanged: sessions },
  });
  return { lines: moved, sessions };
}

/**
 * Matches again a shop's imported order lines after a product's SKUs changed (`values`: the SKUs
 * added and removed): each line whose SKU ID or Seller SKU is one of them takes, by the import's
 * rule, the product its SKU now names (or none) and then that product's session. Lines an export
 * brought in under a SKU not yet linked count for the product from now on, without importing the
 * file again. Returns how many lines changed product or session; the product's audit entry of the
 * caller records it.
 */
export async function rematchOrderSkus(tx: Tx, scope: { producerId: string; values: string[] }): Promise<Reattribution> {
  if (scope.values.length === 0) return { lines: 0, sessions: [] };
  await lockResults(tx);
  await tx.$executeRawUnsafe("DROP TABLE IF EXISTS order_moves, order_pairs");
  const moved = await tx.$executeRawUnsafe(
    `CREATE TEMP TABLE order_moves ON COMMIT DROP AS
     SELECT * FROM (
       SELECT m.*, ${sessionOfSql("m.product_id", "m.paid_time")} AS goes
       FROM (
         SELECT l.order_id, l.sku_id, l.producer_id, l.paid_time, l.session_id AS was, l.product_id AS was_product,
                coalesce(k1.product_id, k2.product_id) AS product_id
         FROM order_lines l
         LEFT JOIN product_skus k1 ON k1.producer_id = l.producer_id AND k1.value = l.sku_id
         LEFT JOIN product_skus k2 ON k2.producer_id = l.producer_id AND k2.value = l.seller_sku
         WHERE l.producer_id = $1::uuid AND (l.sku_id = ANY($2::text[]) OR l.seller_sku = ANY($2::text[]))
       ) m
     ) x
     WHERE (was_product, was) IS DISTINCT FROM (product_id, goes)`,
    scope.producerId,
    scope.values,
  );
  if (moved === 0) return { lines: 0, sessions: [] };
  return { lines: moved, sessions: await applyMoves(tx) };
}

/**
 * Writes the lines of `order_moves` (each line's product and session before and after), then
 * computes again the results from orders of every (session, product) either side names and
 * refreshes the shops' order rollups of the lines' paid days. Returns the sessions whose figures changed.
 */
async function applyMoves(tx: Tx): Promise<string[]> {
  await tx.$executeRawUnsafe(`
    UPDATE order_lines l SET product_id = m.product_id, session_id = m.goes, updated_at = now()
    FROM order_moves m WHERE l.order_id = m.order_id AND l.sku_id = m.sku_id`);
  // A preview planned before this move no longer holds (its confirmation plans again).
  await bumpOrderLinesVersion(tx);
  await tx.$executeRawUnsafe(`
    CREATE TEMP TABLE order_pairs ON COMMIT DROP AS
    SELECT was AS session_id, was_product AS product_id FROM order_moves WHERE was IS NOT NULL AND was_product IS NOT NULL
    UNION SELECT goes, product_id FROM order_moves WHERE goes IS NOT NULL AND product_id IS NOT NULL`);
  const sessions = await recomputeOrderResults(tx);
  await tx.$executeRawUnsafe(`
    SELECT refresh_order_rollups(producer_id, days)
    FROM (SELECT producer_id, array_agg(DISTINCT (paid_time AT TIME ZONE 'Asia/Ho_Chi_Minh')::date) AS days
          FROM order_moves WHERE paid_time IS NOT NULL GROUP BY producer_id) d`);
  return sessions;
}
