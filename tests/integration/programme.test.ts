import sharp from "sharp";
import { beforeEach, describe, expect, it } from "vitest";
import { applyForSession } from "@/lib/applications/manage";
import { openSaturdays } from "@/lib/applications/schema";
import { AuthorizationError } from "@/lib/auth/policy";
import { loadActiveUser, type CurrentUser } from "@/lib/auth/users";
import { db } from "@/lib/db/client";
import { changeLineup, copyPreviousSaturday, decideApplication } from "@/lib/planning/manage";
import { submitPackagingAction } from "@/lib/programme/actions";
import { cancelEnrolment, createWorkshop, decidePackagingCheck, enrolInWorkshop, recordAttendance, setReadinessRule } from "@/lib/programme/manage";
import { listOwnTraining, listWorkshops, listProductComplaints, listDueHealthReviews, getOwnProgramme, getHealthPanel } from "@/lib/programme/queries";
import { acknowledgeHealthReview, changeCohort, recordComplaint, recordHealthReview, setGrowthConsent } from "@/lib/programme/follow-up";
import { listCohortStories } from "@/lib/programme/cohort";
import { firstLivesNotReady, getReadiness } from "@/lib/programme/readiness";
import { sendWorkshopReminders } from "@/lib/programme/reminders";
import { addDays, comingSaturday, vnDateOf, vnInstant } from "@/lib/time";
import { seedReferenceData } from "@/prisma/seed";
import * as f from "@/tests/fixtures/factories";
import { asUser, formData } from "@/tests/support/acting-user";

let staff: CurrentUser;
let admin: CurrentUser;

async function shop(over: { tiktokHandle?: string | null } = {}) {
  const row = await f.createUser(db, { role: "PRODUCER" });
  const producer = await f.createProducer(db, { memberUserIds: [row.id], ...over });
  return { user: (await loadActiveUser(row.id))!, producerId: producer.id, name: producer.name };
}

beforeEach(async () => {
  await seedReferenceData(db);
  staff = (await loadActiveUser((await f.createUser(db, { role: "STAFF" })).id))!;
  admin = (await loadActiveUser((await f.createUser(db, { role: "ADMIN" })).id))!;
});

const tomorrow = () => vnDateOf(new Date(Date.now() + 86_400_000 * 2));

