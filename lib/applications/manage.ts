import { ActionError, defineAction } from "@/lib/action";
import { AuditAction } from "@/lib/audit/actions";
import { isUniqueViolation } from "@/lib/db/errors";
import { packagingBlocks } from "@/lib/programme/rules";
import { ApplicationInputSchema, ApplicationRefSchema } from "./schema";

/** A producer applies for a Saturday with some of their approved products. */
export const applyForSession = defineAction({
  schema: ApplicationInputSchema,
  roles: ["PRODUCER"],
  run: async (input, { user, tx, audit }) => {
    const producerId = user!.producerIds[0];
    if (!producerId) throw new ActionError("noShop");
    const shop = await tx.producer.findUniqueOrThrow({ where: { id: producerId }, select: { reviewStatus: true } });
    if (shop.reviewStatus !== "APPROVED") throw new ActionError("shopNotApproved");
    const owned = await tx.product.findMany({ where: { id: { in: input.productIds }, producerId }, select: { id: true, reviewStatus: true, fragile: true, packagingStatus: true, name: true } });
    // Another producer's product is not found (whether it exists is not theirs to learn); one's own
    // that is not approved yet is a mistake in the form.
    if (owned.length !== new Set(input.productIds).size) throw new ActionError("notFound");
    const products = owned.filter((p) => p.reviewStatus === "APPROVED");
    if (products.length !== owned.length) throw new ActionError("productsInvalid", "productIds");
    // A fragile product joins a live only with its packaging checked (lib/programme).
    const unchecked = products.find(packagingBlocks);
    if (unchecked) throw new ActionError("packagingNotApproved", "productIds", { name: unchecked.name });
    const saturday = new Date(`${input.saturday}T00:00:00Z`);
    const duplicate = await tx.sessionApplication.findFirst({ where: { producerId, saturday, status: "PENDING" }, select: { id: true } });
    if (duplicate) throw new ActionError("duplicate", "saturday");
    const application = await tx.sessionApplication.create({
      data: {
        producerId,
        saturday,
        preferredTime: input.preferredTime,
        note: input.note,
        products: { create: products.map((p) => ({ productId: p.id })) },
      },
    });
    await audit({ action: AuditAction.APPLICATION_CREATED, entityType: "SessionApplication", entityId: application.id, after: { ...application, productIds: input.productIds } });
    return { applicationId: application.id };
  },
  // Two requests at once both pass the check above; the partial unique index lets one in.
  onError: async (error) => (isUniqueViolation(error) ? new ActionError("duplicate", "saturday") : null),
});

/** Withdraws one of the producer's own applications while it is still pending. */
export const withdrawApplication = defineAction({
  schema: ApplicationRefSchema,
  roles: ["PRODUCER"],
  run: async ({ applicationId }, { user, tx, audit }) => {
    // Lock the row: a staff decision and a withdrawal must not both win.
    const [row] = await tx.$queryRaw<{ id: string; producer_id: string; status: string }[]>`
      SELECT id, producer_id, status FROM session_applications WHERE id = ${applicationId}::uuid FOR UPDATE`;
    if (!row || !user!.producerIds.includes(row.producer_id)) throw new ActionError("notFound");
    if (row.status !== "PENDING") throw new ActionError("notPending");
    await tx.sessionApplication.update({ where: { id: row.id }, data: { status: "WITHDRAWN", version: { increment: 1 } } });
    await audit({
      action: AuditAction.APPLICATION_WITHDRAWN,
      entityType: "SessionApplication",
      entityId: row.id,
      before: { status: row.status },
      after: { status: "WITHDRAWN" },
    });
    return { applicationId: row.id };
  },
});
