import "server-only";
import { unstable_cache } from "next/cache";
import { CacheTag } from "@/lib/cache-tags";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import type { Region, SessionStatus } from "@/lib/db/generated/enums";
import { currentStars, PUBLIC_SESSION_STATUSES } from "@/lib/public/visibility";
import { addDays, comingSaturday, vnDateOf, vnDayBounds, vnWeekBounds, type LocalDate } from "@/lib/time";

/** A session as the public sees it: only approved producers and products, no private field. */
export type PublicSession = {
  id: string;
  title: string;
  /** ISO 8601 UTC; shown in Vietnam time. */
  startsAt: string;
  endsAt: string;
  status: SessionStatus;
  version: number;
  /** ISO 8601 UTC of the last change (calendar DTSTAMP). */
  updatedAt: string;
  liveUrl: string | null;
  host: { name: string; tiktokHandle: string };
  channel: { name: string; tiktokHandle: string; url: string };
  theme: {
    province: { id: number; name: string; slug: string } | null;
    groupId: number | null;
    proudVietnamese: boolean;
    destination: string | null;
  };
  /** `seed`: in the "Hạt giống OCOP" cohort now. */
  producers: { name: string; slug: string; provinceId: number; province: string; provinceSlug: string; region: Region; seed: boolean }[];
  products: {
    name: string;
    slug: string;
    priceVnd: number;
    unit: string;
    groupId: number;
    stars: number | null;
    imageUrl: string | null;
    producerSlug: string;
  }[];
};

const APPROVED_LINEUP: Prisma.SessionProductWhereInput = {
  product: { reviewStatus: "APPROVED", producer: { reviewStatus: "APPROVED" } },
};

const SESSION_SELECT = {
  id: true,
  title: true,
  startsAt: true,
  endsAt: true,
  status: true,
  version: true,
  updatedAt: true,
  liveUrl: true,
  themeProudVietnamese: true,
  themeDestination: true,
  themeGroupId: true,
  themeProvince: { select: { id: true, name: true, slug: true } },
  host: { select: { name: true, tiktokHandle: true } },
  channel: { select: { name: true, tiktokHandle: true, url: true } },
  lineup: {
    where: APPROVED_LINEUP,
    orderBy: { position: "asc" },
    select: {
      product: {
        select: {
          name: true,
          slug: true,
          priceVnd: true,
          unit: true,
          groupId: true,
          images: { orderBy: { position: "asc" }, take: 1, select: { url: true } },
          certificates: { orderBy: { decisionDate: "desc" }, take: 1, select: { stars: true, expiresOn: true } },
          producer: {
            select: {
              name: true,
              slug: true,
              province: { select: { id: true, name: true, slug: true, region: true } },
              cohort: { where: { leftAt: null }, select: { id: true }, take: 1 },
            },
          },
        },
      },
    },
  },
} satisfies Prisma.LiveSessionSelect;

type SessionRow = Prisma.LiveSessionGetPayload<{ select: typeof SESSION_SELECT }>;

/** "2026-12-05T00:00Z": sessions start on the minute, and thirty of them fit in less HTML. */
function isoMinute(date: Date): string {
  return `${date.toISOString().slice(0, 16)}Z`;
}

function toPublicSession(s: SessionRow, today: LocalDate): PublicSession {
  const producers = new Map<string, PublicSession["producers"][number]>();
  for (const { product } of s.lineup) {
    const p = product.producer;
    producers.set(p.slug, {
      name: p.name,
      slug: p.slug,
      provinceId: p.province.id,
      province: p.province.name,
      provinceSlug: p.province.slug,
      region: p.province.region,
      seed: p.cohort.length > 0,
    });
  }
  return {
    id: s.id,
    title: s.title,
    startsAt: isoMinute(s.startsAt),
    endsAt: isoMinute(s.endsAt),
    status: s.status,
    version: s.version,
    updatedAt: s.updatedAt.toISOString(),
    liveUrl: s.liveUrl,
    host: s.host,
    channel: s.channel,
    theme: {
      province: s.themeProvince,
      groupId: s.themeGroupId,
      proudVietnamese: s.themeProudVietnamese,
      destination: s.themeDestination,
    },
    producers: [...producers.values()],
    products: s.lineup.map(({ product }) => ({
      name: product.name,
      slug: product.slug,
      priceVnd: product.priceVnd,
      unit: product.unit,
      groupId: product.groupId,
      stars: currentStars(product.certificates[0], today),
      imageUrl: product.images[0]?.url ?? null,
      producerSlug: product.producer.slug,
    })),
  };
}

/** Public sessions starting in [start, end), in start order: one query, whatever the count. */
export async function listPublicSessions(
  start: Date,
  end: Date,
  filter: Prisma.LiveSessionWhereInput = {},
  take?: number,
): Promise<PublicSession[]> {
  const rows = await db.liveSession.findMany({
    where: { ...filter, startsAt: { gte: start, lt: end }, status: { in: PUBLIC_SESSION_STATUSES } },
    orderBy: [{ startsAt: "asc" }, { channel: { name: "asc" } }],
    select: SESSION_SELECT,
    take,
  });
  const today = vnDateOf(new Date());
  return rows.map((row) => toPublicSession(row, today));
}

