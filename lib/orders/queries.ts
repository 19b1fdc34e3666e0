import "server-only";
import { assertRole, STAFF_ROLES } from "@/lib/auth/policy";
import type { CurrentUser } from "@/lib/auth/users";
import { db } from "@/lib/db/client";

/** Money of order lines, as strings (bigint does not cross to client components). */
export type OrderMoney = { orders: number; gross: string; cancelled: string; refunded: string; damage: string; net: string };

type MoneyRow = { orders: number; gross: bigint; cancelled: bigint; refunded: bigint; damage: bigint };
const money = (r: MoneyRow): OrderMoney => ({
  orders: r.orders,
  gross: r.gross.toString(),
  cancelled: r.cancelled.toString(),
  refunded: r.refunded.toString(),
  damage: r.damage.toString(),
  net: (r.gross - r.cancelled - r.refunded).toString(),
});

/** The order rollup's session for lines outside every session (see the migration). */
const NO_SESSION = "'00000000-0000-0000-0000-000000000000'";

/** The sums every figure is made of, over the order rollup or totals `r`: paid orders (counted per product and day), gross, cancelled, refunded, damage refunds. */
const ROLLUP_SUMS = `sum(r.orders)::int AS orders, sum(r.gross)::bigint AS gross, sum(r.cancelled)::bigint AS cancelled,
  sum(r.refunded)::bigint AS refunded, sum(r.damage)::bigint AS damage`;

export type OrderImportRow = { id: string; createdAt: string; fileName: string; rowCount: number; createdCount: number; updatedCount: number; producer: string; importedBy: string | null };

/** The latest order imports: a producer's own shop's, or (staff) every shop's. */
export async function listOrderImports(user: CurrentUser | null): Promise<OrderImportRow[]> {
  const checked = assertRole(user, ["PRODUCER", ...STAFF_ROLES]);
  const rows = await db.orderImport.findMany({
    where: checked.role === "PRODUCER" ? { producerId: { in: checked.producerIds } } : {},
    orderBy: { createdAt: "desc" },
    take: 20,
    select: { id: true, createdAt: true, fileName: true, rowCount: true, createdCount: true, updatedCount: true, producer: { select: { name: true } }, importedBy: { select: { name: true } } },
  });
  return rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString(), producer: r.producer.name, importedBy: r.importedBy?.name ?? null }));
}

/** The shops staff may import for, by name. */
export async function listShopsForOrders(user: CurrentUser | null): Promise<{ id: string; name: string }[]> {
  assertRole(user, STAFF_ROLES);
  return db.producer.findMany({ where: { reviewStatus: { not: "REJECTED" } }, orderBy: { name: "asc" }, select: { id: true, name: true } });
}

/** One month of a shop's paid sales: during sessions and outside them, gross and net. */
export type InsideOutsideMonth = { month: string; inside: { gross: string; net: string }; outside: { gross: string; net: string } };

/**
 * Sales during sessions and outside them, per month (Vietnam time), newest first, over the last
 * two years: what sessions add over the shop's everyday sales. From the order rollup, summed in SQL.
 */
async function insideOutsideByMonth(producerIds: string[]): Promise<InsideOutsideMonth[]> {
  const rows = await db.$queryRawUnsafe<{ month: string; in_gross: bigint; in_net: bigint; out_gross: bigint; out_net: bigint }[]>(
    `SELECT to_char(r.day, 'YYYY-MM') AS month,
            coalesce(sum(r.gross) FILTER (WHERE r.session_id <> ${NO_SESSION}), 0)::bigint AS in_gross,
            coalesce(sum(r.gross - r.cancelled - r.refunded) FILTER (WHERE r.session_id <> ${NO_SESSION}), 0)::bigint AS in_net,
            coalesce(sum(r.gross) FILTER (WHERE r.session_id = ${NO_SESSION}), 0)::bigint AS out_gross,
            coalesce(sum(r.gross - r.cancelled - r.refunded) FILTER (WHERE r.session_id = ${NO_SESSION}), 0)::bigint AS out_net
     FROM order_rollups r
     WHERE r.producer_id = ANY($1::uuid[])
     GROUP BY 1 ORDER BY 1 DESC LIMIT 24`,
    producerIds,
  );
  return rows.map((r) => ({
    month: r.month,
    inside: { gross: r.in_gross.toString(), net: r.in_net.toString() },
    outside: { gross: r.out_gross.toString(), net: r.out_net.toString() },
  }));
}

/** One shop's months during and outside sessions, for staff (`null` for an unknown shop). */
export async function getShopOrderMonths(user: CurrentUser | null, producerId: string): Promise<{ producer: string; months: InsideOutsideMonth[] } | null> {
  assertRole(user, STAFF_ROLES);
  if (!/^[0-9a-f-]{36}$/i.test(producerId)) return null;
  const producer = await db.producer.findUnique({ where: { id: producerId }, select: { name: true } });
  return producer && { producer: producer.name, months: await insideOutsideByMonth([producerId]) };
}

export type OwnOrderFigures = {
  sessions: (OrderMoney & { sessionId: string; title: string; startsAt: string })[];
  outside: (OrderMoney & { month: string })[];
  months: InsideOutsideMonth[];
};

