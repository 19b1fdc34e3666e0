import "server-only";
import { SIGN_IN_ACTIONS } from "@/lib/audit/queries";
import { assertProducerAccess, assertRole, STAFF_ROLES } from "@/lib/auth/policy";
import type { CurrentUser } from "@/lib/auth/users";
import { db } from "@/lib/db/client";
import type { ApplicationStatus, ReviewStatus, SessionStatus } from "@/lib/db/generated/enums";
import { listOwnResults } from "@/lib/results/owner-queries";
import { addDays, comingSaturday, marketSaturday, vnDateOf, vnDayBounds, type LocalDate } from "@/lib/time";

export type StaffDashboard = {
  waiting: { producers: number; products: number; revisions: number; applications: number };
  certificates: { expiringSoon: number; expired: number };
  saturday: { date: LocalDate; byStatus: Partial<Record<SessionStatus, number>> };
  lastSaturday: { date: LocalDate; sessionsHeld: number; gmvVnd: string; orders: number; viewers: number };
  totals: { approvedProducers: number; approvedProducts: number; gmvVnd: string };
  recentAudit: { id: string; action: string; entityType: string; createdAt: string; actorName: string | null }[];
};

/** Figures for the staff home: what waits, what is coming, what sold. Aggregated in SQL. */
export async function getStaffDashboard(user: CurrentUser | null, now = new Date()): Promise<StaffDashboard> {
  assertRole(user, STAFF_ROLES);
  const today = vnDateOf(now);
  // Today's Saturday until its sessions are over, then next week's (and today's results are "last").
  const todays = vnDayBounds(comingSaturday(now));
  const { _max } = await db.liveSession.aggregate({ where: { startsAt: { gte: todays.start, lt: todays.end }, status: { not: "CANCELLED" } }, _max: { endsAt: true } });
  const saturday = marketSaturday(now, _max.endsAt);
  const lastSaturday = addDays(saturday, -7);
  const coming = vnDayBounds(saturday);
  const last = vnDayBounds(lastSaturday);

  const [producers, products, revisions, applications, certificates, saturdayCounts, lastResults, totals, audit] =
    await Promise.all([
      db.producer.count({ where: { reviewStatus: "SUBMITTED" } }),
      db.product.count({ where: { reviewStatus: "SUBMITTED" } }),
      db.productRevision.count({ where: { reviewStatus: "SUBMITTED" } }),
      db.sessionApplication.count({ where: { status: "PENDING" } }),
      // The current certificate of each approved product: the one with the latest decision.
      db.$queryRaw<{ expiring: bigint; expired: bigint }[]>`
        WITH current AS (
          SELECT DISTINCT ON (c.product_id) c.expires_on
          FROM certificates c JOIN products p ON p.id = c.product_id
          WHERE p.review_status = 'APPROVED'
          ORDER BY c.product_id, c.decision_date DESC
        )
        SELECT count(*) FILTER (WHERE expires_on >= ${today}::date AND expires_on < ${today}::date + 60) AS expiring,
               count(*) FILTER (WHERE expires_on < ${today}::date) AS expired
        FROM current`,
      db.liveSession.groupBy({
        by: ["status"],
        where: { startsAt: { gte: coming.start, lt: coming.end } },
        _count: { _all: true },
      }),
      db.$queryRaw<{ sessions: bigint; gmv: bigint | null; orders: bigint | null; viewers: bigint | null }[]>`
        WITH held AS (
          SELECT id FROM live_sessions
          WHERE status = 'COMPLETED' AND starts_at >= ${last.start} AND starts_at < ${last.end}
        )
        SELECT (SELECT count(*) FROM held) AS sessions,
               (SELECT sum(gmv_vnd) FROM product_results WHERE session_id IN (SELECT id FROM held)) AS gmv,
               (SELECT sum(orders) FROM product_results WHERE session_id IN (SELECT id FROM held)) AS orders,
               (SELECT sum(viewers) FROM session_results WHERE session_id IN (SELECT id FROM held)) AS viewers`,
      db.$queryRaw<{ producers: bigint; products: bigint; gmv: bigint | null }[]>`
        SELECT (SELECT count(*) FROM producers WHERE review_status = 'APPROVED') AS producers,
               (SELECT count(*) FROM products WHERE review_status = 'APPROVED') AS products,
               (SELECT sum(gmv_vnd) FROM product_results) AS gmv`,
      db.auditLog.findMany({
        // What people did, not who signed in (the audit page shows those when asked).
        where: { action: { notIn: SIGN_IN_ACTIONS } },
        orderBy: { createdAt: "desc" },
        take: 8,
        select: { id: true, action: true, entityType: true, createdAt: true, actor: { select: { name: true } } },
      }),
    ]);

  const lastRow = lastResults[0]!;
  const totalsRow = totals[0]!;
  return {
    waiting: { producers, products, revisions, applications },
    certificates: { expiringSoon: Number(certificates[0]?.expiring ?? 0), expired: Number(certificates[0]?.expired ?? 0) },
    saturday: {
      date: saturday,
      byStatus: Object.fromEntries(saturdayCounts.map((row) => [row.status, row._count._all])),
    },
    lastSaturday: {
      date: lastSaturday,
      sessionsHeld: Number(lastRow.sessions),
      gmvVnd: String(lastRow.gmv ?? 0n),
      orders: Number(lastRow.orders ?? 0n),
      viewers: Number(lastRow.viewers ?? 0n),
    },
    totals: {
      approvedProducers: Number(totalsRow.producers),
      approvedProducts: Number(totalsRow.products),
      gmvVnd: String(totalsRow.gmv ?? 0n),
    },
    recentAudit: audit.map((a) => ({
      id: a.id.toString(),
      action: a.action,
      entityType: a.entityType,
      createdAt: a.createdAt.toISOString(),
      actorName: a.actor?.name ?? null,
    })),
  };
}

