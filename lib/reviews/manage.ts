import { ActionError, defineAction } from "@/lib/action";
import { AuditAction } from "@/lib/audit/actions";
import type { AuditEntry } from "@/lib/audit/log";
import { STAFF_ROLES } from "@/lib/auth/policy";
import { CacheTag } from "@/lib/cache-tags";
import type { Tx } from "@/lib/db/client";
import type { ReviewStatus } from "@/lib/db/generated/enums";
import { notifyShop } from "@/lib/notifications/notify";
import { BulkApproveSchema, DecisionSchema, type DecisionKind, type ReviewTargetKind } from "./schema";

const STATUS_AFTER: Record<DecisionKind, ReviewStatus> = {
  APPROVE: "APPROVED",
  REQUEST_CHANGES: "CHANGES_REQUESTED",
  REJECT: "REJECTED",
};

type Locked = { id: string; status: ReviewStatus; version: number; producerId: string; name: string; productId?: string };

/** Locks the item under review, so that of two reviewers deciding at once one waits and then sees the other's decision. */
async function lockItem(tx: Tx, target: ReviewTargetKind, id: string): Promise<Locked | null> {
  if (target === "PRODUCER") {
    const [row] = await tx.$queryRaw<{ id: string; review_status: ReviewStatus; version: number; name: string }[]>`
      SELECT id, review_status, version, name FROM producers WHERE id = ${id}::uuid FOR UPDATE`;
    return row ? { id: row.id, status: row.review_status, version: row.version, producerId: row.id, name: row.name } : null;
  }
  if (target === "PRODUCT") {
    const [row] = await tx.$queryRaw<{ id: string; review_status: ReviewStatus; version: number; producer_id: string; name: string }[]>`
      SELECT id, review_status, version, producer_id, name FROM products WHERE id = ${id}::uuid FOR UPDATE`;
    return row ? { id: row.id, status: row.review_status, version: row.version, producerId: row.producer_id, name: row.name, productId: row.id } : null;
  }
  // A revision: lock the product too, since approving it changes the product.
  const [row] = await tx.$queryRaw<{ id: string; review_status: ReviewStatus; product_id: string; producer_id: string; name: string; version: number }[]>`
    SELECT r.id, r.review_status, r.product_id, p.producer_id, p.name, r.version
    FROM product_revisions r JOIN products p ON p.id = r.product_id
    WHERE r.id = ${id}::uuid FOR UPDATE OF r, p`;
  return row ? { id: row.id, status: row.review_status, version: row.version, producerId: row.producer_id, name: row.name, productId: row.product_id } : null;
}

/** Who decided an item first, for the reviewer who came second. */
async function earlierDecision(tx: Tx, target: ReviewTargetKind, id: string) {
  const where = target === "PRODUCER" ? { producerId: id, target } : target === "PRODUCT" ? { productId: id, target } : { revisionId: id };
  const decision = await tx.reviewDecision.findFirst({
    where,
    orderBy: { createdAt: "desc" },
    select: { decision: true, createdAt: true, reviewer: { select: { name: true } } },
  });
  return decision;
}

type RevisionData = {
  name: string;
  groupId: number;
  description: string | null;
  priceVnd: number;
  unit: string;
  weightGrams: number | null;
  shelfLifeDays: number | null;
  fragile: boolean;
  packagingNotes: string | null;
  certificate: { stars: number; decisionNumber: string; issuingLevel: "CENTRAL" | "PROVINCE" | "DISTRICT"; decisionDate: string; expiresOn: string; scanUrl?: string };
  newPhotos?: { url: string; width: number; height: number }[];
};

/** Applies an approved revision to its product: fields, certificate (a new decision number is a new certificate), new photos. */
async function applyRevision(tx: Tx, productId: string, data: RevisionData) {
  const { certificate, newPhotos = [], ...fields } = data;
  const before = await tx.product.findUniqueOrThrow({
    where: { id: productId },
    include: { certificates: { orderBy: { decisionDate: "desc" }, take: 1 }, _count: { select: { images: true } } },
  });
  const product = await tx.product.update({ where: { id: productId }, data: { ...fields, version: { increment: 1 } } });
  const cert = {
    stars: certificate.stars,
    decisionNumber: certificate.decisionNumber,
    issuingLevel: certificate.issuingLevel,
    decisionDate: new Date(certificate.decisionDate),
    expiresOn: new Date(certificate.expiresOn),
    ...(certificate.scanUrl ? { scanUrl: certificate.scanUrl } : {}),
  };
  const current = before.certificates[0];
  if (current && current.decisionNumber === certificate.decisionNumber) await tx.certificate.update({ where: { id: current.id }, data: cert });
  else await tx.certificate.create({ data: { ...cert, productId } });
  if (newPhotos.length) {
    await tx.productImage.createMany({
      data: newPhotos.map((p, i) => ({ productId, url: p.url, width: p.width, height: p.height, alt: fields.name, position: before._count.images + i })),
    });
  }
  const { certificates, _count, ...beforeFields } = before;
  return { before: { ...beforeFields, certificate: certificates[0] ?? null }, after: { ...product, certificate: cert } };
}

