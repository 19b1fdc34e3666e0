import { db as defaultDb, type Db, type Tx } from "@/lib/db/client";
import { CURRENT_USER_SELECT, toCurrentUser, type CurrentUser } from "./users";
import { isUuid } from "@/lib/slugs";

/**
 * Sessions that can be ended (docs/decisions/0011-sessions-and-proxies.md). The cookie is still
 * next-auth's signed, encrypted JWT, but it names a row of user_sessions, and every request checks
 * that row: signing out revokes it; a password reset, a role change, disabling an account and
 * "sign out everywhere" revoke all of a user's rows. A cookie that outlives its row is worthless.
 */
export const SESSION_HOURS = 12;

/** Opens a session for a user who just proved who they are; returns its id for the cookie. */
export async function openSession(tx: Db | Tx, userId: string, now = new Date()): Promise<string> {
  const row = await tx.userSession.create({
    data: { userId, expiresAt: new Date(now.getTime() + SESSION_HOURS * 3_600_000) },
    select: { id: true },
  });
  return row.id;
}

/** Ends one session (signing out). */
export async function revokeSession(tx: Db | Tx, sessionId: string): Promise<void> {
  if (!isUuid(sessionId)) return;
  await tx.userSession.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: new Date() } });
}

/** Ends every session of a user; returns how many were live. */
export async function revokeUserSessions(tx: Db | Tx, userId: string): Promise<number> {
  const { count } = await tx.userSession.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: new Date() } });
  return count;
}


/** The active user behind a live session of theirs, or null (revoked, expired, unknown, disabled): one query. */
export async function loadSessionUser(sessionId: string | undefined, userId: string | undefined, database: Db = defaultDb): Promise<CurrentUser | null> {
  if (!sessionId || !userId || !isUuid(sessionId) || !isUuid(userId)) return null;
  const live = await database.userSession.findFirst({
    where: { id: sessionId, userId, revokedAt: null, expiresAt: { gt: new Date() } },
    select: { user: { select: CURRENT_USER_SELECT } },
  });
  return toCurrentUser(live?.user ?? null);
}
