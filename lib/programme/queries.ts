import "server-only";
import { assertRole, STAFF_ROLES } from "@/lib/auth/policy";
import type { CurrentUser } from "@/lib/auth/users";
import { db } from "@/lib/db/client";
import { isUuid } from "@/lib/slugs";
import type { EnrolmentStatus, PackagingStatus, WorkshopTopic } from "@/lib/db/generated/enums";
import { firstLivesNotReady, getReadiness, readinessIsHardStop, type Readiness } from "./readiness";
import { HEALTH_REVIEW_EVERY_DAYS } from "./rules";


export type WorkshopRow = {
  id: string;
  title: string;
  topic: WorkshopTopic;
  startsAt: string;
  endsAt: string;
  place: string | null;
  onlineUrl: string | null;
  capacity: number;
  enrolled: number;
  attended: number;
  cancelled: boolean;
};

const WORKSHOP_FIELDS = { id: true, title: true, topic: true, startsAt: true, endsAt: true, place: true, onlineUrl: true, capacity: true, cancelledAt: true, description: true } as const;

/** Staff: the coming workshops (soonest first) and the past ones (latest first), with seats taken and attendance. */
export async function listWorkshops(user: CurrentUser | null, now = new Date()): Promise<{ coming: WorkshopRow[]; past: WorkshopRow[] }> {
  assertRole(user, STAFF_ROLES);
  const [workshops, counts] = await Promise.all([
    db.workshop.findMany({ select: WORKSHOP_FIELDS, orderBy: { startsAt: "asc" }, take: 500 }),
    db.workshopEnrolment.groupBy({ by: ["workshopId", "status"], _count: { _all: true } }),
  ]);
  const count = (id: string, statuses: EnrolmentStatus[]) =>
    counts.filter((c) => c.workshopId === id && statuses.includes(c.status)).reduce((sum, c) => sum + c._count._all, 0);
  const rows = workshops.map((w) => ({
    id: w.id,
    title: w.title,
    topic: w.topic,
    startsAt: w.startsAt.toISOString(),
    endsAt: w.endsAt.toISOString(),
    place: w.place,
    onlineUrl: w.onlineUrl,
    capacity: w.capacity,
    enrolled: count(w.id, ["ENROLLED", "ATTENDED", "ABSENT"]),
    attended: count(w.id, ["ATTENDED"]),
    cancelled: w.cancelledAt !== null,
  }));
  return { coming: rows.filter((r) => new Date(r.endsAt) > now), past: rows.filter((r) => new Date(r.endsAt) <= now).reverse() };
}

/** Staff: one workshop with its enrolments, and the shops that can still be enrolled. */
export async function getWorkshop(user: CurrentUser | null, id: string) {
  assertRole(user, STAFF_ROLES);
  if (!isUuid(id)) return null;
  const workshop = await db.workshop.findUnique({
    where: { id },
    select: {
      ...WORKSHOP_FIELDS,
      enrolments: {
        orderBy: { createdAt: "asc" },
        select: { id: true, status: true, createdAt: true, producer: { select: { id: true, name: true, province: { select: { name: true } } } }, enrolledBy: { select: { name: true, role: true } } },
      },
    },
  });
  if (!workshop) return null;
  const enrolledIds = workshop.enrolments.filter((e) => e.status !== "CANCELLED").map((e) => e.producer.id);
  const shops = await db.producer.findMany({
    where: { id: { notIn: enrolledIds }, reviewStatus: { in: ["SUBMITTED", "APPROVED"] } },
    select: { id: true, name: true },
    orderBy: { name: "asc" },
  });
  return {
    ...workshop,
    startsAt: workshop.startsAt.toISOString(),
    endsAt: workshop.endsAt.toISOString(),
    enrolments: workshop.enrolments.map((e) => ({
      id: e.id,
      status: e.status,
      createdAt: e.createdAt.toISOString(),
      producerId: e.producer.id,
      producer: e.producer.name,
      province: e.producer.province.name,
      byStaff: e.enrolledBy.role !== "PRODUCER",
    })),
    shops,
  };
}

export type OwnWorkshop = WorkshopRow & { description: string | null; enrolmentId: string | null; status: EnrolmentStatus | null };