/** The notification of a decision is keyed `<prefix>_<decision>` (lib/notifications/texts). */
const NOTICE_PREFIX = { PRODUCER: "SHOP", PRODUCT: "PRODUCT", PRODUCT_REVISION: "REVISION" } as const;
const LINKS: Record<ReviewTargetKind, string> = { PRODUCER: "/producer/shop", PRODUCT: "/producer/products", PRODUCT_REVISION: "/producer/products" };

/** Records one decision on a locked item; shared by the single decision and the bulk approval. */
async function decide(
  tx: Tx,
  audit: (entry: Omit<AuditEntry, "actorId">) => Promise<void>,
  reviewerId: string,
  target: ReviewTargetKind,
  item: Locked,
  decision: DecisionKind,
  reason: string | null,
) {
  const status = STATUS_AFTER[decision];
  let before: unknown = { reviewStatus: item.status, reviewReason: null };
  let after: unknown = { reviewStatus: status, reviewReason: reason };
  if (target === "PRODUCER") {
    await tx.producer.update({ where: { id: item.id }, data: { reviewStatus: status, reviewReason: reason, version: { increment: 1 } } });
  } else if (target === "PRODUCT") {
    await tx.product.update({ where: { id: item.id }, data: { reviewStatus: status, reviewReason: reason, version: { increment: 1 } } });
  } else {
    const revision = await tx.productRevision.update({ where: { id: item.id }, data: { reviewStatus: status, reviewReason: reason } });
    if (decision === "APPROVE") {
      const applied = await applyRevision(tx, item.productId!, revision.data as unknown as RevisionData);
      before = { ...applied.before, revisionStatus: item.status };
      after = { ...applied.after, revisionStatus: status };
    }
  }
  await tx.reviewDecision.create({
    data: {
      target,
      decision,
      reason,
      reviewerId,
      producerId: target === "PRODUCER" ? item.id : null,
      productId: target === "PRODUCER" ? null : item.productId!,
      revisionId: target === "PRODUCT_REVISION" ? item.id : null,
    },
  });
  await audit({
    action: target === "PRODUCER" ? AuditAction.PRODUCER_REVIEWED : AuditAction.PRODUCT_REVIEWED,
    entityType: target === "PRODUCER" ? "Producer" : "Product",
    entityId: target === "PRODUCER" ? item.id : item.productId!,
    before,
    after: { ...(after as object), decision, ...(target === "PRODUCT_REVISION" ? { revisionId: item.id } : {}) },
  });
  await notifyShop(tx, item.producerId, {
    kind: `${target}_${decision}`,
    key: `${NOTICE_PREFIX[target]}_${decision}`,
    params: { name: item.name, reason: reason ?? "" },
    link: LINKS[target],
  });
}

/** What changed on public pages after decisions on these targets. */
const tagsFor = () => [CacheTag.producers, CacheTag.products, CacheTag.sessions];

/**
 * Approve, request changes or reject a shop, a product or a product revision. Of two reviewers
 * deciding at once, exactly one decision is recorded; the other is told who decided first and how.
 */
export const decideReview = defineAction({
  schema: DecisionSchema,
  roles: STAFF_ROLES,
  run: async (input, { user, tx, audit }) => {
    const item = await lockItem(tx, input.target, input.id);
    if (!item) throw new ActionError("notFound");
    if (item.status !== "SUBMITTED") {
      const first = await earlierDecision(tx, input.target, input.id);
      if (first) throw new ActionError("alreadyDecided", undefined, { name: first.reviewer.name, decision: first.decision });
      throw new ActionError("notWaiting");
    }
    // The version the reviewer saw: a revision the producer edited meanwhile is not approved unseen.
    if (item.version !== input.version) throw new ActionError("changedMeanwhile");
    await decide(tx, audit, user!.id, input.target, item, input.decision, input.reason);
    return { target: input.target, id: input.id, decision: input.decision };
  },
  tags: tagsFor,
});

/**
 * Approves a selection in one transaction. Items someone else decided meanwhile are skipped and
 * counted, not overwritten.
 */
export const bulkApprove = defineAction({
  schema: BulkApproveSchema,
  roles: STAFF_ROLES,
  run: async ({ target, ids }, { user, tx, audit }) => {
    let approved = 0;
    let skipped = 0;
    // A fixed lock order: two bulk approvals over overlapping selections cannot deadlock.
    for (const id of [...new Set(ids)].sort()) {
      const item = await lockItem(tx, target, id);
      if (!item || item.status !== "SUBMITTED") {
        skipped += 1;
        continue;
      }
      await decide(tx, audit, user!.id, target, item, "APPROVE", null);
      approved += 1;
    }
    return { approved, skipped };
  },
  tags: tagsFor,
});
