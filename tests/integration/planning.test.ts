import pg from "pg";
import { beforeEach, describe, expect, it } from "vitest";
import { AuthorizationError } from "@/lib/auth/policy";
import { loadActiveUser, type CurrentUser } from "@/lib/auth/users";
import { db, poolSize } from "@/lib/db/client";
import { changeLineup, copyPreviousSaturday, decideApplication, saveSession, setSessionStatus } from "@/lib/planning/manage";
import { findLineupCandidates, getWeekBoard } from "@/lib/planning/queries";
import { listOwnNotifications } from "@/lib/notifications/queries";
import { recordResults } from "@/lib/results/manage";
import { listFeedSessions, listSaturdaySessions } from "@/lib/sessions/queries";
import { addDays, comingSaturday, vnInstant } from "@/lib/time";
import { seedReferenceData } from "@/prisma/seed";
import { createChannel, createHost, createProducer, createProduct, createSession, createUser } from "@/tests/fixtures/factories";
import { asUser } from "@/tests/support/acting-user";

let staff: CurrentUser;
let producerUser: CurrentUser;
let hostId: string;
let channelId: string;
let productId: string;
let productSlug: string;
const saturday = addDays(comingSaturday(), 7);

beforeEach(async () => {
  await seedReferenceData(db);
  staff = (await loadActiveUser((await createUser(db, { role: "STAFF" })).id))!;
  const user = await createUser(db, { role: "PRODUCER" });
  const shop = await createProducer(db, { memberUserIds: [user.id] });
  producerUser = (await loadActiveUser(user.id))!;
  const product = await createProduct(db, shop.id);
  productId = product.id;
  productSlug = product.slug;
  hostId = (await createHost(db)).id;
  channelId = (await createChannel(db)).id;
});

const form = (over: Record<string, string> = {}) => ({
  title: "Đặc sản Tây Bắc",
  date: saturday,
  start: "08:00",
  end: "09:30",
  hostId,
  channelId,
  themeProvinceId: "",
  themeGroupId: "1",
  themeDestination: "",
  liveUrl: "",
  ...over,
});

async function created(over: Record<string, string> = {}) {
  const state = await asUser(staff, () => saveSession(form(over)));
  expect(state).toMatchObject({ ok: true });
  return (state.result as { sessionId: string }).sessionId;
}

