import { z } from "zod";
import { AuditAction } from "@/lib/audit/actions";
import { writeAudit } from "@/lib/audit/log";
import { db as defaultDb, type Db } from "@/lib/db/client";
import type { Role } from "@/lib/db/generated/enums";
import { burnPasswordCheck, verifyPassword } from "./password";
import { openSession } from "./sessions";
import { checkSignInThrottle, recordSignInAttempt } from "./throttle";

export const SignInSchema = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email()),
  password: z.string().min(1).max(1024),
});

export type SignInOutcome =
  | { ok: true; user: { id: string; email: string; name: string; role: Role }; sessionId: string }
  | { ok: false; reason: "invalid" | "throttled" | "disabled"; retryAfterSeconds?: number };

/**
 * The whole sign-in check, independent of next-auth so it can be tested against a real
 * database: throttling per account and per IP, argon2id verification, and the account status.
 * An unknown email and a wrong password give the same answer in the same time.
 */
export async function verifyCredentials(input: unknown, ip: string, database: Db = defaultDb): Promise<SignInOutcome> {
  const parsed = SignInSchema.safeParse(input);
  if (!parsed.success) return { ok: false, reason: "invalid" };
  const { email, password } = parsed.data;

  const verdict = await checkSignInThrottle(database, email, ip);
  if (!verdict.allowed) return { ok: false, reason: "throttled", retryAfterSeconds: verdict.retryAfterSeconds };

  const user = await database.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, role: true, status: true, passwordHash: true },
  });
  if (!user) {
    await burnPasswordCheck(password);
    await recordSignInAttempt(database, email, ip, false);
    return { ok: false, reason: "invalid" };
  }
  if (!(await verifyPassword(user.passwordHash, password))) {
    await recordSignInAttempt(database, email, ip, false);
    return { ok: false, reason: "invalid" };
  }
  if (user.status !== "ACTIVE") {
    await database.$transaction(async (tx) => {
      await recordSignInAttempt(tx, email, ip, false);
      await writeAudit(tx, {
        actorId: user.id,
        action: AuditAction.USER_SIGN_IN_REFUSED,
        entityType: "User",
        entityId: user.id,
        after: { reason: "disabled", ip },
      });
    });
    return { ok: false, reason: "disabled" };
  }
  const sessionId = await database.$transaction(async (tx) => {
    await recordSignInAttempt(tx, email, ip, true);
    await tx.user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() } });
    await writeAudit(tx, {
      actorId: user.id,
      action: AuditAction.USER_SIGNED_IN,
      entityType: "User",
      entityId: user.id,
      after: { ip },
    });
    return openSession(tx, user.id);
  });
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, role: user.role }, sessionId };
}
