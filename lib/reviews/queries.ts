import "server-only";
import { cache } from "react";
import { assertRole, STAFF_ROLES } from "@/lib/auth/policy";
import type { CurrentUser } from "@/lib/auth/users";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import type { ReviewStatus } from "@/lib/db/generated/enums";
import { isCertificateExpired } from "@/lib/ocop";
import { addDays, vnDateOf, vnInstant } from "@/lib/time";

export const QUEUE_PAGE_SIZE = 50;
export const QUEUES = ["shops", "products", "revisions"] as const;
export type QueueKind = (typeof QUEUES)[number];

export type QueueFilters = { province?: number; group?: number; stars?: number; minAgeDays?: number; page: number };

/** Reads the queue filters from the URL; anything unrecognised is ignored, not an error. */
export function parseQueueFilters(params: Record<string, string | string[] | undefined>): QueueFilters {
  const int = (key: string, min: number, max: number) => {
    const n = Number(params[key]);
    return Number.isInteger(n) && n >= min && n <= max ? n : undefined;
  };
  return { province: int("province", 1, 34), group: int("group", 1, 6), stars: int("stars", 3, 5), minAgeDays: int("age", 1, 365), page: int("page", 1, 10_000) ?? 1 };
}

export type QueueItem = {
  id: string;
  /** The page to review it on. */
  productId: string | null;
  producerId: string;
  name: string;
  producerName: string;
  province: string;
  groupId: number | null;
  stars: number | null;
  waitingSince: string;
  version: number;
};

export type ReviewCounts = Record<QueueKind, number>;

/** How many items wait in each queue (the navigation and the queue tabs ask in the same request: counted once). */
export const getReviewCounts = cache(async (user: CurrentUser | null): Promise<ReviewCounts> => {
  assertRole(user, STAFF_ROLES);
  const [shops, products, revisions] = await Promise.all([
    db.producer.count({ where: { reviewStatus: "SUBMITTED" } }),
    db.product.count({ where: { reviewStatus: "SUBMITTED" } }),
    db.productRevision.count({ where: { reviewStatus: "SUBMITTED" } }),
  ]);
  return { shops, products, revisions };
});

/** One page of a review queue, oldest first, filtered and paged in SQL. */
export async function listReviewQueue(
  user: CurrentUser | null,
  kind: QueueKind,
  filters: QueueFilters,
  now = new Date(),
): Promise<{ items: QueueItem[]; total: number; pageSize: number }> {
  assertRole(user, STAFF_ROLES);
  const olderThan = filters.minAgeDays ? vnInstant(addDays(vnDateOf(now), -filters.minAgeDays + 1)) : undefined;
  const skip = (filters.page - 1) * QUEUE_PAGE_SIZE;
  const take = QUEUE_PAGE_SIZE;
  if (kind === "shops") {
    const where: Prisma.ProducerWhereInput = {
      reviewStatus: "SUBMITTED",
      ...(filters.province ? { provinceId: filters.province } : {}),
      ...(olderThan ? { createdAt: { lt: olderThan } } : {}),
      ...(filters.group || filters.stars
        ? { products: { some: { ...(filters.group ? { groupId: filters.group } : {}), ...(filters.stars ? { certificates: { some: { stars: filters.stars } } } : {}) } } }
        : {}),
    };
    const [rows, total] = await Promise.all([
      db.producer.findMany({
        where,
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        skip,
        take,
        select: { id: true, name: true, createdAt: true, version: true, province: { select: { name: true } } },
      }),
      db.producer.count({ where }),
    ]);
    return {
      items: rows.map((r) => ({ id: r.id, productId: null, producerId: r.id, name: r.name, producerName: r.name, province: r.province.name, groupId: null, stars: null, waitingSince: r.createdAt.toISOString(), version: r.version })),
      total,
      pageSize: take,
    };
  }
  const productWhere: Prisma.ProductWhereInput = {
    ...(filters.province ? { producer: { provinceId: filters.province } } : {}),
    ...(filters.group ? { groupId: filters.group } : {}),
    ...(filters.stars ? { certificates: { some: { stars: filters.stars } } } : {}),
  };
  const productSelect = {
    id: true,
    name: true,
    version: true,
    submittedAt: true,
    createdAt: true,
    producerId: true,
    groupId: true,
    producer: { select: { name: true, province: { select: { name: true } } } },
    certificates: { orderBy: { decisionDate: "desc" as const }, take: 1, select: { stars: true } },
  } satisfies Prisma.ProductSelect;
  type ProductRow = Prisma.ProductGetPayload<{ select: typeof productSelect }>;
  const toItem = (p: ProductRow, id: string, since: Date): QueueItem => ({
    id,
    productId: p.id,
    producerId: p.producerId,
    name: p.name,
    producerName: p.producer.name,
    province: p.producer.province.name,
    groupId: p.groupId,
    stars: p.certificates[0]?.stars ?? null,
    waitingSince: since.toISOString(),
    version: p.version,
  });
  if (kind === "products") {
    const where: Prisma.ProductWhereInput = { ...productWhere, reviewStatus: "SUBMITTED", ...(olderThan ? { submittedAt: { lt: olderThan } } : {}) };
    const [rows, total] = await Promise.all([
      db.product.findMany({ where, orderBy: [{ submittedAt: "asc" }, { id: "asc" }], skip, take, select: productSelect }),
      db.product.count({ where }),
    ]);
    return { items: rows.map((p) => toItem(p, p.id, p.submittedAt ?? p.createdAt)), total, pageSize: take };
  }
  const where: Prisma.ProductRevisionWhereInput = { reviewStatus: "SUBMITTED", product: productWhere, ...(olderThan ? { updatedAt: { lt: olderThan } } : {}) };
  const [rows, total] = await Promise.all([
    db.productRevision.findMany({ where, orderBy: [{ updatedAt: "asc" }, { id: "asc" }], skip, take, select: { id: true, updatedAt: true, product: { select: productSelect } } }),
    db.productRevision.count({ where }),
  ]);
  return { items: rows.map((r) => toItem(r.product, r.id, r.updatedAt)), total, pageSize: take };
}