describe("workshops", () => {
  it("are planned by staff with a place or a link, in the future, ending after they start", async () => {
    const base = { title: "Bán hàng livestream", topic: "LIVESTREAM", date: tomorrow(), start: "14:00", end: "16:00", place: "Hà Nội", onlineUrl: "", capacity: "40", description: "" };
    expect(await asUser(staff, () => createWorkshop({ ...base, end: "13:00" }))).toMatchObject({ ok: false, fieldErrors: { end: "endBeforeStart" } });
    expect(await asUser(staff, () => createWorkshop({ ...base, place: "" }))).toMatchObject({ ok: false, fieldErrors: { place: "whereRequired" } });
    expect(await asUser(staff, () => createWorkshop({ ...base, onlineUrl: "zoom.us/j/1" }))).toMatchObject({ ok: false, fieldErrors: { onlineUrl: "urlInvalid" } });
    expect(await asUser(staff, () => createWorkshop({ ...base, capacity: "0" }))).toMatchObject({ ok: false, fieldErrors: { capacity: "capacityInvalid" } });
    expect(await asUser(staff, () => createWorkshop({ ...base, date: "2020-01-04" }))).toMatchObject({ ok: false, fieldErrors: { date: "workshopInPast" } });
    expect(await db.workshop.count()).toBe(0);
    const created = await asUser(staff, () => createWorkshop(base));
    expect(created.ok).toBe(true);
    const { coming } = await listWorkshops(staff);
    expect(coming).toContainEqual(expect.objectContaining({ title: "Bán hàng livestream", topic: "LIVESTREAM", capacity: 40, enrolled: 0, startsAt: vnInstant(tomorrow(), "14:00").toISOString() }));
    expect(await db.auditLog.count({ where: { action: "WORKSHOP_CREATED", actorId: staff.id } })).toBe(1);
  });

  it("give the last seat to one shop when several sign up at once", async () => {
    const workshop = await f.createWorkshop(db, { createdById: staff.id, capacity: 1 });
    const shops = await Promise.all([shop(), shop(), shop()]);
    const outcomes = await Promise.all(shops.map((s) => asUser(s.user, () => enrolInWorkshop({ workshopId: workshop.id }))));
    expect(outcomes.filter((o) => o.ok)).toHaveLength(1);
    for (const refused of outcomes.filter((o) => !o.ok)) expect(refused).toMatchObject({ formError: "workshopFull" });
    expect(await db.workshopEnrolment.count({ where: { workshopId: workshop.id } })).toBe(1);
  });

  it("enrol a producer's own shop only, whatever shop the form names; staff enrol the shop they choose and the shop is told", async () => {
    const workshop = await f.createWorkshop(db, { createdById: staff.id });
    const a = await shop();
    const b = await shop();
    expect(await asUser(a.user, () => enrolInWorkshop({ workshopId: workshop.id, producerId: b.producerId }))).toMatchObject({ ok: true });
    expect(await db.workshopEnrolment.findMany({ where: { workshopId: workshop.id }, select: { producerId: true } })).toEqual([{ producerId: a.producerId }]);
    expect(await asUser(a.user, () => enrolInWorkshop({ workshopId: workshop.id }))).toMatchObject({ ok: false, formError: "alreadyEnrolled" });
    expect(await asUser(staff, () => enrolInWorkshop({ workshopId: workshop.id, producerId: "" }))).toMatchObject({ ok: false, fieldErrors: { producerId: "producerRequired" } });
    expect(await asUser(staff, () => enrolInWorkshop({ workshopId: workshop.id, producerId: b.producerId }))).toMatchObject({ ok: true });
    expect(await db.notification.findMany({ where: { userId: b.user.id }, select: { kind: true } })).toEqual([{ kind: "WORKSHOP_ENROLLED" }]);
    expect(await db.notification.count({ where: { userId: a.user.id } })).toBe(0);
  });

  it("can be left before they start and joined again; attendance is recorded by staff once started", async () => {
    const a = await shop();
    const coming = await f.createWorkshop(db, { createdById: staff.id });
    const enrolled = await asUser(a.user, () => enrolInWorkshop({ workshopId: coming.id }));
    const enrolmentId = (enrolled.result as { enrolmentId: string }).enrolmentId;
    expect(await asUser(staff, () => recordAttendance({ enrolmentId, status: "ATTENDED" }))).toMatchObject({ ok: false, formError: "workshopNotStarted" });
    expect(await asUser((await shop()).user, () => cancelEnrolment({ enrolmentId }))).toMatchObject({ ok: false, formError: "notFound" });
    expect(await asUser(a.user, () => cancelEnrolment({ enrolmentId }))).toMatchObject({ ok: true });
    expect((await listOwnTraining(a.user)).coming.find((w) => w.id === coming.id)).toMatchObject({ status: "CANCELLED" });
    expect(await asUser(a.user, () => enrolInWorkshop({ workshopId: coming.id }))).toMatchObject({ ok: true, result: { enrolmentId } });

    const started = await f.createWorkshop(db, { createdById: staff.id, startsAt: new Date(Date.now() - 3 * 3_600_000) });
    const row = await db.workshopEnrolment.create({ data: { workshopId: started.id, producerId: a.producerId, enrolledById: a.user.id } });
    expect(await asUser(a.user, () => cancelEnrolment({ enrolmentId: row.id }))).toMatchObject({ ok: false, formError: "workshopClosed" });
    expect(await asUser(a.user, () => enrolInWorkshop({ workshopId: started.id }))).toMatchObject({ ok: false, formError: "workshopClosed" });
    expect(await asUser(staff, () => recordAttendance({ enrolmentId: row.id, status: "ATTENDED" }))).toMatchObject({ ok: true });
    const { history } = await listOwnTraining(a.user);
    expect(history).toEqual([expect.objectContaining({ id: started.id, status: "ATTENDED" })]);
    expect(await db.auditLog.count({ where: { action: "WORKSHOP_ATTENDANCE_RECORDED", entityId: row.id } })).toBe(1);
  });

  it("remind each enrolled shop once the day before, even when several instances run the reminders at once", async () => {
    const a = await shop();
    const b = await shop();
    const soon = await f.createWorkshop(db, { createdById: staff.id, startsAt: new Date(Date.now() + 20 * 3_600_000), title: "Quay video ngắn" });
    const later = await f.createWorkshop(db, { createdById: staff.id, startsAt: new Date(Date.now() + 50 * 3_600_000) });
    await db.workshopEnrolment.createMany({
      data: [
        { workshopId: soon.id, producerId: a.producerId, enrolledById: a.user.id },
        { workshopId: soon.id, producerId: b.producerId, enrolledById: b.user.id, status: "CANCELLED" },
        { workshopId: later.id, producerId: b.producerId, enrolledById: b.user.id },
      ],
    });
    const sent = await Promise.all([sendWorkshopReminders(), sendWorkshopReminders(), sendWorkshopReminders()]);
    expect(sent.reduce((x, y) => x + y, 0)).toBe(1);
    expect(await db.notification.findMany({ where: { kind: "WORKSHOP_REMINDER" }, select: { userId: true, title: true } })).toEqual([
      { userId: a.user.id, title: "Nhắc lịch: lớp “Quay video ngắn” ngày mai" },
    ]);
    expect(await sendWorkshopReminders()).toBe(0);
    expect(await sendWorkshopReminders(db, new Date(Date.now() + 30 * 3_600_000))).toBe(1);
  });
});