export type ProducerDashboard = {
  shop: { id: string; name: string; slug: string; reviewStatus: ReviewStatus; reviewReason: string | null; province: string };
  productsByStatus: Partial<Record<ReviewStatus, number>>;
  upcoming: { id: string; title: string; startsAt: string; endsAt: string; status: SessionStatus; products: string[] }[];
  applications: Partial<Record<ApplicationStatus, number>>;
  results: { sessionId: string; title: string; startsAt: string; orders: number; unitsSold: number; gmvVnd: string }[];
};

/** A producer's own figures. Null when the account manages no shop. */
export async function getProducerDashboard(user: CurrentUser | null, now = new Date()): Promise<ProducerDashboard | null> {
  const producerId = user?.producerIds[0];
  if (!producerId) return null;
  assertProducerAccess(user, producerId);

  const [shop, byStatus, upcoming, applications, results] = await Promise.all([
    db.producer.findUniqueOrThrow({
      where: { id: producerId },
      select: { id: true, name: true, slug: true, reviewStatus: true, reviewReason: true, province: { select: { name: true } } },
    }),
    db.product.groupBy({ by: ["reviewStatus"], where: { producerId }, _count: { _all: true } }),
    db.liveSession.findMany({
      where: {
        endsAt: { gt: now },
        status: { in: ["SCHEDULED", "LIVE"] },
        lineup: { some: { product: { producerId } } },
      },
      orderBy: { startsAt: "asc" },
      take: 10,
      select: {
        id: true,
        title: true,
        startsAt: true,
        endsAt: true,
        status: true,
        lineup: { where: { product: { producerId } }, select: { product: { select: { name: true } } } },
      },
    }),
    db.sessionApplication.groupBy({ by: ["status"], where: { producerId }, _count: { _all: true } }),
    listOwnResults(user),
  ]);

  return {
    shop: { ...shop, province: shop.province.name },
    productsByStatus: Object.fromEntries(byStatus.map((row) => [row.reviewStatus, row._count._all])),
    upcoming: upcoming.map((s) => ({
      id: s.id,
      title: s.title,
      startsAt: s.startsAt.toISOString(),
      endsAt: s.endsAt.toISOString(),
      status: s.status,
      products: s.lineup.map((l) => l.product.name),
    })),
    applications: Object.fromEntries(applications.map((row) => [row.status, row._count._all])),
    results: results.slice(0, 4).map(({ products: _products, ...r }) => r),
  };
}
