import "server-only";
import { assertRole, STAFF_ROLES } from "@/lib/auth/policy";
import type { CurrentUser } from "@/lib/auth/users";
import { db } from "@/lib/db/client";

/** Hosts with how many sessions they have hosted or will host (not cancelled). Staff read them to plan. */
export async function listHosts(user: CurrentUser | null, { activeOnly = false } = {}) {
  assertRole(user, STAFF_ROLES);
  const rows = await db.host.findMany({
    where: activeOnly ? { active: true } : {},
    orderBy: [{ active: "desc" }, { name: "asc" }],
    select: { id: true, name: true, tiktokHandle: true, mcn: true, active: true, _count: { select: { sessions: { where: { status: { not: "CANCELLED" } } } } } },
  });
  return rows.map(({ _count, ...h }) => ({ ...h, sessions: _count.sessions }));
}

export async function listChannels(user: CurrentUser | null, { activeOnly = false } = {}) {
  assertRole(user, STAFF_ROLES);
  const rows = await db.channel.findMany({
    where: activeOnly ? { active: true } : {},
    orderBy: [{ active: "desc" }, { name: "asc" }],
    select: { id: true, name: true, tiktokHandle: true, url: true, active: true, _count: { select: { sessions: { where: { status: { not: "CANCELLED" } } } } } },
  });
  return rows.map(({ _count, ...c }) => ({ ...c, sessions: _count.sessions }));
}
