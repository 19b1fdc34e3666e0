import { ActionError, defineAction } from "@/lib/action";
import { AuditAction } from "@/lib/audit/actions";
import { STAFF_ROLES } from "@/lib/auth/policy";
import { CacheTag } from "@/lib/cache-tags";
import { db, type Db, type Tx } from "@/lib/db/client";
import { notifySessionShops, notifyShop } from "@/lib/notifications/notify";
import { attributesOrders } from "@/lib/orders/columns";
import { reattributeOrders } from "@/lib/orders/reattribute";
import { slotParam } from "@/lib/notifications/texts";
import { PUBLIC_PRODUCT } from "@/lib/products/queries";
import { enforceReadiness, LINEUP_PRODUCT } from "@/lib/programme/readiness";
import { packagingBlocks } from "@/lib/programme/rules";
import { addDays, vnDateOf, vnDayBounds, vnInstant } from "@/lib/time";
import { formatVnTimeRange } from "@/lib/format";
import {
  ApplicationDecisionSchema,
  CopyWeekSchema,
  LineupChangeSchema,
  MAX_LINEUP,
  SESSION_TRANSITIONS,
  SessionInputSchema,
  SessionStatusSchema,
} from "./schema";

type Slot = { hostId: string; channelId: string; startsAt: Date; endsAt: Date; excludeId?: string };

/** The first non-cancelled session that a slot would clash with, by host or by channel. */
export async function findClash(client: Db | Tx, slot: Slot): Promise<{ field: "hostId" | "channelId"; title: string; startsAt: Date; endsAt: Date } | null> {
  const rows = await client.$queryRaw<{ by_host: boolean; title: string; starts_at: Date; ends_at: Date }[]>`
    SELECT host_id = ${slot.hostId}::uuid AS by_host, title, starts_at, ends_at
    FROM live_sessions
    WHERE status <> 'CANCELLED'
      AND (host_id = ${slot.hostId}::uuid OR channel_id = ${slot.channelId}::uuid)
      AND tstzrange(starts_at, ends_at, '[)') && tstzrange(${slot.startsAt}, ${slot.endsAt}, '[)')
      AND id <> coalesce(${slot.excludeId ?? null}::uuid, '00000000-0000-0000-0000-000000000000'::uuid)
    ORDER BY starts_at LIMIT 1`;
  const row = rows[0];
  return row ? { field: row.by_host ? "hostId" : "channelId", title: row.title, startsAt: row.starts_at, endsAt: row.ends_at } : null;
}

function clashError(clash: NonNullable<Awaited<ReturnType<typeof findClash>>>): ActionError {
  const range = formatVnTimeRange(clash.startsAt, clash.endsAt, "vi");
  return new ActionError(clash.field === "hostId" ? "hostClash" : "channelClash", clash.field, { title: clash.title, time: range });
}

/** True for a violation of the exclusion constraints that forbid double booking. */
export function isDoubleBooking(error: unknown): boolean {
  const seen = new Set<unknown>();
  const walk = (e: unknown): boolean => {
    if (!e || typeof e !== "object" || seen.has(e)) return false;
    seen.add(e);
    const text = `${(e as { message?: unknown }).message ?? ""} ${(e as { code?: unknown }).code ?? ""} ${(e as { originalCode?: unknown }).originalCode ?? ""}`;
    if (/23P01|_no_overlap/.test(text)) return true;
    return walk((e as { cause?: unknown }).cause) || walk((e as { meta?: unknown }).meta);
  };
  return walk(error);
}

