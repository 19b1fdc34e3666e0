import { randomBytes } from "node:crypto";
import { ActionError, defineAction, type ActionContext } from "@/lib/action";
import { AuditAction } from "@/lib/audit/actions";
import { limitAttempts } from "@/lib/security/rate-limit";
import { hashPassword } from "@/lib/auth/password";
import { revokeUserSessions } from "@/lib/auth/sessions";
import type { Tx } from "@/lib/db/client";
import { issueResetToken, resetTokenHash } from "./token";
import { ChangeRoleSchema, CreateStaffUserSchema, PasswordResetRequestSchema, RESET_TOKEN_HOURS, ResetLinkSchema, ResetPasswordSchema, SetUserStatusSchema } from "./schema";
import { localePath } from "@/lib/i18n/locales";
import { emailConfigured, sendEmailNow } from "@/lib/notifications/email";
import { siteUrl } from "@/lib/site";
import { logger } from "@/lib/observability/log";

const ADMIN = ["ADMIN"] as const;


/**
 * Locks the active admins and refuses a change that would leave none. Locking them all makes two
 * admins demoting each other at once end with one admin, not zero.
 */
async function assertNotLastAdmin(tx: Tx, userId: string) {
  const admins = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM users WHERE role = 'ADMIN' AND status = 'ACTIVE' ORDER BY id FOR UPDATE`;
  if (admins.length === 1 && admins[0]!.id === userId) throw new ActionError("lastAdmin");
}

async function lockUser(tx: Tx, userId: string) {
  const [row] = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM users WHERE id = ${userId}::uuid FOR UPDATE`;
  if (!row) throw new ActionError("notFound");
  return tx.user.findUniqueOrThrow({ where: { id: row.id }, select: { id: true, role: true, status: true, email: true, name: true } });
}

/** Creates a staff or admin account and returns a one-time link for its first password. */
export const createStaffUser = defineAction({
  schema: CreateStaffUserSchema,
  roles: ADMIN,
  run: async (input, { user, tx, audit }) => {
    if (await tx.user.findUnique({ where: { email: input.email }, select: { id: true } })) throw new ActionError("emailTaken", "email");
    // Nobody knows this password: the account is usable once its owner follows the link.
    const created = await tx.user.create({
      data: { ...input, passwordHash: await hashPassword(randomBytes(32).toString("base64url")) },
      select: { id: true, email: true, name: true, role: true, status: true },
    });
    await audit({ action: AuditAction.USER_CREATED, entityType: "User", entityId: created.id, after: created });
    const token = await issueResetToken(tx, created.id, user!.id);
    await audit({ action: AuditAction.PASSWORD_RESET_LINK_CREATED, entityType: "User", entityId: created.id });
    return { userId: created.id, token };
  },
});

/** Makes a staff member an admin or an admin staff; never removes the last admin. */
export const changeRole = defineAction({
  schema: ChangeRoleSchema,
  roles: ADMIN,
  run: async ({ userId, role }, { tx, audit }) => {
    if (role !== "ADMIN") await assertNotLastAdmin(tx, userId);
    const before = await lockUser(tx, userId);
    if (before.role === "PRODUCER") throw new ActionError("producerRole");
    if (before.role === role) return { userId };
    await tx.user.update({ where: { id: userId }, data: { role } });
    // Whoever holds a session of this account signs in again under the new role.
    await revokeUserSessions(tx, userId);
    await audit({ action: AuditAction.USER_UPDATED, entityType: "User", entityId: userId, before: { role: before.role }, after: { role } });
    return { userId };
  },
});

/** Disables or re-enables an account; a disabled user is refused from their next request on. */
export const setUserStatus = defineAction({
  schema: SetUserStatusSchema,
  roles: ADMIN,
  run: async ({ userId, status }, { user, tx, audit }) => {
    if (status === "DISABLED") {
      if (userId === user!.id) throw new ActionError("notYourself");
      await assertNotLastAdmin(tx, userId);
    }
    const before = await lockUser(tx, userId);
    if (before.status === status) return { userId };
    await tx.user.update({ where: { id: userId }, data: { status } });
    // Disabled: every session ends now, and none comes back when the account is enabled again.
    if (status === "DISABLED") await revokeUserSessions(tx, userId);
    await audit({ action: AuditAction.USER_UPDATED, entityType: "User", entityId: userId, before: { status: before.status }, after: { status } });
    return { userId };
  },
});

