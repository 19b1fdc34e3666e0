import { ActionError, defineAction, type ActionContext } from "@/lib/action";
import { AuditAction } from "@/lib/audit/actions";
import { CacheTag } from "@/lib/cache-tags";
import { ShopProfileSchema } from "./schema";

/**
 * A producer edits their shop. While it waits for review everything can change (a shop whose
 * changes were requested goes back to the queue); once approved, what identifies it (name,
 * legal form, tax code, province) is locked and changes go through the centre.
 */
export const updateShop = defineAction({
  schema: ShopProfileSchema,
  roles: ["PRODUCER"],
  run: async (input, { user, tx, audit, extra }: ActionContext<{ logoUrl: string | null } | undefined>) => {
    const producerId = user!.producerIds[0];
    if (!producerId) throw new ActionError("noShop");
    await tx.$queryRaw`SELECT id FROM producers WHERE id = ${producerId}::uuid FOR UPDATE`;
    const before = await tx.producer.findUniqueOrThrow({ where: { id: producerId } });
    if (before.reviewStatus === "REJECTED") throw new ActionError("shopRejected");
    if (before.reviewStatus === "APPROVED") {
      const locked: [string, boolean][] = [
        ["shopName", input.shopName !== before.name],
        ["legalForm", input.legalForm !== before.legalForm],
        ["taxCode", input.taxCode !== before.taxCode],
        ["province", input.province !== before.provinceId],
      ];
      const changed = locked.find(([, differs]) => differs);
      if (changed) throw new ActionError("lockedWhenApproved", changed[0]);
    }
    const after = await tx.producer.update({
      where: { id: producerId },
      data: {
        name: input.shopName,
        legalForm: input.legalForm,
        taxCode: input.taxCode,
        provinceId: input.province,
        address: input.address,
        phone: input.phone,
        tiktokHandle: input.tiktok,
        description: input.description,
        ...(extra?.logoUrl ? { logoUrl: extra.logoUrl } : {}),
        version: { increment: 1 },
        ...(before.reviewStatus === "CHANGES_REQUESTED" ? { reviewStatus: "SUBMITTED" as const, reviewReason: null } : {}),
      },
    });
    await audit({ action: AuditAction.PRODUCER_UPDATED, entityType: "Producer", entityId: producerId, before, after });
    return { producerId, approved: after.reviewStatus === "APPROVED" };
  },
  tags: (result) => (result.approved ? [CacheTag.producers] : []),
});
