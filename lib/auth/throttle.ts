import type { Db, Tx } from "@/lib/db/client";

/**
 * Failed sign-ins are limited over a sliding window, counted in PostgreSQL so every app instance
 * sees the same counts and a restart does not reset them:
 * - per account *and* address: 5 failures for one e-mail from one address block that pair only.
 *   Counting per account alone let anyone lock any account (the admin's) from anywhere; now the
 *   owner, from their own address, can still sign in while someone else guesses.
 * - per address: 20 failures across any accounts block that address (password spraying).
 * The address is the client as lib/security/client-ip.ts resolves it (TRUST_PROXY), which a
 * client cannot choose by sending its own X-Forwarded-For.
 */
export const THROTTLE = {
  windowMinutes: 15,
  maxFailuresPerAccountAndIp: 5,
  maxFailuresPerIp: 20,
} as const;

export type ThrottleVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export async function checkSignInThrottle(db: Db | Tx, email: string, ip: string, now = new Date()): Promise<ThrottleVerdict> {
  const since = new Date(now.getTime() - THROTTLE.windowMinutes * 60_000);
  const recent = (where: { email?: string; ip: string }, limit: number) =>
    db.signInAttempt.findMany({
      where: { ...where, success: false, createdAt: { gte: since } },
      select: { createdAt: true },
      orderBy: { createdAt: "desc" },
      take: limit,
    });
  const [byPair, byIp] = await Promise.all([
    recent({ email, ip }, THROTTLE.maxFailuresPerAccountAndIp),
    recent({ ip }, THROTTLE.maxFailuresPerIp),
  ]);
  // Blocked until the oldest of the last `limit` failures leaves the window.
  const blockedUntil = (failures: { createdAt: Date }[], limit: number) =>
    failures.length >= limit ? failures[limit - 1]!.createdAt.getTime() + THROTTLE.windowMinutes * 60_000 : 0;
  const until = Math.max(blockedUntil(byPair, THROTTLE.maxFailuresPerAccountAndIp), blockedUntil(byIp, THROTTLE.maxFailuresPerIp));
  if (until > now.getTime()) return { allowed: false, retryAfterSeconds: Math.ceil((until - now.getTime()) / 1000) };
  return { allowed: true };
}

export async function recordSignInAttempt(db: Db | Tx, email: string, ip: string, success: boolean): Promise<void> {
  await db.signInAttempt.create({ data: { email, ip, success } });
}
