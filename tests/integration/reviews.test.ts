import { beforeEach, describe, expect, it } from "vitest";
import { AuthorizationError } from "@/lib/auth/policy";
import { loadActiveUser, type CurrentUser } from "@/lib/auth/users";
import { db } from "@/lib/db/client";
import { listOwnNotifications } from "@/lib/notifications/queries";
import { getPublicProduct } from "@/lib/products/queries";
import { bulkApprove, decideReview } from "@/lib/reviews/manage";
import { getProductReview, getReviewCounts, listCertificates, listReviewQueue } from "@/lib/reviews/queries";
import { addDays, addMonths, vnDateOf } from "@/lib/time";
import { seedReferenceData } from "@/prisma/seed";
import { createProducer, createProduct, createUser } from "@/tests/fixtures/factories";
import { asUser } from "@/tests/support/acting-user";

let staff: CurrentUser;
let otherStaff: CurrentUser;
let owner: CurrentUser;
let shopId: string;

beforeEach(async () => {
  await seedReferenceData(db);
  staff = (await loadActiveUser((await createUser(db, { role: "STAFF", name: "Lê Thu Hà" })).id))!;
  otherStaff = (await loadActiveUser((await createUser(db, { role: "ADMIN", name: "Phạm Quốc Bảo" })).id))!;
  const user = await createUser(db, { role: "PRODUCER" });
  shopId = (await createProducer(db, { memberUserIds: [user.id], reviewStatus: "APPROVED" })).id;
  owner = (await loadActiveUser(user.id))!;
});

const waiting = (over: Parameters<typeof createProduct>[2] = {}) => createProduct(db, shopId, { reviewStatus: "SUBMITTED", ...over });