/** A one-time password reset link for any account, shown to the admin (no mail server needed). */
export const createResetLink = defineAction({
  schema: ResetLinkSchema,
  roles: ADMIN,
  run: async ({ userId }, { user, tx, audit }) => {
    const target = await lockUser(tx, userId);
    const token = await issueResetToken(tx, target.id, user!.id);
    await audit({ action: AuditAction.PASSWORD_RESET_LINK_CREATED, entityType: "User", entityId: target.id });
    return { userId: target.id, token };
  },
});

/** Sets a new password from a reset link; the link then stops working. Open to visitors (the link is the credential). */
export const resetPassword = defineAction({
  schema: ResetPasswordSchema,
  roles: null,
  run: async ({ token, password }, { tx, audit, extra }: ActionContext<{ ip?: string } | undefined>) => {
    // Guessing links is slowed per address; the links themselves are 256-bit and single-use.
    await limitAttempts("passwordReset", extra?.ip);
    const [row] = await tx.$queryRaw<{ id: string; user_id: string; expires_at: Date; used_at: Date | null }[]>`
      SELECT id, user_id, expires_at, used_at FROM password_reset_tokens WHERE token_hash = ${resetTokenHash(token)} FOR UPDATE`;
    if (!row || row.used_at || row.expires_at.getTime() <= Date.now()) throw new ActionError("tokenInvalid");
    await tx.passwordResetToken.update({ where: { id: row.id }, data: { usedAt: new Date() } });
    await tx.user.update({ where: { id: row.user_id }, data: { passwordHash: await hashPassword(password) } });
    // Whoever knew the old password is signed out everywhere.
    await revokeUserSessions(tx, row.user_id);
    await audit({ actorId: row.user_id, action: AuditAction.PASSWORD_RESET, entityType: "User", entityId: row.user_id });
    return { userId: row.user_id };
  },
});

/**
 * "Forgot password?" with e-mail configured: a one-time link (24 hours) is e-mailed to the account,
 * sent inside the transaction that stores it (a refused message stores nothing). The answer is the
 * same whether or not the address has an account, so the form tells no one who is registered.
 * Open to visitors, rate-limited per address like the reset itself.
 */
export const requestPasswordReset = defineAction({
  schema: PasswordResetRequestSchema,
  roles: null,
  run: async ({ resetEmail: email, locale }, { tx, audit, extra }: ActionContext<{ ip?: string } | undefined>) => {
    if (!emailConfigured()) throw new ActionError("emailNotConfigured");
    await limitAttempts("passwordReset", extra?.ip);
    const account = await tx.user.findFirst({ where: { email, status: "ACTIVE" }, select: { id: true, email: true } });
    if (account) {
      const token = await issueResetToken(tx, account.id, account.id);
      await audit({ actorId: null, action: AuditAction.PASSWORD_RESET_LINK_CREATED, entityType: "User", entityId: account.id, after: { sentByEmail: true } });
      const link = `${siteUrl()}${localePath(locale, `/reset-password/${token}`)}`;
      try {
        await sendEmailNow({
          to: account.email,
          subject: locale === "en" ? "Reset your Chợ phiên OCOP password" : "Đặt lại mật khẩu Chợ phiên OCOP",
          text:
            locale === "en"
              ? `Open this link within ${RESET_TOKEN_HOURS} hours to choose a new password (it works once):\n\n${link}\n\nIf you did not ask for it, ignore this message: your password stays as it is.`
              : `Mở liên kết này trong ${RESET_TOKEN_HOURS} giờ để đặt mật khẩu mới (dùng được một lần):\n\n${link}\n\nNếu bạn không yêu cầu, hãy bỏ qua thư này: mật khẩu của bạn vẫn giữ nguyên.`,
        });
      } catch (error) {
        logger.warn({ err: error }, "password reset e-mail not sent");
        // The link is not stored either: the transaction rolls back.
        throw new ActionError("emailFailed");
      }
    }
    return { email };
  },
});
