import "server-only";
import { assertRole, STAFF_ROLES } from "@/lib/auth/policy";
import type { CurrentUser } from "@/lib/auth/users";
import { db } from "@/lib/db/client";
import type { EnrolmentStatus, PackagingStatus, WorkshopTopic } from "@/lib/db/generated/enums";
import { firstLivesNotReady, getReadiness, readinessIsHardStop, type Readiness } from "./readiness";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

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
  if (!UUID.test(id)) return null;
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
  if (!UUID.test(producerId)) return null;
  const [readiness] = await getReadiness(db, [producerId], now);
  return readiness ?? null;
}

/** Staff: the shops of a session's line-up having their first live unready (the planner's warning). */
export async function listFirstLiveWarnings(user: CurrentUser | null, sessionId: string, now = new Date()): Promise<Readiness[]> {
  assertRole(user, STAFF_ROLES);
  if (!UUID.test(sessionId)) return [];
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
  if (!UUID.test(productId)) return null;
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
    select: { ...CHECK_FIELDS, product: { select: { id: true, name: true, unit: true, packagingNotes: true, producer: { select: { name: true } } } } },
  });
  return checks.map((c) => ({ ...checkRow(c), product: { id: c.product.id, name: c.product.name, unit: c.product.unit, packagingNotes: c.product.packagingNotes, producer: c.product.producer.name } }));
}

/** Staff: what waits in the programme, for the dashboard. */
export async function getProgrammeWaiting(user: CurrentUser | null, now = new Date()) {
  assertRole(user, STAFF_ROLES);
  const [packaging, enrolments, attendance] = await Promise.all([
    db.packagingCheck.count({ where: { status: "SUBMITTED" } }),
    db.workshopEnrolment.count({ where: { status: "ENROLLED", workshop: { startsAt: { gt: now }, cancelledAt: null } } }),
    db.workshop.count({ where: { endsAt: { lte: now }, cancelledAt: null, enrolments: { some: { status: "ENROLLED" } } } }),
  ]);
  return { packaging, enrolments, attendance };
}

export async function getReadinessRule(user: CurrentUser | null): Promise<boolean> {
  assertRole(user, STAFF_ROLES);
  return readinessIsHardStop(db);
}