export type DecisionHistory = { id: string; target: string; decision: string; reason: string | null; reviewer: string; subject: string; createdAt: string }[];

async function decisionHistory(producerId: string): Promise<DecisionHistory> {
  const rows = await db.reviewDecision.findMany({
    where: { OR: [{ producerId }, { product: { producerId } }] },
    orderBy: { createdAt: "desc" },
    take: 30,
    select: { id: true, target: true, decision: true, reason: true, createdAt: true, reviewer: { select: { name: true } }, product: { select: { name: true } }, producer: { select: { name: true } } },
  });
  return rows.map((r) => ({
    id: r.id,
    target: r.target,
    decision: r.decision,
    reason: r.reason,
    reviewer: r.reviewer.name,
    subject: r.product?.name ?? r.producer?.name ?? "",
    createdAt: r.createdAt.toISOString(),
  }));
}

export type LatestDecision = { decision: string; reason: string | null; reviewer: string; createdAt: string } | null;

/** The latest decision on a shop or a product (any of its revisions included). */
async function latestDecision(where: { producerId: string; target: "PRODUCER" } | { productId: string }): Promise<LatestDecision> {
  const d = await db.reviewDecision.findFirst({
    where,
    orderBy: { createdAt: "desc" },
    select: { decision: true, reason: true, createdAt: true, reviewer: { select: { name: true } } },
  });
  return d ? { decision: d.decision, reason: d.reason, reviewer: d.reviewer.name, createdAt: d.createdAt.toISOString() } : null;
}

export type PastSession = { id: string; title: string; startsAt: string; status: string };

async function pastSessions(producerId: string, now: Date): Promise<PastSession[]> {
  const rows = await db.liveSession.findMany({
    where: { startsAt: { lt: now }, lineup: { some: { product: { producerId } } } },
    orderBy: { startsAt: "desc" },
    take: 10,
    select: { id: true, title: true, startsAt: true, status: true },
  });
  return rows.map((s) => ({ ...s, startsAt: s.startsAt.toISOString() }));
}

/** Everything a reviewer needs to decide on a shop. */
export async function getShopReview(user: CurrentUser | null, id: string, now = new Date()) {
  assertRole(user, STAFF_ROLES);
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  const shop = await db.producer.findUnique({
    where: { id },
    select: {
      id: true,
      slug: true,
      name: true,
      legalForm: true,
      taxCode: true,
      address: true,
      phone: true,
      email: true,
      tiktokHandle: true,
      description: true,
      logoUrl: true,
      reviewStatus: true,
      reviewReason: true,
      version: true,
      createdAt: true,
      province: { select: { name: true } },
      members: { select: { user: { select: { name: true, email: true, phone: true } } } },
    },
  });
  if (!shop) return null;
  const [productsByStatus, history, sessions, latest] = await Promise.all([
    db.product.groupBy({ by: ["reviewStatus"], where: { producerId: id }, _count: { _all: true } }),
    decisionHistory(id),
    pastSessions(id, now),
    latestDecision({ producerId: id, target: "PRODUCER" }),
  ]);
  return {
    ...shop,
    createdAt: shop.createdAt.toISOString(),
    productsByStatus: Object.fromEntries(productsByStatus.map((g) => [g.reviewStatus, g._count._all])) as Partial<Record<ReviewStatus, number>>,
    history,
    sessions,
    latest,
  };
}

