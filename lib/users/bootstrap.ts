import { randomBytes } from "node:crypto";
import { AuditAction } from "@/lib/audit/actions";
import { writeAudit } from "@/lib/audit/log";
import { hashPassword } from "@/lib/auth/password";
import { revokeUserSessions } from "@/lib/auth/sessions";
import type { Db } from "@/lib/db/client";
import { localePath } from "@/lib/i18n/locales";
import { siteUrl } from "@/lib/site";
import { CreateStaffUserSchema } from "./schema";
import { issueResetToken } from "./token";

/**
 * The first administrator of a production database, made by the operator on the server
 * (`npm run admin:create -- <email>`, or ADMIN_EMAIL at the first start): shell access to the
 * server is the authority here, so this is not a server action. The account gets a password
 * nobody knows and a one-time link (valid RESET_TOKEN_HOURS) to set one, returned to be printed
 * once. An existing account of that e-mail is made an active admin and gets a new link. Audited
 * with no actor (the system), in one transaction.
 */
export async function bootstrapAdmin(db: Db, input: { email: string; name?: string }): Promise<{ userId: string; link: string; created: boolean }> {
  const parsed = CreateStaffUserSchema.parse({ email: input.email, name: input.name?.trim() || "Quản trị viên", role: "ADMIN" });
  return db.$transaction(async (tx) => {
    const existing = await tx.user.findUnique({ where: { email: parsed.email }, select: { id: true, role: true, status: true } });
    let userId: string;
    if (existing) {
      userId = existing.id;
      if (existing.role !== "ADMIN" || existing.status !== "ACTIVE") {
        await tx.user.update({ where: { id: userId }, data: { role: "ADMIN", status: "ACTIVE" } });
        await revokeUserSessions(tx, userId);
        await writeAudit(tx, { actorId: null, action: AuditAction.USER_UPDATED, entityType: "User", entityId: userId, before: { role: existing.role, status: existing.status }, after: { role: "ADMIN", status: "ACTIVE" } });
      }
    } else {
      const created = await tx.user.create({
        data: { ...parsed, passwordHash: await hashPassword(randomBytes(32).toString("base64url")) },
        select: { id: true, email: true, name: true, role: true, status: true },
      });
      userId = created.id;
      await writeAudit(tx, { actorId: null, action: AuditAction.USER_CREATED, entityType: "User", entityId: userId, after: created });
    }
    const token = await issueResetToken(tx, userId, userId);
    await writeAudit(tx, { actorId: null, action: AuditAction.PASSWORD_RESET_LINK_CREATED, entityType: "User", entityId: userId });
    return { userId, created: !existing, link: `${siteUrl()}${localePath("vi", `/reset-password/${token}`)}` };
  });
}

/** True when the portal has an active administrator. */
export async function hasActiveAdmin(db: Db): Promise<boolean> {
  return (await db.user.count({ where: { role: "ADMIN", status: "ACTIVE" } })) > 0;
}
