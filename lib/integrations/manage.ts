import { ActionError, defineAction } from "@/lib/action";
import { AuditAction } from "@/lib/audit/actions";
import { CreateTokenSchema, RevokeTokenSchema } from "./schema";
import { newTokenSecret } from "./tokens";

const ADMIN = ["ADMIN"] as const;
const DAY_MS = 86_400_000;

/**
 * Makes an integration token. The secret is returned once, to be shown once; only its hash is
 * stored and audited (the audit shows the name, scopes and expiry, never the secret).
 */
export const createIntegrationToken = defineAction({
  schema: CreateTokenSchema,
  roles: ADMIN,
  run: async ({ name, scopes, lifetimeDays }, { user, tx, audit }) => {
    const { secret, hash, prefix } = newTokenSecret();
    const token = await tx.integrationToken.create({
      data: { name, scopes, prefix, tokenHash: hash, expiresAt: new Date(Date.now() + lifetimeDays * DAY_MS), createdById: user!.id },
      select: { id: true, name: true, prefix: true, scopes: true, expiresAt: true },
    });
    await audit({ action: AuditAction.INTEGRATION_TOKEN_CREATED, entityType: "IntegrationToken", entityId: token.id, after: token });
    return { id: token.id, name: token.name, secret };
  },
});

/** Revokes a token at once; it stays listed (and in the audit) as revoked. */
export const revokeIntegrationToken = defineAction({
  schema: RevokeTokenSchema,
  roles: ADMIN,
  run: async ({ id }, { tx, audit }) => {
    const before = await tx.integrationToken.findUnique({ where: { id }, select: { id: true, name: true, revokedAt: true } });
    if (!before) throw new ActionError("notFound");
    if (before.revokedAt) return { id };
    const after = await tx.integrationToken.update({ where: { id }, data: { revokedAt: new Date() }, select: { id: true, name: true, revokedAt: true } });
    await audit({ action: AuditAction.INTEGRATION_TOKEN_REVOKED, entityType: "IntegrationToken", entityId: id, before, after });
    return { id };
  },
});