describe("reviews", () => {
  it("approve a product: status, decision, audit, notification and outbox, and the product is public", async () => {
    const product = await waiting();
    expect(await getPublicProduct(product.slug)).toBeNull();
    const state = await asUser(staff, () => decideReview({ target: "PRODUCT", id: product.id, decision: "APPROVE", version: "0" }));
    expect(state.ok).toBe(true);
    expect(await db.product.findUniqueOrThrow({ where: { id: product.id } })).toMatchObject({ reviewStatus: "APPROVED", version: 1 });
    expect(await db.reviewDecision.findMany({ where: { productId: product.id } })).toMatchObject([{ decision: "APPROVE", reviewerId: staff.id, target: "PRODUCT" }]);
    const [entry] = await db.auditLog.findMany({ where: { entityId: product.id, action: "PRODUCT_REVIEWED" } });
    expect(entry).toMatchObject({ actorId: staff.id, before: { reviewStatus: "SUBMITTED" }, after: { reviewStatus: "APPROVED", decision: "APPROVE" } });
    expect(await db.notification.findMany({ where: { userId: owner.id } })).toMatchObject([{ kind: "PRODUCT_APPROVE" }]);
    expect(await db.notificationOutbox.count({ where: { notification: { userId: owner.id } } })).toBe(1);
    expect((await getPublicProduct(product.slug))?.name).toBe(product.name);
  });

  it("request changes and reject need a reason, which the producer sees", async () => {
    const product = await waiting();
    expect(await asUser(staff, () => decideReview({ target: "PRODUCT", id: product.id, decision: "REJECT", reason: "  ", version: "0" }))).toMatchObject({
      ok: false,
      fieldErrors: { reason: "reasonRequired" },
    });
    expect(await db.reviewDecision.count({ where: { productId: product.id } })).toBe(0);
    const reason = "Ảnh giấy chứng nhận bị mờ, vui lòng chụp lại.";
    expect((await asUser(staff, () => decideReview({ target: "PRODUCT", id: product.id, decision: "REQUEST_CHANGES", reason, version: "0" }))).ok).toBe(true);
    expect(await db.product.findUniqueOrThrow({ where: { id: product.id } })).toMatchObject({ reviewStatus: "CHANGES_REQUESTED", reviewReason: reason });
    expect((await db.notification.findFirstOrThrow({ where: { userId: owner.id } })).body).toContain(reason);
    // Keyed, so each reader gets it in their language, with the product's name and the reason.
    expect((await listOwnNotifications(owner, "en")).items[0]).toMatchObject({ title: `The product “${product.name}” needs changes`, body: `Reason: ${reason}` });
    expect((await listOwnNotifications(owner, "vi")).items[0]).toMatchObject({ title: `Sản phẩm “${product.name}” cần chỉnh sửa`, body: `Lý do: ${reason}` });
    const shop = await createProducer(db, { reviewStatus: "SUBMITTED" });
    expect((await asUser(staff, () => decideReview({ target: "PRODUCER", id: shop.id, decision: "REJECT", reason: "Mã số thuế không khớp", version: "0" }))).ok).toBe(true);
    expect(await db.producer.findUniqueOrThrow({ where: { id: shop.id } })).toMatchObject({ reviewStatus: "REJECTED", reviewReason: "Mã số thuế không khớp" });
  });

  it("records exactly one of two concurrent decisions and tells the second reviewer who decided first", async () => {
    const product = await waiting();
    const [a, b] = await Promise.all([
      asUser(staff, () => decideReview({ target: "PRODUCT", id: product.id, decision: "APPROVE", version: "0" })),
      asUser(otherStaff, () => decideReview({ target: "PRODUCT", id: product.id, decision: "REJECT", reason: "Trùng sản phẩm", version: "0" })),
    ]);
    const results = [a, b];
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const loser = results.find((r) => !r.ok)!;
    const winner = results[0]!.ok ? { name: staff.name, decision: "APPROVE" } : { name: otherStaff.name, decision: "REJECT" };
    expect(loser).toMatchObject({ formError: "alreadyDecided", formParams: winner });
    expect(await db.reviewDecision.count({ where: { productId: product.id } })).toBe(1);
    expect(await db.auditLog.count({ where: { entityId: product.id, action: "PRODUCT_REVIEWED" } })).toBe(1);
  });

  it("refuses a decision on an item changed since the reviewer opened it", async () => {
    const product = await waiting();
    await db.product.update({ where: { id: product.id }, data: { version: { increment: 1 } } });
    expect(await asUser(staff, () => decideReview({ target: "PRODUCT", id: product.id, decision: "APPROVE", version: "0" }))).toMatchObject({ formError: "changedMeanwhile" });
    expect((await db.product.findUniqueOrThrow({ where: { id: product.id } })).reviewStatus).toBe("SUBMITTED");
  });

  it("approving a revision replaces the public version; until then the approved one stays", async () => {
    const product = await createProduct(db, shopId, { name: "Trà shan tuyết cổ thụ", priceVnd: 200_000 });
    const decisionDate = vnDateOf(new Date());
    const revision = await db.productRevision.create({
      data: {
        productId: product.id,
        data: {
          name: "Trà shan tuyết cổ thụ Hà Giang",
          groupId: 2,
          description: "Mới",
          priceVnd: 250_000,
          unit: "hộp 100 g",
          weightGrams: 100,
          shelfLifeDays: 720,
          fragile: false,
          packagingNotes: null,
          certificate: { stars: 5, decisionNumber: "77/QĐ-BNN", issuingLevel: "CENTRAL", decisionDate: `${decisionDate}T00:00:00.000Z`, expiresOn: `${addMonths(decisionDate, 36)}T00:00:00.000Z` },
          newPhotos: [{ url: "/media/products/x", width: 800, height: 600 }],
        },
      },
    });
    expect((await getPublicProduct(product.slug))?.priceVnd).toBe(200_000);
    expect((await getProductReview(staff, product.id))?.revision?.id).toBe(revision.id);
    expect((await asUser(staff, () => decideReview({ target: "PRODUCT_REVISION", id: revision.id, decision: "APPROVE", version: "0" }))).ok).toBe(true);
    const after = await getPublicProduct(product.slug);
    expect(after).toMatchObject({ name: "Trà shan tuyết cổ thụ Hà Giang", priceVnd: 250_000, certificate: { stars: 5 } });
    expect(await db.productImage.count({ where: { productId: product.id } })).toBe(2);
    expect(await db.certificate.count({ where: { productId: product.id } })).toBe(2);
    expect((await db.productRevision.findUniqueOrThrow({ where: { id: revision.id } })).reviewStatus).toBe("APPROVED");
    expect(await asUser(staff, () => decideReview({ target: "PRODUCT_REVISION", id: revision.id, decision: "APPROVE", version: "0" }))).toMatchObject({
      formError: "alreadyDecided",
    });
  });

  it("bulk approves a selection in one go, skipping what someone else decided", async () => {
    const [p1, p2, p3] = [await waiting(), await waiting(), await waiting()];
    await asUser(otherStaff, () => decideReview({ target: "PRODUCT", id: p3.id, decision: "REJECT", reason: "Không đạt", version: "0" }));
    expect(await asUser(staff, () => bulkApprove({ target: "PRODUCT", ids: [p1.id, p2.id, p3.id] }))).toMatchObject({ ok: true, result: { approved: 2, skipped: 1 } });
    expect((await db.product.findMany({ where: { id: { in: [p1.id, p2.id, p3.id] } }, orderBy: { name: "asc" } })).map((p) => p.reviewStatus).sort()).toEqual(["APPROVED", "APPROVED", "REJECTED"]);
  });

  it("lists queues oldest first with filters and counts", async () => {
    const old = await waiting({ submittedAt: new Date(Date.now() - 10 * 86_400_000), groupId: 3, certificate: { stars: 5, decisionDate: vnDateOf(new Date()) } });
    const recent = await waiting({ submittedAt: new Date(), groupId: 1 });
    const queue = await listReviewQueue(staff, "products", { page: 1 });
    const ids = queue.items.map((i) => i.id);
    expect(ids.indexOf(old.id)).toBeLessThan(ids.indexOf(recent.id));
    expect((await listReviewQueue(staff, "products", { page: 1, group: 3 })).items.map((i) => i.id)).toEqual([old.id]);
    expect((await listReviewQueue(staff, "products", { page: 1, stars: 5 })).items.map((i) => i.id)).toContain(old.id);
    expect((await listReviewQueue(staff, "products", { page: 1, minAgeDays: 7 })).items.map((i) => i.id)).not.toContain(recent.id);
    expect((await getReviewCounts(staff)).products).toBeGreaterThanOrEqual(2);
  });

  it("lists certificates expiring within 60 days and expired ones, from the date alone", async () => {
    const today = vnDateOf(new Date());
    const expiring = await createProduct(db, shopId, { certificate: { stars: 4, decisionDate: addDays(addMonths(today, -36), 20) } });
    const expired = await createProduct(db, shopId, { certificate: { stars: 3, decisionDate: addDays(addMonths(today, -36), -3) } });
    expect((await listCertificates(staff, "expiring", 1)).items.map((c) => c.productId)).toContain(expiring.id);
    const expiredList = (await listCertificates(staff, "expired", 1)).items;
    expect(expiredList.find((c) => c.productId === expired.id)?.daysLeft).toBe(-3);
    expect((await getPublicProduct(expired.slug))?.certificate).toMatchObject({ expired: true });
  });

  it("refuses producers and visitors, changing nothing", async () => {
    const product = await waiting();
    await expect(asUser(owner, () => decideReview({ target: "PRODUCT", id: product.id, decision: "APPROVE", version: "0" }))).rejects.toThrow(AuthorizationError);
    await expect(asUser(null, () => bulkApprove({ target: "PRODUCT", ids: [product.id] }))).rejects.toThrow(AuthorizationError);
    await expect(listReviewQueue(owner, "products", { page: 1 })).rejects.toThrow(AuthorizationError);
    expect((await db.product.findUniqueOrThrow({ where: { id: product.id } })).reviewStatus).toBe("SUBMITTED");
    expect(await db.auditLog.count({ where: { entityId: product.id } })).toBe(0);
  });
});
