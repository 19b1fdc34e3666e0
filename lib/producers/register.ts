import { defineAction, type ActionContext } from "@/lib/action";
import { AuditAction } from "@/lib/audit/actions";
import { hashPassword } from "@/lib/auth/password";
import { notify } from "@/lib/notifications/notify";
import { limitAttempts } from "@/lib/security/rate-limit";
import { freeSlug } from "@/lib/slugs";
import { RegistrationSchema } from "./schema";

/**
 * A producer registers an account and a shop in one go. The shop waits for review. The answer
 * is the same whether or not the e-mail already has an account (the owner of that address is
 * notified instead), and the password is hashed either way so the time does not tell either.
 */
export const registerProducer = defineAction({
  schema: RegistrationSchema,
  roles: null,
  run: async (input, { tx, audit, extra }: ActionContext<{ logoUrl: string | null; ip?: string } | undefined>) => {
    await limitAttempts("registration", extra?.ip);
    const passwordHash = await hashPassword(input.password);
    const existing = await tx.user.findUnique({ where: { email: input.email }, select: { id: true } });
    if (existing) {
      await notify(tx, existing.id, { key: "REGISTRATION_WITH_EXISTING_EMAIL" });
      await audit({ actorId: null, action: AuditAction.REGISTRATION_WITH_EXISTING_EMAIL, entityType: "User", entityId: existing.id });
      return { registered: true as const };
    }
    const user = await tx.user.create({
      data: { email: input.email, passwordHash, name: input.name, phone: input.phone, role: "PRODUCER" },
      select: { id: true, email: true, name: true, role: true },
    });
    const producer = await tx.producer.create({
      data: {
        slug: await freeSlug(input.shopName, "cua-hang", async (base) =>
          (await tx.producer.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })).map((p) => p.slug),
        ),
        name: input.shopName,
        legalForm: input.legalForm,
        taxCode: input.taxCode,
        provinceId: input.province,
        address: input.address,
        phone: input.phone,
        email: input.email,
        tiktokHandle: input.tiktok,
        description: input.description,
        logoUrl: extra?.logoUrl ?? null,
        reviewStatus: "SUBMITTED",
        members: { create: { userId: user.id } },
      },
    });
    await audit({ actorId: user.id, action: AuditAction.USER_REGISTERED, entityType: "User", entityId: user.id, after: user });
    await audit({ actorId: user.id, action: AuditAction.PRODUCER_CREATED, entityType: "Producer", entityId: producer.id, after: producer });
    await notify(tx, user.id, { key: "SHOP_SUBMITTED", params: { name: producer.name }, link: "/producer" });
    return { registered: true as const };
  },
});
