import { ActionError, defineAction } from "@/lib/action";
import { AuditAction } from "@/lib/audit/actions";
import { STAFF_ROLES } from "@/lib/auth/policy";
import { CacheTag } from "@/lib/cache-tags";
import { isUniqueViolation } from "@/lib/db/errors";
import { notifyShop } from "@/lib/notifications/notify";
import { COMPLAINT_WINDOW_DAYS, COMPLAINTS_TO_REOPEN } from "./rules";
import { CohortChangeSchema, ComplaintInputSchema, GrowthConsentSchema, HealthAckSchema, HealthReviewInputSchema } from "./schema";

/** What the centre does after a shop is live: damage complaints, health reviews, the cohort. */

export type ComplaintUploads = { photoUrls: string[] } | undefined;

/**
 * Staff record that a product arrived damaged. The third complaint within 30 days reopens its
 * packaging check (and marks it fragile): it leaves no new line-up until a new check is approved.
 */
export const recordComplaint = defineAction<typeof ComplaintInputSchema, { complaintId: string; reopened: boolean }, ComplaintUploads>({
  schema: ComplaintInputSchema,
  roles: STAFF_ROLES,
  run: async (input, { user, tx, audit, extra }) => {
    // Locked: two complaints recorded at once count each other.
    const [product] = await tx.$queryRaw<{ id: string; name: string; producer_id: string; packaging_status: string; fragile: boolean }[]>`
      SELECT id, name, producer_id, packaging_status, fragile FROM products WHERE id = ${input.productId}::uuid FOR UPDATE`;
    if (!product) throw new ActionError("notFound");
    if (input.sessionId) {
      const featured = await tx.sessionProduct.findUnique({ where: { sessionId_productId: { sessionId: input.sessionId, productId: product.id } }, select: { sessionId: true } });
      if (!featured) throw new ActionError("sessionMismatch", "sessionId");
    }
    const complaint = await tx.damageComplaint.create({
      data: { productId: product.id, sessionId: input.sessionId ?? null, source: input.source, description: input.description, photoUrls: extra?.photoUrls ?? [], recordedById: user!.id },
    });
    await audit({ action: AuditAction.COMPLAINT_RECORDED, entityType: "DamageComplaint", entityId: complaint.id, after: complaint });
    const recent = await tx.damageComplaint.count({ where: { productId: product.id, createdAt: { gte: new Date(Date.now() - COMPLAINT_WINDOW_DAYS * 86_400_000) } } });
    const reopened = recent >= COMPLAINTS_TO_REOPEN && (product.packaging_status === "APPROVED" || product.packaging_status === "NONE");
    if (reopened) {
      await tx.product.update({ where: { id: product.id }, data: { fragile: true, packagingStatus: "REOPENED" } });
      await audit({
        action: AuditAction.PACKAGING_CHECK_REOPENED,
        entityType: "Product",
        entityId: product.id,
        before: { packagingStatus: product.packaging_status, fragile: product.fragile },
        after: { packagingStatus: "REOPENED", fragile: true, complaints: recent },
      });
      await notifyShop(tx, product.producer_id, {
        key: "PACKAGING_REOPENED",
        params: { product: product.name, count: String(recent), days: String(COMPLAINT_WINDOW_DAYS) },
        link: `/producer/products/${product.id}/packaging`,
      });
    }
    return { complaintId: complaint.id, reopened };
  },
});

/** Staff review a shop's health and leave guidance; the producer is told. */
export const recordHealthReview = defineAction({
  schema: HealthReviewInputSchema,
  roles: STAFF_ROLES,
  run: async ({ producerId, ...review }, { user, tx, audit }) => {
    const shop = await tx.producer.findUnique({ where: { id: producerId }, select: { id: true } });
    if (!shop) throw new ActionError("notFound");
    const created = await tx.healthReview.create({ data: { producerId, ...review, reviewedById: user!.id } });
    await audit({ action: AuditAction.HEALTH_REVIEW_RECORDED, entityType: "HealthReview", entityId: created.id, after: created });
    await notifyShop(tx, producerId, { key: "HEALTH_REVIEW", link: "/producer" });
    return { reviewId: created.id };
  },
});