/** A producer's training: coming workshops with their own sign-up, and what they attended or missed. */
export async function listOwnTraining(user: CurrentUser | null, now = new Date()): Promise<{ coming: OwnWorkshop[]; history: OwnWorkshop[] }> {
  const checked = assertRole(user, ["PRODUCER"]);
  const producerId = checked.producerIds[0];
  if (!producerId) return { coming: [], history: [] };
  const [coming, mine, taken] = await Promise.all([
    db.workshop.findMany({ where: { endsAt: { gt: now }, cancelledAt: null }, select: WORKSHOP_FIELDS, orderBy: { startsAt: "asc" }, take: 50 }),
    db.workshopEnrolment.findMany({ where: { producerId }, select: { id: true, status: true, workshop: { select: WORKSHOP_FIELDS } }, orderBy: { workshop: { startsAt: "desc" } } }),
    db.workshopEnrolment.groupBy({ by: ["workshopId"], where: { status: { in: ["ENROLLED", "ATTENDED"] }, workshop: { endsAt: { gt: now } } }, _count: { _all: true } }),
  ]);
  const row = (w: (typeof coming)[number], enrolment?: { id: string; status: EnrolmentStatus }): OwnWorkshop => ({
    id: w.id,
    title: w.title,
    topic: w.topic,
    description: w.description,
    startsAt: w.startsAt.toISOString(),
    endsAt: w.endsAt.toISOString(),
    place: w.place,
    onlineUrl: w.onlineUrl,
    capacity: w.capacity,
    enrolled: taken.find((t) => t.workshopId === w.id)?._count._all ?? 0,
    attended: 0,
    cancelled: w.cancelledAt !== null,
    enrolmentId: enrolment?.id ?? null,
    status: enrolment?.status ?? null,
  });
  const byWorkshop = new Map(mine.map((e) => [e.workshop.id, e]));
  return {
    coming: coming.map((w) => row(w, byWorkshop.get(w.id))),
    history: mine.filter((e) => e.workshop.endsAt <= now && e.status !== "CANCELLED").map((e) => row(e.workshop, e)),
  };
}

/** The checklist before a first live, for the signed-in producer's shop, and whether its first live has begun. */
export async function getOwnReadiness(user: CurrentUser | null, now = new Date()): Promise<(Readiness & { hadSession: boolean }) | null> {
  const checked = assertRole(user, ["PRODUCER"]);
  const producerId = checked.producerIds[0];
  if (!producerId) return null;
  const [[readiness], session] = await Promise.all([
    getReadiness(db, [producerId], now),
    db.sessionProduct.findFirst({ where: { product: { producerId }, session: { status: { not: "CANCELLED" }, startsAt: { lte: now } } }, select: { sessionId: true } }),
  ]);
  return readiness ? { ...readiness, hadSession: session !== null } : null;
}

/** Staff: any shop's checklist (the shop review page). */
export async function getShopReadiness(user: CurrentUser | null, producerId: string, now = new Date()): Promise<Readiness | null> {
  assertRole(user, STAFF_ROLES);
  if (!isUuid(producerId)) return null;
  const [readiness] = await getReadiness(db, [producerId], now);
  return readiness ?? null;
}

/** Staff: the shops of a session's line-up having their first live unready (the planner's warning). */
export async function listFirstLiveWarnings(user: CurrentUser | null, sessionId: string, now = new Date()): Promise<Readiness[]> {
  assertRole(user, STAFF_ROLES);
  if (!isUuid(sessionId)) return [];
  return firstLivesNotReady(db, sessionId, now);
}

export type PackagingCheckRow = {
  id: string;
  status: PackagingStatus;
  cushioning: boolean;
  boxStrength: boolean;
  fragileLabel: boolean;
  photoUrl: string;
  note: string | null;
  reason: string | null;
  createdAt: string;
  decidedAt: string | null;
  decidedBy: string | null;
};

const CHECK_FIELDS = {
  id: true, status: true, cushioning: true, boxStrength: true, fragileLabel: true, photoUrl: true, note: true, reason: true, createdAt: true, decidedAt: true,
  decidedBy: { select: { name: true } },
} as const;

function checkRow(c: { id: string; status: PackagingStatus; cushioning: boolean; boxStrength: boolean; fragileLabel: boolean; photoUrl: string; note: string | null; reason: string | null; createdAt: Date; decidedAt: Date | null; decidedBy: { name: string } | null }): PackagingCheckRow {
  return { ...c, createdAt: c.createdAt.toISOString(), decidedAt: c.decidedAt?.toISOString() ?? null, decidedBy: c.decidedBy?.name ?? null };
}

/** A product's packaging and its checks, newest first: for its producer and for staff; null for anyone else. */
export async function getProductPackaging(user: CurrentUser | null, productId: string) {
  const checked = assertRole(user, ["PRODUCER", ...STAFF_ROLES]);
  if (!isUuid(productId)) return null;
  const product = await db.product.findUnique({
    where: { id: productId },
    select: { id: true, name: true, unit: true, fragile: true, packagingNotes: true, packagingStatus: true, producerId: true, producer: { select: { name: true } }, packagingChecks: { select: CHECK_FIELDS, orderBy: { createdAt: "desc" } } },
  });
  if (!product || (checked.role === "PRODUCER" && !checked.producerIds.includes(product.producerId))) return null;
  return { ...product, producer: product.producer.name, packagingChecks: product.packagingChecks.map(checkRow) };
}

