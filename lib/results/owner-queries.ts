import "server-only";
import { assertRole } from "@/lib/auth/policy";
import type { CurrentUser } from "@/lib/auth/users";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";

export type OwnSessionResult = {
  sessionId: string;
  title: string;
  startsAt: string;
  orders: number;
  unitsSold: number;
  gmvVnd: string;
  products: { name: string; orders: number; unitsSold: number; gmvVnd: string }[];
};

/**
 * A producer's results, session by session (newest first), with each of their products. Only
 * their own products' figures: other producers in the same session are not shown. Summed in SQL.
 * GMV gross (as recorded) or net of what order exports show cancelled and refunded.
 */
export async function listOwnResults(user: CurrentUser | null, measure: "gross" | "net" = "gross"): Promise<OwnSessionResult[]> {
  const checked = assertRole(user, ["PRODUCER"]);
  if (checked.producerIds.length === 0) return [];
  const rows = await db.$queryRaw<
    { session_id: string; title: string; starts_at: Date; name: string; orders: number; units_sold: number; gmv_vnd: bigint }[]
  >`
    SELECT s.id AS session_id, s.title, s.starts_at, p.name, pr.orders, pr.units_sold,
           pr.gmv_vnd - ${measure === "net" ? Prisma.sql`pr.cancelled_vnd + pr.refunded_vnd` : Prisma.sql`0`} AS gmv_vnd
    FROM product_results pr
    JOIN products p ON p.id = pr.product_id
    JOIN live_sessions s ON s.id = pr.session_id
    WHERE p.producer_id = ANY(${checked.producerIds}::uuid[]) AND s.status = 'COMPLETED'
    ORDER BY s.starts_at DESC, p.name`;
  const sessions = new Map<string, OwnSessionResult & { gmv: bigint }>();
  for (const r of rows) {
    let s = sessions.get(r.session_id);
    if (!s) {
      s = { sessionId: r.session_id, title: r.title, startsAt: r.starts_at.toISOString(), orders: 0, unitsSold: 0, gmvVnd: "0", gmv: 0n, products: [] };
      sessions.set(r.session_id, s);
    }
    s.orders += r.orders;
    s.unitsSold += r.units_sold;
    s.gmv += r.gmv_vnd;
    s.products.push({ name: r.name, orders: r.orders, unitsSold: r.units_sold, gmvVnd: r.gmv_vnd.toString() });
  }
  return [...sessions.values()].map(({ gmv, ...s }) => ({ ...s, gmvVnd: gmv.toString() }));
}
