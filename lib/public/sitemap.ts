import "server-only";
import { db } from "@/lib/db/client";
import { PUBLIC_SESSION_STATUSES } from "./visibility";

/** Everything public, for the sitemap: approved producers and products, public sessions. */
export async function listSitemapEntries() {
  const since = new Date(Date.now() - 90 * 86_400_000);
  const [provinces, producers, products, sessions] = await Promise.all([
    db.province.findMany({ select: { slug: true } }),
    db.producer.findMany({ where: { reviewStatus: "APPROVED" }, select: { slug: true, updatedAt: true } }),
    db.product.findMany({
      where: { reviewStatus: "APPROVED", producer: { reviewStatus: "APPROVED" } },
      select: { slug: true, updatedAt: true },
    }),
    db.liveSession.findMany({
      where: { status: { in: PUBLIC_SESSION_STATUSES }, startsAt: { gte: since } },
      select: { id: true, updatedAt: true },
    }),
  ]);
  return { provinces, producers, products, sessions };
}