/** Staff: packaging checks waiting for a decision, oldest first. */
export async function listPackagingQueue(user: CurrentUser | null) {
  assertRole(user, STAFF_ROLES);
  const checks = await db.packagingCheck.findMany({
    where: { status: "SUBMITTED" },
    orderBy: { createdAt: "asc" },
    take: 200,
    select: {
      ...CHECK_FIELDS,
      product: { select: { id: true, name: true, unit: true, packagingNotes: true, producer: { select: { name: true } }, _count: { select: { complaints: true } } } },
    },
  });
  return checks.map((c) => ({
    ...checkRow(c),
    product: { id: c.product.id, name: c.product.name, unit: c.product.unit, packagingNotes: c.product.packagingNotes, producer: c.product.producer.name, complaints: c.product._count.complaints },
  }));
}

/** Staff: what waits in the programme, for the dashboard. */
export async function getProgrammeWaiting(user: CurrentUser | null, now = new Date()) {
  assertRole(user, STAFF_ROLES);
  const [packaging, enrolments, attendance, due] = await Promise.all([
    db.packagingCheck.count({ where: { status: "SUBMITTED" } }),
    db.workshopEnrolment.count({ where: { status: "ENROLLED", workshop: { startsAt: { gt: now }, cancelledAt: null } } }),
    db.workshop.count({ where: { endsAt: { lte: now }, cancelledAt: null, enrolments: { some: { status: "ENROLLED" } } } }),
    listDueHealthReviews(user, now),
  ]);
  return { packaging, enrolments, attendance, healthDue: due.length, due: due.slice(0, 5) };
}

export async function getReadinessRule(user: CurrentUser | null): Promise<boolean> {
  assertRole(user, STAFF_ROLES);
  return readinessIsHardStop(db);
}

/** A product's damage complaints, newest first: for its producer and staff; null for anyone else. */
export async function listProductComplaints(user: CurrentUser | null, productId: string) {
  const checked = assertRole(user, ["PRODUCER", ...STAFF_ROLES]);
  if (!isUuid(productId)) return null;
  const product = await db.product.findUnique({ where: { id: productId }, select: { producerId: true } });
  if (!product || (checked.role === "PRODUCER" && !checked.producerIds.includes(product.producerId))) return null;
  const rows = await db.damageComplaint.findMany({
    where: { productId },
    orderBy: { createdAt: "desc" },
    take: 50,
    select: { id: true, source: true, description: true, photoUrls: true, createdAt: true, session: { select: { id: true, title: true, startsAt: true } }, recordedBy: { select: { name: true } } },
  });
  return rows.map((r) => ({
    ...r,
    createdAt: r.createdAt.toISOString(),
    session: r.session ? { id: r.session.id, title: r.session.title, startsAt: r.session.startsAt.toISOString() } : null,
    recordedBy: r.recordedBy.name,
  }));
}

/** Staff: the sessions a product was in (latest first), to say which one a complaint is about. */
export async function listProductSessions(user: CurrentUser | null, productId: string) {
  assertRole(user, STAFF_ROLES);
  if (!isUuid(productId)) return [];
  const rows = await db.sessionProduct.findMany({
    where: { productId, session: { status: { in: ["LIVE", "COMPLETED"] } } },
    orderBy: { session: { startsAt: "desc" } },
    take: 20,
    select: { session: { select: { id: true, title: true, startsAt: true } } },
  });
  return rows.map((r) => ({ id: r.session.id, title: r.session.title, startsAt: r.session.startsAt.toISOString() }));
}

const HEALTH_FIELDS = {
  id: true, responseTime: true, onTimeShipping: true, damageRate: true, listingQuality: true, livePerformance: true, guidance: true, createdAt: true, acknowledgedAt: true,
  reviewedBy: { select: { name: true } },
} as const;

function healthRow(r: { id: string; responseTime: number; onTimeShipping: number; damageRate: number; listingQuality: number; livePerformance: number; guidance: string; createdAt: Date; acknowledgedAt: Date | null; reviewedBy: { name: string } }) {
  return { ...r, createdAt: r.createdAt.toISOString(), acknowledgedAt: r.acknowledgedAt?.toISOString() ?? null, reviewedBy: r.reviewedBy.name };
}

export type HealthReviewRow = ReturnType<typeof healthRow>;

