import { AuditAction } from "@/lib/audit/actions";
import { writeAudit } from "@/lib/audit/log";
import { db } from "@/lib/db/client";
import { auth } from "./config";
import { revokeSession, revokeUserSessions } from "./sessions";

/**
 * Ends the caller's session: its row is revoked (so a copy of the cookie is worthless too) and
 * audited; the cookie itself is cleared by the caller (Auth.js's signOut). `everywhere` ends every
 * session of the account, on every device. A visitor without a session has nothing to revoke.
 */
export async function revokeCurrentSession(everywhere: boolean): Promise<void> {
  const session = await auth();
  const userId = session?.user?.id;
  if (!userId || !session.sessionId) return;
  await db.$transaction(async (tx) => {
    const live = await tx.userSession.findFirst({ where: { id: session.sessionId, userId, revokedAt: null }, select: { id: true } });
    if (!live) return;
    const ended = everywhere ? await revokeUserSessions(tx, userId) : (await revokeSession(tx, live.id), 1);
    await writeAudit(tx, {
      actorId: userId,
      action: everywhere ? AuditAction.USER_SIGNED_OUT_EVERYWHERE : AuditAction.USER_SIGNED_OUT,
      entityType: "User",
      entityId: userId,
      after: { sessionsEnded: ended },
    });
  });
}
