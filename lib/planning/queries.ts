import "server-only";
import { assertRole, STAFF_ROLES } from "@/lib/auth/policy";
import type { CurrentUser } from "@/lib/auth/users";
import { db } from "@/lib/db/client";
import type { SessionStatus } from "@/lib/db/generated/enums";
import { isCertificateExpired } from "@/lib/ocop";
import { likeWords } from "@/lib/text";
import { vnDateOf, vnDayBounds, vnTimeOf, type LocalDate } from "@/lib/time";

export type BoardSession = {
  id: string;
  title: string;
  startsAt: string;
  endsAt: string;
  status: SessionStatus;
  version: number;
  host: { id: string; name: string };
  channel: { id: string; name: string };
  lineupCount: number;
  productNames: string[];
  /** Problems staff should see at a glance; keys of messages.staff.warnings. */
  warnings: { key: "lineupEmpty" | "productNotPublic" | "certificateExpired" | "producerOverlap" | "noLiveLink"; detail?: string }[];
};

export type PendingApplication = {
  id: string;
  producer: string;
  province: string;
  preferredTime: string | null;
  note: string | null;
  products: string[];
  createdAt: string;
};

/** A Saturday's plan: every session (drafts and cancelled ones too) by channel and time, with problems flagged, and the applications waiting. */
export async function getWeekBoard(user: CurrentUser | null, saturday: LocalDate, now = new Date()) {
  assertRole(user, STAFF_ROLES);
  const { start, end } = vnDayBounds(saturday);
  const today = vnDateOf(now);
  const [rows, applications] = await Promise.all([
    db.liveSession.findMany({
      where: { startsAt: { gte: start, lt: end } },
      orderBy: [{ startsAt: "asc" }, { id: "asc" }],
      select: {
        id: true,
        title: true,
        startsAt: true,
        endsAt: true,
        status: true,
        version: true,
        liveUrl: true,
        host: { select: { id: true, name: true } },
        channel: { select: { id: true, name: true } },
        lineup: {
          orderBy: { position: "asc" },
          select: {
            product: {
              select: {
                name: true,
                reviewStatus: true,
                producerId: true,
                producer: { select: { name: true, reviewStatus: true } },
                certificates: { orderBy: { decisionDate: "desc" }, take: 1, select: { expiresOn: true } },
              },
            },
          },
        },
      },
    }),
    listPendingApplications(saturday),
  ]);
  const live = rows.filter((s) => s.status !== "CANCELLED");
  const sessions: BoardSession[] = rows.map((s) => {
    const warnings: BoardSession["warnings"] = [];
    if (s.status !== "CANCELLED") {
      if (s.lineup.length === 0) warnings.push({ key: "lineupEmpty" });
      // Published, so on the public schedule: buyers need the link to the live.
      if ((s.status === "SCHEDULED" || s.status === "LIVE") && !s.liveUrl) warnings.push({ key: "noLiveLink" });
      for (const { product } of s.lineup) {
        if (product.reviewStatus !== "APPROVED" || product.producer.reviewStatus !== "APPROVED") warnings.push({ key: "productNotPublic", detail: product.name });
        const cert = product.certificates[0];
        if (cert && isCertificateExpired(cert.expiresOn.toISOString().slice(0, 10), today)) warnings.push({ key: "certificateExpired", detail: product.name });
      }
      // A producer cannot sell in two lives at once.
      const mine = new Set(s.lineup.map((l) => l.product.producerId));
      for (const other of live) {
        if (other.id === s.id || other.startsAt >= s.endsAt || other.endsAt <= s.startsAt) continue;
        const shared = other.lineup.find((l) => mine.has(l.product.producerId));
        if (shared) warnings.push({ key: "producerOverlap", detail: `${shared.product.producer.name} — ${other.title}` });
      }
    }
    return {
      id: s.id,
      title: s.title,
      startsAt: s.startsAt.toISOString(),
      endsAt: s.endsAt.toISOString(),
      status: s.status,
      version: s.version,
      host: s.host,
      channel: s.channel,
      lineupCount: s.lineup.length,
      productNames: s.lineup.slice(0, 3).map((l) => l.product.name),
      warnings,
    };
  });
  return { saturday, sessions, applications };
}