/**
 * Staff: a shop's health reviews and the figures to score it by over the last 90 days — sessions
 * and their GMV (live performance), damage complaints, and from its order exports the share of
 * sales refunded for damage. Aggregated in SQL.
 */
export async function getHealthPanel(user: CurrentUser | null, producerId: string, now = new Date()) {
  assertRole(user, STAFF_ROLES);
  if (!isUuid(producerId)) return null;
  const since = new Date(now.getTime() - HEALTH_REVIEW_EVERY_DAYS * 86_400_000);
  const [reviews, [facts], cohort] = await Promise.all([
    db.healthReview.findMany({ where: { producerId }, orderBy: { createdAt: "desc" }, take: 5, select: HEALTH_FIELDS }),
    db.$queryRaw<{ sessions: bigint; gmv: bigint | null; complaints: bigint; gross: bigint | null; damage: bigint | null }[]>`
      SELECT
        (SELECT count(DISTINCT s.id) FROM live_sessions s JOIN session_products sp ON sp.session_id = s.id JOIN products p ON p.id = sp.product_id
          WHERE p.producer_id = ${producerId}::uuid AND s.status = 'COMPLETED' AND s.starts_at >= ${since}) AS sessions,
        (SELECT sum(r.gmv_vnd) FROM product_results r JOIN products p ON p.id = r.product_id JOIN live_sessions s ON s.id = r.session_id
          WHERE p.producer_id = ${producerId}::uuid AND s.starts_at >= ${since}) AS gmv,
        (SELECT count(*) FROM damage_complaints c JOIN products p ON p.id = c.product_id WHERE p.producer_id = ${producerId}::uuid AND c.created_at >= ${since}) AS complaints,
        (SELECT sum(gross) FROM order_rollups WHERE producer_id = ${producerId}::uuid AND day >= ${since}::date) AS gross,
        (SELECT sum(damage) FROM order_rollups WHERE producer_id = ${producerId}::uuid AND day >= ${since}::date) AS damage`,
    db.cohortMembership.findMany({ where: { producerId }, orderBy: { joinedAt: "desc" }, select: { id: true, joinedAt: true, joinReason: true, leftAt: true, leaveReason: true, addedBy: { select: { name: true } }, removedBy: { select: { name: true } } } }),
  ]);
  return {
    reviews: reviews.map(healthRow),
    facts: {
      sessions: Number(facts?.sessions ?? 0),
      gmvVnd: String(facts?.gmv ?? 0),
      complaints: Number(facts?.complaints ?? 0),
      damageShare: facts?.gross && facts.gross > 0n ? Number(facts.damage ?? 0n) / Number(facts.gross) : null,
    },
    cohort: cohort.map((m) => ({ ...m, joinedAt: m.joinedAt.toISOString(), leftAt: m.leftAt?.toISOString() ?? null, addedBy: m.addedBy.name, removedBy: m.removedBy?.name ?? null })),
    inCohort: cohort.some((m) => m.leftAt === null),
  };
}

/** Staff: approved shops due a health review (none in 90 days), the longest waiting first. */
export async function listDueHealthReviews(user: CurrentUser | null, now = new Date()) {
  assertRole(user, STAFF_ROLES);
  const since = new Date(now.getTime() - HEALTH_REVIEW_EVERY_DAYS * 86_400_000);
  const rows = await db.$queryRaw<{ id: string; name: string; province: string; last: Date | null }[]>`
    SELECT p.id, p.name, pv.name AS province, h.last
    FROM producers p
    JOIN provinces pv ON pv.id = p.province_id
    LEFT JOIN LATERAL (SELECT max(created_at) AS last FROM health_reviews WHERE producer_id = p.id) h ON true
    WHERE p.review_status = 'APPROVED' AND (h.last IS NULL OR h.last < ${since})
    ORDER BY h.last ASC NULLS FIRST, p.name`;
  return rows.map((r) => ({ ...r, last: r.last?.toISOString() ?? null }));
}

/** The signed-in producer's latest health review, its cohort place and publishing consent. */
export async function getOwnProgramme(user: CurrentUser | null) {
  const checked = assertRole(user, ["PRODUCER"]);
  const producerId = checked.producerIds[0];
  if (!producerId) return null;
  const [review, shop] = await Promise.all([
    db.healthReview.findFirst({ where: { producerId }, orderBy: { createdAt: "desc" }, select: HEALTH_FIELDS }),
    db.producer.findUnique({ where: { id: producerId }, select: { publishGrowth: true, cohort: { where: { leftAt: null }, select: { joinedAt: true }, take: 1 } } }),
  ]);
  return { review: review ? healthRow(review) : null, publishGrowth: shop?.publishGrowth ?? false, seedSince: shop?.cohort[0]?.joinedAt.toISOString() ?? null };
}
