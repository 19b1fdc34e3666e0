import "server-only";
import { assertRole, STAFF_ROLES } from "@/lib/auth/policy";
import type { CurrentUser } from "@/lib/auth/users";
import { db } from "@/lib/db/client";

const SESSIONS_HELD = { _count: { select: { sessions: { where: { status: { not: "CANCELLED" as const } } } } } };

/**
 * Hosts, active first. With `withSessions`, how many sessions each has hosted or will host (not
 * cancelled) — counted only for the hosts page, not for every form and filter that lists them.
 */
export async function listHosts(user: CurrentUser | null, { withSessions = false } = {}) {
  assertRole(user, STAFF_ROLES);
  const rows = await db.host.findMany({
    orderBy: [{ active: "desc" }, { name: "asc" }],
    select: { id: true, name: true, tiktokHandle: true, mcn: true, active: true, ...(withSessions ? SESSIONS_HELD : {}) },
  });
  return rows.map(({ _count, ...h }) => ({ ...h, sessions: _count?.sessions ?? 0 }));
}

/** Channels, active first; `withSessions` as for hosts. */
export async function listChannels(user: CurrentUser | null, { withSessions = false } = {}) {
  assertRole(user, STAFF_ROLES);
  const rows = await db.channel.findMany({
    orderBy: [{ active: "desc" }, { name: "asc" }],
    select: { id: true, name: true, tiktokHandle: true, url: true, active: true, ...(withSessions ? SESSIONS_HELD : {}) },
  });
  return rows.map(({ _count, ...c }) => ({ ...c, sessions: _count?.sessions ?? 0 }));
}
