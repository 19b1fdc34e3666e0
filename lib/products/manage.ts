import { ActionError, defineAction, type ActionContext } from "@/lib/action";
import { AuditAction } from "@/lib/audit/actions";
import type { CurrentUser } from "@/lib/auth/users";
import { CacheTag } from "@/lib/cache-tags";
import type { Tx } from "@/lib/db/client";
import { MAX_PHOTOS, type StoredPhoto, type StoredScan } from "@/lib/media/files";
import { isCertificateExpired } from "@/lib/ocop";
import { freeSlug } from "@/lib/slugs";
import { vnDateOf } from "@/lib/time";
import { ProductInputSchema, ProductRefSchema, type ProductInput } from "./schema";

/**
 * The producer's own product, locked for the change. Someone else's product answers "not
 * found", exactly like a product that does not exist: ids are not to be probed.
 */
async function ownProduct(tx: Tx, user: CurrentUser | null, productId: string) {
  const [row] = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM products WHERE id = ${productId}::uuid FOR UPDATE`;
  const product = row
    ? await tx.product.findUnique({ where: { id: row.id }, include: { certificates: { orderBy: { decisionDate: "desc" }, take: 1 } } })
    : null;
  if (!product || !user?.producerIds.includes(product.producerId)) throw new ActionError("notFound");
  return product;
}

function productFields(input: ProductInput) {
  return {
    name: input.name,
    groupId: input.groupId,
    description: input.description,
    priceVnd: input.price,
    unit: input.unit,
    weightGrams: input.weightGrams,
    shelfLifeDays: input.shelfLifeDays,
    fragile: input.fragile,
    packagingNotes: input.packagingNotes,
  };
}

export type ProductUploads = { photos: StoredPhoto[]; scan: StoredScan | null };

function certificateFields(input: ProductInput, scan?: StoredScan | null) {
  return {
    ...(scan ? { scanUrl: scan.url } : {}),
    stars: input.stars,
    decisionNumber: input.decisionNumber,
    issuingLevel: input.issuingLevel,
    decisionDate: new Date(`${input.decisionDate}T00:00:00Z`),
    expiresOn: new Date(`${input.expiresOn}T00:00:00Z`),
  };
}

/**
 * Creates a draft, or saves changes. A product that is already approved stays public as it is:
 * the changes wait for review as a pending revision, which an approval later applies.
 */
export const saveProduct = defineAction({
  schema: ProductInputSchema,
  roles: ["PRODUCER"],
  run: async (input, { user, tx, audit, extra }: ActionContext<ProductUploads | undefined>) => {
    const producerId = user!.producerIds[0];
    if (!producerId) throw new ActionError("noShop");
    const photos = extra?.photos ?? [];
    const scan = extra?.scan ?? null;
    if (photos.length > MAX_PHOTOS) throw new ActionError("photoCount", "photos");
    const images = (name: string, from = 0) =>
      photos.map((p, i) => ({ url: p.url, width: p.width, height: p.height, alt: name, position: from + i }));
    if (!input.productId) {
      const product = await tx.product.create({
        data: {
          ...productFields(input),
          producerId,
          slug: await freeSlug(input.name, "san-pham", async (base) =>
            (await tx.product.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })).map((p) => p.slug),
          ),
          reviewStatus: "DRAFT",
          certificates: { create: certificateFields(input, scan) },
          images: { create: images(input.name) },
        },
      });
      await audit({ action: AuditAction.PRODUCT_CREATED, entityType: "Product", entityId: product.id, after: { ...product, certificate: certificateFields(input) } });
      return { productId: product.id, revision: false };
    }
    const before = await ownProduct(tx, user, input.productId);
    if (before.reviewStatus === "REJECTED") throw new ActionError("rejectedFinal");
    const imageCount = await tx.productImage.count({ where: { productId: before.id } });
    if (imageCount + photos.length > MAX_PHOTOS) throw new ActionError("photoCount", "photos");
    if (before.reviewStatus === "APPROVED") {
      const data = JSON.parse(JSON.stringify({ ...productFields(input), certificate: certificateFields(input, scan), newPhotos: photos }));
      const pending = await tx.productRevision.findFirst({ where: { productId: before.id, reviewStatus: "SUBMITTED" } });
      const revision = pending
        ? await tx.productRevision.update({ where: { id: pending.id }, data: { data, version: { increment: 1 } } })
        : await tx.productRevision.create({ data: { productId: before.id, data } });
      await audit({ action: AuditAction.PRODUCT_REVISION_SUBMITTED, entityType: "Product", entityId: before.id, before: pending?.data ?? null, after: data });
      return { productId: before.id, revision: Boolean(revision.id) };
    }
    const { certificates, ...rest } = before;
    const product = await tx.product.update({
      where: { id: before.id },
      data: { ...productFields(input), version: { increment: 1 }, images: { create: images(input.name, imageCount) } },
    });
    const current = certificates[0];
    if (current) await tx.certificate.update({ where: { id: current.id }, data: certificateFields(input, scan) });
    else await tx.certificate.create({ data: { ...certificateFields(input, scan), productId: before.id } });
    await audit({
      action: AuditAction.PRODUCT_UPDATED,
      entityType: "Product",
      entityId: before.id,
      before: { ...rest, certificate: current ?? null },
      after: { ...product, certificate: certificateFields(input) },
    });
    return { productId: before.id, revision: false };
  },
  tags: () => [CacheTag.products],
});

/** Sends a draft (or a product whose changes were requested) for review. */
export const submitProduct = defineAction({
  schema: ProductRefSchema,
  roles: ["PRODUCER"],
  run: async ({ productId }, { user, tx, audit }) => {
    const product = await ownProduct(tx, user, productId);
    if (product.reviewStatus !== "DRAFT" && product.reviewStatus !== "CHANGES_REQUESTED") throw new ActionError("notSubmittable");
    const certificate = product.certificates[0];
    if (!certificate) throw new ActionError("certificateMissing");
    if (isCertificateExpired(certificate.expiresOn.toISOString().slice(0, 10), vnDateOf(new Date()))) {
      throw new ActionError("certificateExpired");
    }
    const after = await tx.product.update({
      where: { id: product.id },
      data: { reviewStatus: "SUBMITTED", submittedAt: new Date(), reviewReason: null, version: { increment: 1 } },
    });
    await audit({
      action: AuditAction.PRODUCT_SUBMITTED,
      entityType: "Product",
      entityId: product.id,
      before: { reviewStatus: product.reviewStatus },
      after: { reviewStatus: after.reviewStatus },
    });
    return { productId: product.id };
  },
});
