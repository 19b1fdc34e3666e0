import { ActionError, defineAction } from "@/lib/action";
import { AuditAction } from "@/lib/audit/actions";
import { assertProducerAccess, AuthorizationError, STAFF_ROLES } from "@/lib/auth/policy";
import { CacheTag } from "@/lib/cache-tags";
import { confirmStagedOrders, OrderImportRefused } from "./import";
import { rematchOrderSkus } from "./reattribute";
import { ConfirmOrdersSchema, ProductListingSchema } from "./schema";

/**
 * A producer acts on their own shop only, staff on any. Another shop's data is answered as not
 * found, as elsewhere, so as not to tell whether it exists.
 */
function checkShop(user: Parameters<typeof assertProducerAccess>[0], producerId: string) {
  try {
    assertProducerAccess(user, producerId);
  } catch (error) {
    if (error instanceof AuthorizationError) throw new ActionError("notFound");
    throw error;
  }
}

/**
 * Writes a previewed order export for one shop: all lines or none, checked again inside the
 * transaction; sessions' figures from their attributed lines; provenance and audit.
 */
export const confirmOrderImport = defineAction({
  schema: ConfirmOrdersSchema,
  roles: ["PRODUCER", ...STAFF_ROLES],
  run: async ({ sha256, fileName, producerId }, { user, tx }) => {
    checkShop(user, producerId);
    const producer = await tx.producer.findUnique({ where: { id: producerId }, select: { id: true } });
    if (!producer) throw new ActionError("producerRequired");
    try {
      const outcome = await confirmStagedOrders(tx, { producerId, sha256, fileName, actorId: user!.id });
      const { plan } = outcome;
      return { importId: outcome.importId, rows: plan.rows, created: plan.created, updated: plan.updated, unchanged: plan.unchanged, attributed: plan.attributed, sessions: outcome.sessionsChanged };
    } catch (error) {
      if (error instanceof OrderImportRefused) throw new ActionError(error.messageKey);
      throw error;
    }
  },
  tags: () => [CacheTag.results],
  timeoutMs: 300_000,
});

/**
 * A product's TikTok Shop listing (its id there and its SKUs), edited by its producer or staff.
 * A SKU belongs to one product of a shop: one already on another product is refused, naming it.
 */
export const updateProductListing = defineAction({
  schema: ProductListingSchema,
  roles: ["PRODUCER", ...STAFF_ROLES],
  run: async ({ productId, tiktokProductId, skus }, { user, tx, audit }) => {
    const product = await tx.product.findUnique({ where: { id: productId }, select: { id: true, producerId: true, tiktokProductId: true, skus: { select: { value: true } } } });
    if (!product) throw new ActionError("notFound");
    checkShop(user, product.producerId);
    const taken = await tx.productSku.findFirst({
      where: { producerId: product.producerId, value: { in: skus }, productId: { not: productId } },
      select: { value: true, product: { select: { name: true } } },
    });
    if (taken) throw new ActionError("skuTaken", "skus", { sku: taken.value, product: taken.product.name });
    await tx.productSku.deleteMany({ where: { productId, value: { notIn: skus } } });
    await tx.productSku.createMany({ data: skus.map((value) => ({ producerId: product.producerId, productId, value })), skipDuplicates: true });
    await tx.product.update({ where: { id: productId }, data: { tiktokProductId } });
    // Lines already imported under a SKU added or removed here follow it (no need to import the file again).
    const before = product.skus.map((s) => s.value);
    const changed = [...skus.filter((v) => !before.includes(v)), ...before.filter((v) => !skus.includes(v))];
    const { lines: ordersRematched } = await rematchOrderSkus(tx, { producerId: product.producerId, values: changed });
    await audit({
      action: AuditAction.PRODUCT_LISTING_UPDATED,
      entityType: "Product",
      entityId: productId,
      before: { tiktokProductId: product.tiktokProductId, skus: before },
      after: { tiktokProductId, skus, ordersRematched },
    });
    return { productId, ordersRematched };
  },
  // The reports and session figures change when imported lines followed a SKU.
  tags: (result) => (result.ordersRematched > 0 ? [CacheTag.results] : []),
});