async function jpeg() {
  return new File([new Uint8Array(await sharp({ create: { width: 60, height: 40, channels: 3, background: "#a63" } }).jpeg().toBuffer())], "kien-hang.jpg", { type: "image/jpeg" });
}

describe("packaging checks", () => {
  it("are sent by the product's producer with the three essentials and a photo, and decided by staff with a reason when changes are needed", async () => {
    const a = await shop();
    const product = await f.createProduct(db, a.producerId, { fragile: true });
    const plain = await f.createProduct(db, a.producerId);
    const send = (values: Record<string, string | File>) => asUser(a.user, () => submitPackagingAction({}, formData(values)));
    const ticked = { productId: product.id, cushioning: "on", boxStrength: "on", fragileLabel: "on", note: "" };
    expect(await send({ ...ticked, fragileLabel: "" , photo: await jpeg() })).toMatchObject({ ok: false, fieldErrors: { cushioning: "checklistIncomplete" }, values: { boxStrength: "on" } });
    expect(await send(ticked)).toMatchObject({ ok: false, fieldErrors: { photo: "photoRequired" } });
    expect(await send({ ...ticked, photo: new File(["not an image"], "a.jpg", { type: "image/jpeg" }) })).toMatchObject({ ok: false, fieldErrors: { photo: "photoType" } });
    expect(await send({ ...ticked, productId: plain.id, photo: await jpeg() })).toMatchObject({ ok: false, formError: "notFragile" });
    expect(await db.packagingCheck.count()).toBe(0);

    expect(await send({ ...ticked, photo: await jpeg() })).toMatchObject({ ok: true });
    expect(await send({ ...ticked, photo: await jpeg() })).toMatchObject({ ok: false, formError: "packagingPending" });
    const check = await db.packagingCheck.findFirstOrThrow({ where: { productId: product.id } });
    expect(check.photoUrl).toMatch(/^\/media\//);
    expect((await db.product.findUniqueOrThrow({ where: { id: product.id } })).packagingStatus).toBe("SUBMITTED");

    expect(await asUser(staff, () => decidePackagingCheck({ checkId: check.id, decision: "REQUEST_CHANGES", reason: "" }))).toMatchObject({ ok: false, fieldErrors: { reason: "reasonRequired" } });
    expect(await asUser(staff, () => decidePackagingCheck({ checkId: check.id, decision: "REQUEST_CHANGES", reason: "Thiếu lớp xốp giữa các quả" }))).toMatchObject({ ok: true });
    expect(await asUser(staff, () => decidePackagingCheck({ checkId: check.id, decision: "APPROVE", reason: "" }))).toMatchObject({ ok: false, formError: "alreadyDecided" });
    expect(await db.notification.findMany({ where: { userId: a.user.id }, select: { kind: true, body: true } })).toEqual([{ kind: "PACKAGING_CHANGES_REQUESTED", body: "Lý do: Thiếu lớp xốp giữa các quả" }]);
    expect((await db.product.findUniqueOrThrow({ where: { id: product.id } })).packagingStatus).toBe("CHANGES_REQUESTED");

    expect(await send({ ...ticked, photo: await jpeg() })).toMatchObject({ ok: true });
    const second = await db.packagingCheck.findFirstOrThrow({ where: { productId: product.id, status: "SUBMITTED" } });
    expect(await asUser(staff, () => decidePackagingCheck({ checkId: second.id, decision: "APPROVE", reason: "" }))).toMatchObject({ ok: true });
    expect((await db.product.findUniqueOrThrow({ where: { id: product.id } })).packagingStatus).toBe("APPROVED");
    expect(await db.auditLog.count({ where: { action: { in: ["PACKAGING_CHECK_SUBMITTED", "PACKAGING_CHECK_DECIDED"] } } })).toBe(4);
  });

  it("keep a fragile product out of line-ups, applications and copied weeks until approved", async () => {
    const a = await shop();
    const product = await f.createProduct(db, a.producerId, { fragile: true });
    const [host, channel] = await Promise.all([f.createHost(db), f.createChannel(db)]);
    const day = addDays(comingSaturday(), 14);
    const session = await f.createSession(db, { hostId: host.id, channelId: channel.id, startsAt: vnInstant(day, "08:00"), endsAt: vnInstant(day, "09:00"), status: "DRAFT" });
    expect(await asUser(staff, () => changeLineup({ sessionId: session.id, productId: product.id, change: "add" }))).toMatchObject({ ok: false, fieldErrors: { productId: "packagingNotApproved" } });
    expect(await asUser(a.user, () => applyForSession({ saturday: openSaturdays()[1]!, preferredTime: "", productIds: product.id, note: "" }))).toMatchObject({
      ok: false,
      fieldErrors: { productIds: "packagingNotApproved" },
    });

    // An application sent before the product was marked fragile: accepting it leaves the product out.
    const application = await db.sessionApplication.create({ data: { producerId: a.producerId, saturday: new Date(`${day}T00:00:00Z`), products: { create: [{ productId: product.id }] } } });
    expect(await asUser(staff, () => decideApplication({ applicationId: application.id, decision: "ACCEPT", sessionId: session.id, reason: "" }))).toMatchObject({ ok: true });
    expect(await db.sessionProduct.count({ where: { sessionId: session.id } })).toBe(0);

    await f.createPackagingCheck(db, { productId: product.id, submittedById: a.user.id, status: "APPROVED", decidedById: staff.id });
    expect(await asUser(staff, () => changeLineup({ sessionId: session.id, productId: product.id, change: "add" }))).toMatchObject({ ok: true });

    // Copying the week leaves out a product whose packaging was sent back meanwhile.
    await db.product.update({ where: { id: product.id }, data: { packagingStatus: "CHANGES_REQUESTED" } });
    expect(await asUser(staff, () => copyPreviousSaturday({ saturday: addDays(day, 7) }))).toMatchObject({ ok: true, result: { created: 1 } });
    const copy = await db.liveSession.findFirstOrThrow({ where: { startsAt: vnInstant(addDays(day, 7), "08:00") }, select: { lineup: true } });
    expect(copy.lineup).toEqual([]);
  });
});

describe("readiness before a first live", () => {
  it("is computed from the data, step by step", async () => {
    const a = await shop({ tiktokHandle: null });
    const fragile = await f.createProduct(db, a.producerId, { fragile: true });
    const [before] = await getReadiness(db, [a.producerId]);
    expect(before).toMatchObject({ ready: false, missing: ["livestreamTraining", "packagingChecked", "tiktokShop"] });
    const workshop = await f.createWorkshop(db, { createdById: staff.id, startsAt: new Date(Date.now() - 5 * 3_600_000), topic: "LIVESTREAM" });
    await db.workshopEnrolment.create({ data: { workshopId: workshop.id, producerId: a.producerId, enrolledById: a.user.id, status: "ATTENDED" } });
    await f.createPackagingCheck(db, { productId: fragile.id, submittedById: a.user.id, status: "APPROVED" });
    await db.producer.update({ where: { id: a.producerId }, data: { tiktokHandle: "htxthanhlong" } });
    const [after] = await getReadiness(db, [a.producerId]);
    expect(after).toMatchObject({ ready: true, missing: [] });
    // A certificate that lapses takes the shop back a step.
    await db.certificate.updateMany({ where: { product: { producerId: a.producerId } }, data: { decisionDate: new Date("2016-01-04T00:00:00Z"), expiresOn: new Date("2019-01-04T00:00:00Z") } });
    expect((await getReadiness(db, [a.producerId]))[0]).toMatchObject({ ready: false, missing: ["productApproved"] });
  });

  it("warns the planner about a first live, and refuses it once an admin makes it a hard stop", async () => {
    const a = await shop({ tiktokHandle: null });
    const product = await f.createProduct(db, a.producerId);
    const [host, channel] = await Promise.all([f.createHost(db), f.createChannel(db)]);
    const day = addDays(comingSaturday(), 21);
    const session = await f.createSession(db, { hostId: host.id, channelId: channel.id, startsAt: vnInstant(day, "08:00"), endsAt: vnInstant(day, "09:00"), status: "DRAFT" });
    expect(await asUser(staff, () => changeLineup({ sessionId: session.id, productId: product.id, change: "add" }))).toMatchObject({ ok: true });
    expect(await firstLivesNotReady(db, session.id)).toEqual([expect.objectContaining({ producerId: a.producerId, missing: ["livestreamTraining", "tiktokShop"] })]);
    await asUser(staff, () => changeLineup({ sessionId: session.id, productId: product.id, change: "remove" }));

    await expect(asUser(staff, () => setReadinessRule({ hardStop: "on" }))).rejects.toThrow(AuthorizationError);
    expect(await asUser(admin, () => setReadinessRule({ hardStop: "on" }))).toMatchObject({ ok: true });
    expect(await asUser(staff, () => changeLineup({ sessionId: session.id, productId: product.id, change: "add" }))).toMatchObject({
      ok: false,
      fieldErrors: { productId: "notReady" },
      formParams: { name: a.name },
    });
    expect(await db.sessionProduct.count({ where: { sessionId: session.id } })).toBe(0);

    // Not a first live any more: an earlier session (not cancelled) had the shop.
    const earlier = addDays(comingSaturday(), -7);
    await f.createSession(db, { hostId: host.id, channelId: channel.id, startsAt: vnInstant(earlier, "08:00"), endsAt: vnInstant(earlier, "09:00"), status: "COMPLETED", productIds: [product.id] });
    expect(await asUser(staff, () => changeLineup({ sessionId: session.id, productId: product.id, change: "add" }))).toMatchObject({ ok: true });
    expect(await firstLivesNotReady(db, session.id)).toEqual([]);
    expect(await db.auditLog.count({ where: { action: "SETTING_CHANGED", actorId: admin.id } })).toBe(1);
  });
});

describe("damage complaints", () => {
  it("are recorded by staff against a product and a session it was in; the third in 30 days reopens the packaging check", async () => {
    const a = await shop();
    const product = await f.createProduct(db, a.producerId, { fragile: true });
    await f.createPackagingCheck(db, { productId: product.id, submittedById: a.user.id, status: "APPROVED" });
    const [host, channel] = await Promise.all([f.createHost(db), f.createChannel(db)]);
    const day = addDays(comingSaturday(), -14);
    const session = await f.createSession(db, { hostId: host.id, channelId: channel.id, startsAt: vnInstant(day, "08:00"), endsAt: vnInstant(day, "09:00"), status: "COMPLETED", productIds: [product.id] });
    const other = await f.createSession(db, { hostId: host.id, channelId: channel.id, startsAt: vnInstant(day, "10:00"), endsAt: vnInstant(day, "11:00"), status: "COMPLETED" });
    const complain = (over: Record<string, string> = {}) =>
      asUser(staff, () => recordComplaint({ productId: product.id, sessionId: session.id, source: "BUYER", description: "Ba quả bị dập khi nhận hàng", ...over }));
    expect(await complain({ description: "hư" })).toMatchObject({ ok: false, fieldErrors: { description: "descriptionRequired" } });
    expect(await complain({ sessionId: other.id })).toMatchObject({ ok: false, fieldErrors: { sessionId: "sessionMismatch" } });
    await expect(asUser(a.user, () => recordComplaint({ productId: product.id, sessionId: "", source: "BUYER", description: "Ba quả bị dập khi nhận hàng" }))).rejects.toThrow(AuthorizationError);
    expect(await complain()).toMatchObject({ ok: true, result: { reopened: false } });
    expect(await complain({ sessionId: "", source: "HOST" })).toMatchObject({ ok: true, result: { reopened: false } });
    expect(await complain({ source: "ORDER_RETURNS" })).toMatchObject({ ok: true, result: { reopened: true } });
    expect(await db.product.findUniqueOrThrow({ where: { id: product.id }, select: { packagingStatus: true } })).toEqual({ packagingStatus: "REOPENED" });
    expect(await db.notification.findMany({ where: { userId: a.user.id }, select: { kind: true } })).toEqual([{ kind: "PACKAGING_REOPENED" }]);
    // A fourth does not reopen again; the product stays out of new line-ups until a new check passes.
    expect(await complain()).toMatchObject({ ok: true, result: { reopened: false } });
    const coming = addDays(comingSaturday(), 28);
    const next = await f.createSession(db, { hostId: host.id, channelId: channel.id, startsAt: vnInstant(coming, "08:00"), endsAt: vnInstant(coming, "09:00"), status: "DRAFT" });
    expect(await asUser(staff, () => changeLineup({ sessionId: next.id, productId: product.id, change: "add" }))).toMatchObject({ ok: false, fieldErrors: { productId: "packagingNotApproved" } });
    expect(await listProductComplaints(a.user, product.id)).toHaveLength(4);
    expect(await listProductComplaints((await shop()).user, product.id)).toBeNull();
    expect(await db.auditLog.count({ where: { action: "PACKAGING_CHECK_REOPENED", entityId: product.id } })).toBe(1);
  });

  it("older than 30 days do not count towards reopening", async () => {
    const a = await shop();
    const product = await f.createProduct(db, a.producerId);
    await db.damageComplaint.createMany({
      data: [1, 2].map(() => ({ productId: product.id, source: "BUYER" as const, description: "Vỡ chai", recordedById: staff.id, createdAt: new Date(Date.now() - 40 * 86_400_000) })),
    });
    expect(await asUser(staff, () => recordComplaint({ productId: product.id, sessionId: "", source: "BUYER", description: "Vỡ một chai" }))).toMatchObject({ ok: true, result: { reopened: false } });
    expect(await db.product.findUniqueOrThrow({ where: { id: product.id }, select: { packagingStatus: true, fragile: true } })).toEqual({ packagingStatus: "NONE", fragile: false });
  });
});

describe("shop health reviews", () => {
  it("are recorded by staff with five scores and guidance, read and acknowledged by the producer, and make a shop due again after 90 days", async () => {
    const a = await shop();
    expect((await listDueHealthReviews(staff)).map((s) => s.id)).toContain(a.producerId);
    const review = { producerId: a.producerId, responseTime: "4", onTimeShipping: "5", damageRate: "2", listingQuality: "4", livePerformance: "3", guidance: "Dùng thùng 5 lớp cho hàng tươi." };
    expect(await asUser(staff, () => recordHealthReview({ ...review, damageRate: "6" }))).toMatchObject({ ok: false, fieldErrors: { damageRate: "scoreInvalid" } });
    expect(await asUser(staff, () => recordHealthReview({ ...review, guidance: "ok" }))).toMatchObject({ ok: false, fieldErrors: { guidance: "guidanceRequired" } });
    const saved = await asUser(staff, () => recordHealthReview(review));
    expect(saved.ok).toBe(true);
    expect((await listDueHealthReviews(staff)).map((s) => s.id)).not.toContain(a.producerId);
    expect((await listDueHealthReviews(staff, new Date(Date.now() + 91 * 86_400_000))).map((s) => s.id)).toContain(a.producerId);
    const own = await getOwnProgramme(a.user);
    expect(own?.review).toMatchObject({ damageRate: 2, guidance: "Dùng thùng 5 lớp cho hàng tươi.", acknowledgedAt: null });
    const reviewId = (saved.result as { reviewId: string }).reviewId;
    expect(await asUser((await shop()).user, () => acknowledgeHealthReview({ reviewId }))).toMatchObject({ ok: false, formError: "notFound" });
    expect(await asUser(a.user, () => acknowledgeHealthReview({ reviewId }))).toMatchObject({ ok: true });
    expect((await getOwnProgramme(a.user))?.review?.acknowledgedAt).not.toBeNull();
    const panel = await getHealthPanel(staff, a.producerId);
    expect(panel?.reviews[0]).toMatchObject({ id: reviewId, acknowledgedAt: expect.any(String) });
  });
});

describe("the Hạt giống OCOP cohort", () => {
  it("is changed by staff with a reason; the public page shows sales only where the producer agreed", async () => {
    const a = await shop();
    const b = await shop();
    const waiting = await shop();
    await db.producer.update({ where: { id: waiting.producerId }, data: { reviewStatus: "SUBMITTED" } });
    const [host, channel] = await Promise.all([f.createHost(db), f.createChannel(db)]);
    for (const [n, s] of [a, b].entries()) {
      const product = await f.createProduct(db, s.producerId);
      for (const [w, gmv] of [[-70, 0], [-35, 12_000_000], [-7, 180_000_000]] as const) {
        const day = addDays(comingSaturday(), w);
        const session = await f.createSession(db, { hostId: host.id, channelId: channel.id, startsAt: vnInstant(day, n ? "10:00" : "08:00"), endsAt: vnInstant(day, n ? "11:00" : "09:00"), status: "COMPLETED", productIds: [product.id] });
        await db.productResult.create({ data: { sessionId: session.id, productId: product.id, orders: 1, unitsSold: 1, gmvVnd: BigInt(gmv) } });
      }
    }
    const change = (producerId: string, over: Record<string, string> = {}) => asUser(staff, () => changeCohort({ producerId, change: "join", cohortReason: "Tăng trưởng đều qua các phiên", ...over }));
    expect(await change(a.producerId, { cohortReason: "tốt" })).toMatchObject({ ok: false, fieldErrors: { cohortReason: "reasonRequiredCohort" } });
    expect(await change(waiting.producerId)).toMatchObject({ ok: false, formError: "shopNotApproved" });
    const twice = await Promise.all([change(a.producerId), change(a.producerId)]);
    expect(twice.filter((o) => o.ok)).toHaveLength(1);
    expect(twice.find((o) => !o.ok)).toMatchObject({ formError: "alreadyInCohort" });
    expect(await change(b.producerId)).toMatchObject({ ok: true });
    expect(await asUser(a.user, () => setGrowthConsent({ publishGrowth: "on" }))).toMatchObject({ ok: true });

    const stories = await listCohortStories();
    const storyA = stories.find((s) => s.name === a.name)!;
    const storyB = stories.find((s) => s.name === b.name)!;
    expect(storyA).toMatchObject({ sessions: 3, firstSession: vnInstant(addDays(comingSaturday(), -70), "08:00").toISOString() });
    expect(storyA.months?.map((m) => m.gmvVnd)).toEqual(expect.arrayContaining(["0", "180000000"]));
    expect(storyB).toMatchObject({ sessions: 3, months: null });

    expect(await change(a.producerId, { change: "leave", cohortReason: "Tạm ngừng bán hàng" })).toMatchObject({ ok: true });
    expect(await change(a.producerId, { change: "leave", cohortReason: "Tạm ngừng bán hàng" })).toMatchObject({ ok: false, formError: "notInCohort" });
    expect((await listCohortStories()).map((s) => s.name)).not.toContain(a.name);
    expect(await db.auditLog.count({ where: { action: { in: ["COHORT_JOINED", "COHORT_LEFT"] } } })).toBe(3);
    // Back in: a new membership, the history kept.
    expect(await change(a.producerId, { cohortReason: "Bán lại từ tháng này" })).toMatchObject({ ok: true });
    expect((await getHealthPanel(staff, a.producerId))?.cohort).toHaveLength(2);
  });
});