async function lockSession(tx: Tx, sessionId: string) {
  // NO KEY UPDATE: the id does not change, so results written meanwhile (whose key points here) need not wait.
  const [row] = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM live_sessions WHERE id = ${sessionId}::uuid FOR NO KEY UPDATE`;
  if (!row) throw new ActionError("notFound");
  return tx.liveSession.findUniqueOrThrow({ where: { id: row.id } });
}

/**
 * Order lines imported before a session changed, attributed again: its line-up's products (or
 * those named) over the span of its window before and after. Returns how many lines moved.
 */
async function reattributeSession(
  tx: Tx,
  session: { id: string; startsAt: Date; endsAt: Date },
  actorId: string | null,
  options: { productIds?: string[]; before?: { startsAt: Date; endsAt: Date } } = {},
): Promise<number> {
  const productIds =
    options.productIds ?? (await tx.sessionProduct.findMany({ where: { sessionId: session.id }, select: { productId: true } })).map((p) => p.productId);
  const from = new Date(Math.min(session.startsAt.getTime(), options.before?.startsAt.getTime() ?? Infinity));
  const to = new Date(Math.max(session.endsAt.getTime(), options.before?.endsAt.getTime() ?? -Infinity));
  const { lines } = await reattributeOrders(tx, { productIds, from, to, sessionId: session.id, actorId });
  return lines;
}

/** Sessions' pages; the reports too when order lines changed session. */
const tags = (result: { ordersReattributed?: number }) => ((result.ordersReattributed ?? 0) > 0 ? [CacheTag.sessions, CacheTag.results] : [CacheTag.sessions]);

/**
 * Creates or edits a session. A host or a channel already booked at that time is named in the
 * error; the exclusion constraints decide races between concurrent bookings.
 */
export const saveSession = defineAction({
  schema: SessionInputSchema,
  roles: STAFF_ROLES,
  run: async (input, { user, tx, audit }) => {
    const startsAt = vnInstant(input.date, input.start);
    const endsAt = vnInstant(input.date, input.end);
    const [host, channel] = await Promise.all([
      tx.host.findUnique({ where: { id: input.hostId }, select: { active: true } }),
      tx.channel.findUnique({ where: { id: input.channelId }, select: { active: true } }),
    ]);
    if (!host?.active) throw new ActionError("hostInactive", "hostId");
    if (!channel?.active) throw new ActionError("channelInactive", "channelId");
    const fields = {
      title: input.title,
      startsAt,
      endsAt,
      hostId: input.hostId,
      channelId: input.channelId,
      themeProvinceId: input.themeProvinceId,
      themeGroupId: input.themeGroupId,
      themeDestination: input.themeDestination,
      themeProudVietnamese: input.themeProudVietnamese,
      liveUrl: input.liveUrl,
    };
    const clash = await findClash(tx, { ...fields, excludeId: input.sessionId });
    if (clash) throw clashError(clash);
    if (!input.sessionId) {
      const session = await tx.liveSession.create({ data: { ...fields, status: "DRAFT" } });
      await audit({ action: AuditAction.SESSION_CREATED, entityType: "LiveSession", entityId: session.id, after: session });
      return { sessionId: session.id, ordersReattributed: 0 };
    }
    const before = await lockSession(tx, input.sessionId);
    if (before.status === "COMPLETED" || before.status === "CANCELLED") throw new ActionError("sessionLocked");
    if (input.version !== undefined && input.version !== before.version) throw new ActionError("changedMeanwhile");
    const after = await tx.liveSession.update({ where: { id: before.id }, data: { ...fields, version: { increment: 1 } } });
    await audit({ action: AuditAction.SESSION_UPDATED, entityType: "LiveSession", entityId: before.id, before, after });
    // A published session moved: its producers are told the new time.
    const moved = before.startsAt.getTime() !== startsAt.getTime() || before.endsAt.getTime() !== endsAt.getTime();
    if (moved && (before.status === "SCHEDULED" || before.status === "LIVE")) {
      await notifySessionShops(tx, before.id, {
        key: "SESSION_MOVED",
        params: { session: after.title, slot: slotParam(startsAt, endsAt), before: slotParam(before.startsAt, before.endsAt) },
        link: `/sessions/${before.id}`,
      });
    }
    // Orders paid around its old or new time belong to it, or no longer do.
    const ordersReattributed = moved && attributesOrders(before.status) ? await reattributeSession(tx, after, user?.id ?? null, { before }) : 0;
    return { sessionId: before.id, ordersReattributed };
  },
  onError: async (error, input) => {
    if (!isDoubleBooking(error)) return null;
    const clash = await findClash(db, {
      hostId: input.hostId,
      channelId: input.channelId,
      startsAt: vnInstant(input.date, input.start),
      endsAt: vnInstant(input.date, input.end),
      excludeId: input.sessionId,
    });
    return clash ? clashError(clash) : new ActionError("bookedMeanwhile");
  },
  tags,
});

/** Moves a session along draft → scheduled → live → completed, or cancels it (kept, shown as cancelled). */
export const setSessionStatus = defineAction({
  schema: SessionStatusSchema,
  roles: STAFF_ROLES,
  run: async (input, { user, tx, audit }) => {
    const before = await lockSession(tx, input.sessionId);
    if (before.version !== input.version) throw new ActionError("changedMeanwhile");
    const allowed: readonly string[] = SESSION_TRANSITIONS[before.status];
    if (!allowed.includes(input.status)) throw new ActionError("transitionInvalid");
    if (input.status === "SCHEDULED" && (await tx.sessionProduct.count({ where: { sessionId: before.id } })) === 0) {
      throw new ActionError("lineupEmpty");
    }
    const after = await tx.liveSession.update({ where: { id: before.id }, data: { status: input.status, version: { increment: 1 } } });
    await audit({
      action: AuditAction.SESSION_STATUS_CHANGED,
      entityType: "LiveSession",
      entityId: before.id,
      before: { status: before.status },
      after: { status: after.status },
    });
    // A published session called off: its producers hear it from the portal, not from the buyers.
    const params = { session: before.title, slot: slotParam(before.startsAt, before.endsAt) };
    if (after.status === "CANCELLED" && before.status !== "DRAFT") {
      await notifySessionShops(tx, before.id, { key: "SESSION_CANCELLED", params, link: "/producer" });
    }
    // Published: its producers learn they are in it, with the time.
    if (after.status === "SCHEDULED" && before.status === "DRAFT") {
      await notifySessionShops(tx, before.id, { key: "SESSION_PLACED", params, link: `/sessions/${before.id}` });
    }
    // Cancelled (or back to draft), its orders go to another session or outside; published, it takes them.
    const ordersReattributed = attributesOrders(before.status) !== attributesOrders(after.status) ? await reattributeSession(tx, after, user?.id ?? null) : 0;
    return { sessionId: before.id, status: after.status, ordersReattributed };
  },
  tags,
});

/** Adds an approved product of an approved shop to a line-up (at most 100), or removes one. */
export const changeLineup = defineAction({
  schema: LineupChangeSchema,
  roles: STAFF_ROLES,
  run: async (input, { user, tx, audit }) => {
    const session = await lockSession(tx, input.sessionId);
    if (session.status === "COMPLETED" || session.status === "CANCELLED") throw new ActionError("sessionLocked");
    if (input.change === "remove") {
      const removed = await tx.sessionProduct.deleteMany({ where: { sessionId: session.id, productId: input.productId } });
      if (removed.count === 0) throw new ActionError("notInLineup");
    } else {
      const product = await tx.product.findFirst({
        where: { id: input.productId, ...PUBLIC_PRODUCT },
        select: { id: true, producerId: true, fragile: true, packagingStatus: true },
      });
      if (!product) throw new ActionError("productNotApproved", "productId");
      if (packagingBlocks(product)) throw new ActionError("packagingNotApproved", "productId");
      const existing = await tx.sessionProduct.findMany({ where: { sessionId: session.id }, select: { productId: true, position: true } });
      if (existing.some((e) => e.productId === product.id)) throw new ActionError("alreadyInLineup", "productId");
      if (existing.length >= MAX_LINEUP) throw new ActionError("lineupFull", "productId");
      await tx.sessionProduct.create({ data: { sessionId: session.id, productId: product.id, position: Math.max(-1, ...existing.map((e) => e.position)) + 1 } });
      await enforceReadiness(tx, session.id, "productId");
      // Added to a published session, a shop that was not in it yet hears so (a draft tells everyone when published).
      if (session.status === "SCHEDULED" || session.status === "LIVE") {
        const already = await tx.sessionProduct.count({ where: { sessionId: session.id, productId: { not: product.id }, product: { producerId: product.producerId } } });
        if (already === 0) {
          await notifyShop(tx, product.producerId, { key: "SESSION_PLACED", params: { session: session.title, slot: slotParam(session.startsAt, session.endsAt) }, link: `/sessions/${session.id}` });
        }
      }
    }
    await tx.liveSession.update({ where: { id: session.id }, data: { version: { increment: 1 } } });
    await audit({
      action: AuditAction.SESSION_UPDATED,
      entityType: "LiveSession",
      entityId: session.id,
      before: input.change === "remove" ? { lineupProductId: input.productId } : null,
      after: input.change === "add" ? { lineupProductId: input.productId } : null,
    });
    const ordersReattributed = attributesOrders(session.status) ? await reattributeSession(tx, session, user?.id ?? null, { productIds: [input.productId] }) : 0;
    return { sessionId: session.id, ordersReattributed };
  },
  tags,
});

/**
 * "Copy last Saturday": draft copies of the previous Saturday's sessions (not the cancelled ones)
 * one week later, with the products that are still approved; a copy that would clash is skipped.
 */
export const copyPreviousSaturday = defineAction({
  schema: CopyWeekSchema,
  roles: STAFF_ROLES,
  run: async ({ saturday }, { tx, audit }) => {
    const source = vnDayBounds(addDays(saturday, -7));
    // Serialise copies of the same week: two staff pressing the button at once copy once.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`copy-week:${saturday}`}))`;
    const sessions = await tx.liveSession.findMany({
      where: { startsAt: { gte: source.start, lt: source.end }, status: { not: "CANCELLED" } },
      orderBy: { startsAt: "asc" },
      include: { lineup: { where: { product: LINEUP_PRODUCT }, orderBy: { position: "asc" } } },
    });
    let created = 0;
    let skipped = 0;
    const week = 7 * 86_400_000;
    for (const s of sessions) {
      const slot = { hostId: s.hostId, channelId: s.channelId, startsAt: new Date(s.startsAt.getTime() + week), endsAt: new Date(s.endsAt.getTime() + week) };
      if (await findClash(tx, slot)) {
        skipped += 1;
        continue;
      }
      const copy = await tx.liveSession.create({
        data: {
          ...slot,
          title: s.title,
          status: "DRAFT",
          themeProvinceId: s.themeProvinceId,
          themeGroupId: s.themeGroupId,
          themeDestination: s.themeDestination,
          themeProudVietnamese: s.themeProudVietnamese,
          lineup: { create: s.lineup.map((l) => ({ productId: l.productId, position: l.position })) },
        },
      });
      await audit({ action: AuditAction.SESSION_CREATED, entityType: "LiveSession", entityId: copy.id, after: { ...copy, copiedFrom: s.id } });
      created += 1;
    }
    return { created, skipped };
  },
  onError: async (error) => (isDoubleBooking(error) ? new ActionError("bookedMeanwhile") : null),
  tags: () => [CacheTag.sessions],
});

