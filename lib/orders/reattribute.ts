import { AuditAction } from "@/lib/audit/actions";
import { writeAudit } from "@/lib/audit/log";
import type { Tx } from "@/lib/db/client";
import { ATTRIBUTION_GRACE_MINUTES } from "./columns";
import { bumpOrderLinesVersion, recomputeOrderResults } from "./import";

/** What a session's change did to order lines imported before it. */
export type Reattribution = { lines: number; sessions: string[] };

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
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('results-import'))`;
  const until = new Date(scope.to.getTime() + ATTRIBUTION_GRACE_MINUTES * 60_000);
  await tx.$executeRawUnsafe("DROP TABLE IF EXISTS order_moves, order_pairs");
  // Lines by the shop's payment-time index: the products' shops, then the products.
  const moved = await tx.$executeRaw`
    CREATE TEMP TABLE order_moves ON COMMIT DROP AS
    SELECT * FROM (
      SELECT l.order_id, l.sku_id, l.producer_id, l.product_id, l.paid_time, l.session_id AS was,
             (SELECT s.id FROM session_products sp JOIN live_sessions s ON s.id = sp.session_id
              WHERE sp.product_id = l.product_id AND s.status IN ('SCHEDULED', 'LIVE', 'COMPLETED')
                AND s.starts_at <= l.paid_time AND l.paid_time <= s.ends_at + make_interval(mins => ${ATTRIBUTION_GRACE_MINUTES}::int)
              ORDER BY s.starts_at DESC, s.id LIMIT 1) AS goes
      FROM order_lines l
      WHERE l.producer_id IN (SELECT producer_id FROM products WHERE id = ANY(${scope.productIds}::uuid[]))
        AND l.product_id = ANY(${scope.productIds}::uuid[])
        AND l.paid_time BETWEEN ${scope.from} AND ${until}
    ) m
    WHERE was IS DISTINCT FROM goes`;
  if (moved === 0) return { lines: 0, sessions: [] };
  await tx.$executeRawUnsafe(`
    UPDATE order_lines l SET session_id = m.goes, updated_at = now()
    FROM order_moves m WHERE l.order_id = m.order_id AND l.sku_id = m.sku_id`);
  // A preview planned before this move no longer holds (its confirmation plans again).
  await bumpOrderLinesVersion(tx);
  await tx.$executeRawUnsafe(`
    CREATE TEMP TABLE order_pairs ON COMMIT DROP AS
    SELECT was AS session_id, product_id FROM order_moves WHERE was IS NOT NULL
    UNION SELECT goes, product_id FROM order_moves WHERE goes IS NOT NULL`);
  const sessions = await recomputeOrderResults(tx);
  await tx.$executeRawUnsafe(`
    SELECT refresh_order_rollups(producer_id, days)
    FROM (SELECT producer_id, array_agg(DISTINCT (paid_time AT TIME ZONE 'Asia/Ho_Chi_Minh')::date) AS days FROM order_moves GROUP BY producer_id) d`);
  await writeAudit(tx, {
    actorId: scope.actorId,
    action: AuditAction.ORDERS_REATTRIBUTED,
    entityType: "LiveSession",
    entityId: scope.sessionId,
    after: { lines: moved, sessionsChanged: sessions },
  });
  return { lines: moved, sessions };
}
