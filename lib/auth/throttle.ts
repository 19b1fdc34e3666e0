import type { Db, Tx } from "@/lib/db/client";

/**
 * Failed sign-ins are limited per account and per IP address over a sliding window. The
 * attempts live in PostgreSQL, so every app instance sees the same counts and a restart does
 * not reset them. Numbers are constants to tune in one place.
 */
export const THROTTLE = {
  windowMinutes: 15,
  maxFailuresPerAccount: 5,
  maxFailuresPerIp: 20,
} as const;

export type ThrottleVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export async function checkSignInThrottle(db: Db | Tx, email: string, ip: string, now = new Date()): Promise<ThrottleVerdict> {
  const since = new Date(now.getTime() - THROTTLE.windowMinutes * 60_000);
  const [byAccount, byIp] = await Promise.all([
    db.signInAttempt.findMany({
      where: { email, success: false, createdAt: { gte: since } },
      select: { createdAt: true },
      orderBy: { createdAt: "asc" },
    }),
    db.signInAttempt.findMany({
      where: { ip, success: false, createdAt: { gte: since } },
      select: { createdAt: true },
      orderBy: { createdAt: "asc" },
    }),
  ]);
  const blockedUntil = (failures: { createdAt: Date }[], limit: number) =>
    failures.length >= limit ? failures[failures.length - limit]!.createdAt.getTime() + THROTTLE.windowMinutes * 60_000 : 0;
  const until = Math.max(
    blockedUntil(byAccount, THROTTLE.maxFailuresPerAccount),
    blockedUntil(byIp, THROTTLE.maxFailuresPerIp),
  );
  if (until > now.getTime()) return { allowed: false, retryAfterSeconds: Math.ceil((until - now.getTime()) / 1000) };
  return { allowed: true };
}

export async function recordSignInAttempt(db: Db | Tx, email: string, ip: string, success: boolean): Promise<void> {
  await db.signInAttempt.create({ data: { email, ip, success } });
}