/** Accepts a pending application into a session of its Saturday (its products join the line-up), or declines it with a reason. */
export const decideApplication = defineAction({
  schema: ApplicationDecisionSchema,
  roles: STAFF_ROLES,
  run: async (input, { user, tx, audit }) => {
    const [row] = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM session_applications WHERE id = ${input.applicationId}::uuid FOR UPDATE`;
    if (!row) throw new ActionError("notFound");
    const application = await tx.sessionApplication.findUniqueOrThrow({
      where: { id: row.id },
      include: { products: { select: { productId: true } }, producer: { select: { name: true } }, decidedBy: { select: { name: true } } },
    });
    if (application.status !== "PENDING") {
      throw new ActionError("applicationNotPending", undefined, { name: application.decidedBy?.name ?? application.producer.name, status: application.status });
    }
    const saturday = application.saturday.toISOString().slice(0, 10);
    let sessionTitle: string | null = null;
    let ordersReattributed = 0;
    if (input.decision === "ACCEPT") {
      const session = await lockSession(tx, input.sessionId!);
      if (vnDateOf(session.startsAt) !== saturday) throw new ActionError("sessionOtherDay", "sessionId");
      if (session.status === "COMPLETED" || session.status === "CANCELLED") throw new ActionError("sessionLocked", "sessionId");
      const approved = await tx.product.findMany({
        where: { id: { in: application.products.map((p) => p.productId) }, ...LINEUP_PRODUCT },
        select: { id: true },
      });
      const lineup = await tx.sessionProduct.findMany({ where: { sessionId: session.id }, select: { productId: true, position: true } });
      const toAdd = approved.filter((p) => !lineup.some((l) => l.productId === p.id));
      if (lineup.length + toAdd.length > MAX_LINEUP) throw new ActionError("lineupFull", "sessionId");
      let position = Math.max(-1, ...lineup.map((l) => l.position));
      if (toAdd.length) await tx.sessionProduct.createMany({ data: toAdd.map((p) => ({ sessionId: session.id, productId: p.id, position: ++position })) });
      await enforceReadiness(tx, session.id, "sessionId");
      await tx.liveSession.update({ where: { id: session.id }, data: { version: { increment: 1 } } });
      sessionTitle = session.title;
      if (toAdd.length && attributesOrders(session.status)) {
        ordersReattributed = await reattributeSession(tx, session, user!.id, { productIds: toAdd.map((p) => p.id) });
      }
    }
    const after = await tx.sessionApplication.update({
      where: { id: application.id },
      data: {
        status: input.decision === "ACCEPT" ? "ACCEPTED" : "DECLINED",
        sessionId: input.decision === "ACCEPT" ? input.sessionId : null,
        reason: input.reason,
        decidedById: user!.id,
        decidedAt: new Date(),
        version: { increment: 1 },
      },
    });
    await audit({
      action: AuditAction.APPLICATION_DECIDED,
      entityType: "SessionApplication",
      entityId: application.id,
      before: { status: application.status },
      after: { status: after.status, sessionId: after.sessionId, reason: after.reason },
    });
    await notifyShop(tx, application.producerId, {
      key: after.status === "ACCEPTED" ? "APPLICATION_ACCEPTED" : "APPLICATION_DECLINED",
      params: { saturday, session: sessionTitle ?? "", reason: input.reason ?? "" },
      link: "/producer/applications",
    });
    return { applicationId: application.id, status: after.status, ordersReattributed };
  },
  tags,
});