/** The applications waiting for a Saturday, oldest first. */
export async function listPendingApplications(saturday: LocalDate): Promise<PendingApplication[]> {
  const rows = await db.sessionApplication.findMany({
    where: { saturday: new Date(`${saturday}T00:00:00Z`), status: "PENDING" },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      preferredTime: true,
      note: true,
      createdAt: true,
      producer: { select: { name: true, province: { select: { name: true } } } },
      products: { select: { product: { select: { name: true } } } },
    },
  });
  return rows.map((a) => ({
    id: a.id,
    producer: a.producer.name,
    province: a.producer.province.name,
    preferredTime: a.preferredTime,
    note: a.note,
    products: a.products.map((p) => p.product.name),
    createdAt: a.createdAt.toISOString(),
  }));
}

/** One session for the planning form, with its line-up. */
export async function getSessionForEdit(user: CurrentUser | null, id: string) {
  assertRole(user, STAFF_ROLES);
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  const s = await db.liveSession.findUnique({
    where: { id },
    select: {
      id: true,
      title: true,
      startsAt: true,
      endsAt: true,
      status: true,
      version: true,
      hostId: true,
      channelId: true,
      liveUrl: true,
      themeProvinceId: true,
      themeGroupId: true,
      themeDestination: true,
      themeProudVietnamese: true,
      lineup: {
        orderBy: { position: "asc" },
        select: { product: { select: { id: true, name: true, slug: true, reviewStatus: true, producer: { select: { name: true } } } } },
      },
    },
  });
  if (!s) return null;
  return {
    id: s.id,
    status: s.status,
    version: s.version,
    date: vnDateOf(s.startsAt),
    values: {
      sessionId: s.id,
      version: String(s.version),
      title: s.title,
      date: vnDateOf(s.startsAt),
      start: vnTimeOf(s.startsAt),
      end: vnTimeOf(s.endsAt),
      hostId: s.hostId,
      channelId: s.channelId,
      liveUrl: s.liveUrl ?? "",
      themeProvinceId: s.themeProvinceId ? String(s.themeProvinceId) : "",
      themeGroupId: s.themeGroupId ? String(s.themeGroupId) : "",
      themeDestination: s.themeDestination ?? "",
      themeProudVietnamese: s.themeProudVietnamese ? "on" : "",
    },
    lineup: s.lineup.map((l) => ({ id: l.product.id, name: l.product.name, slug: l.product.slug, producer: l.product.producer.name, approved: l.product.reviewStatus === "APPROVED" })),
  };
}

/** Approved products of approved shops matching a name (diacritic-blind), to add to a line-up. */
export async function findLineupCandidates(user: CurrentUser | null, raw: string) {
  assertRole(user, STAFF_ROLES);
  const q = likeWords(raw.slice(0, 100));
  if (q.length < 2) return [];
  return db.$queryRaw<{ id: string; name: string; producer: string; province: string; packagingBlocked: boolean }[]>`
    SELECT p.id, p.name, pr.name AS producer, pv.name AS province, (p.fragile AND p.packaging_status <> 'APPROVED') AS "packagingBlocked"
    FROM products p
    JOIN producers pr ON pr.id = p.producer_id AND pr.review_status = 'APPROVED'
    JOIN provinces pv ON pv.id = pr.province_id
    WHERE p.review_status = 'APPROVED'
      AND (p.name_fold LIKE '%' || ${q} || '%' OR pr.name_fold LIKE '%' || ${q} || '%')
    ORDER BY p.name_fold LIKE ${q} || '%' DESC, p.name
    LIMIT 20`;
}

/** The sessions of a Saturday an application can be accepted into. */
export async function listOpenSessionsOn(user: CurrentUser | null, saturday: LocalDate) {
  assertRole(user, STAFF_ROLES);
  const { start, end } = vnDayBounds(saturday);
  return db.liveSession.findMany({
    where: { startsAt: { gte: start, lt: end }, status: { in: ["DRAFT", "SCHEDULED"] } },
    orderBy: { startsAt: "asc" },
    select: { id: true, title: true, startsAt: true, channel: { select: { name: true } } },
  });
}