describe("session planning", () => {
  it("creates a draft, fills the line-up, publishes it, and the public schedule shows it then", async () => {
    const sessionId = await created();
    expect(await db.liveSession.findUniqueOrThrow({ where: { id: sessionId } })).toMatchObject({ status: "DRAFT", startsAt: vnInstant(saturday, "08:00") });
    expect((await listSaturdaySessions(saturday)).map((s) => s.id)).not.toContain(sessionId);
    expect(await asUser(staff, () => setSessionStatus({ sessionId, version: "0", status: "SCHEDULED" }))).toMatchObject({ formError: "lineupEmpty" });
    expect((await asUser(staff, () => changeLineup({ sessionId, productId, change: "add" }))).ok).toBe(true);
    expect(await asUser(staff, () => changeLineup({ sessionId, productId, change: "add" }))).toMatchObject({ fieldErrors: { productId: "alreadyInLineup" } });
    expect(await asUser(staff, () => setSessionStatus({ sessionId, version: "0", status: "SCHEDULED" }))).toMatchObject({ formError: "changedMeanwhile" });
    expect((await asUser(staff, () => setSessionStatus({ sessionId, version: "1", status: "SCHEDULED" }))).ok).toBe(true);
    const [shown] = (await listSaturdaySessions(saturday)).filter((s) => s.id === sessionId);
    expect(shown?.products.map((p) => p.slug)).toEqual([productSlug]);
    expect(await asUser(staff, () => setSessionStatus({ sessionId, version: "2", status: "COMPLETED" }))).toMatchObject({ ok: true });
    expect(await asUser(staff, () => setSessionStatus({ sessionId, version: "3", status: "SCHEDULED" }))).toMatchObject({ formError: "transitionInvalid" });
    const actions = (await db.auditLog.findMany({ where: { entityId: sessionId }, orderBy: { id: "asc" } })).map((a) => a.action);
    expect(actions).toEqual(["SESSION_CREATED", "SESSION_UPDATED", "SESSION_STATUS_CHANGED", "SESSION_STATUS_CHANGED"]);
  });

  it("refuses a double booking and names the session it clashes with; cancelling frees the slot", async () => {
    const first = await created({ title: "Phiên đầu tiên" });
    expect(await asUser(staff, async () => saveSession(form({ start: "09:00", end: "10:00", channelId: (await createChannel(db)).id })))).toMatchObject({
      ok: false,
      fieldErrors: { hostId: "hostClash" },
      formParams: { title: "Phiên đầu tiên", time: "08:00–09:30" },
    });
    expect(await asUser(staff, async () => saveSession(form({ start: "07:00", end: "08:30", hostId: (await createHost(db)).id })))).toMatchObject({
      fieldErrors: { channelId: "channelClash" },
    });
    // Back to back is fine.
    await created({ start: "09:30", end: "10:30", title: "Liền sau" });
    expect((await asUser(staff, () => setSessionStatus({ sessionId: first, version: "0", status: "CANCELLED" }))).ok).toBe(true);
    const rebooked = await created({ start: "08:00", end: "09:00", title: "Đặt lại" });
    expect(rebooked).not.toBe(first);
    expect(await db.liveSession.count({ where: { hostId, status: { not: "CANCELLED" } } })).toBe(2);
  });

  it("lets exactly one of 50 concurrent bookings of the same slot succeed", async () => {
    const attempts = await Promise.all(
      Array.from({ length: 50 }, (_, i) => asUser(staff, () => saveSession(form({ title: `Thử ${i}` })))),
    );
    expect(attempts.filter((a) => a.ok)).toHaveLength(1);
    const refused = attempts.filter((a) => !a.ok);
    expect(refused).toHaveLength(49);
    // Each is told why: the clash, or — when the database was too slow to give it a connection
    // within the wait (a busy machine) — "busy, send it again"; never an error page.
    const reasons = refused.map((r) => r.formError ?? Object.values(r.fieldErrors ?? {})[0]);
    for (const reason of reasons) expect(reason).toMatch(/^(hostClash|channelClash|busy)$/);
    // The first ones get a connection at once (the pool's size): those that lost the race were told of the clash.
    expect(reasons.filter((reason) => reason !== "busy").length).toBeGreaterThanOrEqual(poolSize() - 1);
    expect(await db.liveSession.count({ where: { hostId } })).toBe(1);
    const [booked] = await db.liveSession.findMany({ where: { hostId } });
    expect(await db.auditLog.count({ where: { action: "SESSION_CREATED", entityId: booked!.id } })).toBe(1);
    expect(await db.auditLog.count({ where: { action: "SESSION_CREATED", after: { path: ["hostId"], equals: hostId } } })).toBe(1);
  });

  it("answers “busy, send it again” and writes nothing when no database connection frees up in time", { timeout: 90_000 }, async () => {
    // Every connection of the pool held by a transaction that waits…
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const holders = Array.from({ length: poolSize() }, () =>
      db.$transaction(async (tx) => {
        await tx.$queryRaw`SELECT 1`;
        await gate;
      }),
    );
    const observer = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await observer.connect();
    try {
      await expect
        .poll(async () => (await observer.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND state = 'idle in transaction'`)).rows[0].n, { timeout: 30_000 })
        .toBe(poolSize());
      // …so the booking waits its 20 s for one, then is refused with a message the form shows.
      const state = await asUser(staff, () => saveSession(form()));
      expect(state).toMatchObject({ ok: false, formError: "busy", values: { title: "Đặc sản Tây Bắc" } });
    } finally {
      release();
      await Promise.all(holders);
      await observer.end();
    }
    expect(await db.liveSession.count({ where: { hostId } })).toBe(0);
    expect(await db.auditLog.count({ where: { action: "SESSION_CREATED", after: { path: ["hostId"], equals: hostId } } })).toBe(0);
  });

  it("shows a cancelled session as cancelled in calendar feeds", async () => {
    const sessionId = await created();
    await asUser(staff, () => changeLineup({ sessionId, productId, change: "add" }));
    await asUser(staff, () => setSessionStatus({ sessionId, version: "1", status: "SCHEDULED" }));
    await asUser(staff, () => setSessionStatus({ sessionId, version: "2", status: "CANCELLED" }));
    const feed = await listFeedSessions();
    expect(feed.find((s) => s.id === sessionId)?.status).toBe("CANCELLED");
    // The producers of its line-up are told, with the session's day and time.
    const told = await db.notification.findMany({ where: { userId: producerUser.id, kind: "SESSION_CANCELLED" } });
    expect(told).toHaveLength(1);
    expect(told[0]!.title).toBe("Phiên “Đặc sản Tây Bắc” đã bị huỷ");
    expect(told[0]!.body).toContain(`${saturday.slice(8, 10)}/${saturday.slice(5, 7)}/${saturday.slice(0, 4)} · 08:00–09:30`);
  });

  it("tells a line-up's producers, each in their own language, when they are placed, when the session moves, and when its results are in", async () => {
    const sessionId = await created();
    await asUser(staff, () => changeLineup({ sessionId, productId, change: "add" }));
    // A draft tells no one; publishing tells its producers.
    expect(await db.notification.count({ where: { userId: producerUser.id, kind: "SESSION_PLACED" } })).toBe(0);
    await asUser(staff, () => setSessionStatus({ sessionId, version: "1", status: "SCHEDULED" }));
    // A second product of the same shop added later tells it nothing new.
    const second = await createProduct(db, producerUser.producerIds[0]!);
    await asUser(staff, () => changeLineup({ sessionId, productId: second.id, change: "add" }));
    expect(await db.notification.count({ where: { userId: producerUser.id, kind: "SESSION_PLACED" } })).toBe(1);
    expect(await asUser(staff, () => saveSession(form({ sessionId, version: "3", start: "10:00", end: "11:30" })))).toMatchObject({ ok: true });

    const en = await listOwnNotifications(producerUser, "en");
    const vi = await listOwnNotifications(producerUser, "vi");
    expect(en.items.map((n) => n.title)).toEqual(["The session “Đặc sản Tây Bắc” has moved", "You are in the session “Đặc sản Tây Bắc”"]);
    expect(vi.items.map((n) => n.title)).toEqual(["Phiên “Đặc sản Tây Bắc” đổi giờ", "Bạn được xếp vào phiên “Đặc sản Tây Bắc”"]);
    const day = `${saturday.slice(8, 10)}/${saturday.slice(5, 7)}/${saturday.slice(0, 4)}`;
    expect(vi.items[0]!.body).toBe(`Giờ mới: Thứ Bảy ${day} · 10:00–11:30 (trước đây Thứ Bảy ${day} · 08:00–09:30).`);
    expect(en.items[0]!.body).toMatch(/^New time: .*10:00–11:30 \(it was .*08:00–09:30\)\.$/);
    // The e-mail carries the Vietnamese text.
    expect((await db.notification.findFirstOrThrow({ where: { userId: producerUser.id, kind: "SESSION_MOVED" } })).body).toBe(vi.items[0]!.body);

    const past = addDays(comingSaturday(), -7);
    const held = await createSession(db, { hostId, channelId, startsAt: vnInstant(past, "08:00"), endsAt: vnInstant(past, "09:00"), status: "COMPLETED", productIds: [productId], title: "Quà quê Tây Bắc" });
    expect(await asUser(staff, () => recordResults({ sessionId: held.id, viewers: "1.000", peakViewers: "100", durationMinutes: "60", newFollowers: "", [`orders:${productId}`]: "2", [`units:${productId}`]: "2", [`gmv:${productId}`]: "300.000" }))).toMatchObject({ ok: true });
    expect((await listOwnNotifications(producerUser, "en")).items[0]).toMatchObject({ title: "Results of “Quà quê Tây Bắc” are in", link: "/producer/results" });
  });

  it("flags a published session without a link to the live on the board", async () => {
    const bare = await created();
    const linked = await created({ start: "10:00", end: "11:00", liveUrl: "https://www.tiktok.com/@ocop.vn/live" });
    for (const sessionId of [bare, linked]) {
      await asUser(staff, () => changeLineup({ sessionId, productId, change: "add" }));
      await asUser(staff, () => setSessionStatus({ sessionId, version: "1", status: "SCHEDULED" }));
    }
    const board = await getWeekBoard(staff, saturday);
    const keys = (id: string) => board.sessions.find((s) => s.id === id)!.warnings.map((w) => w.key);
    expect(keys(bare)).toContain("noLiveLink");
    expect(keys(linked)).not.toContain("noLiveLink");
  });

  it("cancels a draft without telling anyone: it was never published", async () => {
    const sessionId = await created();
    await asUser(staff, () => changeLineup({ sessionId, productId, change: "add" }));
    expect(await asUser(staff, () => setSessionStatus({ sessionId, version: "1", status: "CANCELLED" }))).toMatchObject({ ok: true });
    expect(await db.notification.count({ where: { userId: producerUser.id, kind: "SESSION_CANCELLED" } })).toBe(0);
  });

  it("copies last Saturday into drafts, skipping what would clash", async () => {
    const prev = addDays(saturday, -7);
    const otherHost = (await createHost(db)).id;
    const otherChannel = (await createChannel(db)).id;
    await createSession(db, { hostId, channelId, startsAt: vnInstant(prev, "08:00"), endsAt: vnInstant(prev, "09:00"), productIds: [productId], title: "Tuần trước 1" });
    await createSession(db, { hostId: otherHost, channelId: otherChannel, startsAt: vnInstant(prev, "10:00"), endsAt: vnInstant(prev, "11:00"), title: "Tuần trước 2" });
    await createSession(db, { hostId, channelId, startsAt: vnInstant(prev, "11:00"), endsAt: vnInstant(prev, "12:00"), status: "CANCELLED", title: "Đã huỷ" });
    // Something already sits in the second one's slot next week.
    await createSession(db, { hostId: otherHost, channelId: (await createChannel(db)).id, startsAt: vnInstant(saturday, "10:30"), endsAt: vnInstant(saturday, "11:30") });
    expect(await asUser(staff, () => copyPreviousSaturday({ saturday }))).toMatchObject({ ok: true, result: { created: 1, skipped: 1 } });
    const copies = await db.liveSession.findMany({ where: { title: "Tuần trước 1", startsAt: vnInstant(saturday, "08:00") }, include: { lineup: true } });
    expect(copies).toHaveLength(1);
    expect(copies[0]).toMatchObject({ status: "DRAFT" });
    expect(copies[0]!.lineup.map((l) => l.productId)).toEqual([productId]);
    expect(await asUser(staff, () => copyPreviousSaturday({ saturday }))).toMatchObject({ result: { created: 0, skipped: 2 } });
  });

  it("accepts an application into a session of its Saturday and notifies the producer; declining needs a reason", async () => {
    const sessionId = await created();
    const app = await db.sessionApplication.create({
      data: { producerId: producerUser.producerIds[0]!, saturday: new Date(`${saturday}T00:00:00Z`), products: { create: [{ productId }] } },
    });
    expect(await asUser(staff, () => decideApplication({ applicationId: app.id, decision: "DECLINE", reason: "" }))).toMatchObject({ fieldErrors: { reason: "reasonRequired" } });
    expect((await asUser(staff, () => decideApplication({ applicationId: app.id, decision: "ACCEPT", sessionId }))).ok).toBe(true);
    expect(await db.sessionProduct.findMany({ where: { sessionId } })).toHaveLength(1);
    expect(await db.sessionApplication.findUniqueOrThrow({ where: { id: app.id } })).toMatchObject({ status: "ACCEPTED", sessionId, decidedById: staff.id });
    expect(await db.notification.count({ where: { userId: producerUser.id, kind: "APPLICATION_ACCEPTED" } })).toBe(1);
    expect(await db.notificationOutbox.count({ where: { notification: { userId: producerUser.id } } })).toBe(1);
    expect(await asUser(staff, () => decideApplication({ applicationId: app.id, decision: "DECLINE", reason: "Hết chỗ" }))).toMatchObject({
      formError: "applicationNotPending",
      formParams: { name: staff.name, status: "ACCEPTED" },
    });
  });

  it("finds products for a line-up by their name or their shop's, however the words are typed", async () => {
    const shop = await createProducer(db, { name: "HTX Ong mật Tây Bắc Quỳnh Nhai", taxCode: "0100777666" });
    await createProduct(db, shop.id, { name: "Mật ong hoa nhãn Quỳnh Nhai" });
    await createProduct(db, shop.id, { name: "Mật ong rừng Quỳnh Nhai chờ duyệt", reviewStatus: "SUBMITTED" });
    const names = async (q: string) => (await findLineupCandidates(staff, q)).map((c) => c.name);
    expect(await names("  MAT   ong  hoa nhãn   QUYNH ")).toEqual(["Mật ong hoa nhãn Quỳnh Nhai"]);
    expect(await names("ong mat tay bac quynh")).toEqual(["Mật ong hoa nhãn Quỳnh Nhai"]);
    // Wildcards typed are text, not patterns; too short finds nothing.
    expect(await names("m%g")).toEqual([]);
    expect(await names("mật ong % hoa nhãn_quỳnh")).toEqual(["Mật ong hoa nhãn Quỳnh Nhai"]);
    expect(await names("m")).toEqual([]);
    await expect(findLineupCandidates(producerUser, "mat ong")).rejects.toThrow(AuthorizationError);
  });

  it("refuses producers and visitors, changing nothing", async () => {
    const sessionId = await created();
    const calls = [
      () => asUser(producerUser, () => saveSession(form({ start: "10:00", end: "11:00" }))),
      () => asUser(producerUser, () => setSessionStatus({ sessionId, version: "0", status: "CANCELLED" })),
      () => asUser(producerUser, () => changeLineup({ sessionId, productId, change: "add" })),
      () => asUser(null, () => copyPreviousSaturday({ saturday })),
      () => asUser(null, () => decideApplication({ applicationId: sessionId, decision: "DECLINE", reason: "x" })),
    ];
    const auditBefore = await db.auditLog.count();
    for (const call of calls) await expect(call()).rejects.toThrow(AuthorizationError);
    expect(await db.auditLog.count()).toBe(auditBefore);
    expect(await db.liveSession.count({ where: { hostId } })).toBe(1);
    expect(await db.sessionProduct.count({ where: { sessionId } })).toBe(0);
  });
});