/**
 * A page of public sessions in (start, id) order after a keyset cursor, for the API: a page never
 * repeats or skips a session, even while others are added. `next` is the exact key of the page's
 * last session when more follow (null on the last page). Drafts only for integration tokens
 * allowed to read them (`statuses`).
 */
export async function listPublicSessionsAfter(
  filter: Prisma.LiveSessionWhereInput,
  after: { startsAt: Date; id: string } | null,
  limit: number,
  statuses: SessionStatus[] = PUBLIC_SESSION_STATUSES,
): Promise<{ sessions: PublicSession[]; next: { startsAt: Date; id: string } | null }> {
  const keyset: Prisma.LiveSessionWhereInput = after
    ? { OR: [{ startsAt: { gt: after.startsAt } }, { startsAt: after.startsAt, id: { gt: after.id } }] }
    : {};
  const rows = await db.liveSession.findMany({
    where: { AND: [filter, keyset, { status: { in: statuses } }] },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    select: { ...SESSION_SELECT, startsAt: true },
    take: limit + 1,
  });
  const page = rows.slice(0, limit);
  const today = vnDateOf(new Date());
  const end = rows.length > limit ? page.at(-1)! : null;
  return { sessions: page.map((row) => toPublicSession(row, today)), next: end ? { startsAt: end.startsAt, id: end.id } : null };
}

/**
 * Where a session shows the given status on the public pages at `now` (see displayStatus): a
 * scheduled session whose time has come is live, one whose time has passed has ended.
 */
export function displayStatusFilter(status: "SCHEDULED" | "LIVE" | "COMPLETED" | "CANCELLED", now: Date): Prisma.LiveSessionWhereInput {
  const open: Prisma.LiveSessionWhereInput = { status: { in: ["SCHEDULED", "LIVE"] } };
  switch (status) {
    case "CANCELLED":
      return { status: "CANCELLED" };
    case "COMPLETED":
      return { OR: [{ status: "COMPLETED" }, { ...open, endsAt: { lte: now } }] };
    case "LIVE":
      return { ...open, startsAt: { lte: now }, endsAt: { gt: now } };
    case "SCHEDULED":
      return { ...open, startsAt: { gt: now } };
  }
}

/**
 * Sessions whose line-up includes a producer of a province, or themed on it, or of one producer.
 * For the province and producer pages and calendar feeds.
 */
export function sessionFilter({ provinceId, producerId }: { provinceId?: number; producerId?: string }): Prisma.LiveSessionWhereInput {
  if (producerId) {
    return { lineup: { some: { product: { reviewStatus: "APPROVED", producerId, producer: { reviewStatus: "APPROVED" } } } } };
  }
  if (provinceId !== undefined) {
    return {
      OR: [
        { themeProvinceId: provinceId },
        { lineup: { some: { product: { reviewStatus: "APPROVED", producer: { reviewStatus: "APPROVED", provinceId } } } } },
      ],
    };
  }
  return {};
}

/**
 * The public data is cached and tagged: staff changes revalidate the `sessions` tag, and entries
 * expire after a minute anyway so "live now" follows the clock. Arguments are strings so the
 * cache key is stable.
 */
const cached = <A extends unknown[], R>(fn: (...args: A) => Promise<R>, key: string, tags: string[] = [CacheTag.sessions]) =>
  unstable_cache(fn, [key], { tags: [...tags, CacheTag.products, CacheTag.producers], revalidate: 60 });

export const listSaturdaySessions = cached(async (date: LocalDate) => {
  const { start, end } = vnDayBounds(date);
  return listPublicSessions(start, end);
}, "saturday-sessions");

/** All public sessions of a Vietnam week (Monday to Sunday). */
export const listWeekSessions = cached(async (monday: LocalDate) => {
  const start = vnDayBounds(monday).start;
  return listPublicSessions(start, new Date(start.getTime() + 7 * 86_400_000));
}, "week-sessions");

/**
 * The weeks the public schedule pages: from the week of the first public session (or this one,
 * before any) to a year ahead of this Saturday. Outside them a week is a 404, and the pager stops
 * at both ends, so nobody (no crawler either) pages through empty weeks for ever.
 */
export const scheduleWeekRange = cached(async (): Promise<{ first: LocalDate; last: LocalDate }> => {
  const earliest = await db.liveSession.findFirst({ where: { status: { in: PUBLIC_SESSION_STATUSES } }, orderBy: { startsAt: "asc" }, select: { startsAt: true } });
  const saturday = comingSaturday();
  const first = earliest ? vnDateOf(earliest.startsAt) : saturday;
  return { first: vnWeekBounds(first < saturday ? first : saturday).monday, last: vnWeekBounds(addDays(saturday, 364)).monday };
}, "schedule-week-range");

export const getPublicSession = cached(async (id: string): Promise<PublicSession | null> => {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  const row = await db.liveSession.findFirst({
    where: { id, status: { in: PUBLIC_SESSION_STATUSES } },
    select: SESSION_SELECT,
  });
  return row ? toPublicSession(row, vnDateOf(new Date())) : null;
}, "public-session");

/** Upcoming (and the last two weeks', so cancellations reach calendars) public sessions. */
export const listFeedSessions = cached(async (scope: { provinceId?: number; producerId?: string } = {}) => {
  const now = Date.now();
  return listPublicSessions(new Date(now - 14 * 86_400_000), new Date(now + 120 * 86_400_000), sessionFilter(scope), 500);
}, "feed-sessions");
