import "server-only";
import { ActionError } from "@/lib/action";
import { db } from "@/lib/db/client";

/** Limits of the forms anyone can post (per client IP address), per hour. */
export const FORM_LIMITS = { registration: 10, passwordReset: 10 } as const;

/** Form posts carrying files, per hour: per account when signed in, per address otherwise. */
export const UPLOAD_LIMIT = 60;

/**
 * A fixed-window rate limit kept in PostgreSQL, so it holds across several app instances: one
 * upsert per request counts it in its window. Old windows are swept now and then.
 */
export async function hitRateLimit(bucket: string, limit: number, windowSeconds: number, now = new Date()): Promise<{ allowed: boolean; retryAfterSeconds: number }> {
  const windowMs = windowSeconds * 1000;
  const windowStart = new Date(Math.floor(now.getTime() / windowMs) * windowMs);
  const [row] = await db.$queryRaw<{ count: number }[]>`
    INSERT INTO rate_limit_counters (bucket, window_start, count) VALUES (${bucket}, ${windowStart}, 1)
    ON CONFLICT (bucket, window_start) DO UPDATE SET count = rate_limit_counters.count + 1
    RETURNING count`;
  if (Math.random() < 0.01) await db.$executeRaw`DELETE FROM rate_limit_counters WHERE window_start < ${new Date(now.getTime() - 86_400_000)}`;
  const retryAfterSeconds = Math.max(1, Math.ceil((windowStart.getTime() + windowMs - now.getTime()) / 1000));
  return { allowed: row!.count <= limit, retryAfterSeconds };
}

/** "Try again in {minutes} minutes": the placeholder's value for a refused verdict. */
function minutesLeft(verdict: { retryAfterSeconds: number }): { minutes: string } {
  return { minutes: String(Math.ceil(verdict.retryAfterSeconds / 60)) };
}

/**
 * Inside an action: counts one attempt of `what` from this IP address, and refuses with "try
 * again in N minutes" once over the hourly limit. Counted outside the action's transaction, so
 * a refused or failed attempt still counts. Without an address (tests, scripts) nothing is counted.
 */
export async function limitAttempts(what: keyof typeof FORM_LIMITS, ip: string | undefined): Promise<void> {
  if (!ip) return;
  const verdict = await hitRateLimit(`${what}:${ip}`, FORM_LIMITS[what], 3600);
  if (!verdict.allowed) throw new ActionError("tooManyAttempts", undefined, minutesLeft(verdict));
}

/**
 * Counts one form post that carries files, before any file is stored, and says when to try again
 * once over the hourly limit. `who` is the account id, or the client address for a visitor.
 */
export async function limitUploads(who: string): Promise<{ ok: false; formError: "tooManyUploads"; formParams: { minutes: string } } | null> {
  const verdict = await hitRateLimit(`uploads:${who}`, UPLOAD_LIMIT, 3600);
  return verdict.allowed ? null : { ok: false, formError: "tooManyUploads", formParams: minutesLeft(verdict) };
}
