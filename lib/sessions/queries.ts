import "server-only";
import { unstable_cache } from "next/cache";
import { CacheTag } from "@/lib/cache-tags";
import { db } from "@/lib/db/client";
import type { SessionStatus } from "@/lib/db/generated/enums";
import { vnDateOf, vnDayBounds, type LocalDate } from "@/lib/time";

/** Statuses the public may see; drafts never leave the planning screens. */
const PUBLIC_STATUSES: SessionStatus[] = ["SCHEDULED", "LIVE", "COMPLETED", "CANCELLED"];

export type PublicSessionCard = {
  id: string;
  title: string;
  /** ISO 8601 UTC; shown in Vietnam time. */
  startsAt: string;
  endsAt: string;
  status: SessionStatus;
  liveUrl: string | null;
  host: { name: string; tiktokHandle: string };
  channel: { name: string; tiktokHandle: string };
  producers: { name: string; slug: string; province: string }[];
  products: { name: string; slug: string; priceVnd: number; stars: number | null; imageUrl: string | null }[];
};

async function loadSaturdaySessions(date: LocalDate): Promise<PublicSessionCard[]> {
  const { start, end } = vnDayBounds(date);
  const today = vnDateOf(new Date());
  const sessions = await db.liveSession.findMany({
    where: { startsAt: { gte: start, lt: end }, status: { in: PUBLIC_STATUSES } },
    orderBy: [{ startsAt: "asc" }, { title: "asc" }],
    select: {
      id: true,
      title: true,
      startsAt: true,
      endsAt: true,
      status: true,
      liveUrl: true,
      host: { select: { name: true, tiktokHandle: true } },
      channel: { select: { name: true, tiktokHandle: true } },
      lineup: {
        where: { product: { reviewStatus: "APPROVED" } },
        orderBy: { position: "asc" },
        select: {
          product: {
            select: {
              name: true,
              slug: true,
              priceVnd: true,
              images: { orderBy: { position: "asc" }, take: 1, select: { url: true } },
              certificates: { orderBy: { decisionDate: "desc" }, take: 1, select: { stars: true, expiresOn: true } },
              producer: { select: { name: true, slug: true, province: { select: { name: true } } } },
            },
          },
        },
      },
    },
  });
  return sessions.map((s) => {
    const producers = new Map<string, PublicSessionCard["producers"][number]>();
    for (const { product } of s.lineup) {
      producers.set(product.producer.slug, {
        name: product.producer.name,
        slug: product.producer.slug,
        province: product.producer.province.name,
      });
    }
    return {
      id: s.id,
      title: s.title,
      startsAt: s.startsAt.toISOString(),
      endsAt: s.endsAt.toISOString(),
      status: s.status,
      liveUrl: s.liveUrl,
      host: s.host,
      channel: s.channel,
      producers: [...producers.values()],
      products: s.lineup.map(({ product }) => {
        const certificate = product.certificates[0];
        const current = certificate && certificate.expiresOn.toISOString().slice(0, 10) >= today;
        return {
          name: product.name,
          slug: product.slug,
          priceVnd: product.priceVnd,
          stars: current ? certificate.stars : null,
          imageUrl: product.images[0]?.url ?? null,
        };
      }),
    };
  });
}

/**
 * A Saturday's public sessions, cached and tagged: staff changes revalidate the `sessions` tag,
 * and the cache expires after a minute anyway so "live now" follows the clock.
 */
export const listSaturdaySessions = unstable_cache(loadSaturdaySessions, ["saturday-sessions"], {
  tags: [CacheTag.sessions],
  revalidate: 60,
});