/** The producer acknowledges the guidance of one of their shop's health reviews. */
export const acknowledgeHealthReview = defineAction({
  schema: HealthAckSchema,
  roles: ["PRODUCER"],
  run: async ({ reviewId }, { user, tx, audit }) => {
    const review = await tx.healthReview.findUnique({ where: { id: reviewId }, select: { id: true, producerId: true, acknowledgedAt: true } });
    if (!review || !user!.producerIds.includes(review.producerId)) throw new ActionError("notFound");
    if (review.acknowledgedAt) return { reviewId };
    const now = new Date();
    await tx.healthReview.update({ where: { id: reviewId }, data: { acknowledgedAt: now, acknowledgedById: user!.id } });
    await audit({ action: AuditAction.HEALTH_REVIEW_ACKNOWLEDGED, entityType: "HealthReview", entityId: reviewId, before: { acknowledgedAt: null }, after: { acknowledgedAt: now } });
    return { reviewId };
  },
});

/** Staff add an approved shop to the "Hạt giống OCOP" cohort, or take it out; with a reason, audited. */
export const changeCohort = defineAction({
  schema: CohortChangeSchema,
  roles: STAFF_ROLES,
  run: async ({ producerId, change, cohortReason: reason }, { user, tx, audit }) => {
    const shop = await tx.producer.findUnique({ where: { id: producerId }, select: { id: true, reviewStatus: true } });
    if (!shop) throw new ActionError("notFound");
    const open = await tx.cohortMembership.findFirst({ where: { producerId, leftAt: null }, select: { id: true } });
    if (change === "join") {
      if (shop.reviewStatus !== "APPROVED") throw new ActionError("shopNotApproved");
      if (open) throw new ActionError("alreadyInCohort");
      const membership = await tx.cohortMembership.create({ data: { producerId, joinReason: reason, addedById: user!.id } });
      await audit({ action: AuditAction.COHORT_JOINED, entityType: "CohortMembership", entityId: membership.id, after: membership });
      await notifyShop(tx, producerId, { key: "COHORT_JOINED", params: { reason }, link: "/producer/shop" });
      return { membershipId: membership.id };
    }
    if (!open) throw new ActionError("notInCohort");
    const membership = await tx.cohortMembership.update({ where: { id: open.id }, data: { leftAt: new Date(), leaveReason: reason, removedById: user!.id } });
    await audit({ action: AuditAction.COHORT_LEFT, entityType: "CohortMembership", entityId: membership.id, before: { leftAt: null }, after: { leftAt: membership.leftAt, leaveReason: reason } });
    return { membershipId: membership.id };
  },
  // Two staff adding the same shop at once: the partial unique index lets one in.
  onError: async (error) => (isUniqueViolation(error) ? new ActionError("alreadyInCohort") : null),
  tags: () => [CacheTag.producers, CacheTag.sessions],
});

/** A producer agrees (or no longer agrees) that their sales appear on the public cohort page. */
export const setGrowthConsent = defineAction({
  schema: GrowthConsentSchema,
  roles: ["PRODUCER"],
  run: async ({ publishGrowth }, { user, tx, audit }) => {
    const producerId = user!.producerIds[0];
    if (!producerId) throw new ActionError("noShop");
    const before = await tx.producer.findUniqueOrThrow({ where: { id: producerId }, select: { publishGrowth: true } });
    await tx.producer.update({ where: { id: producerId }, data: { publishGrowth } });
    await audit({ action: AuditAction.GROWTH_CONSENT_CHANGED, entityType: "Producer", entityId: producerId, before, after: { publishGrowth } });
    return { publishGrowth };
  },
  tags: () => [CacheTag.producers],
});