/** Everything a reviewer needs to decide on a product or its pending revision. */
export async function getProductReview(user: CurrentUser | null, id: string, now = new Date()) {
  assertRole(user, STAFF_ROLES);
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  const today = vnDateOf(now);
  const product = await db.product.findUnique({
    where: { id },
    select: {
      id: true,
      slug: true,
      name: true,
      description: true,
      priceVnd: true,
      unit: true,
      weightGrams: true,
      shelfLifeDays: true,
      fragile: true,
      packagingNotes: true,
      reviewStatus: true,
      reviewReason: true,
      version: true,
      submittedAt: true,
      group: { select: { id: true, nameVi: true, nameEn: true } },
      producer: { select: { id: true, name: true, slug: true, reviewStatus: true, province: { select: { name: true } } } },
      images: { orderBy: { position: "asc" }, select: { id: true, url: true, alt: true, width: true, height: true } },
      certificates: { orderBy: { decisionDate: "desc" }, select: { id: true, stars: true, decisionNumber: true, issuingLevel: true, decisionDate: true, expiresOn: true, scanUrl: true } },
      revisions: { where: { reviewStatus: "SUBMITTED" }, orderBy: { updatedAt: "desc" }, take: 1, select: { id: true, data: true, version: true, updatedAt: true } },
    },
  });
  if (!product) return null;
  const [history, sessions, latest] = await Promise.all([
    decisionHistory(product.producer.id),
    pastSessions(product.producer.id, now),
    latestDecision({ productId: product.id }),
  ]);
  const { revisions, certificates, submittedAt, ...rest } = product;
  const revision = revisions[0];
  return {
    ...rest,
    submittedAt: submittedAt?.toISOString() ?? null,
    certificates: certificates.map((c) => {
      const expiresOn = c.expiresOn.toISOString().slice(0, 10);
      return { ...c, decisionDate: c.decisionDate.toISOString().slice(0, 10), expiresOn, expired: isCertificateExpired(expiresOn, today), expiringSoon: !isCertificateExpired(expiresOn, today) && expiresOn < addDays(today, 60) };
    }),
    revision: revision ? { id: revision.id, data: revision.data as Record<string, unknown>, version: revision.version, updatedAt: revision.updatedAt.toISOString() } : null,
    history,
    sessions,
    latest,
  };
}

export type CertificateRow = { productId: string; productName: string; producerName: string; province: string; stars: number; decisionNumber: string; expiresOn: string; daysLeft: number };

/**
 * The current certificate (latest decision) of each approved product that expires within 60 days
 * or has expired. Expiry is computed from the date on every read: nothing needs a scheduled job.
 */
export async function listCertificates(user: CurrentUser | null, which: "expiring" | "expired", page: number, now = new Date()) {
  assertRole(user, STAFF_ROLES);
  const today = vnDateOf(now);
  const offset = (page - 1) * QUEUE_PAGE_SIZE;
  const where =
    which === "expired"
      ? Prisma.sql`cur.expires_on < ${today}::date`
      : Prisma.sql`cur.expires_on >= ${today}::date AND cur.expires_on < ${today}::date + 60`;
  const order = which === "expired" ? Prisma.sql`cur.expires_on DESC` : Prisma.sql`cur.expires_on ASC`;
  const condition = db.$queryRaw<(CertificateRow & { total: bigint })[]>`
    WITH current AS (
      SELECT DISTINCT ON (c.product_id) c.product_id, c.stars, c.decision_number, c.expires_on
      FROM certificates c JOIN products p ON p.id = c.product_id
      WHERE p.review_status = 'APPROVED'
      ORDER BY c.product_id, c.decision_date DESC
    )
    SELECT p.id AS "productId", p.name AS "productName", pr.name AS "producerName", pv.name AS province,
           cur.stars, cur.decision_number AS "decisionNumber", to_char(cur.expires_on, 'YYYY-MM-DD') AS "expiresOn",
           (cur.expires_on - ${today}::date) AS "daysLeft", count(*) OVER () AS total
    FROM current cur JOIN products p ON p.id = cur.product_id JOIN producers pr ON pr.id = p.producer_id
      JOIN provinces pv ON pv.id = pr.province_id
    WHERE ${where}
    ORDER BY ${order}, p.id LIMIT ${QUEUE_PAGE_SIZE} OFFSET ${offset}`;
  const rows = await condition;
  return { items: rows.map(({ total: _total, ...r }) => ({ ...r, daysLeft: Number(r.daysLeft) })), total: Number(rows[0]?.total ?? 0), pageSize: QUEUE_PAGE_SIZE };
}
