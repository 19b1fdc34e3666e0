import type { SessionStatus } from "@/lib/db/generated/enums";

/**
 * What the public sees, from the stored status and the clock: a scheduled session whose time has
 * come is live, one whose time has passed has ended, even before staff update it.
 */
export function displayStatus(
  session: { status: SessionStatus; startsAt: Date | string; endsAt: Date | string },
  now: Date,
): SessionStatus {
  if (session.status === "CANCELLED" || session.status === "DRAFT" || session.status === "COMPLETED") return session.status;
  const start = new Date(session.startsAt).getTime();
  const end = new Date(session.endsAt).getTime();
  if (now.getTime() >= end) return "COMPLETED";
  if (now.getTime() >= start) return "LIVE";
  return "SCHEDULED";
}

/**
 * Sessions a buyer can still watch (not yet ended), soonest first, and those already streamed,
 * latest first: the order a product or producer page lists them in.
 */
export function comingAndPast<T extends { startsAt: string; endsAt: string }>(sessions: T[], now = new Date()): { coming: T[]; past: T[] } {
  const at = now.getTime();
  return {
    coming: sessions.filter((s) => Date.parse(s.endsAt) >= at).sort((a, b) => a.startsAt.localeCompare(b.startsAt)),
    past: sessions.filter((s) => Date.parse(s.endsAt) < at).sort((a, b) => b.startsAt.localeCompare(a.startsAt)),
  };
}