/**
 * A producer's sales from their order exports: per session (newest first) and, for the paid lines
 * outside every session, per month (Vietnam time) — the shop's baseline. Summed in SQL.
 */
export async function getOwnOrderFigures(user: CurrentUser | null): Promise<OwnOrderFigures> {
  const checked = assertRole(user, ["PRODUCER"]);
  const shops = checked.producerIds;
  // From the order rollup (per product, day and session), not the lines: a large shop has 200,000 a Saturday.
  const [sessions, outside, months] = await Promise.all([
    db.$queryRawUnsafe<(MoneyRow & { session_id: string; title: string; starts_at: Date })[]>(
      `SELECT s.id AS session_id, s.title, s.starts_at, ${ROLLUP_SUMS}
       FROM order_rollups r JOIN live_sessions s ON s.id = r.session_id
       WHERE r.producer_id = ANY($1::uuid[])
       GROUP BY s.id ORDER BY s.starts_at DESC LIMIT 100`,
      shops,
    ),
    db.$queryRawUnsafe<(MoneyRow & { month: string })[]>(
      `SELECT to_char(r.day, 'YYYY-MM') AS month, ${ROLLUP_SUMS}
       FROM order_rollups r
       WHERE r.producer_id = ANY($1::uuid[]) AND r.session_id = ${NO_SESSION}
       GROUP BY 1 ORDER BY 1 DESC LIMIT 24`,
      shops,
    ),
    insideOutsideByMonth(shops),
  ]);
  return {
    sessions: sessions.map((r) => ({ sessionId: r.session_id, title: r.title, startsAt: r.starts_at.toISOString(), ...money(r) })),
    outside: outside.map((r) => ({ month: r.month, ...money(r) })),
    months,
  };
}

export type OrderReport = {
  total: OrderMoney;
  /** Per shop: paid sales during sessions and outside them (the baseline), gross. */
  shops: { producerId: string; producer: string; inside: string; outside: string }[];
  provinces: (OrderMoney & { province: string })[];
  damageProducts: { productId: string; product: string; producer: string; gross: string; damage: string; rate: number }[];
};

/**
 * The programme's sales from order exports, for staff: totals, by province (the shop's), and the
 * products with the highest share of their gross refunded for damage — the packaging follow-up list.
 */
export async function getOrderReport(user: CurrentUser | null): Promise<OrderReport> {
  assertRole(user, STAFF_ROLES);
  // From the order totals (a row per shop, product and in/out of session), not the lines or the daily rollup.
  const [provinces, damage, shops] = await Promise.all([
    db.$queryRawUnsafe<(MoneyRow & { province: string })[]>(
      `SELECT pv.name AS province, ${ROLLUP_SUMS}
       FROM order_totals r JOIN producers p ON p.id = r.producer_id JOIN provinces pv ON pv.id = p.province_id
       GROUP BY pv.name ORDER BY gross DESC, pv.name`,
    ),
    db.$queryRawUnsafe<{ product_id: string; product: string; producer: string; gross: bigint; damage: bigint }[]>(
      `SELECT pr.id AS product_id, pr.name AS product, p.name AS producer, t.gross, t.damage
       FROM (SELECT product_id, sum(gross)::bigint AS gross, sum(damage)::bigint AS damage FROM order_totals GROUP BY product_id HAVING sum(damage) > 0) t
       JOIN products pr ON pr.id = t.product_id JOIN producers p ON p.id = pr.producer_id
       ORDER BY t.damage::numeric / nullif(t.gross, 0) DESC NULLS LAST, pr.name LIMIT 20`,
    ),
    db.$queryRawUnsafe<{ producer_id: string; producer: string; inside: bigint; outside: bigint }[]>(
      `SELECT p.id AS producer_id, p.name AS producer, t.inside, t.outside
       FROM (SELECT producer_id, coalesce(sum(gross) FILTER (WHERE in_session), 0)::bigint AS inside,
                    coalesce(sum(gross) FILTER (WHERE NOT in_session), 0)::bigint AS outside
             FROM order_totals GROUP BY producer_id) t
       JOIN producers p ON p.id = t.producer_id
       ORDER BY t.inside + t.outside DESC, p.name LIMIT 50`,
    ),
  ]);
  const sum = (k: keyof MoneyRow) => provinces.reduce((a, r) => a + BigInt(r[k]), 0n);
  return {
    total: money({ orders: Number(sum("orders")), gross: sum("gross"), cancelled: sum("cancelled"), refunded: sum("refunded"), damage: sum("damage") }),
    provinces: provinces.map((r) => ({ province: r.province, ...money(r) })),
    shops: shops.map((r) => ({ producerId: r.producer_id, producer: r.producer, inside: r.inside.toString(), outside: r.outside.toString() })),
    damageProducts: damage.map((r) => ({ productId: r.product_id, product: r.product, producer: r.producer, gross: r.gross.toString(), damage: r.damage.toString(), rate: r.gross > 0n ? Number(r.damage) / Number(r.gross) : 0 })),
  };
}
